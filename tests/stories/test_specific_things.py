"""A thing acted on within the weeks two reports look back on is no evidence of one happening, however
specific its words ("the instruments of ratification", "a letter of intent"): session 17's blind audit
of TimeBank's cross-article stories found such merges wrong (one kind of deal by other firms in one
month). A thing is weak evidence only when one telling gives its single day and neither names a party
the other does not."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge

WEEKS = (date(2004, 5, 2), date(2004, 6, 2))
DAY = date(2004, 5, 20)


def told(key: str, theme: str, actors=(), day: bool = False) -> Mention:
    start, end = (DAY, DAY) if day else WEEKS
    return Mention(key=key, doc_id=key, sentence_id=0, start=start, end=end, granularity="day" if day else "before",
                   trigger="sign", kinds=frozenset({"sign"}), night=False, actors=list(actors), participants=[],
                   places=[], citations=[], theme=theme)


def test_a_specific_thing_in_two_reports_weeks_is_no_evidence():
    assert judge(told("a", "the instruments of ratification"), told("b", "formal instruments of ratification")) is None


def test_a_thing_on_one_reports_day_is_weak_evidence_unless_a_party_differs():
    found = judge(told("a", "the instruments of ratification", day=True), told("b", "the instruments of ratification"))
    assert found is not None and any(e.startswith("thing:") for e in found.evidence) and found.score < 0.3
    assert judge(told("a", "the instruments of ratification", day=True),
                 told("b", "the instruments of ratification", actors=["Ada Varn"])) is None


def test_the_bare_word_or_another_kind_of_it_is_none():
    assert judge(told("a", "the instruments"), told("b", "instruments")) is None
    assert judge(told("a", "the instruments of ratification", day=True), told("b", "the instruments of surrender")) is None
