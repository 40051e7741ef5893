"""A thing found, seized or unearthed, told by several reports (AQUAINT's rifle and car, issue "stories you
can trust"), in sentences of our own: the day and its month, a report telling its own finding twice, and a
place whose name is written with a possessive ("Tarsk's Orm Airport") read as what was found."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, compatible, judge, same_document_allowed

DAY = (date(2001, 4, 8), date(2001, 4, 8), "day")
MONTH = (date(2001, 4, 1), date(2001, 4, 30), "month")
WEEKS = (date(2001, 3, 19), date(2001, 4, 19), "before")


def told(key: str, when: tuple, theme: str | None, actors=(), places=(), sentence_id: int = 0,
         kinds=frozenset({"discover"})) -> Mention:
    start, end, granularity = when
    return Mention(key=key, doc_id=key.split("#")[0], sentence_id=sentence_id, start=start, end=end,
                   granularity=granularity, trigger="find", kinds=kinds, night=False, actors=list(actors),
                   participants=[], places=list(places), citations=[], theme=theme)


def test_a_thing_found_on_a_day_and_in_its_month_is_weak_evidence():
    # "the weapon was unearthed April 8" and "last month's discovery of a scope-equipped rifle"
    found = judge(told("a#1", DAY, "weapon"), told("b#1", MONTH, "scope-equipped rifle"))
    assert found is not None and "thing:weapon" in found.evidence and found.score < 0.5


def test_a_place_a_body_or_two_things_in_a_month_are_not():
    assert judge(told("a#1", DAY, "the city", kinds=frozenset({"capture"})),
                 told("b#1", MONTH, "the city", kinds=frozenset({"capture"}))) is None
    assert judge(told("a#1", DAY, "a rifle"), told("b#1", MONTH, "a pistol")) is None
    # a month and a year are no day: "found a rifle in April" and "found a rifle in 2001"
    year = (date(2001, 1, 1), date(2001, 12, 31), "year")
    assert judge(told("a#1", MONTH, "rifle"), told("b#1", year, "rifle")) is None


def test_a_report_telling_its_own_finding_again_undated_is_one_finding():
    # "With the finding of a buried rifle 11 days ago, …" … "The rifle was discovered behind the house."
    dated, again = told("a#0", DAY, "buried rifle"), told("a#9", WEEKS, "rifle", sentence_id=9)
    assert same_document_allowed(dated, again)
    # two undated tellings of it: "the finding of the rifle", "the rifle was discovered"
    assert same_document_allowed(told("a#7", WEEKS, "rifle", sentence_id=7), again)


def test_other_things_or_other_finders_in_one_report_stay_apart():
    dated = told("a#0", DAY, "buried rifle")
    assert not same_document_allowed(dated, told("a#9", WEEKS, "pistol", sentence_id=9))
    assert not same_document_allowed(dated, told("a#9", WEEKS, "another rifle", sentence_id=9))
    assert not same_document_allowed(dated, told("a#9", WEEKS, "a second buried rifle", sentence_id=9))
    assert not same_document_allowed(dated, told("a#9", WEEKS, "rifle", actors=["Orm police"], sentence_id=9))
    # places and people acted on are no thing of their own: "captured the town" twice may be two towns
    assert not same_document_allowed(told("a#0", DAY, "the town", kinds=frozenset({"capture"})),
                                     told("a#9", WEEKS, "the town", sentence_id=9, kinds=frozenset({"capture"})))


def test_a_possessive_place_read_as_what_was_found_is_where():
    # "His car was found abandoned at Tarsk's Orm International Airport in April" (the airport read as the
    # theme) and "The Lusk sedan was discovered last month at Orm, Tarsk, International Airport"
    a = told("a#1", MONTH, "Tarsk's Orm International Airport")
    b = told("b#1", MONTH, "Lusk sedan", places=["Orm", "Tarsk", "International Airport"])
    assert compatible(a, b) is not None
    found = judge(a, b)
    assert found is not None and any(e.startswith("place:") for e in found.evidence)


def test_a_possessive_thing_that_is_no_place_of_the_other_still_differs():
    a = told("a#1", MONTH, "Tarsk's ledger")
    b = told("b#1", MONTH, "Lusk sedan", places=["Orm", "International Airport"])
    assert compatible(a, b) is None


def test_two_guesses_from_the_sentences_around_contradict_nothing():
    # "…searched the woods near Amherst. … unearthed a rifle" and "Kopp was seen in Vancouver. … last month's
    # discovery of a rifle": neither says where the rifle was found, so the towns around keep nothing apart.
    a = told("a#4", DAY, "rifle")
    b = told("b#6", MONTH, "scope-equipped rifle")
    a.nearby, b.nearby = ["Amherst"], ["Vancouver", "Winnipeg"]
    assert compatible(a, b) is not None
    # a place said by the telling itself still disagrees with another's guess, and with another's own place
    own = told("c#2", MONTH, "rifle", places=["Vancouver"])
    assert compatible(a, own) is None
    assert compatible(told("d#1", DAY, "rifle", places=["Amherst"]), own) is None
