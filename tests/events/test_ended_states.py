"""The state "the country's" or "the empire's" end names is the state the sentence named before it
(issue 31, blind judges' finding on history leads): invented sentences of the same shape, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_country_s_end_is_the_state_named_before_it():
    r = roles("Jan Orme led the Republic of Vell from 1985 until the country's dissolution in 1991.", "dissolution")
    assert r["actors"] == ["Republic of Vell"]
    assert roles("The Orm Empire lasted until the empire's fall in 1453.", "fall")["actors"] == ["Orm Empire"]


def test_a_city_named_between_is_never_the_country_and_a_realm_word_takes_only_its_own_kind():
    r = roles("Jan Orme ruled from Paris until the country's dissolution in 1991.", "dissolution")
    assert r["actors"] == []
    r = roles("The Republic of Vell lasted until the empire's fall in 1453.", "fall")
    assert "Republic of Vell" not in r["actors"]
