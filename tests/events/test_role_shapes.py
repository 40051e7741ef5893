"""Parties in shapes measured among the WikiEvents and WikiGold misses (issue 31, session 9): one test
per shape, invented sentences (regression tests, not evidence: evaluation/wikievents.py and the events
audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_bare_infinitive_after_a_perception_verb_behind_an_aside_is_its_objects():
    text = "On 3 May the guards saw Harold Pinchbeck, dressed in a grey coat, leave the hall and cross the yard."
    assert roles(text, "leave")["actors"] == ["Harold Pinchbeck"]
    assert roles(text, "cross")["actors"] == ["Harold Pinchbeck"]


def test_the_one_an_event_noun_is_handed_to_is_its_party():
    r = roles("Maria Lopez said on 2 June that she was given an ultimatum by the board.", "ultimatum")
    assert r["participants"] == ["Maria Lopez"]
    r = roles("On 2 June warnings were given to the Red Cross and the police.", "warnings")
    assert "Red Cross" in r["participants"]


def test_a_prepositional_verb_the_parser_splits_keeps_its_object():
    r = roles("In 1702 the council called on the Walloons to take up arms.", "called")
    assert "Walloons" in r["participants"]


def test_every_charge_of_a_long_list_is_laid_on_the_accused():
    text = "On 4 May Pedro Salvat was charged with fraud, bribery, conspiracy to commit a crime and perjury."
    assert roles(text, "perjury")["participants"] == ["Pedro Salvat"]
    text = "On 4 May Pedro Salvat was charged with complicity in the murder of Ana Roig."
    assert "Pedro Salvat" not in roles(text, "murder")["participants"]


def test_an_absolute_with_phrase_belongs_to_its_participle():
    text = "Sweden and Norway were neutral. On 2 May four Danish sailors were killed with two Swedes and a Norwegian wounded."
    assert "Sweden" not in roles(text, "killed")["participants"]
    assert {"Sweden", "Norway"} <= set(roles(text, "wounded")["participants"])


def test_the_man_who_is_the_name_he_is_said_to_be():
    r = roles("On 3 May a clerk identified Arno Steyl as the man who bought the rifle.", "bought")
    assert r["actors"] == ["Arno Steyl"]
    r = roles("Arno Steyl was the man who bought the rifle on 3 May.", "bought")
    assert r["actors"] == ["Arno Steyl"]


def test_a_pronoun_object_is_not_its_own_verbs_subject():
    r = roles("On 2 May John Smith and Peter Jones carried the crates to the pier before burning them.", "burning")
    assert set(r["actors"]) == {"John Smith", "Peter Jones"}
    assert r["participants"] == []


def test_what_a_subjects_participle_acts_on_is_no_actor():
    r = roles("On 2 May farmers carrying Ruritania's banner marched to the capital.", "marched")
    assert "Ruritania" not in r["actors"]


def test_a_place_or_a_made_thing_is_no_party():
    assert roles("The Orland Village Mall opened in 1979.", "opened")["actors"] == []
    assert roles("The Tarn Reservoir was completed in 1901 by Hugo Bell.", "completed")["actors"] == ["Hugo Bell"]
