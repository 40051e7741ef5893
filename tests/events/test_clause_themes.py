"""Themes that are a clause: what is assured, reported or announced, what is agreed or ordered to be done
(issue "when and what"; pipeline.events.clause_themes), in sentences of our own."""

from __future__ import annotations

import pytest


def themes(process, text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.theme) for e in process(text)]


@pytest.mark.parametrize("text, row", [
    # The parser hangs this clause on the one told, as if relative.
    ("On 4 May 1939 Orm assured the Lusk ambassador that relations would depend on Lusk's attitude.",
     ("assure", "relations would depend on Lusk's attitude")),
    ("Orm reported in his memoirs in 1938 that Vell had sought better relations.",
     ("report", "Vell had sought better relations")),
    ("On 12 August 1939 newspapers announced that Tarvia and Lusk were about to conclude a pact.",
     ("announce", "Tarvia and Lusk were about to conclude a pact")),
])
def test_what_is_assured_reported_or_announced_is_its_that_clause(process, text, row):
    assert themes(process, text) == [row]


def test_a_said_clause_is_no_theme(process):
    # Plain attribution: the content of every quoted statement would be a theme no story can match on.
    assert themes(process, "On 4 May 1939 Orm said that relations would depend on Lusk's attitude.")[0] == ("say", None)


def test_a_long_clause_is_no_theme(process):
    text = ("On 4 May 1939 Orm announced that the relations between the two old kingdoms would from then on "
            "depend entirely on the attitude of the new Lusk government.")
    assert themes(process, text)[0] == ("announce", None)


def test_what_is_agreed_to_be_done_is_the_infinitives_phrase(process):
    assert themes(process, "On 8 September 1939 the Tarvian side agreed to pass it by railway.") == [
        ("agree", "pass it by railway")]


def test_an_infinitive_with_a_noun_object_keeps_the_noun(process):
    assert themes(process, "On 8 September 1939 the Tarvian side agreed to sign the treaty.")[0][1] == "treaty"


def test_what_an_army_is_ordered_to_do_is_the_whole_phrase(process):
    assert themes(process, "On 3 April 1939 Orm ordered his military to prepare for war in the east.") == [
        ("order", "prepare for war in the east")]


def test_similar_only_points_at_the_thing(process):
    assert themes(process, "In June 1940 Orm presented similar ultimatums to Lusk and Vell.")[0][1] == "ultimatums"


@pytest.mark.parametrize("text, row", [
    # A phrase that does not fit ends at its noun and "of" ("towards …" is left off).
    ("In August 1933, Orm assured the Lusk ambassador Jon Vell that Orm-Lusk relations would depend exclusively "
     "on the attitude of Lusk towards the new Tarvian Union government.",
     ("assure", "Orm-Lusk relations would depend exclusively on the attitude of Lusk")),
    # A second "that" clause is another thing told: the first alone.
    ("On August 22, 1939 the newspapers announced that Orm and Lusk were about to conclude a pact, and that "
     "the talks with Vell had been suspended.", ("announce", "Orm and Lusk were about to conclude a pact")),
    # The port's long phrase does not fit the infinitive's: the phrase ends before it.
    ("In 1939 the Tarvian side agreed to pass it by railway to the Tarvian Baltic Sea port of Lusk.",
     ("agree", "pass it by railway")),
])
def test_a_long_clause_is_trimmed_to_its_first_phrases(process, text, row):
    assert themes(process, text)[0] == row


def test_the_thing_demanded_read_as_an_infinitives_subject_is_the_theme(process):
    rows = themes(process, "In March 1941, peasants convened in Lusk, demanding exit visas to emigrate to Vell.")
    assert ("demand", "exit visas") in rows


def test_a_clause_whose_complement_does_not_fit_is_no_theme(process):
    # "the two old states … were | about to conclude a long pact": cut there it would say nothing.
    text = ("In 1939 the newspapers announced that the two old states of the northern coast were about to "
            "conclude a long pact.")
    assert themes(process, text) == [("announce", None)]


def test_a_clause_the_parse_cut_from_its_verb_is_no_theme(process):
    text = "Police confirmed on 3 May 1998 that the body found along a highway in this town 15 miles south of Vell belonged to Jon Orm."
    assert themes(process, text)[0] == ("confirm", None)
