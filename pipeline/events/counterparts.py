"""The counterpart of a proposal or a request is a party of it (issue 31, blind judges' finding on history
leads; the sentences below are invented): "Tarvia proposed to Lusk to redraw the border" (Lusk),
"Tarvia asked for the withdrawal of Lusk troops" (Lusk).

A state a proposal is addressed "to" is whom it was made to, not where someone went (the general rule
keeps a place after "to" out: :func:`pipeline.events.party_heads.participant_heads`); the force whose
withdrawal, entry or help is asked for stands for its state, which the request is made of.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import Role, pobjs
from pipeline.events.party_shapes import force_party

# Word stems of proposing and asking (the pipeline runs no lemmatiser).
_ADDRESSING = ("propos", "offer", "suggest", "appeal", "petition", "request", "ask", "demand", "plead",
               "protest", "complain", "promis", "pledg")
# Word stems of asking for a happening: its force's state is the one asked.
_ASKING = ("ask", "request", "demand", "call", "urg", "press", "insist", "propos", "seek", "sought")


def addressed_states(trigger: Any) -> set[int]:
    """Head tokens of the states a proposal or request is made "to" ("proposed to Lusk")."""
    if trigger.pos_ != "VERB" or not trigger.lower_.startswith(_ADDRESSING):
        return set()
    return {g.i for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for g in pobjs(c)
            for g in (g, *g.conjuncts) if g.ent_type_ == "GPE"}


def asked_of_forces(trigger: Any) -> set[int]:
    """Head tokens of the forces whose happening is asked for ("asked for the withdrawal of Lusk troops")."""
    if trigger.pos_ != "VERB" or not trigger.lower_.startswith(_ASKING):
        return set()
    asked = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    asked += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in pobjs(c) if g.pos_ == "NOUN"]
    return {g.i for a in asked for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)}


# Word forms of suing and seeking, and the settlements sought: "sued for peace with Lusk", "sought an armistice
# with Orm": the side the settlement is sought with takes part.
_SUING = {"sue", "sues", "sued", "suing", "seek", "seeks", "sought", "seeking"}
_SETTLEMENTS = {"peace", "terms", "armistice", "truce", "ceasefire", "cease-fire"}


def sued_sides(trigger: Any) -> set[int]:
    """Head tokens of the side a settlement is sued for or sought "with" ("sued for peace with Lusk"):
    on the settlement noun or on the verb."""
    if trigger.pos_ != "VERB" or trigger.lower_ not in _SUING:
        return set()
    sought = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in pobjs(c)]
    sought += [c for c in trigger.children if c.dep_ == "dobj"]
    sought = [g for g in sought if g.lower_ in _SETTLEMENTS]
    if not sought:
        return set()
    return {g.i for h in (trigger, *sought) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in pobjs(c) for g in (g, *g.conjuncts) if g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")}


def counterpart_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with the state a proposal is made to, and the state whose force a request asks
    something of, added as participants where no rule gave them a role (a state proposed to that the
    general rule read as where becomes a participant)."""
    to, forces = addressed_states(trigger) | sued_sides(trigger), asked_of_forces(trigger)
    if not to and not forces:
        return roles
    # "proposed to Lusk": read as where by the general rule, the state is whom it was made to.
    out = [(e, "participant" if role == "place" and e is not None and id(e) in {id(x) for x, sp, _ in spans
                                                                              if sp.root.i in to} else role, name)
           for e, role, name in roles]
    seen, names = {id(e) for e, _, _ in out}, {name for _, role, name in out if role != "place"}
    for e, sp, name in spans:
        if id(e) in seen:
            continue
        if e.label in ("GPE", "NORP", "ORG", "PERSON") and sp.root.i in to and name not in names:
            out.append((e, "participant", name))
        elif e.label in ("NORP", "ORG") and sp.root.head.i in forces:
            state = force_party(e, sp, [])
            if state is not None and state not in names:
                out.append((e, "participant", state))
    return out
