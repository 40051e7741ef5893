"""One happening told by a noun and the verb it is the subject of gives one row (pipeline.events.happening_words.unfolding_subject).

Sentences of our own; regression tests, not evidence (the external measures are the events audit and
``python -m evaluation.stories_aquaint``). "An explosion ripped through the embassy" tells one
happening: the row is the explosion's, with the verb's places, objects and conjuncts; a dated
happening's deed ("the 1906 earthquake destroyed the city") stays two rows.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


@pytest.fixture(scope="module")
def pipeline():
    from pipeline.batch.processing import Pipeline
    from pipeline.core.config import load_config

    return Pipeline(load_config(None))


def rows(pipeline, text: str, kind: str = "wiki") -> list:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    if kind == "news":
        doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return pipeline(doc).layers["events"]


@pytest.mark.parametrize("text, trigger", [
    ("A blast tore through the covered market of Velm in 2004.", "blast"),
    ("The riots broke out in Tarsk in 1968.", "riot"),
    ("The earthquake struck the island in 1755.", "earthquake"),
    ("Heavy fighting erupted along the river in March 1917.", "fighting"),
])
def test_the_noun_names_what_its_verb_of_unfolding_tells(pipeline, text, trigger):
    assert [e.trigger for e in rows(pipeline, text)] == [trigger]


def test_the_verbs_places_objects_and_conjuncts_stay_with_the_noun(pipeline):
    found = rows(pipeline, "The riots broke out in Tarsk in 1968.")
    assert found[0].places == ["Tarsk"]
    found = rows(pipeline, "An explosion ripped through the barracks in 1983, killing 241 soldiers.")
    assert [e.trigger for e in found] == ["explosion", "kill"]


@pytest.mark.parametrize("text, trigger", [
    ("An explosion ripped through the consulate on Friday.", "explosion"),
    ("The attack killed nine people on Monday.", "kill"),
])
def test_a_news_noun_and_its_dated_verb_give_one_row(pipeline, text, trigger):
    assert [e.trigger for e in rows(pipeline, text, "news")] == [trigger]


def test_a_bomb_going_off_is_told_by_verb_and_particle(pipeline):
    assert [e.trigger for e in rows(pipeline, "The bomb went off at 10 a.m. on Friday.", "news")] == ["go off"]


def test_a_dated_happenings_deed_stays_two_rows(pipeline):
    assert [e.trigger for e in rows(pipeline, "The 1906 earthquake destroyed the city.")] == ["earthquake", "destroy"]
    # a verb that tells more than the unfolding keeps its own row
    assert [e.trigger for e in rows(pipeline, "The war began in 1914.")] == ["begin"]
