"""A realm named with a capitalised head word is a party where the model lost it (issue 31, blind judges'
finding on history leads): invented sentences of the same shape, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_realm_the_model_took_for_a_building_acts_as_a_subject():
    assert roles("The Grand Duchy of Lusk controlled the area by 1400.", "controlled")["actors"] == \
        ["Grand Duchy of Lusk"]
    assert roles("The Grand Duchy of Orm ended in 1795.", "ended")["actors"] == ["Grand Duchy of Orm"]


def test_a_stretch_of_history_or_a_realm_s_word_alone_is_no_new_party():
    assert roles("The Middle Kingdom began in 2050 BC.", "began")["actors"] == []
    assert "Kingdom" not in roles("The Kingdom fell in 1200.", "fell")["actors"]
