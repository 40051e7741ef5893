"""What a rule's context checks may look at besides the text: the parse, by character offset."""

from __future__ import annotations

import re
from typing import Any

_WORD_BEFORE = re.compile(r"([A-Za-z]+-?)\W*$")


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


# "numbering between 150 and 330", "ranging from 300 to 400": a count's verb before the opening word (issue 33).
_COUNTING_BEFORE = re.compile(r"\b(?:number|total|rang|var(?:y|i)|count|estimat)\w*\s+$", re.I)


def counted_before(text: str, start: int) -> bool:
    """Whether the numbers opened at ``start`` by "between"/"from" bound a count ("numbering between 150 and
    330"), never years: the word before the opening word is a count's verb."""
    opener = max(0, text.rfind(" ", 0, max(0, start - 1)) + 1)  # where "between" starts
    return _COUNTING_BEFORE.search(text, max(0, start - 30), opener) is not None
