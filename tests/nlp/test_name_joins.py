"""A name the model cut at a word inside it is one name again (pipeline.nlp.name_joins): invented sentences,
one per shape (regression tests; the audits measure)."""

import pytest

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


@pytest.mark.parametrize("text, word, name", [
    ("In 1899 the Society of Righteous and Harmonious Fists rose against the legations.", "rose",
     "Society of Righteous and Harmonious Fists"),
    ("In 1523 Mehmed II Giray founded the khanate.", "founded", "Mehmed II Giray"),
    ("In 1400 Emperor Thiếu Đế abdicated.", "abdicated", "Thiếu Đế"),
    ("In 1925 Paul Ludwig von Orlen und von Hasberg was elected.", "elected", "Paul Ludwig von Orlen und von Hasberg"),
    ("Linus Benedict Torvald founded the company in 1991.", "founded", "Linus Benedict Torvald"),
])
def test_a_name_cut_at_a_word_inside_it_is_one_party(text, word, name):
    r = roles(text, word)
    assert r["actors"] + r["participants"] == [name]


def test_two_states_joined_by_and_stay_two():
    r = roles("In 1890 the Bank of Tarvia and Lusk lent money to the Duke of Orm.", "lent")
    assert r["actors"] == ["Bank of Tarvia and Lusk"]
    r = roles("In 1702 Tarvia and Lusk attacked Orm.", "attacked")
    assert "Tarvia and Lusk" not in r["actors"]
