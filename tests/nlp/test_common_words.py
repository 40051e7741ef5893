"""A capitalised common word at a sentence's start is no name (pipeline.nlp.common_words); invented text."""

from pipeline.nlp.common_words import DocumentWords


def _roles(text: str, trigger: str) -> dict:
    from pipeline import label_roles

    start = text.index(trigger)
    return label_roles(text, [(start, start + len(trigger))])[0]


def test_a_word_the_document_writes_in_lower_case_is_common_unless_capitalised_inside_a_sentence():
    words = DocumentWords("Kidnappers came. The kidnapper fled. Smart men wait. It was smart. Bush spoke with Bush.")
    assert words.common("Kidnappers") and words.common("Smart")
    assert not words.common("Bush")  # capitalised inside a sentence: a name
    assert not words.common("Orme")  # never written in lower case
    assert not words.common("NATO")


def test_a_sentence_initial_common_word_is_no_party():
    r = _roles("Armed men seized the mayor of Orlin in 1998. Kidnappers released him on 4 May 1998, police said. "
               "The kidnappers were never found.", "released")
    assert r["actors"] == [] and "Kidnappers" not in r["participants"]
    r = _roles("Prices fell in March 1999. Smart traders sold their shares on 3 March 1999, and smart buyers waited.",
               "sold")
    assert "Smart" not in r["actors"] + r["participants"]


def test_a_surname_that_is_also_a_common_word_stays_a_name():
    r = _roles("Tom Smart founded Orme Ltd in 1990. Smart sold the firm in 1995. It was a smart move.", "sold")
    assert r["actors"] == ["Tom Smart"]
