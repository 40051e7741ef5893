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


def test_the_state_noun_lists_kept_in_the_lexicon_are_as_they_were():
    from pipeline.lexicon.polities import POLITY_HEADS, REALM_NOUNS, STATE_NAME_NOUNS

    # behaviour-identical move of founded_states._REALMS and joint_parties._STATE_NOUNS
    assert REALM_NOUNS == {"empire", "kingdom", "dynasty", "republic", "caliphate", "sultanate", "khanate",
                           "principality", "duchy", "state", "confederation", "federation", "union", "emirate",
                           "shogunate", "realm", "monarchy"}
    assert STATE_NAME_NOUNS == {"union", "republic", "empire", "kingdom", "federation", "confederation", "states",
                                "emirates", "sultanate", "caliphate", "khanate", "commonwealth"}
    assert REALM_NOUNS - {"state", "confederation", "federation", "union", "monarchy"} <= POLITY_HEADS


def test_a_peoples_word_names_the_state_named_with_it():
    from pipeline.events.demonyms import state_of_word
    from pipeline.events.joint_parties import state_of_word as read_there

    assert read_there is state_of_word
    assert state_of_word("Tarvian", ["Tarvia", "Tarvian Republic"]) == "Tarvia"
    assert state_of_word("Orm", ["Orm Union"]) == "Orm Union"
