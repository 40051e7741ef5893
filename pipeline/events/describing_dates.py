"""Dates that describe a party rather than date a happening: a date inside an apposition about a party.

"Romania – a client state since 1919 – attacked", "Victor Kopp, the envoy from 1921, met", "work of
18th century physicist Tom Holm": the date says what the party was or when the man lived; the
``events`` stage writes no row for it. Split from :mod:`pipeline.events.triggers`, which chooses a
date's trigger.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.happening_words import is_event_noun
from pipeline.events.life_ends import is_epithet  # "Orm the Great in 323 BC": the epithet is the name's


def describes_a_party(span: Any) -> bool:
    """Whether the date ``span`` sits in an apposition about a party rather than in a statement
    ("Romania – a client state since 1919 – attacked", "Victor Kopp, the envoy from 1921, met"). Such
    a date dates no event: it describes the party, it is not the happening. (A date that is itself
    the apposition, "the attacks Aug. 7", is the parser's way with a bare date, and stays.)"""
    tok = span.root
    head = tok.head
    while head.dep_ == "compound" and head.i < head.head.i:
        head = head.head
    named = head.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)
    if tok.dep_ in ("compound", "amod", "nmod", "npadvmod") and span.end <= tok.head.i and named and \
            tok.head.pos_ == "NOUN":
        return True  # "work of 18th century physicist Tom Holm": the date says when the man lived
    for _ in range(40):
        if tok.pos_ == "VERB" or (is_event_noun(tok) and not span.start <= tok.i < span.end):
            return False
        if tok.dep_ == "relcl":
            return False  # a relative clause's date dates that clause ("which had been a monarchy until 1918")
        if tok.dep_ == "appos" and not span.start <= tok.i < span.end and not is_epithet(tok) and \
                tok.head.pos_ in ("PROPN", "NOUN", "PRON") and not is_event_noun(tok) and not is_event_noun(tok.head):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
