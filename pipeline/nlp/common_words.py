"""A capitalised common word at a sentence's start is no name ("Kidnappers seized the guard", "Smart
buyers waited"): the small model reads the sentence's capital as a name's.

The document tells the two apart without a dictionary: a word it also writes in lower case (or its
plural or singular), and never with a capital inside a sentence, is a common word that begins a
sentence. A name the document writes capitalised mid-sentence anywhere ("May", "Bush", a surname
"Smart") stays a name, and only one-word spans of the model are read so (precision first: "Smart
Holdings" keeps its second word's evidence)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.patterns import POSSESSIVE

_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’]*(?![\w-])")
# A capital right after a lower-case word, a digit or a comma and a space: inside a sentence.
_CAPITAL_INSIDE = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w]*")
# What may stand before a sentence's first word: an opening quote, bracket or dash.
_LEADING_MARKS = {'"', "“", "‘", "'", "``", "(", "[", "-", "–", "—"}


class DocumentWords:
    """The words a document writes in lower case and the words it capitalises inside a sentence."""

    def __init__(self, text: str) -> None:
        self.lower = set(_WORD.findall(text))
        self.capital_inside = set(_CAPITAL_INSIDE.findall(text))

    def common(self, word: str) -> bool:
        """Whether ``word`` (capitalised) is a common word here: written in lower case, in this form or
        as its plural or singular, and never capitalised inside a sentence."""
        if word in self.capital_inside or not word[:1].isupper() or not word[1:].islower():
            return False
        low = word.lower()
        forms = {low, low + "s", low + "es"} | ({low[:-1]} if low.endswith("s") else set()) | \
            ({low[:-2]} if low.endswith("es") else set())
        return any(f in self.lower for f in forms)


def common_word_at_start(span: Any, words: DocumentWords) -> bool:
    """Whether a one-word name span is a sentence's first word (after any opening quote or bracket)
    that the document shows to be a common word."""
    tokens = [t for t in span if t.text not in ("'s", "’s", "'", "’")]
    if len(tokens) != 1:
        return False
    doc, i = span.doc, tokens[0].i
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].text in _LEADING_MARKS:
        i -= 1
    return doc[i].is_sent_start and words.common(POSSESSIVE.sub("", tokens[0].text))
