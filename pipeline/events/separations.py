"""The state a land breaks away from is a party of the break (issue 31; the sentences below are
invented): "Lusk gained independence from Tarvia in 1821", "in 1830 Lusk seceded from Tarvia", "the
loss of Vell from Tarvian control in 1882".

The grammar makes the state the object of "from", which elsewhere reads as where someone came from
("returned from Tarvia": a place). Said of independence, secession or a loss of control, the state
is the side left or losing: a participant. A nationality before "rule" or "control" there stands for
its state ("from Tarvian rule": Tarvia), read as :func:`pipeline.events.party_shapes.force_party`
reads a force.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.party_shapes import force_party, with_compounds
from pipeline.events.tree import Role, pobjs

# Word stems of breaking away (the pipeline runs no lemmatiser): "seceded", "separation", "independence".
_BREAKING = ("seced", "secess", "separat", "independ", "autonom", "sovereign", "emancipat", "liberat", "loss", "lost")
# Words of a state's own hold on a land: "from Tarvian rule", "from Tarvian control".
_HOLD = {"rule", "control", "domination", "dominion", "sovereignty", "suzerainty", "occupation", "yoke"}
# Entity types of a state left.
_STATE_TYPES = {"GPE", "ORG", "NORP"}


def _breaks(token: Any) -> bool:
    return token.lower_.startswith(_BREAKING)


def left_heads(trigger: Any) -> list:
    """Head tokens of what the trigger's "from" names when the trigger (or the thing it gains, declares
    or becomes: "gained independence from", "became independent from") says a break; with conjuncts."""
    holders = [trigger] if _breaks(trigger) else []
    holders += [c for c in trigger.children if c.dep_ in ("dobj", "attr", "acomp", "oprd", "nsubjpass") and _breaks(c)]
    if trigger.dep_ in ("dobj", "attr", "acomp", "nsubjpass") and _breaks(trigger):
        holders.append(trigger.head)  # "independence from Tarvia was declared": the "from" may hang on the verb
    heads = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for g in pobjs(c)]
    return [t for h in heads for t in (h, *h.conjuncts)]


def breakers(trigger: Any) -> set[int]:
    """Head tokens of who breaks away in a noun of breaking: its possessor ("Lusk's independence from
    Tarvia"), the possessor of the struggle for it ("Lusk's bid for independence from Tarvia") or, where the noun is what a verb gains or declares, that verb's subject ("Lusk proclaimed its
    independence from Tarvia"); only where the break is "from" someone."""
    if trigger.pos_ != "NOUN" or not _breaks(trigger) or trigger.lower_.startswith(("loss", "lost")):
        return set()
    heads = [c for c in trigger.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not heads and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.pos_ == "NOUN":
        # "Lusk's struggle (bid, war) for independence from Tarvia": whose struggle it is
        heads = [c for c in trigger.head.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not heads and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        heads = [c for c in trigger.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return {t.i for h in heads for t in (h, *h.conjuncts)}


def _breakers_act(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with who breaks away (see :func:`breakers`) an actor, where no one else acts."""
    if any(role == "actor" for _, role, _ in roles):
        return roles
    who = breakers(trigger)
    # (any word of the span: the model may fold a word before into it, "Following Lusk's")
    acting = {id(e) for e, sp, _ in spans if e.label in ("GPE", "NORP", "ORG", "PERSON") and any(t.i in who for t in sp)}
    out = [(e, "actor" if e is not None and id(e) in acting else role, name) for e, role, name in roles]
    seen, have = {id(e) for e, _, _ in out}, {name for _, _, name in out}
    out += [(e, "actor", name) for e, sp, name in spans if id(e) in acting and id(e) not in seen and name not in have]
    named = {t.i for _, sp, _ in spans for t in sp}
    # "Lusk proclaimed its independence" where the model tagged no name: a proper noun breaking away is a state
    return out + [(None, "actor", with_compounds(t)) for t in trigger.doc if t.i in who and t.i not in named
                  and t.tag_ == "NNP" and with_compounds(t) not in have]


def separation_roles(trigger: Any, roles: list[Role], spans: list, states: list[str]) -> list[Role]:
    """``roles`` with the state a break is "from" a participant: a place role of it becomes one, and a
    nationality qualifying "rule" or "control" there adds its state; and who breaks away acts."""
    left = {t.i for t in left_heads(trigger)}
    if not left:
        return roles
    roles = _breakers_act(trigger, roles, spans)
    named = {id(e) for e, sp, _ in spans if e.label in _STATE_TYPES and sp.root.i in left}
    out = [(e, "participant" if role == "place" and id(e) in named else role, name) for e, role, name in roles]
    have = {name for _, _, name in out}
    out += [(e, "participant", name) for e, sp, name in spans if id(e) in named and id(e) not in {id(x) for x, _, _ in out}
            and name not in have]
    for e, sp, _ in spans:
        if e.label in ("NORP", "ORG") and sp.root.head.i in left and sp.root.head.lower_ in _HOLD:
            state = force_party(e, sp, states)
            if state is not None and state not in {name for _, _, name in out}:
                out.append((e, "participant", state))
    return out
