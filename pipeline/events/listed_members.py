"""The named members of a group a party is given as (issue 31, every named party listed; the sentences
are invented): "studied with notable teachers such as Albert the Great, Thomas Orm and Marsilius of
Vell", "met several scholars like Jan Orm and Tomas Lusk". The party head is the common noun
("teachers"); the names hang from it through "such as" or "like" and the general rules, which read only
the heads, miss every one of them. ("including" is read already as a party's preposition.)

Heads only: :func:`pipeline.events.roles.trigger_roles` adds them to the trigger's party heads, so only a
named person, body, state or people becomes a participant; a place or a thing in the list takes no role.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.tree import first_conjunct, pobjs
from pipeline.lexicon.made_things import WORK_KINDS
from pipeline.lexicon.non_party_names import PRESENT_DAY_WORDS
from pipeline.lexicon.stems import singulars

# "present-day", "modern - day" (the parser splits the hyphen off): today's map.
_PRESENT_DAY = re.compile(r"\b(?:present|modern)\s*-?\s*day\b")


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
        if h.pos_ != "NOUN" or singulars(h.lower_) & WORK_KINDS:
            continue  # "wrote books such as Letters from a Father …": works, never parties
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


def in_present_day_list(span: Any) -> bool:
    """Whether a place's name is a later member of a list whose first member today's map names ("ruled large
    parts of present-day Central Asia, Tarvia, and Lusk"): the qualifier is said of the whole list, so each
    name says where, not the state ruled (the first member is read by the names gate itself)."""
    root = span.root
    if root.dep_ != "conj" or root.ent_type_ not in ("GPE", "LOC"):
        return False
    first = first_conjunct(root)
    before = first.doc[first.left_edge.i:first.i + 1]
    return any(t.lower_ in PRESENT_DAY_WORDS for t in before) or _PRESENT_DAY.search(before.text.lower()) is not None
