"""A name right after a fronted description of it ("A colony of Tarvia, Orm declared independence in
1808", "Once a province of Lusk, Orm joined the league"): the name is the clause's subject, and the
place inside the description only says whose colony or province it was.

The shape looks like "one in Kingston, Ontario started" (a town, a comma, the larger place the parser
took for a subject), which :func:`pipeline.events.origins.is_larger_place` reads as no party; here the
words before the comma are a whole indefinite noun phrase opening the sentence ("a colony of …", "part
of …", no verb in it) and the name after the comma is the subject of the verb that follows it, so the
name acts (issue "who did it": fronted appositions before the subject).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import SUBJECTS
from pipeline.lexicon.polities import STATE_DEFINING_NOUNS

# Nouns of a fronted description that make the name after it a state ("A colony of Tarvia, Orm became the
# seat of the Tarvian Empire": a state that became the seat, not a town named as one).
_STATE_DESCRIPTIONS = STATE_DEFINING_NOUNS | {"colony", "colonies", "dominion", "protectorate", "vassal"}

# Words a fronted description may open with before its noun ("Once a colony of …", "Formerly part of …").
_OPENERS = {"once", "formerly", "originally", "previously", "long", "then", "later", "still", "a", "an"}


def is_fronted_description_subject(span: Any) -> bool:
    """Whether ``span`` (a name) is the subject right after a fronted description of it (see the module)."""
    doc, root = span.doc, span.root
    if span.start < 3 or doc[span.start - 1].text != ",":
        return False
    verb = root.head
    if root.dep_ not in SUBJECTS or verb.pos_ not in ("VERB", "AUX") or verb.i < span.end or root.i == verb.i:
        return False
    return _description(doc[span.sent.start:span.start - 1]) is not None


def name_after_description(verb: Any, noun: Any) -> Any | None:
    """The name between a fronted description and its verb when the parser made the description the
    subject and hung the name off the verb ("Once a province of Lusk, Tarvia joined": Tarvia), else None."""
    doc = verb.doc
    if noun.pos_ != "NOUN" or noun.i > verb.i:
        return None
    comma = max(t.i for t in noun.subtree) + 1
    described = _description(doc[noun.sent.start:comma]) if comma < verb.i - 1 and doc[comma].text == "," else None
    if described is None or described.i != noun.i:
        return None
    run = doc[comma + 1:verb.i]
    name = run[-1]
    if not all(t.pos_ == "PROPN" for t in run) or name.head.i != verb.i or name.dep_ not in _HUNG or \
            any(t.head.i != name.i for t in run[:-1]):
        return None
    return name


# How the parser hangs a name it did not take for the subject off the verb.
_HUNG = {"advmod", "npadvmod", "nsubj", "dep", "nmod", "appos"}


def _description(front: Any) -> Any | None:
    """The noun heading ``front`` (the words opening a sentence before a comma) when they are one
    indefinite or bare noun phrase with no verb ("A colony of Tarvia", "Once part of Lusk"), else None."""
    if not len(front):
        return None
    tops = [t for t in front if not t.is_punct and not (front.start <= t.head.i < front.end and t.head.i != t.i)]
    tops = [t for t in tops if not (t.i == front.start and t.lower_ in _OPENERS)]
    if len(tops) != 1 or tops[0].pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") for t in front):
        return None
    noun = tops[0]
    # An indefinite or bare description: "The capital of Tarvia, Vell fell" may be the capital itself.
    if any(t.dep_ == "det" and t.head.i == noun.i and t.lower_ not in ("a", "an") for t in front):
        return None
    first = front[0]
    if first.i == noun.i or first.lower_ in _OPENERS or first.pos_ in ("ADJ", "DET") or first.dep_ == "amod":
        return noun
    return None


def is_described_state(span: Any) -> bool:
    """Whether ``span`` is the subject right after a fronted description of it as a state or a colony
    ("A colony of Tarvia, Orm became the seat of the Tarvian Empire in 1808")."""
    if not is_fronted_description_subject(span):
        return False
    noun = _description(span.doc[span.sent.start:span.start - 1])
    return noun is not None and noun.lower_ in _STATE_DESCRIPTIONS
