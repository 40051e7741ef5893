"""A state written with a hyphen (pipeline.nlp.dashed_states): invented sentences, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_hyphenated_state_that_heads_its_phrase_is_one_state():
    r = roles("In 1914 Austria-Hungary declared war on Serbia.", "declared")
    assert r["actors"] == ["Austria-Hungary"] and r["participants"] == ["Serbia"]
    assert "Austria-Hungary" in roles("In 1866 Austria-Hungary and Prussia fought a war.", "fought")["actors"]


def test_a_hyphenated_pair_on_a_noun_stays_two_sides():
    assert sorted(roles("The France-Germany pact was executed on 2 May 1950.", "pact")["actors"]) == ["France", "Germany"]
