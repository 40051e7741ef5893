"""Rows only for real happenings: standings, records and judgements are no happening; the trigger is the
dated happening's word (issue 33, pipeline.events.standings and the trigger rules).

Invented sentences, one test per shape: regression tests, not evidence. The external measures are
evaluation/events.py and ``python -m evaluation.anchoring``.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str) -> list[tuple[str | None, str | None]]:
    events = pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]
    return [(e.date_text, e.trigger) for e in events]


def news_rows(pipeline, text: str) -> list[tuple[str | None, str | None]]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return [(e.date_text, e.trigger) for e in pipeline(doc).layers["events"]]


@pytest.mark.parametrize("text", [
    "At its height in 1450 the empire covered 2 million square kilometres.",      # an extent at a peak
    "At its apex around 1100 the city had 20,000 people.",
    "The population was estimated at 4 million in 1800.",                          # an estimate
    "At that time the region represented 30% of the output of the kingdom in 1850.",  # a share
    "It is the capital of the province, with a population of 3.7 million in 2023.",  # a standing noun
    "At the 2022 census, the town had a population of 59,713, while the county had a population of 150,500.",
    "Its history can be traced to 9000 BC.",                                       # a record reaching back
    "The history of Orm extends back to 3000 BC.",
    "The modern guild system dates to the 1790s.",
    "The town was known as Vell after 1599.",                                      # a name held
    "Pieter Holm, known after 1911 as Piet Holm, was a painter.",
    "The years 1944–1945 are deemed the decisive phase of the war.",               # a judgement
    "By the end of 2022, the municipality had jurisdiction over 7 districts.",
    "Estimates range from 1,480,000 to as many as 3,500,000 estimated by the census office in 2008.",
    "As of 1996, over 4,000 schools were affiliated with the university.",
    "Until the mid-19th century, the name Orm denoted only the valley.",            # a relation
    "One of the biggest stars of the 1960s, Holm has been honoured with many awards.",  # a description
    "A leading painter of the 1920s, she exhibited in Paris.",
])
def test_a_standing_a_record_or_a_judgement_is_no_happening(pipeline, text):
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("At its height in 1943 the army invaded Lusk.", [("1943", "invade")]),  # a deed at a peak
    ("The population grew to 4 million in 1800.", [("1800", "grow")]),                # a change
    ("A 1338 treaty between the two kings settled the border.", [("1338", "treaty"), ("1338", "settle")]),
    ("The founding of the abbey dates to 1120.", [("1120", "founding")]),             # a happening dated
    ("He was called to the Bar in 1730.", [("1730", "call")]),
    ("In 1990 he was named the best player of the league.", [("1990", "name")]),     # an award, no view
])
def test_a_happening_of_the_same_form_keeps_its_row(pipeline, text, expected):
    assert rows(pipeline, text) == expected


def test_a_things_year_dates_what_made_it_not_what_it_holds(pipeline):
    assert rows(pipeline, "His 1667 epic poem was written in blank verse and included 12 books.") == [
        ("1667", "write")]


@pytest.mark.parametrize("text, expected", [
    ("The Orm Revolution, dated to 1789, changed the country.", [("1789", "revolution")]),
    ("The letter, dated 2 November 1917, promised a homeland.", [("2 November 1917", "letter")]),
    ("The introduction of writing in the late 4th millennium BC transformed the region.",
     [("the late 4th millennium BC", "introduction")]),
    ("The Huguenot rebellions of the 1620s came to an end.", [("the 1620s", "rebellion")]),
    ("The traders made inroads in 1200.", [("1200", "inroad")]),
    ("The unrest culminated in the storming of the palace in July 1789.", [("July 1789", "storming")]),
    ("The revolt touched off a civil war in 1642.", [("1642", "war")]),
    ("The famine brought an end to the dynasty in 1340.", [("1340", "end")]),
    ("The famine of 1630 struck Orm.", [("1630", "famine")]),
])
def test_the_dated_happening_noun_is_the_trigger(pipeline, text, expected):
    assert rows(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The three countries will officially join the alliance on March 12 in a ceremony.", []),  # after the report
    ("The consultant did not work for any candidate in next week's election.", []),
    ("Talks have not begun this week.", []),                                       # denied
    ("Many investors now favour bonds over stocks this year.", []),                # a state now
    ("The official, who requested anonymity, said on Friday that the army had withdrawn.",
     [("Friday", "say"), (None, "withdraw")]),                                     # the credit is no row
    ("The bombings in Kenya last week claimed at least 217 lives.", [("last week", "bombing")]),
    ("The talks were held on March 5 and will resume next week.", [("March 5", "talk")]),
    ("The results include amortization of goodwill of $3 million in the quarter.", []),  # accounting
    ("The estimate is based on sales in the first quarter.", []),                  # a relation
    ("The stock market is infatuated with technology shares this year.", []),      # a mood that holds
    ("Investors have favoured bonds since January.", []),
    ("Investors feared a crash on Friday.", [("Friday", "fear")]),                 # the day's reaction stays
    ("Most of the jobs he has held have been related to the movement, the department said.", []),
    ("His father had intended to flee the island himself, a cousin said.", []),
    ("The relatives applied for asylum, saying the boy did not want to return.", [(None, "apply")]),
])
def test_news_rows_only_for_what_was_done(pipeline, text, expected):
    assert news_rows(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement's year names it; acting on it later is no happening of that year (what came into
    # force is the pact: the row's word, issue 33)
    ("The pact came into force on 1 January 1994 and superseded the 1988 Tarvia–Lusk Free Trade Agreement.",
     [("1 January 1994", "pact")]),
    ("The 1988 Tarvia–Lusk Free Trade Agreement was signed in Orm.", [("1988", "sign")]),  # its making
    ("She attended the 1936 Olympics in Berlin.", [("1936", "attend")]),          # a happening's name
    ("The pact came into force on 1 January 1994 and superseded the 1988 Tarvia–Lusk Free Trade Agreement "
     "between Tarvia and Lusk.", [("1 January 1994", "pact")]),
])
def test_an_agreements_year_dates_only_its_making(pipeline, text, expected):
    assert rows(pipeline, text) == expected


def test_a_fronted_date_is_no_description(pipeline):
    assert [trigger for _, trigger in rows(pipeline, "Early in 1943, the army crossed the river.")] == ["cross"]


def test_a_fronted_participle_keeps_its_dated_row(pipeline):
    # "Elected consul in 493 BC, …" tells a happening of 493 BC: no description, the row stays
    assert "493 BC" in [d for d, _ in rows(pipeline, "Elected consul in 493 BC, he convinced the city to build a fleet.")]


@pytest.mark.parametrize("text", [
    # the rank a figure gives, told with "making"
    "Orm had a population of 506,520 in 2020, making it the second-most-populous city in Vell.",
    "As of 2026, it has a population of about two million, making Orm the 11th-most populous city in Europe.",
    # a figure measured at a count
    "It has a total population of 13,866,009 inhabitants at the 2020 census.",
])
def test_a_rank_or_a_count_of_a_figure_is_no_happening(pipeline, text):
    assert rows(pipeline, text) == []


def test_a_happening_that_makes_a_rank_keeps_its_row(pipeline):
    assert ("1920", "cross") in rows(pipeline, "In 1920 the army crossed the river, making it the first force to reach Orm.")
