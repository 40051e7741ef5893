"""A report's backstory with an open start ("the agency had ruled", "as a child she fled"): only its end,
the report's date, bounds it. It is compared with the dated tellings of its kind that ended by then, and
merges only on the same actor or the same named theme, never on kind, a place or the bound alone."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge, same_document_allowed
from pipeline.stories.merge import cluster

REPORT = date(2003, 5, 14)


def told(key: str, doc_id: str | None = None, day: date | None = date(2003, 5, 7), actors=("Harbour Board",),
         participants=(), theme: str | None = None, places=(), kinds=frozenset({"rule"}), sentence_id: int = 0,
         end: date | None = None) -> Mention:
    """A dated telling on ``day``, or with ``day`` None one told as before a report of ``end``."""
    open_start = day is None
    return Mention(key=key, doc_id=doc_id or key, sentence_id=sentence_id, start=day,
                   end=(end or REPORT) if open_start else day, granularity="before" if open_start else "day",
                   trigger="rule", kinds=kinds, night=False, actors=list(actors), participants=list(participants),
                   places=list(places), citations=[], theme=theme, states=set())


def test_the_same_actor_doing_the_same_kind_before_the_report_merges_weakly():
    # "The Harbour Board ruled on Wednesday ..." / a later report: "the Harbour Board had ruled that ..."
    found = judge(told("a"), told("b", day=None))
    assert found is not None
    assert "actor:Harbour Board" in found.evidence and "date:open-start" in found.evidence
    assert found.score < 0.5  # the date was only a bound: never a confident merge


def test_a_happening_after_the_report_is_no_backstory_of_it():
    assert judge(told("a", day=date(2003, 5, 20)), told("b", day=None)) is None


def test_kind_and_bound_alone_or_a_place_alone_never_merge():
    # "a ruling in Varn" / "a court in Varn had ruled": no shared actor, no named theme
    assert judge(told("a", actors=(), places=["Varn"]), told("b", day=None, actors=(), places=["Varn"])) is None
    assert judge(told("a", actors=()), told("b", day=None, actors=())) is None
    # someone else's ruling
    assert judge(told("a", actors=("Port Council",)), told("b", day=None)) is None
    # another kind of happening by the same actor
    assert judge(told("a", kinds=frozenset({"arrest"})), told("b", day=None)) is None


def test_the_same_named_theme_is_enough():
    # "the Treaty of Orm was signed on 7 May" / "the two states had signed the Treaty of Orm"
    signed = frozenset({"sign"})
    found = judge(told("a", actors=(), theme="Treaty of Orm", kinds=signed),
                  told("b", day=None, actors=("Tarvia",), theme="Treaty of Orm", kinds=signed))
    assert found is not None and "theme:Treaty of Orm" in found.evidence


def test_two_bounds_say_nothing():
    assert judge(told("a", day=None), told("b", day=None)) is None


def test_a_reports_own_backstory_is_not_its_news():
    # "The Board ruled Wednesday ... The Board had ruled on the same question in 1990."
    news, backstory = told("r#1", doc_id="r"), told("r#2", doc_id="r", day=None, sentence_id=3)
    assert not same_document_allowed(news, backstory)
    assert all(len(s.members) == 1 for s in cluster([news, backstory]))


def test_the_backstory_joins_its_one_dated_telling():
    stories = cluster([told("a"), told("b", day=None)])
    merged = [s for s in stories if len(s.members) == 2]
    assert merged and merged[0].row()["date_start"] == date(2003, 5, 7)  # the story keeps the dated telling's date
    assert merged[0].row()["confidence"] < 0.5


def test_a_backstory_fitting_two_different_rulings_stays_apart():
    # the Board ruled on the 2nd and again on the 9th; "the Board had ruled" may be either
    stories = cluster([told("a", day=date(2003, 5, 2)), told("c", day=date(2003, 5, 9)), told("b", day=None)])
    assert all(len(s.members) == 1 for s in stories)
