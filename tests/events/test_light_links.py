"""The trigger is the happening's word where a history lead links to it with a light verb (issue "when
and what", item 5; pipeline.events.light_links), and a polity's existence told by a linking verb is
"exist" (pipeline.events.stand_ins.tells_existence), in sentences of our own."""

from __future__ import annotations

import pytest


def rows_of(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.modality) for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    # A verb managed or succeeded in is the happening.
    ("In mid-February 1940 Tarvian troops finally managed to break through the Lusk Line.", "break"),
    ("In 1940 the army succeeded in capturing Lusk.", "capture"),
    # What was issued, when it is a saying or a ruling.
    ("Prosecutors issued their warning in May 1990.", "warning"),
    ("The Tarvian government issued an ultimatum to Lusk on 3 May 1990.", "ultimatum"),
    # A trying noun's happening, named before it.
    ("Colonization efforts began in the late 16th century with failed attempts by Tarvia to establish colonies.",
     "colonization"),
    # A fronted date: the outcome's.
    ("In the early 19th century, the Tarvian Revolution resulted in the rise of the Lusk Party.", "rise"),
    # Ceasing to exist: the verb it is coordinated with tells how; alone, the phrase.
    ("The Tarvian Union was formally dissolved and ceased to exist on 26 December 1991.", "dissolve"),
    ("The Orm Empire ceased to exist in 1806.", "cease to exist"),
])
def test_a_light_link_gives_the_row_to_the_happening(pipeline, text, trigger):
    assert [t for t, _ in rows_of(pipeline, text)] == [trigger]


def test_a_light_verbs_modality_reaches_the_happening_it_hands_the_row_to(pipeline):
    assert rows_of(pipeline, "The turn could have been made in early 1939.") == [("turn", "hypothetical")]


@pytest.mark.parametrize("text", [
    "The New Kingdom refers to ancient Tarvia between the 16th century BC and the 11th century BC.",
    "The Orm Empire was a major power centered in ancient Vell from 247 BC to 224 AD.",
    "The Orm Empire was centered in ancient Vell from 247 BC to 224 AD.",
    "The Orm Kingdom existed from 800 BC to 600 BC.",
])
def test_a_politys_existence_told_by_a_linking_verb_is_no_row(pipeline, text):
    # Blind judges of history leads: a state's existence over its dates is no happening (issue 33,
    # pipeline.events.existences); its founding and its end are other words, and keep their rows.
    assert rows_of(pipeline, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("The bank issued new bonds in May 1990.", "issue"),  # no saying or ruling: the verb stays
    ("In 1920 he succeeded his father as king.", "succeed"),  # a succession, no "in" gerund
    ("The company was based in Vell from 1920.", "base"),  # no polity
])
def test_the_verb_stays_where_it_links_to_nothing_named(pipeline, text, trigger):
    assert [t for t, _ in rows_of(pipeline, text)] == [trigger]


@pytest.mark.parametrize("text, trigger", [
    # A state gained is named as "became independent" is.
    ("Tarvia gained independence from Orm in 1960.", "independence"),
    ("Lusk achieved independence in 1822.", "independence"),
    # A light verb's bare object makes the phrase.
    ("The Lusk Party came to power in 1933.", "come to power"),
    ("Tarvia made peace with Lusk in 1648.", "make peace"),
    ("Tarvia took control of Lusk in 1420.", "take control"),
])
def test_a_light_verbs_object_makes_the_happenings_word(pipeline, text, trigger):
    assert [t for t, _ in rows_of(pipeline, text)] == [trigger]


def test_the_phrases_own_word_is_no_theme(pipeline):
    (row,) = pipeline.text("Title\n\nTarvia gained independence from Orm in 1960.\n", "t").layers["events"]
    assert (row.trigger, row.theme) == ("independence", None)


def test_the_links_conjuncts_keep_sharing_its_date(pipeline):
    text = ("In mid-February, 1940, Lusk troops finally managed to break through the Orm Line, and Tarvia "
            "sought an armistice.")
    assert [t for t, _ in rows_of(pipeline, text)] == ["break", "seek"]


def test_a_copulas_modal_stays_with_the_copula(pipeline):
    text = "Other factors might be the signing of a pact between Tarvia and Lusk on June 7, 1939."
    assert rows_of(pipeline, text) == [("signing", "asserted")]
