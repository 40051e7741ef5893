"""Nouns that name a happening: the word tests the light-verb rules (:mod:`pipeline.events.happening_words`)
and the going-on rules (:mod:`pipeline.events.going_on`) share, split out of happening_words.

``is_event_noun`` tells a noun that names something that happens ("invasion", "siege") from one that
names a thing; ``names_a_happening`` drops the states in disguise; ``parse_lemma`` reads a light verb's lemma
with the lemmatizer off.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.light_verb_forms import LIGHT_VERB_FORMS
from pipeline.lexicon.stems import singulars as _singulars
from pipeline.lexicon.happenings import (
    EVENT_NOUNS, EVENT_SUFFIXES, LIGHT_VERB_HAPPENINGS, NAMED_HAPPENING_HEADS, STATES_NOT_HAPPENINGS,
    SUFFIX_LOOKALIKES,
)


def is_event_noun(token: Any) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    # Nouns' lemmas are their singular; the suffix test needs no lemmatizer.
    word = token.lower_
    forms = _singulars(word)
    if not forms.isdisjoint(EVENT_NOUNS):
        return True
    return token.pos_ == "NOUN" and len(word) > 5 and any(f.endswith(EVENT_SUFFIXES) for f in forms) and \
        forms.isdisjoint(SUFFIX_LOOKALIKES)


# The light verbs' forms: the lemmatizer is off in the events stage's parse (lemmas come later, per trigger).
_FORMS = LIGHT_VERB_FORMS


def parse_lemma(tok: Any) -> str:
    """A token's lemma in the events stage's parse, where the lemmatizer is off: the model's lemma if set,
    else a light verb's by its form ("took" → take), else the lower-cased word."""
    return tok.lemma_.lower() if tok.lemma_ else _FORMS.get(tok.lower_, tok.lower_)


def names_a_happening(token: Any) -> bool:
    """An event noun that is no thing or state in disguise ("fights", not "population")."""
    return is_event_noun(token) and _singulars(token.lower_).isdisjoint(STATES_NOT_HAPPENINGS)


def _light_happening(noun: Any) -> bool:
    """A noun that names a happening as a light verb's object or subject ("had a hit", "had surgery")."""
    return not _singulars(noun.lower_).isdisjoint(LIGHT_VERB_HAPPENINGS)


def _named_happening(token: Any) -> bool:
    """A proper noun heading a happening's name ("the Congress of Vell", "the Tarvian Revolution")."""
    return names_a_happening(token) or not _singulars(token.lower_).isdisjoint(NAMED_HAPPENING_HEADS)


def happening_after_of(noun: Any) -> Any | None:
    """The happening noun after ``noun``'s "of" ("the time of his retirement", "a series of wars"), or None."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and names_a_happening(obj):
                    return obj
    return None
