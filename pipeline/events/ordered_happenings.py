"""A happening a report says someone ordered, named as already known: "he had ordered the strikes".

:mod:`pipeline.events.modality` reads a happening under a verb of ordering as planned ("ordered an
attack" says nothing of whether it came), and a news report's undated row
(:mod:`pipeline.events.document_dated`) is made for asserted happenings only. But a definite
description ("the strikes", "the raid", "its withdrawal") as the direct object of an order told as past
refers to a happening the reader already knows of: "Clinton said Thursday he had ordered the strikes"
retells the strikes the same report, and others, tell as done. Such a noun keeps its report-dated row
(some day of the weeks up to its sentence's date), never a date of its own: the order's day need not be
the happening's ("ordered the invasion on 31 August", the invasion on 1 September), so only the window
is given, and only in a news report.

Indefinite objects ("ordered strikes", "ordered an attack") stay plans; so does anything a negation, a
modal or a plan verb above the order touches (:func:`modality_of` of the order verb itself).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.modality import ASSERTED, forms, modality_of

# Verbs of ordering or authorising a happening: what they act on is done by others, later or not at all.
ORDERING_VERBS = frozenset({"order", "authorize", "authorise", "command", "direct", "sanction"})
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


def ordered_known_happening(noun: Any) -> bool:
    """Whether ``noun`` (a spaCy token) is a definite event noun that a verb of ordering, told as past and
    asserted, takes as its direct object ("had ordered the strikes", "ordered their withdrawal")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or verb.tag_ not in _PAST_TAGS or not forms(verb) & ORDERING_VERBS:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "the strikes were ordered": no one says they came
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" for c in noun.children):
        return False
    return modality_of(verb) == ASSERTED
