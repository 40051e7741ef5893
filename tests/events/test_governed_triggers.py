"""The trigger is the word naming the happening, and the date is that happening's (issue "when and what",
items 2, 5, 6): a light verb hands its row to the happening it governs (pipeline.events.light_links,
pipeline.events.phrase_triggers), a date the parser hangs on the wrong word goes to its happening
(pipeline.events.date_hops), and a span or a range keeps its whole interval (pipeline.events.date_bounds),
in sentences of our own."""

from __future__ import annotations

import pytest


def rows(pipeline, text: str) -> list:
    return list(pipeline.text("Title\n\n" + text + "\n", "t").layers["events"])


def triggers(pipeline, text: str) -> list[str]:
    return [e.trigger for e in rows(pipeline, text)]


@pytest.mark.parametrize("text, trigger", [
    # culminate / coincide with, engage in: the happening after the preposition.
    ("The war culminated with the drafting of the Charter of Orm on 28 September 1821.", "drafting"),
    ("Stalin's order coincided with his agreement, in December 1928, with the Orm Union.", "agreement"),
    ("Beginning in 230 BC, the Orm under King Tarvo engaged in a series of wars conquering the rival states.", "war"),
    # "was marked by": the agent's happening.
    ("The period from 1920 to 1939 was marked by a stable arrangement between Orm, Lusk and Vell.", "arrangement"),
    # A bare noun of work begun is the work.
    ("Major construction on the city began in the 11th century.", "construction"),
    # A described subject between commas: the date is the main verb's, and "forced to" hands it on.
    ("In 1821 the last sultan, greatly reduced in power, was forced to surrender.", "surrender"),
    # A participle of lasting: what lasted (the rule a period is of).
    ("The Orm Raj was the period of rule of the Tarvian Crown, lasting from 1858 to 1947.", "rule"),
    ("The war, lasting from 1939 to 1945, was long.", "war"),
])
def test_a_light_verb_hands_its_row_to_the_happening_it_governs(pipeline, text, trigger):
    assert triggers(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The war began in 1914.", "begin"),  # a happening's start keeps begin
    ("The fall of Lusk in 1453 marked the end of the empire.", "fall"),  # active "marked": the consequence rule
])
def test_the_verb_or_its_old_word_stays_where_nothing_is_governed(pipeline, text, trigger):
    assert triggers(pipeline, text) == [trigger]


def test_a_hyphened_noun_is_one_word(pipeline):
    assert triggers(pipeline, "The talks followed the August 1988 cease-fire of the war with Orm.") == ["cease-fire"]


def test_followed_by_after_the_first_to_do_is_that_doing(pipeline):
    (row,) = rows(pipeline, "Orm was the first to declare independence, in 1490; followed by Lusk and Vell in "
                            "the same year.")
    assert row.trigger == "declare" and "Lusk" in row.actors and "Orm" not in row.actors


def test_a_cleft_after_a_clause_dates_its_own_verb(pipeline):
    got = [(e.trigger, e.date_text) for e in rows(
        pipeline, "On 24 June 1931 an extension of the Orm Treaty was signed, though it was not until 1933 that "
                  "it was ratified by the parliament.")]
    assert got == [("sign", "24 June 1931"), ("ratify", "1933")]


def test_a_date_after_a_participle_aside_is_the_clauses(pipeline):
    (row,) = rows(pipeline, "The Tarvians refused to allow a Lusk transit through their territory, citing the "
                            "threat of being drawn into war, on 5 September 1939.")
    assert row.trigger == "refuse" and row.date_text == "5 September 1939"


def test_a_range_after_a_noun_is_not_cut_by_a_year_inside_it(pipeline):
    (row,) = rows(pipeline, "It resulted in the deaths of 2 million people from 1975 to 1979, around 25% of the "
                            "population in 1975.")
    assert row.trigger == "death" and (row.date_start.year, row.date_end.year) == (1975, 1979)


def test_a_span_closed_by_a_dated_noun_ends_with_its_date(pipeline):
    got = [(e.trigger, e.date_start.year, e.date_end.year) for e in rows(
        pipeline, "He ruled from the founding of the dynasty around 1270 until the 1974 coup.")]
    assert got == [("rule", 1270, 1974), ("coup", 1974, 1974)]


def test_a_copula_joined_with_its_own_subject_keeps_its_date(pipeline):
    got = [(e.trigger, e.date_text) for e in rows(
        pipeline, "Founded by Somali sultans, its rise began during the 13th and 14th centuries and by the 15th "
                  "century it was an empire.")]
    assert got == [("begin", "the 13th and 14th centuries")]


def test_a_saying_aside_of_a_reported_clause_takes_none_of_its_date(pipeline):
    assert triggers(pipeline, "The WHO declared that the emergency had ended in May 2023, while noting that it "
                              "remained a threat.") == ["end"]


def news_rows(pipeline, text: str) -> list:
    from datetime import date

    from pipeline.core.document import Document
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return list(pipeline(doc).layers["events"])


@pytest.mark.parametrize("text, trigger", [
    ("Mexico has suffered from a rash of kidnappings in recent years.", ["kidnapping"]),
    ("The fund had a net outflow of $2 million last week.", ["outflow"]),
    ("The air force said it kept the jets which managed to escape the Orm invasion.", ["escape"]),
    ("A faction loyal to Orm seized the port on Monday.", ["seize"]),  # a faction is no happening
])
def test_a_news_light_verb_hands_its_row_to_the_happening(pipeline, text, trigger):
    assert [e.trigger for e in news_rows(pipeline, text)] == trigger


def test_a_date_inside_a_quote_does_not_date_the_saying(pipeline):
    assert news_rows(pipeline, '"The last two months have been the whole game," says Orm.') == []
    assert [e.trigger for e in news_rows(pipeline, '"We attacked the post on Monday," the rebels said.')] == \
        ["attack"]
