"""Names joined before a possessive share the happening it owns (issue "who did it", history leads;
invented sentences of the measured shape).

"It is known for Orme and the Tarvian Army's decisive victory in the Siege of Lusk in 1781": the "'s"
belongs to the whole "Orme and the Tarvian Army", but the parser joins "Orme" to "victory" and gives
the possessive to the army alone, so the row names the army (or a state guessed for it) without Orme.
A name the happening noun is joined to by "and", immediately before the noun's possessor, owns it too;
so does a name right before "and his" ("starts with René Orm and his publication of the Discourse in
1637": the model may take the name for a body, and "his" then stands for no one).

The other way round (:func:`shared_possessors`), a possessive owns the happenings joined to its noun:
"until his first abdication in 1814, with a brief restoration in 1815", "after her abdication in 1814
and exile in 1815": the restoration and the exile are his and hers. Only a noun with no owner, no "of"
and no name of its own; after "with", only a turn of a life
(:data:`pipeline.lexicon.life_and_work.LIFE_TURNS`): "his victory, with heavy losses" owns nothing.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.life_and_work import LIFE_TURNS as _LIFE_TURNS

_PARTY_KINDS = {"PERSON", "ORG", "GPE", "NORP"}
# Possessive pronouns that, right after "<Name> and", stand for that name ("Orm and his publication").
_OWNING_PRONOUNS = {"his", "her", "their", "its"}


def co_possessors(noun: Any) -> list[Any]:
    """The name joined before a happening noun's possessor (see the module), or nothing."""
    if noun.pos_ != "NOUN" or noun.dep_ != "conj":
        return []
    head = noun.head
    if head.pos_ != "PROPN" or head.ent_type_ not in _PARTY_KINDS or head.i >= noun.i:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in _PARTY_KINDS]
    pronouns = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS]
    if not owners and len(pronouns) == 1 and pronouns[0].i >= 1 and noun.doc[pronouns[0].i - 1].lower_ == "and" and \
            pronouns[0].i - 2 == head.i:
        return [head]  # "starts with René Orm and his publication of the Discourse in 1637": Orm's
    if len(owners) != 1:
        return []
    start = min(t.i for t in owners[0].subtree)
    joins = [c for c in head.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == start - 1]
    return [head] if joins else []


def shared_possessors(noun: Any) -> list[Any]:
    """The possessor of the happening noun a possessor-less happening noun is joined to by "and" or
    "with" (see the module), or nothing."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
                                  or c.ent_type_ for c in noun.children):
        return []
    if noun.dep_ == "conj" and not any(c.dep_ == "det" for c in noun.children):
        held = noun.head  # "her abdication in 1814 and exile in 1815"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.lower_ in _LIFE_TURNS:
        held = noun.head.head  # "his first abdication in 1814, with a brief restoration in 1815"
    else:
        return []
    if held.pos_ != "NOUN" or held.i > noun.i:
        return []
    return [c for c in held.children if c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ in _PARTY_KINDS)][:1]
