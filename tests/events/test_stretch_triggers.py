"""The trigger is the happening's word where a history lead dates it through a verb of lasting, spanning,
opening, dating or founding (issue "when and what"; pipeline.events.stretch_links, founding_words), and
a date belongs to the verb of its own clause; sentences of our own."""

from __future__ import annotations

import pytest


def rows_of(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.date_text) for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    # a stretch of time the happening is, opened by a participle after the clause
    ("The Orm Revolution was a period of change in Orm, starting in 1917.", "revolution"),
    # a relative clause of lasting said of a happening's name
    ("Tarvia fought in the global Orm War, which lasted from 1756 to 1763.", "war"),
    # the subject an infinitive of happening shares with a verb of believing
    ("Their consolidation in Vell is believed to have occurred during the 8th century BC.", "consolidation"),
    ("The siege appears to have occurred in May 1453.", "siege"),
    # a happening at its height
    ("In Vell the peak of trade extended from the 8th century until the 17th.", "peak"),
    # a participle that waged the happening
    ("The Lusk Revolution was a war of independence waged by the Lusk against Orm from 1896 to 1898.", "war"),
    # a foundation laid is a founding
    ("Tarvin of Lusk laid the foundation of Lusk rule in Vell in 1192.", "found"),
    ("Tarvin laid the foundations of the kingdom in 1192.", "found"),
    # a date given as a happening's year
    ("Convention marks c. 1400 as the founding year of the sultanate by Orm.", "found"),
    # what is dated: the happening it is of, or the thing
    ("The formation of the first city is generally dated to around 3500 BCE.", "formation"),
])
def test_a_verb_of_lasting_dating_or_founding_gives_the_row_to_the_happening(pipeline, text, trigger):
    assert [t for t, _ in rows_of(pipeline, text)] == [trigger]


def test_a_thing_dated_by_a_participle_is_the_row_not_the_dating(pipeline):
    triggers = [t for t, _ in rows_of(pipeline, "The name Vell appears in an inscription dating back to around 1208 BCE.")]
    assert "inscription" in triggers and "date" not in triggers


@pytest.mark.parametrize("text", [
    "The Orm Kingdom lasted from 1200 to 1400.",
    "The Old Kingdom is the period spanning c. 2700 – c. 2200 BC.",
])
def test_a_polity_or_a_period_that_lasted_is_no_row(pipeline, text):
    # A state's or a period's stretch is no happening (blind judges, issue 33; pipeline.events.existences).
    assert rows_of(pipeline, text) == []


def test_what_a_happening_did_within_its_stretch_is_no_row_of_its_end(pipeline):
    assert rows_of(pipeline, "The famine, which continued until 1849, killed thousands.") == [("famine", "1849")]


def test_a_waged_war_keeps_the_waging_parties(pipeline):
    rows = pipeline.text("Title\n\nThe Lusk Revolution was a war of independence waged by the Lusk against Orm "
                         "from 1896 to 1898.\n", "t").layers["events"]
    assert [(e.trigger, e.actors) for e in rows] == [("war", ["Lusk"])]


@pytest.mark.parametrize("text, trigger, date", [
    # a second dated verb of the clause is the date's
    ("After the war, many small states aligned with Orm, in 1955 formally allied by the Vell Pact.", "ally", "1955"),
    ("Orm's speech to the 18th Congress in March 1939 marked the turn.", "speech", "March 1939"),
    # what was helped, not the beginning of it
    ("Tarvia helped Lusk industry begin to modernize in the late 1920s.", "modernize", "the late 1920s"),
    ("In 1955 Tarvia helped Lusk begin building a navy.", "build", "1955"),
])
def test_a_date_belongs_to_the_verb_of_its_own_clause(pipeline, text, trigger, date):
    assert (trigger, date) in rows_of(pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    # a verb of lasting said of no happening keeps its row
    ("The Vell trade route, which ran from 1200 to 1400, linked the ports.", "run"),
    # a thing dated that is no happening's object keeps the verb's reading (no row)
    ("The Tarvian War began in 1939.", "begin"),
])
def test_a_stretch_verb_of_no_happening_keeps_its_reading(pipeline, text, trigger):
    assert trigger in [t for t, _ in rows_of(pipeline, text)]


def test_a_laid_foundation_names_what_was_founded(pipeline):
    rows = pipeline.text("Title\n\nIn 1874 Tarvin laid the foundations of stereochemistry.\n", "t").layers["events"]
    assert [(e.trigger, e.theme) for e in rows] == [("found", "stereochemistry")]
