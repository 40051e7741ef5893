"""A happening's own name is none of its parties (issue 31, precision: "never a war's name as a party"),
even where the model tags it as a person: invented sentences of the same shape, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_name_the_trigger_stands_in_is_no_party_of_it():
    r = roles("After the Norman Conquest of 1066, the language changed.", "Conquest")
    assert "Norman Conquest" not in r["actors"] + r["participants"]


def test_a_people_s_adjective_on_the_happening_still_acts():
    assert roles("The Abbasid Revolution of 750 overthrew the Umayyads.", "Revolution")["actors"] == ["Abbasids"]
