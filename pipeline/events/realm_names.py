"""A realm named with a capitalised head word is a party of what it does or undergoes, where the model
left it untagged or took it for a building or a place (issue 31, blind judges' finding on history leads;
the sentences below are invented): "the Grand Duchy of Lusk controlled the area by 1400" (tagged a
facility), "the Vell Khanate raided Orm", "Tarvia annexed the Orm Sultanate".

The name is read off the parse: the capitalised modifiers right before a capitalised realm's word
(:data:`pipeline.lexicon.polities.POLITY_HEADS`, "Duchy", "Sultanate") and the capitalised "of"-name
after it. As a subject it acts (a passive subject, or an object, takes part). Precision first: a realm
named by its place in a sequence is a stretch of history ("the Middle Kingdom",
:func:`pipeline.events.non_party_names.is_stretch_of_history`), a word alone ("the Empire") names no
one, and a name another rule already gave a role is left to it.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.non_party_names import only_lasted
from pipeline.events.tree import Role
from pipeline.events.untagged_names import NOT_PARTY_WORDS
from pipeline.lexicon.non_party_names import PERIOD_ORDINALS
from pipeline.lexicon.polities import POLITY_HEADS

# Labels under which the model's reading of a realm's name is wrong (a building, a place, a time, nothing).
_MISREAD = {"", "FAC", "LOC", "DATE", "WORK_OF_ART", "EVENT", "PRODUCT"}


def _is_name_word(t: Any) -> bool:
    return t.is_alpha and t.text[:1].isupper() and t.lower_ not in NOT_PARTY_WORDS and t.pos_ in ("PROPN", "ADJ")


def realm_name(head: Any) -> str | None:
    """The realm's name a capitalised realm's word heads ("Grand Duchy of Lusk"), or None."""
    if head.lower_ not in POLITY_HEADS or not head.text[:1].isupper() or head.ent_type_ not in _MISREAD:
        return None
    doc = head.doc
    start = head.i
    while start - 1 > head.sent.start and doc[start - 1].head.i == head.i and \
            doc[start - 1].dep_ in ("compound", "amod") and _is_name_word(doc[start - 1]):
        start -= 1
    end = head.i + 1
    of = doc[end] if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == head.i else None
    if of is not None:
        tail = end + 1
        while tail < head.sent.end and _is_name_word(doc[tail]) and doc[tail].ent_type_ in _MISREAD | {"GPE"}:
            tail += 1
        if tail > end + 1:
            end = tail
    words = doc[start:end]
    if len(words) < 2 or words[0].lower_ in PERIOD_ORDINALS or any(t.ent_type_ == "PERSON" for t in words):
        return None  # "the Empire" alone; "the Middle Kingdom" a stretch of history; "Duchy of Orme" a title
    return words.text


def same_realm(name: str, other: str) -> bool:
    """Whether a role's name already names the realm, in any order ("Orm Sultanate" for "Sultanate of
    Orm"): one holds the other, or they share a word beside the realm's word."""
    if name in other or other in name:
        return True
    words = {w.lower() for w in name.split()} - POLITY_HEADS - {"of", "the"}
    return bool(words & {w.lower() for w in other.split()})


def realm_name_roles(trigger: Any, roles: list[Role]) -> list[Role]:
    """``roles`` with the realm a subject (an actor), a passive subject or an object (participants)
    names where the model lost it; a name already given a role, or part of one, stays as it is."""
    out = list(roles)
    for child in trigger.children:
        role = {"nsubj": "actor", "nsubjpass": "participant", "dobj": "participant"}.get(child.dep_)
        if role is None:
            continue
        for head in (child, *child.conjuncts):
            name = realm_name(head)
            if name is None or any(same_realm(name, n) for _, _, n in out) or \
                    only_lasted(head.doc[head.i:head.i + 1], trigger, "GPE"):
                continue  # "the Vell Khanate lasted until 1783": going on existing is no act
            out.append((None, role, name))
    return out
