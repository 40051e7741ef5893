"""Verbs that say little of their own give the row to the word naming the happening (issue 33),
in sentences of our own: "helped found" is a founding, "victories included the defeat" a defeat."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline():
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    return Pipeline(load_config(None))


def triggers_of(pipeline, text: str) -> list[str]:
    return [e.trigger for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    ("The old sailor also helped found the Holm Harbour Museum in 1903.", "found"),
    ("Her brother helped to organise the dock strike in 1903.", "organise"),
    ("The festival in 1903 included a torchlight parade through the old town.", "parade"),
    ("Notable results that year included the defeat of the Holm crew in 1903.", "defeat"),
])
def test_the_happening_is_the_word_the_light_verb_takes(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_verb_of_its_own_stays(pipeline):
    assert triggers_of(pipeline, "The old sailor founded the Holm Harbour Museum in 1903.") == ["found"]


@pytest.mark.parametrize("text", [
    "Green Rivers Singing (1951) is by Anna Holm.",
    "From 1990 to 1994 he was Visiting Fellow at the University of Tarsk.",
])
def test_a_word_of_a_title_is_no_trigger(pipeline, text):
    assert triggers_of(pipeline, text) == []


def test_a_named_happening_in_title_case_stays(pipeline):
    assert triggers_of(pipeline, "In 1840 the army ended the Siege of Tarsk.") == ["end"]


def test_a_capital_after_a_colon_starts_an_entry(pipeline):
    assert triggers_of(pipeline, "The Tarsk Almanac (1999): Cancelled at the printing stage.") == ["cancel"]


