"""The parties of a fall to a side (issue 31): "Constantinople fell to the Ottomans under Mehmed II", "Orm was
lost to the Tarvians", "after its loss to the Tarvians".

The grammar makes the city the subject of "fell", but the city did nothing: the side it fell "to"
took it (actor), and so did the leader it fell "under" ("to the Ottomans under Mehmed II", "fell under
Saladin"); the city is what was taken (participant). Only a fall to a party is read so: "prices fell to
$5" (an amount) or "fell back to the river" (a retreat) keep the parse's roles.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import Role, pobjs
from pipeline.events.party_shapes import with_compounds

# Entity types of a side that can take a place.
_SIDE_TYPES = ("PERSON", "ORG", "NORP", "GPE")
# The word forms of "fall" (the pipeline runs no lemmatizer).
_FALL_FORMS = {"fall", "falls", "fell", "fallen", "falling"}
# Particles that make "fell" a move of one's own ("fell back to", "fell away to").
_RETREAT_WORDS = ("back", "away", "behind", "apart", "off")


def _phrase(head: Any) -> set[int]:
    return {t.i for t in head.subtree}


# Word forms of losing, read as a fall only in the passive ("Orm was lost to the Tarvians": they took it).
_LOST_FORMS = {"lost"}
# Nouns of a fall or a loss ("its loss to the Tarvians", "the fall of Orm to the Tarvians").
_FALL_NOUNS = {"fall", "loss"}


def _is_fall(trigger: Any) -> bool:
    """Whether ``trigger`` tells that something went to a side: "fell", a passive "was lost", a noun "loss"."""
    if trigger.pos_ == "VERB":
        return trigger.lower_ in _FALL_FORMS or (
            trigger.lower_ in _LOST_FORMS and any(c.dep_ == "auxpass" for c in trigger.children))
    return trigger.pos_ == "NOUN" and trigger.lower_ in _FALL_NOUNS


def fall_takers(trigger: Any) -> set[int] | None:
    """Token indices of the sides that took what fell ("to the Ottomans", "under Mehmed II"), or
    ``None`` where ``trigger`` is no fall to a named side."""
    if not _is_fall(trigger):
        return None
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in _RETREAT_WORDS for c in trigger.children):
        return None
    to_objects = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for g in pobjs(c)]
    if not any(t.ent_type_ in _SIDE_TYPES for g in to_objects for t in g.subtree):
        return None  # "fell to $5", "fell to the ground": no side took anything
    takers: set[int] = set()
    for g in to_objects:
        # "to the Ottomans under Mehmed II" is the Ottomans' phrase; its "under" leader is in it.
        takers |= _phrase(g)
    takers |= {t for g in _leaders(trigger, to_objects) for t in _phrase(g)}
    return takers


def _leaders(trigger: Any, to_objects: list) -> list:
    """The "under" objects of the fall or of the side it fell to."""
    return [g for h in [trigger, *to_objects] for c in h.children if c.dep_ == "prep" and c.lower_ == "under"
            for g in pobjs(c)]


def recast_fall(trigger: Any, roles: list[Role], spans: Any) -> list[Role]:
    """``roles`` with a fall's takers as its actors and what fell as a participant (see the module's
    docstring); ``spans`` are the sentence's (entity, token span, name) triples."""
    takers = fall_takers(trigger)
    if takers is None:
        return roles
    spans_of = {id(e): sp for e, sp, _ in spans}
    out: list[Role] = []
    for e, role, name in roles:
        sp = spans_of.get(id(e)) if e is not None else None
        if role in ("actor", "participant") and sp is not None and any(t.i in takers for t in sp):
            out.append((e, "actor", name))
        elif role == "actor":
            out.append((e, "participant", name))
        else:
            out.append((e, role, name))
    had = {id(e) for e, _, _ in out if e is not None}
    # "under Mehmed II": a leader the parse hangs off the verb is a party the roles never saw.
    out += [(e, "actor", name) for e, sp, name in spans if id(e) not in had and e.label in _SIDE_TYPES
            and any(t.i in takers for t in sp)]
    named = {t.i for _, sp, _ in spans for t in sp}
    # "under Mehmed II" the model left untagged: a proper noun leading a side is its leader, a person.
    out += [(None, "actor", with_compounds(g)) for g in _leaders(trigger, []) if g.tag_ == "NNP" and g.i not in named
            and fall_takers(trigger) is not None]
    return out
