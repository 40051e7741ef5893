"""A style's, a genre's or a language's name is no party (issue 31: "a genre, style, movement, language or
religion is never a party"): "The Orm style spread to Lusk in 1805" gave the actor "Orm", the qualifier of
"style" the model tagged alone. :func:`pipeline.events.non_party_names.is_no_party_name` asks here.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.non_party_names import STYLE_HEADS

_OWN_WORDS = {"style", "genre", "language", "dialect"}


def is_style_name(span: Any, label: str) -> bool:
    """Whether a name qualifies the lower-case noun of a style, a genre or a language right after it ("the
    Orm style", "the Vell language"), or ends in one ("the Orm Style"). A person's possessive ("Orm's
    style") is the person's and stays."""
    doc = span.doc
    last = span[-1]
    # (written with a capital only a style's own words: "Lusk Architecture" may be a firm)
    if len(span) > 1 and last.lower_ in _OWN_WORDS and label != "PERSON" and last.text[:1].isupper():
        return True
    if span.end >= len(doc) or last.tag_ == "POS" or doc[span.end].tag_ == "POS":
        return False
    after = doc[span.end]
    return after.lower_ in STYLE_HEADS and after.text.islower() and after.pos_ == "NOUN" and \
        span.root.head.i == after.i and span.root.dep_ in ("compound", "amod", "nmod")
