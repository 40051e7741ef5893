"""Cleaning's last mile (issue 33): participle clauses, titles without their article, glossary snippets
that open with a capitalised word. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.cleaning.glossary import split_glossary_line
from pipeline.cleaning.piped_links import find_remnants


def collapsed(text: str) -> list[tuple[str, str]]:
    found, _ = find_remnants(text)
    return [(r.target, r.display) for r in found if r.collapse]


@pytest.mark.parametrize("text", [
    "In 1943 the air force attacked Lusk, attacking ten airfields and two ports.",
    "The army began the attack on Lusk, attacking ten airfields near Lusk.",
    "He joined Operation Tarsk Strike, striking Tarsk at dawn.",
    "In 1944 the navy shelled Orm, shelling three forts and a port.",
    "The rebels besieged Vell Castle, besieging it for a month.",
])
def test_a_participle_clause_after_a_comma_is_prose(text):
    assert collapsed(text) == []


def test_a_titles_own_gerund_shown_again_is_still_a_display():
    text = "The war began with the invasion of Karelia and Bombing of Tarsk in the War, bombing civilian boroughs of Tarsk."
    assert [t for t, _ in collapsed(text)] == ["Bombing of Tarsk in the War"]


def test_a_title_without_the_article_the_sentence_needs_collapses():
    text = "In 1822 the two states signed Tarvia–Lusk Border Agreement, an agreement that settled the frontier."
    assert collapsed(text) == [("Tarvia–Lusk Border Agreement", "an agreement")]
    assert collapsed("Both sides ratified Treaty of Tarsk, a treaty that ended the war.") == \
        [("Treaty of Tarsk", "a treaty")]
    assert collapsed("The two kings signed Orm–Vell Peace Treaty, a treaty that ended the war.") == \
        [("Orm–Vell Peace Treaty", "a treaty")]
    assert collapsed("In 1850 the estates adopted Lusk Constitution, a constitution that bound the king.") == \
        [("Lusk Constitution", "a constitution")]


@pytest.mark.parametrize("text", [
    # The article is there: an apposition, prose.
    "In 1822 the two states signed the Tarvia–Lusk Border Agreement, an agreement that settled the frontier.",
    # A name that goes without an article, and a display that does not echo the title's head.
    "The army launched Operation Tarsk, an operation that failed.",
    "Both sides ratified Treaty of Tarsk, a decision that ended the war.",
    "In 1850 the estates adopted the Lusk Constitution, a constitution that bound the king.",
])
def test_an_apposition_or_a_name_without_article_stays(text):
    assert collapsed(text) == []


@pytest.mark.parametrize("line, anchor", [
    ("Tarvian Civil War Over 900 engagements took place during the war, which lasted from 1820 to 1825",
     "Tarvian Civil War"),
    ("Revolution King Otto ascended to the throne of Tarvia in 1830 and ruled until his death in 1851",
     "Revolution"),
    ("Lusk Uprising In the spring of 1831 the peasants of the Lusk valley rose against", "Lusk Uprising"),
    ("Lusk Rebellion Over 300 villages joined the revolt, which lasted until 1841", "Lusk Rebellion"),
    # any ruler's, noble's or prelate's title the names lexicon knows
    ("Orm Schism Bishop Vell broke with Tarsk in 1702 over the calendar", "Orm Schism"),
    ("Vell Succession Countess Mara inherited the county of Vell in 1710", "Vell Succession"),
])
def test_a_snippet_opening_with_a_capitalised_word_is_cut_whole(line, anchor):
    split = split_glossary_line(line)
    assert line[:split.anchor_chars] == anchor and split.rule == "lead-opener"


def test_a_name_with_an_honorific_inside_stays_one_anchor():
    # "Emperor Otto" after "Holy Roman": the honorific is the anchor's own; the lead repeats it.
    line = "Holy Roman Emperor Otto Holy Roman Emperor Otto I was crowned in 962"
    split = split_glossary_line(line)
    assert line[:split.anchor_chars] == "Holy Roman Emperor Otto"
