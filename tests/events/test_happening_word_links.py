"""The trigger is the happening's word (issue 33 item 5): light verbs with a better word in the sentence,
causal or mental links, and dates that belong to a thing rather than the clause's verb, in sentences of our
own (pipeline.events.state_phrases, causal_links, thing_dates, between_happenings, aspect_links)."""

from __future__ import annotations

import pytest


def rows_of(pipeline, text: str, title: str = "Title") -> list:
    return list(pipeline.text(title + "\n\n" + text + "\n", "t").layers["events"])


def triggers(pipeline, text: str) -> list[str]:
    return [e.trigger for e in rows_of(pipeline, text)]


@pytest.mark.parametrize("text, trigger", [
    # A standing reached: the phrase, not the light verb.
    ("Vellism became popular in Tarvia in the 1950s.", "become popular"),
    ("The Orm style became prominent in Lusk during the 1870s.", "become prominent"),
    ("The painters' exhibitions brought them to prominence during the 1870s.", "bring to prominence"),
    # A naming told with "give".
    ('The name "Orm" was given to these languages in the early 20th century by scholars.', "name"),
    # A happening reached.
    ("Orm Wang achieved unification of the Later Three Kingdoms in 936.", "unification"),
    # A particle that makes another happening of the verb.
    ("Clark set out from Camp Dubois on May 14, 1804.", "set out"),
    ("The dynasty was forced to give up sovereignty over Cochinchina to France in 1862.", "give up"),
])
def test_a_light_verb_with_a_better_word_writes_it(pipeline, text, trigger):
    assert triggers(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    # A begun work with its "of" object.
    ("The systematic burial of waste only began in the 1940s.", "burial"),
    ("Tarvix is an operating system, the development of which started in 1969 at Orm Labs.", "development"),
    # An opening participle the parser hangs on a noun, or on a participle of its own.
    ("Battleships dominated the seas until they were surpassed by aircraft carriers beginning in the 1940s.",
     "surpass"),
    ("Probes sent from Tarvia, beginning in the late 20th century, have studied the planet.", "send"),
    # A fronted participle of lasting: the subject's happening.
    ("Lasting from 19 July 1870 to 28 January 1871, the conflict was caused by the ambitions of Orm.", "conflict"),
    # A stretch of time begun keeps its beginning: no verb of the clause is dated by it.
    ("The influence of Orm peaked in Tarvia from the colonial period beginning in the 16th century.", "begin"),
])
def test_an_aspect_verb_gives_the_row_to_what_began(pipeline, text, trigger):
    assert triggers(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("His conquest of Lusk gave Tarvia the upper hand in 1415.", "conquest"),
    ("The war between Orm and Lusk led, by the Treaty of Vell in 1420, to his recognition as heir.", "recognition"),
    ("A surge of interest in the early 20th century necessitated that the archives be reorganised.", "surge"),
    ("The conflict resulted in the end of Lancaster's male line in 1471.", "end"),
    ("Archaeological excavations of Ugarit show evidence of occupation since the 8th millennium BC.", "occupation"),
    ("Players have been using similar structures since the early 1920s, indicating a case of parallel invention.",
     "use"),
])
def test_a_causal_or_mental_link_is_not_the_happening(pipeline, text, trigger):
    assert triggers(pipeline, text) == [trigger]


def test_a_passive_judging_with_as_dates_no_row(pipeline):
    assert triggers(pipeline, "By about 1920 the movement can be considered as over.") == []


@pytest.mark.parametrize("text, expected", [
    ("Orm gods are depicted on cylinder seals dated to c. 1900 BC.", ["depict"]),
    ("Early elements can be heard in blues records from the 1920s.", []),
    ("The oldest parts of the wall date to the 7th century BC; these were later joined together.", []),
    ("This distinction has been absent since the 2010s.", []),
])
def test_a_date_of_a_thing_is_not_the_clause_verbs(pipeline, text, expected):
    assert triggers(pipeline, text) == expected


def test_a_date_after_the_last_happening_of_a_between_phrase_is_that_happenings(pipeline):
    rows = rows_of(pipeline, "It took place between Tarvia's declaration of independence in 1945 and the "
                             "Netherlands' transfer of sovereignty to Tarvia at the end of 1949.")
    assert [(e.trigger, e.date_text) for e in rows] == [("declaration", "1945"), ("transfer", "the end of 1949")]
    assert rows[1].actors == ["Netherlands"]


@pytest.mark.parametrize("text, expected", [
    # A period's lasting is no happening; its "when" clause keeps its own row and date.
    ("The Orm Golden Age was a period in the history of Tarvia which roughly lasted from 1588, when the Lusk "
     "Republic was established, to 1672.", [("establish", "1588")]),
    ("The Northern dynasties was a period of political division in the history of Tarvia that lasted from 420 "
     "to 589 AD.", []),
    # A "which lasted" hung on a party's name: the happening the name's phrase is part of.
    ("The Second Orm War was a war of aggression waged by Tarvia against Lusk, which lasted from October 1935 "
     "to May 1936.", [("war", "October 1935 to May 1936")]),
])
def test_a_periods_lasting_is_no_row(pipeline, text, expected):
    assert [(e.trigger, e.date_text) for e in rows_of(pipeline, text)] == expected
