"""A passive's second ``by``-phrase after a gapped title (issue 31, "a title given is no party"; the
sentences are invented): "In 1999, he was named Sportsman of the Century by Orm Weekly and the Sports
Personality of the Century by the VBC". The verb is gapped: "he was named X by A and [was named] Y by
B". The parser joins the second title to the first agent ("Orm Weekly and the Sports Personality of the
Century" would both have named him) and hangs "by the VBC" on the verb as a plain preposition, so the
title acted and the VBC did not.

A conjunct of a passive's agent that runs right up to a second "by" on the same verb is the gapped
verb's object, no party (:func:`is_gapped_object`); that second "by"'s object is an agent too
(:func:`gapped_agents`).
"""

from __future__ import annotations

from typing import Any


def _second_by(verb: Any, after: int) -> Any:
    """The "by" hung on ``verb`` right after token ``after`` (its preposition or agent), else None."""
    doc = verb.doc
    if after + 1 >= len(doc):
        return None
    word = doc[after + 1]
    if word.lower_ != "by" or word.head.i != verb.i or word.dep_ not in ("prep", "agent"):
        return None
    # a name after it ("by the VBC"); "attacked by Tarvia and Lusk by sea" is a means, no gap
    return word if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in word.children) else None


def is_gapped_object(conjunct: Any) -> bool:
    """Whether ``conjunct``, joined to a passive's agent, is the gapped verb's next object (see the module)."""
    first = conjunct.head
    if conjunct.dep_ != "conj" or first.dep_ != "pobj" or first.head.dep_ != "agent" or conjunct.i < first.i:
        return False
    verb = first.head.head
    return _second_by(verb, max(t.i for t in conjunct.subtree)) is not None


def gapped_agents(verb: Any) -> list[Any]:
    """The objects of a second "by" on a passive ``verb`` that follows a gapped object (see the module)."""
    out = []
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for head in (g for g in agent.children if g.dep_ == "pobj"):
            for conjunct in head.conjuncts:
                if conjunct.i > head.i and is_gapped_object(conjunct):
                    by = _second_by(verb, max(t.i for t in conjunct.subtree))
                    out += [g for g in by.children if g.dep_ == "pobj"] if by.dep_ == "prep" else []
    return out
