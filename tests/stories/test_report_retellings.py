"""Session 14's story shapes on news reports, in sentences of our own: a thing found on a day inside the
weeks another report looks back on, a town whose state a report abbreviates, a report's own undated
retellings of one spot, and words that look like happenings or things and are neither."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge, same_document_allowed
from pipeline.stories.mentions import _written_after, spots_of
from pipeline.stories.themes import _names_nothing, is_thing
from pipeline.stories.triggers import is_event_noun

WEEKS = (date(2001, 2, 10), date(2001, 3, 10))  # a report of 10 March's weeks before


def told(key: str, doc_id: str | None = None, sentence_id: int = 0, granularity: str = "day",
         day: date = date(2001, 3, 8), theme: str | None = None, places=(), nearby=(), actors=(),
         kinds=frozenset({"discover"}), definite: bool = False, plural: bool = False) -> Mention:
    start, end = WEEKS if granularity == "before" else (day, day)
    return Mention(key=key, doc_id=doc_id or key, sentence_id=sentence_id, start=start, end=end,
                   granularity=granularity, trigger="find", kinds=kinds, night=False, actors=list(actors),
                   participants=[], places=list(places), citations=[], theme=theme, nearby=list(nearby),
                   definite=definite, plural=plural)


def test_a_thing_found_on_a_day_inside_another_reports_weeks_is_weak_evidence():
    # "the weapon was unearthed Thursday" / (a later report) "the rifle was discovered, buried in the woods"
    dated = told("a", theme="the weapon")
    undated = told("b", granularity="before", theme="rifle")
    found = judge(dated, undated)
    assert found is not None and "thing:rifle" in found.evidence and found.score < 0.5
    # both only in some weeks: "signed the documents" in two reports may be two signings of one month
    assert judge(told("c", granularity="before", theme="the documents"),
                 told("d", granularity="before", theme="documents")) is None
    # a pistol is no rifle, whatever the dates
    assert judge(told("e", theme="a pistol"), undated) is None


def test_a_paper_or_a_body_is_no_happening_for_all_its_suffix():
    assert not is_event_noun("documents") and not is_event_noun("department")
    assert is_event_noun("invasion") and is_event_noun("agreement")
    assert is_thing("the documents")


def test_a_measure_names_no_thing():
    # "buried a foot below the ground" twice says how deep, not what
    for measure in ("a foot", "two miles", "40 percent", "ten minutes"):
        assert _names_nothing(measure), measure
    assert not _names_nothing("the rifle")


def test_a_state_abbreviated_after_its_town_holds_it():
    assert _written_after("Birmingham", "Alabama", "the bombing of a Birmingham, Ala., clinic")
    assert _written_after("Newark", "New Jersey", "at the Newark, N.J., airport")
    assert _written_after("Quito", "Ecuador", "in Quito, Ecuador.")
    assert not _written_after("Paris", "Texas", "in Paris, France.")
    assert not _written_after("Lima", "Peru", "in Lima, Pa., a town")
    clinic = told("a", places=["Birmingham", "Alabama"])
    assert spots_of(clinic, {}, sentence="the bombing in Birmingham, Ala., killed a guard") == {"birmingham"}
    # "the clinic bombing in Birmingham, Ala." and "the January bombing of an Alabama clinic" are one spot
    state = told("b", day=date(2001, 3, 8), places=["Alabama"])
    clinic.spots = spots_of(clinic, {}, sentence="the bombing in Birmingham, Ala., killed a guard")
    state.spots = spots_of(state, {})
    assert judge(clinic, state) is not None


def test_a_reports_undated_retelling_of_one_spot_is_its_one_happening():
    # "In Quito, she laid a wreath by the crater the embassy blast left. … since the explosion, reporters …"
    blast = told("r#1", "r", 3, "before", nearby=["Quito"], kinds=frozenset({"bomb"}), definite=True)
    explosion = told("r#2", "r", 5, "before", nearby=["Quito"], kinds=frozenset({"bomb"}), definite=True)
    assert same_document_allowed(blast, explosion)
    # another spot, or a later telling that is no description of a known one, stays apart
    lima = told("r#3", "r", 6, "before", nearby=["Lima"], kinds=frozenset({"bomb"}), definite=True)
    assert not same_document_allowed(blast, lima)
    a_blast = told("r#4", "r", 7, "before", nearby=["Quito"], kinds=frozenset({"bomb"}))
    assert not same_document_allowed(blast, a_blast)
    # "two campaigns in Quito … the campaign": one of several, which?
    several = told("r#5", "r", 8, "before", places=["Quito"], kinds=frozenset({"campaign"}), plural=True)
    one = told("r#6", "r", 9, "before", nearby=["Quito"], kinds=frozenset({"campaign"}), definite=True)
    assert not same_document_allowed(several, one)
    # one sentence's two words are two happenings
    assert not same_document_allowed(blast, told("r#7", "r", 3, "before", nearby=["Quito"], definite=True))


def _article_mention(key: str, doc_id: str, actors=(), participants=(), kinds=frozenset({"kill"})) -> Mention:
    day = date(1963, 1, 1)
    return Mention(key=key, doc_id=doc_id, sentence_id=1, start=day, end=date(1963, 12, 31), granularity="year",
                   trigger="assassination", kinds=kinds, night=False, actors=list(actors),
                   participants=list(participants), places=[], citations=[])


def test_an_articles_mention_naming_no_one_borrows_the_articles_subject():
    from pipeline.stories.mentions import article_subjects
    from pipeline.stories.party_names import PartyNames

    names = PartyNames(["Aldo Varga", "Tarvia"], states=["Tarvia"])
    # "… serving from 1961 until his assassination in 1963" in the article on Varga, and another article's
    # "until Varga's assassination in 1963"
    own = _article_mention("varga#1", "varga")
    other = _article_mention("vice#0", "vice", participants=["Aldo Varga"])
    assert judge(own, other) is None
    sentences = {"varga#1": "He served from 1961 until his assassination in 1963.", "vice#0": "",
                 "war#0": "The war ended in 1963.", "tarvia#0": "It was invaded in 1963."}
    war = _article_mention("war#0", "war")
    tarvia = _article_mention("tarvia#0", "tarvia")
    article_subjects([own, other, war, tarvia], ["text"] * 4, ["Aldo Varga", "Vice", "Aldo Varga", "Tarvia"],
                     sentences, names)
    assert (own.borrowed, own.subject) == (["Aldo Varga"], True)
    found = judge(own, other)
    assert found is not None and "subject:Aldo Varga" in found.evidence and found.score < 0.5
    # a sentence that neither refers to nor names the subject borrows nothing ("The war ended in 1963" in
    # the article on Varga); nor does an article on a state, a happening or a news report
    assert war.borrowed == [] and tarvia.borrowed == []
    for title in ("Winter War", "Treaty of Orm", "Tarvia", "Tarvian relations, 1918–1941"):
        m = _article_mention("x#0", "x")
        article_subjects([m], ["text"], [title], {"x#0": "He fought in it in 1963."}, names)
        assert m.borrowed == [], title
    report = _article_mention("r#0", "r")
    article_subjects([report], ["document"], ["Aldo Varga"], {"r#0": "his assassination"}, names)
    assert report.borrowed == []
    # two borrowings never merge with each other
    again = _article_mention("varga2#1", "varga2")
    article_subjects([again], ["text"], ["Aldo Varga"], {"varga2#1": "until his assassination"}, names)
    assert judge(own, again) is None
