"""Names that are titles of works: a novel, an album, a song, a prize written where the model saw a
person, a body or a place ('her novel "Florentin"', "their album Desert Orchid", "the award for 'Best
Single'"). Such a name is a thing, never a party; the ``entities`` stage labels it ``WORK_OF_ART``.

Two cues, each from the words around the name:

- a noun of a work right before it ("the novel Orme", "his album, Lusk" is not taken: an apposition
  after a comma may be anything), not a verb ("to play Orme");
- quote marks around it with such a noun just before ("the award for 'Best Orme'"), unless a naming
  word introduces it ("a song called 'Orme'"): quotes alone are as often speech or a group's scare
  quotes in news ('"Orme," he said', 'the "Orme Front" group').
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.type_nouns import TYPE_NOUNS

# Nouns of works and prizes; a name right after one is its title.
WORK_NOUNS = frozenset(TYPE_NOUNS["WORK_OF_ART"]) | {
    "album", "single", "ep", "record", "movie", "documentary", "series", "episode", "musical", "symphony",
    "game", "award", "prize", "track"}
# Words that introduce a name being given, in quotes or not: the name is of whatever is named.
_NAMING_WORDS = {"called", "named", "nicknamed", "dubbed", "as", "name", "renamed", "christened"}
_OPENING = {'"', "“", "'", "‘"}
_CLOSING = {'"', "”", "'", "’"}
_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def is_work_title(span: Any) -> bool:
    """Whether a name span is the title of a work or a prize (see the module's cues)."""
    if span.label_ not in _LABELS:
        return False
    doc, start = span.doc, span.start
    if not (start > 0 and doc[start - 1].text in _OPENING):
        return start > 0 and _work_noun(doc[start - 1])
    end = span.end
    if end < len(doc) and doc[end].text in (",", "."):
        end += 1  # "the award for 'Best Single,'": a comma inside the quotes
    if end >= len(doc) or doc[end].text not in _CLOSING:
        return False
    opening = start - 1
    if opening > 0 and doc[opening - 1].text.lower() in _NAMING_WORDS:
        return False
    return any(_work_noun(t) for t in doc[max(0, opening - 3):opening])


def _work_noun(token: Any) -> bool:
    """A noun of a work or a prize ("the novel", "the award"), not a verb ("to play")."""
    return token.text.lower() in WORK_NOUNS and token.pos_ in ("NOUN", "PROPN") and \
        not (token.i > 0 and token.doc[token.i - 1].text.lower() == "to")
