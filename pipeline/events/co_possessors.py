"""Names joined before a possessive share the happening it owns (issue "who did it", history leads;
invented sentences of the measured shape).

"It is known for Orme and the Tarvian Army's decisive victory in the Siege of Lusk in 1781": the "'s"
belongs to the whole "Orme and the Tarvian Army", but the parser joins "Orme" to "victory" and gives
the possessive to the army alone, so the row names the army (or a state guessed for it) without Orme.
A name the happening noun is joined to by "and", immediately before the noun's possessor, owns it too.
"""

from __future__ import annotations

from typing import Any

_PARTY_KINDS = {"PERSON", "ORG", "GPE", "NORP"}


def co_possessors(noun: Any) -> list[Any]:
    """The name joined before a happening noun's possessor (see the module), or nothing."""
    if noun.pos_ != "NOUN" or noun.dep_ != "conj":
        return []
    head = noun.head
    if head.pos_ != "PROPN" or head.ent_type_ not in _PARTY_KINDS or head.i >= noun.i:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in _PARTY_KINDS]
    if len(owners) != 1:
        return []
    start = min(t.i for t in owners[0].subtree)
    joins = [c for c in head.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == start - 1]
    return [head] if joins else []
