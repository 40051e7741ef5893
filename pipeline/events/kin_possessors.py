"""A person's kin are not that person (issue "who did it", history leads; invented sentences).

"Tarvia was ruled by Orme's descendants until the 1st century AD", "his heirs sold the estate in 1602":
the general rules take every name in the subject's phrase for an actor, so the ancestor "Orme" acts,
centuries after his death. The possessor of a kin noun (:data:`pipeline.lexicon.type_nouns.KIN_NOUNS`)
heading the subject names whose kin did it, not who did it: it is dropped from the actors, and the row
is left without an actor unless the kin are named themselves ("Orme's son Jan", a name of its own).
Likewise a name joined by "or" to an actor is no second actor (:func:`without_alternatives`): "Orme or
Ormen" is one party under two names, or two the text does not choose between.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.type_nouns import KIN_NOUNS


def _kin_owner(span: Any) -> bool:
    """Whether a name's span is the possessor of a kin noun ("Orme's descendants", "the Orme family's heirs")."""
    root = span.root
    return root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.lower_ in KIN_NOUNS


def without_kin_owners(found: tuple, spans: list) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four) without the actors that only
    own the kin noun that did it; ``spans`` are the sentence's (entity, span, name) triples."""
    named, theme, extra, resolved = found
    spans_of = {id(e): sp for e, sp, _ in spans}
    kept = [(e, r, n) for e, r, n in named
            if not (r == "actor" and e is not None and id(e) in spans_of and _kin_owner(spans_of[id(e)]))]
    return (kept, theme, extra, resolved) if len(kept) != len(named) else found


def without_alternatives(found: tuple, spans: list) -> tuple:
    """A trigger's roles without the actor an "or" joins to another ("Orme or Ormen, was the last pharaoh
    … who ruled"): another name of the same party, or one of two the text does not choose between; the
    first is kept."""
    named, theme, extra, resolved = found
    roots = {id(e): sp.root for e, sp, _ in spans}
    actors = {roots[id(e)].i for e, r, _ in named if r == "actor" and e is not None and id(e) in roots}
    kept = [(e, r, n) for e, r, n in named if not (
        r == "actor" and e is not None and id(e) in roots and _or_joined(roots[id(e)], actors))]
    return (kept, theme, extra, resolved) if len(kept) != len(named) else found


def _or_joined(root: Any, actors: set[int]) -> bool:
    head = root.head
    return root.dep_ == "conj" and head.i in actors and \
        [c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < root.i] == ["or"]
