"""A named theme that opens with the place the other telling gives as where ("bombed the Tarsk, Vell,
clinic" and "the bombing in Tarsk"): one place, said in the thing's name (sentences of our own)."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge
from pipeline.stories.places import place_opening_theme

DAY = date(1998, 1, 29)


def told(key: str, places=(), theme=None) -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=DAY, end=DAY, granularity="day", trigger="bombing",
                   kinds=frozenset({"bombing"}), night=False, actors=[], participants=[], places=list(places),
                   citations=[], theme=theme)


def test_a_theme_opening_with_the_others_place_shares_it():
    clinic = told("a", theme="Tarsk, Vell, clinic")
    in_town = told("b", places=["Tarsk", "Vell"])
    assert place_opening_theme(clinic, in_town) == "Tarsk"
    found = judge(clinic, in_town)
    assert found is not None and "place:Tarsk" in found.evidence


def test_a_place_or_a_thing_named_after_the_town_is_no_such_place():
    assert place_opening_theme(told("a", theme="Tarsk Airport"), told("b", places=["Tarsk"])) is None
    assert place_opening_theme(told("a", theme="Tarsk Treaty"), told("b", places=["Tarsk"])) is None
    assert place_opening_theme(told("a", theme="clinic in Tarsk"), told("b", places=["Tarsk"])) is None
