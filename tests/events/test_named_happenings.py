"""A named happening as the subject of a verb of going on ("the Orm War continued until 1410") is the
happening, never a party of it; with the light "take place", "last", "continue" the row is the
happening's own noun, where the row filters know it. Sentences of our own."""

from __future__ import annotations

import pytest


def rows(pipeline, text: str) -> list:
    return [e for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"] if e.date_text]


@pytest.mark.parametrize("text", [
    "The Vessel Controversy began in 1075.",
    "The Tarsk Revolution took place between 1905 and 1911.",
    "The Orm Rebellion continued until 1410.",
    "The Lusk Civil War continued until 2002.",
])
def test_a_named_happening_is_no_actor(pipeline, text):
    found = rows(pipeline, text)
    assert len(found) == 1
    assert found[0].actors == []


@pytest.mark.parametrize("text, trigger", [
    ("The Lusk Civil War continued until 2002.", "war"),
    ("The Orm Crisis took place in 1410.", "crisis"),
    ("The Vessel Controversy began in 1075.", "begin"),  # begin is the happening of its date
])
def test_the_light_verb_hands_the_row_to_the_happening(pipeline, text, trigger):
    assert [e.trigger for e in rows(pipeline, text)] == [trigger]


@pytest.mark.parametrize("text, actor", [
    ("The Orm Commission began in 1410.", "Orm Commission"),  # a body, no happening
    ("The Orm Council continued the talks in 1410.", "Orm Council"),  # an act on an object
])
def test_a_body_that_goes_on_stays_an_actor(pipeline, text, actor):
    found = rows(pipeline, text)
    assert [e.actors for e in found] == [[actor]]
