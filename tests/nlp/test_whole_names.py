"""Whole names where the model cut them (pipeline.nlp.whole_names), read through label_roles; invented text."""


def _roles(text: str, trigger: str) -> dict:
    from pipeline import label_roles

    start = text.index(trigger)
    return label_roles(text, [(start, start + len(trigger))])[0]


def _names(r: dict) -> list[str]:
    return r["actors"] + r["participants"]


def test_a_state_named_by_its_head_word_and_of_is_one_party():
    r = _roles("In 1946 the Empire of Vell invaded Lusk.", "invaded")
    assert r["actors"] == ["Empire of Vell"]
    assert "Empire" not in _names(r) and "Vell" not in r["actors"]
    assert "Empire of Vell" in _names(_roles("The Empire of Vell was proclaimed in 1945.", "proclaimed"))


def test_a_dynasty_the_model_left_untagged_is_one_name():
    r = _roles("In 1227 the Orm dynasty defeated Tarsk.", "defeated")
    assert r["actors"] == ["Orm dynasty"]


def test_a_persons_given_names_the_model_left_off_are_part_of_the_name():
    r = _roles("In 1970 Salvador Guillermo Orme Gossens defeated Rodric Lusk.", "defeated")
    assert r["actors"] == ["Salvador Guillermo Orme Gossens"]
    later = "Salvador Guillermo Orme Gossens was a politician. In 1970 Gossens defeated Rodric Lusk."
    assert _roles(later, "defeated")["actors"] == ["Salvador Guillermo Orme Gossens"]


def test_a_ruler_named_by_the_realm_keeps_the_realm():
    assert _roles("Taejo of Orm founded the kingdom in 918.", "founded")["actors"] == ["Taejo of Orm"]


def test_a_firm_joined_by_a_comma_and_an_ampersand_is_one_name():
    r = _roles("In 1987 Donaldson, Lufkin & Orme bought Tarn Bank.", "bought")
    assert r["actors"] == ["Donaldson, Lufkin & Orme"]
