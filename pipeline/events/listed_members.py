"""The named members of a group a party is given as (issue 31, every named party listed; the sentences
are invented): "studied with notable teachers such as Albert the Great, Thomas Orm and Marsilius of
Vell", "met several scholars like Jan Orm and Tomas Lusk". The party head is the common noun
("teachers"); the names hang from it through "such as" or "like" and the general rules, which read only
the heads, miss every one of them. ("including" is read already as a party's preposition.)

Heads only: :func:`pipeline.events.roles.trigger_roles` adds them to the trigger's party heads, so only a
named person, body, state or people becomes a participant; a place or a thing in the list takes no role.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs


def _examples(prep: Any) -> list:
    """The objects of "such as" or of "like" hanging from a noun: the group's named examples."""
    if prep.dep_ != "prep":
        return []
    if prep.lower_ == "as" and any(c.lower_ == "such" for c in (*prep.children, *prep.lefts)) or \
            prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such" or prep.lower_ == "like":
        return pobjs(prep)
    return []


def member_heads(heads: list) -> list:
    """The heads (with their conjuncts) a common-noun party head names as its examples."""
    out = []
    for h in heads:
        if h.pos_ != "NOUN":
            continue
        for g in (g for prep in h.children for g in _examples(prep)):
            out += [t for t in (g, *g.conjuncts) if t.pos_ == "PROPN"]
    return out


def is_listed_apposition(head: Any, child: Any) -> bool:
    """Whether ``child``, an apposition of the person ``head``, is one more person of a list of names the
    parser read as a description of the one before ("Albert the Great, Thomas Aquinas, William of Ockham,
    and Marsilius of Padua": William hung on Aquinas). Both are the model's persons and ``head`` is in a
    coordination: the apposition's whole phrase ("of Ockham") is the member's name."""
    return child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == head.ent_type_ == "PERSON" and \
        child.ent_iob_ == "B" and (head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children))
