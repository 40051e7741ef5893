"""Parties named by a dashed pair of nationality words on a happening noun (issue 31, the reference
article's judge): invented sentences, regression tests (evaluation/events.py and the audits measure)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def parties(r: dict) -> set:
    return set(r["actors"]) | set(r["participants"])


def test_a_dashed_pair_on_a_happening_noun_names_both_states():
    base = "Chile and Peru were rivals. "
    assert parties(roles(base + "Chilean–Peruvian negotiations began in May 1939.", "negotiations")) == {"Chile", "Peru"}
    assert parties(roles(base + "Chilean - Peruvian talks opened in 1702.", "talks")) == {"Chile", "Peru"}


def test_a_state_name_in_the_pair_counts_as_itself():
    r = roles("Chile and Bolivia were rivals. In 1702 the Chilean-Bolivia pact was signed.", "pact")
    assert parties(r) == {"Chile", "Bolivia"}


def test_the_agreement_a_making_verb_or_noun_acts_on_names_its_parties():
    base = "Chile and Peru were rivals. "
    assert parties(roles(base + "In 1931 a Peruvian–Chilean trade agreement was signed.", "signed")) == {"Chile", "Peru"}
    text = base + "This led to the conclusion of the Chilean-Peruvian Non-Aggression Pact on July 25, 1932."
    assert {"Chile", "Peru"} <= set(roles(text, "conclusion")["actors"])


def test_a_pair_on_a_place_or_an_agreement_merely_broken_names_no_party_by_this_rule():
    base = "Chile and Peru were rivals. "
    assert parties(roles(base + "Fighting on the Chilean–Peruvian border began in 1933.", "Fighting")) == set()
    assert parties(roles(base + "In 1932 the Chilean-Peruvian pact was violated by bandits.", "violated")) == set()
    assert parties(roles(base + "Chilean elections were held in 1933.", "elections")) == set()


def test_a_pair_of_persons_names_no_state():
    r = roles("Chile and Peru were rivals. In 1932 the Molotov–Ribbentrop pact was signed.", "signed")
    assert not parties(r) & {"Chile", "Peru"}


def test_a_state_named_with_the_demonym_itself_is_not_the_plain_state():
    text = ("Chile, Peru and the Peruvian Democratic Republic were named. "
            "In 1932 the Chilean-Peruvian pact was signed.")
    r = roles(text, "signed")
    assert "Peruvian Democratic Republic" not in parties(r)


def test_a_peoples_word_prefers_the_plain_state_and_breaks_a_tie_by_a_states_noun():
    from pipeline.events.joint_parties import state_of_word

    assert state_of_word("Peruvian", ["Peru", "Peruvian Democratic Republic"]) == "Peru"
    assert state_of_word("Tarvian", ["Tarvian Union", "Tarvian Exiles"]) == "Tarvian Union"
    assert state_of_word("Tarvian", ["Tarvian Exiles", "Tarvian Settlers"]) is None  # no state's noun: keep none


def test_a_lone_nationality_on_a_happening_noun_is_its_doer_but_not_on_a_place():
    base = "Chile and Peru were rivals. "
    r = roles(base + "Chilean military collaboration with Peru ended in 1933.", "collaboration")
    assert r["actors"] == ["Chile"] and r["participants"] == ["Peru"]
    assert parties(roles(base + "Fighting on the Chilean border began in 1933.", "Fighting")) == set()
