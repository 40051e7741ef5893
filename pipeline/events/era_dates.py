"""Eras that describe a thing or a life, not a happening: "a major figure of 20th-century literature".

A biography's lead places its subject in an era: "one of the greatest conductors of the 20th century",
"among the most accomplished 17th-century artists", "a mathematician who lived during the 1st
millennium BCE", a custom kept "to this day". The century describes a noun (who or what the person
was) or the span of a life; no happening of the sentence is dated by it. Only century- and
millennium-wide dates are read so (a year or a decade before a noun often dates its making: "his
1874 pamphlet"), and a happening noun keeps its era ("the 17th-century revolts").
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.happening_words import names_a_happening

_ERA = re.compile(r"\b(?:centur(?:y|ies)|millenni(?:um|a))\b", re.I)
# Links by which a date describes the noun it hangs on: "20th-century literature", "the 17th century's artists".
_DESCRIBING = {"compound", "amod", "nmod", "npadvmod", "poss"}
# Verbs that tell a life or a working life in an era, not one happening: "lived during", "worked in", "flourished".
_LIFE_VERBS = {"live", "work", "flourish", "active"}
# "continues to be used to this day", "survives to the present day": a state up to now.
_UP_TO_NOW = re.compile(r"^(?:this|the present|our own|the current) day$", re.I)


def era_describes(span: Any, trigger: Any, trigger_lemma: str | None) -> str | None:
    """Why a century or millennium (or "to this day") dates no happening here; None when it may."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("to", "until", "till") and _UP_TO_NOW.match(span.text):
        return "state"
    if not _ERA.search(span.text):
        return None
    if trigger_lemma in _LIFE_VERBS:
        return "lifespan"
    tok = span.root
    described = None
    while tok.dep_ in _DESCRIBING and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN") and \
            not span.start <= tok.head.i < span.end:
        tok = described = tok.head  # "20th-century literature" → literature
    if described is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        described = tok.head.head  # "the greatest conductors of the 20th century" → conductors
    if described is None or described.i == trigger.i and names_a_happening(described):
        return None
    return None if names_a_happening(described) else "thing"
