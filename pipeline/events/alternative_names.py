"""Names joined by "or" are one party's other names, not more parties (issue 31, "who did it": "The
Lombards, Longobards or Langobards were a people who conquered most of Italy" gave the Lombards and the
Longobards as two actors; the judges count a variant spelling as a second actor wrong).

Only a coordination whose every coordinator is "or" (no "and", no "either", "whether" or "neither" before
its first member): the first member stays, the others are dropped from the actors. A coordination with
"and" ("Tarvia and Lusk signed") is untouched.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import first_conjunct

_CHOICE_WORDS = {"either", "whether", "neither"}


def drop_alternatives(roles: list, spans_of: dict) -> list:
    """``roles`` without the actors that are a later "or" member of an actor's coordination (see the module)."""
    actor_roots = {spans_of[id(e)].root.i for e, role, _ in roles if role == "actor" and e is not None and id(e) in spans_of}
    out = []
    for e, role, name in roles:
        sp = spans_of.get(id(e)) if e is not None else None
        if role == "actor" and sp is not None and sp.root.dep_ == "conj":
            first = first_conjunct(sp.root)
            if first.i in actor_roots and _or_only(first):
                continue
        out.append((e, role, name))
    return out


def _or_only(first: Any) -> bool:
    """Whether the coordination headed by ``first`` is joined by "or" alone, with no word of choice before it."""
    members = [first, *first.conjuncts]
    coordinators = [c.lower_ for m in members for c in m.children if c.dep_ == "cc"]
    if not coordinators or any(c != "or" for c in coordinators):
        return False
    return not any(c.lower_ in _CHOICE_WORDS for m in members for c in m.children if c.dep_ == "preconj") and \
        not (first.i > 0 and first.doc[first.i - 1].lower_ in _CHOICE_WORDS)
