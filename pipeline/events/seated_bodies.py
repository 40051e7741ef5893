"""The body someone is elected or appointed to (issue 31): "was elected to the Tarsk legislature",
"appointed to the Supreme Council". The model often leaves such a body untagged, tags only the name
compounded on it ("Tarsk" of "the Tarsk legislature"), or takes it for a place; the verb's "to"
object headed by a body noun is the party, as the words are written. A body noun with no capitalised
word ("elected to the council") names no one in particular and is left out (precision first).
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.sides import SEATED_BODIES, SEATING_VERBS


def seated_bodies(trigger: Any) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the named bodies ``trigger`` seats someone in; for an election
    that seats someone ("was elected to the Tarsk legislature in the 1951 election"), its verb's."""
    if trigger.pos_ == "NOUN" and trigger.lower_.startswith(("election", "by-election")) and \
            trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.lower_ == "in":
        trigger = trigger.head.head
    if trigger.pos_ not in ("VERB", "AUX") or not trigger.lower_.startswith(SEATING_VERBS):
        return []
    if not any(c.dep_ in ("auxpass", "dobj") for c in trigger.children):
        return []  # "was elected to", "appointed Orme to": someone is seated, not "returned to the court house"
    out = []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            for head in [body, *body.conjuncts]:
                span = _body_span(head)
                if span is not None:
                    out.append(span)
    return out


def _body_span(head: Any) -> tuple[int, int] | None:
    """The words naming the body headed by ``head``: its name modifiers, the noun, a named "of" object
    ("the city council of Lusk"); None when ``head`` is no body noun or no word of it is a name."""
    if head.lower_ not in SEATED_BODIES:
        return None
    left = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")]
    start = min([t.i for c in left for t in c.subtree] + [head.i])
    end = head.i + 1
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children):
            end = max(t.i for t in prep.subtree) + 1
    words = head.doc[start:end]
    if not any(t.text[:1].isupper() for t in words if t.i != head.sent.start):
        return None
    return start, end
