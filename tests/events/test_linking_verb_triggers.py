"""The trigger is the happening's word (issue 33, item 5) where history leads tell it with a light or
linking verb, in sentences of our own: the verb hands the row to the happening it links to, or, when
it tells none (a word defined, a party tied to a thing), the date makes no row."""

from __future__ import annotations

import pytest


def triggers_of(pipeline, text: str) -> list[str]:
    return [e.trigger for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    # A beginning told with "come": the phrase, as "take part" is.
    ("Lusk came into existence in 1947.", "come into existence"),
    ("The kingdom came into being in 1120.", "come into being"),
    # What a land came, fell or passed under: the rule taken over.
    ("The region came under the control of Orm in 30 BC.", "control"),
    ("The island fell under Tarvian rule in 1204.", "rule"),
    ("The town passed under the sovereignty of Lusk in 1815.", "sovereignty"),
])
def test_a_verb_of_coming_gives_the_phrase_or_the_rule(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The conquest of Vell occurred in 651.", "conquest"),
    ("The war resulted in the rise of the Orm party in 1929.", "rise"),
    # A named happening is an outcome too.
    ("The campaign culminated in the Battle of Tarsk in 52 BC.", "battle"),
    ("The campaign culminated in the capture of Vell in 1221.", "capture"),
    # A lasting ended by a happening: the date is the happening's ("decline" is one).
    ("The empire lasted until its decline in 1453.", "decline"),
    ("The Union existed until its dissolution in 1991.", "dissolution"),
    # A trying: the happening tried.
    ("The English began attempts at colonization in 1585.", "colonization"),
    ("The king made an attempt to seize the throne in 1325.", "seize"),
])
def test_a_linking_verb_gives_the_row_to_the_happening_it_links(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text", [
    # A polity's seat, or its name given a stretch of time: the polity's existence, which blind judges of
    # history leads count as no happening (issue 33, pipeline.events.existences), as "the kingdom existed".
    "The empire was centered on Vell from 247 BC.",
    "The dynasty was based in Tarsk from 1120 to 1340.",
    "The Orm Kingdom refers to the period from 1550 to 1070 BC.",
    "The term refers to the period from 1550 to 1070 BC.",
    "The word denotes the people of the coast since 1200.",
    "The Vell were associated with trade from 1200.",
    "Holmism is a school of thought largely associated with the early 19th century.",
])
def test_a_word_defined_or_a_party_tied_to_a_thing_is_no_happening(pipeline, text):
    assert triggers_of(pipeline, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("In 1900 he referred to the war as a disaster.", "refer"),  # a referring of 1900
    ("The company was based in Vell from 1920.", "base"),  # no polity: the verb stays
    ("The army came under fire on 3 May 1915.", "come"),
])
def test_the_verb_stays_where_it_links_no_happening_or_rule(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_tie_with_a_happening_gives_the_row_to_the_happening(pipeline):
    assert triggers_of(pipeline, "The rebels were associated with the uprising in 1848.") == ["uprising"]
