"""Names that are titles of works: a novel, an album, a song, a prize written where the model saw a
person, a body or a place ('her novel "Florentin"', "their album Desert Orchid", "the award for 'Best
Single'"). Such a name is a thing, never a party; the ``entities`` stage labels it ``WORK_OF_ART``.

Two cues, each from the words around the name:

- a noun of a work right before it ("the novel Orme", "his album, Lusk" is not taken: an apposition
  after a comma may be anything), not a verb ("to play Orme");
- quote marks around it, unless a naming word introduces it ("a band called 'Orme'", "took the
  name 'Mara'": quotes around a name being given, not a title).
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
    quoted = start > 0 and doc[start - 1].text in _OPENING
    before = start - 1 if quoted else start
    noun = doc[before - 1] if before > 0 else None
    if noun is not None and noun.text.lower() in WORK_NOUNS and noun.pos_ in ("NOUN", "PROPN") and \
            not (noun.i > 0 and doc[noun.i - 1].text.lower() == "to"):
        return True
    if not quoted:
        return False
    end = span.end
    while end < len(doc) and doc[end].text in (",", ".") and end - span.end < 1:
        end += 1  # "the award for 'Best Single,'": a comma inside the quotes
    closed = end < len(doc) and doc[end].text in _CLOSING
    return closed and not (noun is not None and noun.text.lower() in _NAMING_WORDS)
