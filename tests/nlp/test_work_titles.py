"""Names that are titles of works (pipeline.nlp.work_titles): invented sentences, hand-tagged."""

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.nlp.work_titles import is_work_title


def _span(words: list[str], pos: list[str], start: int, end: int, label: str) -> Span:
    doc = Doc(Vocab(), words=words, pos=pos)
    return Span(doc, start, end, label=label)


def test_a_name_after_a_noun_of_a_work_is_its_title():
    words = ["In", "1801", "her", "novel", "Orlinda", "was", "published", "."]
    pos = ["ADP", "NUM", "PRON", "NOUN", "PROPN", "AUX", "VERB", "PUNCT"]
    assert is_work_title(_span(words, pos, 4, 5, "PERSON"))
    words = ["Their", "album", "Tarn", "Orchid", "came", "out", "."]
    assert is_work_title(_span(words, ["PRON", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "PUNCT"], 2, 4, "PERSON"))
    # "to play Orme Lotto": a verb, not a play.
    words = ["The", "age", "to", "play", "Orme", "Lotto", "is", "18", "."]
    pos = ["DET", "NOUN", "PART", "VERB", "PROPN", "PROPN", "AUX", "NUM", "PUNCT"]
    assert not is_work_title(_span(words, pos, 4, 6, "ORG"))


def test_a_quoted_name_is_a_title_unless_a_naming_word_gives_it():
    words = ["They", "won", "the", "award", "for", "'", "Best", "Ballad", ",", "'", "in", "1999", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "PUNCT", "ADJ", "PROPN", "PUNCT", "PUNCT", "ADP", "NUM", "PUNCT"]
    assert is_work_title(_span(words, pos, 6, 8, "GPE"))
    words = ["He", "formed", "a", "band", "called", '"', "Vellmen", '"', "in", "1990", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "PUNCT", "ADP", "NUM", "PUNCT"]
    assert not is_work_title(_span(words, pos, 6, 7, "ORG"))
    # Speech and scare quotes are no titles.
    words = ['"', "Tarn", "Orme", ",", '"', "Lusk", "said", "."]
    assert not is_work_title(_span(words, ["PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
                                   1, 3, "PERSON"))
    words = ["The", '"', "Orme", "Front", '"', "group", "struck", "."]
    assert not is_work_title(_span(words, ["DET", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                                   2, 4, "ORG"))
    words = ["The", "Orme", "Party", "won", "."]
    assert not is_work_title(_span(words, ["DET", "PROPN", "PROPN", "VERB", "PUNCT"], 1, 3, "ORG"))
