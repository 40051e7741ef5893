"""Parties a verb's neighbourhood adds to its subject or its objects (issue 31):

- an aside before the verb that joins companions to its subject ("Tarvia, along with Lusk and Orm,
  invaded Vell", "together with Lusk"): they act with it;
- the "on"/"against" object a verb of bringing hangs off itself for its object noun ("put pressure on
  Japan", "imposed sanctions on Iraq"): the party the pressure or the sanctions bear on.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.co_possessors import co_possessors

from pipeline.events.acted_parties import acted_heads  # noqa: F401 (read by party_heads.participant_heads)

# Words that make a "with" before the verb a companion of its subject: "along with", "together with".
COMPANY_WORDS = ("along", "together")


def companions(verb: Any) -> list[Any]:
    """Heads of the parties an aside before ``verb`` joins to its subject ("Tarvia, along with Lusk and
    Orm, invaded Vell", "together with Lusk"): they act with it. Only before the verb: after it,
    "fought along with Lusk" may name the side fought beside or against (a participant)."""
    out = []
    for p in verb.children:
        if p.i > verb.i or p.dep_ not in ("prep", "advmod"):
            continue
        withs = [p] if p.lower_ == "with" and any(c.lower_ in COMPANY_WORDS for c in p.children) else \
            [w for w in p.children if w.lower_ == "with"] if p.lower_ in COMPANY_WORDS else []
        out += [g for w in withs for g in w.children if g.dep_ == "pobj"]
    return out + co_possessors(verb)  # "Orme and the Tarvian Army's victory": Orme too


# Verbs that bring their object noun to bear on someone (stems): "put pressure on Japan", "imposed
# sanctions on Iraq", "launched an attack on Lusk", "waged war against Orm".
_BRINGING = ("put", "exert", "appl", "impos", "lift", "launch", "mount", "step", "wag", "declar", "increas")


def borne_on(trigger: Any) -> list:
    """The "on"/"against" object a bringing verb hangs off itself for its object noun (the trigger):
    the party the pressure, sanctions or attack bears on."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or not verb.lower_.startswith(_BRINGING):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "against") and c.i > trigger.i
            for g in c.children if g.dep_ == "pobj"]
