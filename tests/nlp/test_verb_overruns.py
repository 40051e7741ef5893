"""A name span the model ran on over its sentence's main verb is cut at the verb (invented words, a parse
built by hand: the small model does this only on some names)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from pipeline.nlp.verb_overruns import split_at_main_verb


def _doc(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_person_run_on_over_the_main_verb_is_two_names():
    doc = _doc(["Doreen", "Vell", "joined", "Orman", "in", "1950", "."], [1, 2, 2, 2, 2, 4, 2],
               ["compound", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["PROPN", "PROPN", "VERB", "PROPN", "ADP", "NUM", "PUNCT"])
    parts = split_at_main_verb(Span(doc, 0, 4, label="PERSON"))
    assert [(p.text, p.label_) for p in parts] == [("Doreen Vell", "PERSON"), ("Orman", "PERSON")]


def test_a_name_with_a_lower_case_particle_stays_whole():
    doc = _doc(["Jan", "van", "Orm", "left", "."], [2, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT", "punct"],
               ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"])
    span = Span(doc, 0, 3, label="PERSON")
    assert split_at_main_verb(span) == [span]
