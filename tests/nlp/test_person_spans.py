"""pipeline.nlp.person_spans: one person's name the model cut in two; invented names."""

import spacy
from spacy.tokens import Span

from pipeline.nlp.person_spans import joined_people

_NLP = spacy.blank("en")


def _joined(text: str, *cuts: tuple[int, int, str]) -> list[tuple[str, str]]:
    doc = _NLP(text)
    return [(s.text, s.label_) for s in joined_people([Span(doc, a, b, label=lab) for a, b, lab in cuts])]


def test_two_person_spans_one_space_apart_are_one_name():
    assert _joined("Tarvo Endel Mari Lusk won the prize.", (0, 2, "PERSON"), (2, 4, "PERSON")) == \
        [("Tarvo Endel Mari Lusk", "PERSON")]
    assert _joined("Jan de Orme Vell left.", (0, 1, "PERSON"), (1, 4, "PERSON")) == [("Jan de Orme Vell", "PERSON")]


def test_people_a_comma_a_possessive_or_another_label_parts_stay_apart():
    assert _joined("Tarvo Lusk, Mari Orme left.", (0, 2, "PERSON"), (3, 5, "PERSON")) == \
        [("Tarvo Lusk", "PERSON"), ("Mari Orme", "PERSON")]
    assert _joined("Tarvo Lusk's Songs were sung.", (0, 3, "PERSON"), (3, 4, "PERSON")) == \
        [("Tarvo Lusk's", "PERSON"), ("Songs", "PERSON")]
    assert _joined("Tarvo Lusk Orme Timber grew.", (0, 2, "PERSON"), (2, 4, "ORG")) == \
        [("Tarvo Lusk", "PERSON"), ("Orme Timber", "ORG")]


def test_a_regnal_number_loses_the_sentences_full_stop():
    from pipeline.nlp.person_spans import without_sentence_stop

    assert without_sentence_stop("Rodric III.", "PERSON") == "Rodric III"
    assert without_sentence_stop("Tom Orme Jr.", "PERSON") == "Tom Orme Jr."
    assert without_sentence_stop("Orme Co.", "ORG") == "Orme Co."


def test_a_king_named_at_a_sentences_end_is_a_clean_name():
    from pipeline import label_roles

    # The tokenizer reads "I." as an initial: without the rule the actor was "Rodric I.".
    text = "In 1469 Orme was conquered by Rodric I. He ruled it until 1490."
    i = text.index("conquered")
    assert label_roles(text, [(i, i + 9)])[0]["actors"] == ["Rodric I"]
