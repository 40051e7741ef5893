"""What a rule's context checks may look at besides the text: the parse, by character offset."""

from __future__ import annotations

import re
from typing import Any

_WORD_BEFORE = re.compile(r"([A-Za-z]+-?)\W*$")
# Words of a count before "between" or "from": "city-states numbering between 150 and 330", "ranging from
# 200 to 400" are a count's bounds, not two early years (blind judges of history leads, issue 33).
_COUNTED_BEFORE = re.compile(
    r"\b(?:number(?:s|ed|ing)?|total(?:s|l?ed|l?ing)?|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|count(?:s|ed|ing)?|"
    r"estimated|amount(?:s|ed|ing)?|of)\s+(?:from|between)\s+\d+(?:\D{1,12}\d+)?$", re.I)


class Tokens:
    """Token lookup by character offset in a spaCy Doc (when one is given)."""

    def __init__(self, parsed: Any | None) -> None:
        self.parsed = parsed
        self.by_char: dict[int, int] | None = None  # built on first use: many texts never ask

    def at(self, char: int) -> Any | None:
        """The token starting at ``char``, if one does."""
        if self.parsed is None:
            return None
        if self.by_char is None:
            from spacy.attrs import IDX

            # Offsets to token indices from one array: a Token object only for the offsets asked (speed only).
            self.by_char = dict(zip(self.parsed.to_array(IDX).tolist(), range(len(self.parsed))))
        i = self.by_char.get(char)
        return None if i is None else self.parsed[i]

    def covering(self, char: int) -> Any | None:
        """The token holding ``char`` ("mid-June" starts inside one), if the text was parsed."""
        if self.parsed is None:
            return None
        token = self.at(char)
        if token is not None:
            return token
        return next((t for t in self.parsed if t.idx <= char < t.idx + len(t.text)), None)


def word_before(text: str, pos: int) -> str:
    """The last word before ``pos`` (lower case), skipping punctuation and spaces."""
    m = _WORD_BEFORE.search(text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def not_a_counts_bounds(p: Any, text: str, tokens: Tokens) -> bool:
    """A rule's ``keep``: the piece ``p`` stays unless a word of counting comes before its "between"/"from"."""
    return _COUNTED_BEFORE.search(text, max(0, p.start - 60), p.end) is None
