"""Event shapes that the rules missed on text they were not written on (issue 26), in sentences of our own.

Each test is a general rule: the date of another clause, a subject the parser hid in a fronted
phrase, land and demonyms as parties, the parties of an agreement signed with no agent, a
replacement. They are regression tests; evaluation/events.py and ``python -m
evaluation.anchoring`` measure on text we did not write.
"""

from __future__ import annotations

import pytest


def events_of(pipeline, text: str) -> list:
    return pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]


@pytest.mark.parametrize("text", [
    "On 1 May 1921, Hungary and Romania – a client state since 1919 – attacked Czechoslovakia.",
    "On 1 May 1921, Hungary and Romania (a client state since 1919) attacked Czechoslovakia.",
])
def test_a_date_in_an_aside_about_a_party_dates_no_event(pipeline, text):
    events = events_of(pipeline, text)
    assert [e.date_text for e in events] == ["1 May 1921"]
    assert events[0].actors == ["Hungary", "Romania"] and events[0].participants == ["Czechoslovakia"]


def test_a_date_in_an_apposition_about_a_person_dates_no_event(pipeline):
    events = events_of(pipeline, "Victor Kopp, the special representative to Berlin from 1921, met Hans von Seeckt "
                                 "in May 1922.")
    assert [e.date_text for e in events] == ["May 1922"]


def test_a_date_in_a_relative_clause_dates_that_clause(pipeline):
    events = events_of(pipeline, "The treaty, which Germany had signed in 1922, was renounced by the Soviet Union "
                                 "on 5 May 1935.")
    assert [(e.date_text, e.trigger) for e in events] == [("1922", "sign"), ("5 May 1935", "renounce")]
    assert events[0].actors == ["Germany"] and events[1].actors == ["Soviet Union"]


def test_a_subject_read_as_a_fronted_phrase_object(pipeline):
    text = ("The foreign ministers Vyacheslav Molotov and Joachim von Ribbentrop met often. "
            "On August 23, 1939, in Moscow Molotov and Ribbentrop signed the pact.")
    event = events_of(pipeline, text)[0]
    assert event.actors == ["Vyacheslav Molotov", "Joachim von Ribbentrop"]
    assert event.places == ["Moscow"]


def test_land_acted_on_names_its_state(pipeline):
    event = events_of(pipeline, "On 1 September 1939 Nazi Germany invaded its zone of influence in Poland.")[0]
    assert event.actors == ["Germany"] and "Poland" in event.participants
    event = events_of(pipeline, "Poland was a republic. On 17 September 1939 Soviet troops entered the Polish "
                                "territories.")[0]
    assert event.participants == ["Poland"]


def test_the_means_names_the_party(pipeline):
    event = events_of(pipeline, "On 22 June 1941, Nazi Germany terminated the pact with its invasion of the "
                                "Soviet Union.")[0]
    assert event.participants == ["Soviet Union"]


def test_a_replacement_names_the_successor(pipeline):
    event = events_of(pipeline, "On May 3, 1939, Maxim Litvinov was dismissed and replaced by Vyacheslav Molotov.")[0]
    assert event.participants == ["Maxim Litvinov", "Vyacheslav Molotov"]
    # Two acts with agents of their own: the second agent is no party of the first.
    event = events_of(pipeline, "The files were captured by the British Army in 1945 and published by the "
                                "State Department.")[0]
    assert event.participants == []


def test_an_agentless_agreement_takes_its_parties_from_the_conflict_before(pipeline):
    text = ("On 30 November 1939 the Soviet Union attacked Finland. The Winter War was costly. "
            "The Moscow Peace Treaty was signed on March 12, 1940.")
    signing = events_of(pipeline, text)[1]
    assert signing.actors == [] and signing.participants == []
    assert signing.resolved == ["Soviet Union", "Finland"]
    assert signing.resolved_from == ["earlier-event", "earlier-event"]


def test_an_agentless_agreement_takes_its_parties_from_its_name_or_gloss(pipeline):
    signing = events_of(pipeline, "Germany and the Soviet Union traded. The German–Soviet Commercial Agreement "
                                  "was signed on February 11, 1940.")[0]
    assert signing.resolved == ["Germany", "Soviet Union"] and signing.resolved_from == ["name", "name"]
    text = ("Finland and the Soviet Union were at war.\nMoscow Peace Treaty The Moscow Peace Treaty was signed by "
            "Finland and the Soviet Union on 12 March 1940, and the ratifications were exchanged ...\n"
            "was signed on March 12, 1940.")
    signing = events_of(pipeline, text)[0]
    assert signing.resolved == ["Finland", "Soviet Union"] and signing.resolved_from == ["gloss", "gloss"]


def test_a_date_in_a_copular_relative_clause_dates_that_clause(pipeline):
    events = events_of(pipeline, "In 1939 Germany, which had been a monarchy until 1918, invaded Poland.")
    # ... and a copula's date tells a state, no happening: no row for 1918.
    assert [(e.date_text, e.trigger) for e in events] == [("1939", "invade")]
