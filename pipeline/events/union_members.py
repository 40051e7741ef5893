"""The members of a union a state's defining noun names ("The Tarvo-Lusk Union was a federation of the
Kingdom of Tarvia and the Duchy of Lusk, existing from 1569 to 1795"): the union lives (actor, read by
:mod:`pipeline.events.state_lives`), and the states it was made of take part in that life
(participants). Issue "who did it": the union is the doer, never its members.

Only a noun of a union of states, only its "of" objects and their conjuncts, and only names the model
tagged as a state or a body.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.polities import STATE_LIFE_VERBS

_UNION_NOUNS = {"federation", "confederation", "union", "commonwealth", "confederacy", "league", "alliance",
                "coalition"}
_MEMBER_LABELS = {"GPE", "ORG", "NORP"}


def _union_noun(trigger: Any) -> Any | None:
    """The union noun a state-life verb's clause is on ("a federation … existing", "a union that lasted") or
    hangs beside ("was a federation of …, existing from": the parser makes it the copula's clause)."""
    if not trigger.lower_.startswith(STATE_LIFE_VERBS) or trigger.pos_ != "VERB":
        return None
    if trigger.dep_ in ("acl", "relcl"):
        noun = trigger.head
    elif trigger.dep_ == "advcl" and trigger.head.lower_ in ("is", "was", "are", "were"):
        noun = next((c for c in trigger.head.children if c.dep_ == "attr"), None)
    else:
        return None
    return noun if noun is not None and noun.lower_ in _UNION_NOUNS else None


def union_members(trigger: Any, spans: list, roles: list) -> list[tuple[Any, str, str]]:
    """(entity, "participant", name) for each member state the union noun of a state-life ``trigger`` is
    "of" (see the module), not already in ``roles``."""
    noun = _union_noun(trigger)
    if noun is None:
        return []
    have = {n for _, _, n in roles}
    members = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)
               for g in (o, *o.conjuncts)]
    # "a federation of the Kingdom of Tarvia and the Duchy of Lusk": the parser may join the second to the noun.
    members += [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN"] if members else []
    out = []
    for m in members:
        for e, sp, name in spans:
            if sp.start <= m.i < sp.end and e.label in _MEMBER_LABELS and name not in have:
                out.append((e, "participant", name))
                have.add(name)
    return out

