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


def test_a_news_noun_and_its_dated_verb_of_unfolding_give_one_row(pipeline):
    text = "An explosion ripped through the consulate on Friday."
    assert [e.trigger for e in rows(pipeline, text, "news")] == ["explosion"]


def test_a_news_happening_and_its_deed_stay_two_rows(pipeline):
    # "bombings on Aug. 7 killed 258": the bombings and what they did (the stories harness's mentions)
    found = [e.trigger for e in rows(pipeline, "Twin bombings in Velm on Monday killed nine people.", "news")]
    assert "bombing" in found and "kill" in found


def test_a_bomb_going_off_is_told_by_verb_and_particle(pipeline):
    assert [e.trigger for e in rows(pipeline, "The bomb went off at 10 a.m. on Friday.", "news")] == ["go off"]


def test_a_dated_happenings_deed_stays_two_rows(pipeline):
    assert [e.trigger for e in rows(pipeline, "The 1906 earthquake destroyed the city.")] == ["earthquake", "destroy"]
    # a verb that tells more than the unfolding keeps its own row
    assert [e.trigger for e in rows(pipeline, "The war began in 1914.")] == ["begin"]


def test_a_participle_of_a_state_going_on_shares_no_date(pipeline):
    # pipeline.events.coordination: what lasted after the date is no happening of it; a deed is
    text = "Mira Tosk became the best-paid singer in Europe in the 1960s, remaining a famous figure for life."
    assert [e.trigger for e in rows(pipeline, text)] == ["become"]
    assert [e.trigger for e in rows(pipeline, "The army captured Tarsk on 2 May 1812, burning the mill.")] == \
        ["capture", "burn"]
