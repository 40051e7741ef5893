"""A people's word for its state (pipeline.events.demonyms); invented names beside real demonyms."""

from __future__ import annotations

from pipeline.events.demonyms import state_of_demonym


def test_a_demonym_adds_a_short_tail_to_what_it_shares_with_its_state():
    states = ["Belgium", "Poland", "Finland", "Norway", "Tarvia"]
    assert state_of_demonym("Polish", states) == "Poland"
    assert state_of_demonym("Finnish", states) == "Finland"
    assert state_of_demonym("Norwegian", states) == "Norway"
    assert state_of_demonym("Tarvians", states) == "Tarvia"
    # "Bel" is all "Belorussian" shares with Belgium: another people's word, no merge
    assert state_of_demonym("Belorussian", states) is None
    assert state_of_demonym("Tarmoravian", states) is None


def test_a_people_of_antiquity_is_not_the_present_state():
    assert state_of_demonym("Israelites", ["Israel"]) is None
    assert state_of_demonym("Israelis", ["Israel"]) == "Israel"
