"""Parties that business and government news give in shapes the general role reader does not read.

Two shapes, both found missing in blind audits of news rows (issue 31):

- a holding "in" a business: "took a 20% stake in Orme Corp.", "sold its interest in Lusk Inc.":
  the business whose stake changes hands takes part in the deal, though the parser hangs it on the
  stake, not on the verb;
- a clearance to act: "regulators cleared Orme Savings to acquire Lusk Bank", "the board approved
  Vell Inc. to buy the plant": the one cleared does what the infinitive says. (The general list of
  object-control verbs in :mod:`pipeline.events.subjects` reads "allowed X to", "authorised X to";
  verbs of a regulator's clearance are read here, as they only control in this news shape.)

Only names the model tags as an organisation (or a person, or a state, for a clearance) count: a
generic noun ("the company", "analysts") is no party.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.companies import CLEARANCE_VERBS, HOLDING_NOUNS

# Entity types of a business a stake can be held in (a person or a state holds no "stake in" sense here:
# "a stake in Kenya's future" is a figure of speech).
_HELD_LABELS = ("ORG",)
# Entity types of whoever a regulator clears to act.
_CLEARED_LABELS = ("ORG", "PERSON", "GPE", "NORP")


def holding_parties(trigger: Any, objects: list) -> list:
    """The businesses a verb's object is a holding in ("bought a 20% stake in Orme Corp."), and the
    business a holding noun used as the trigger is in ("its stake in Lusk Inc. rose")."""
    holders = [o for o in objects if o.lower_ in HOLDING_NOUNS]
    if trigger.lower_ in HOLDING_NOUNS:
        holders.append(trigger)
    return [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
            for g in pobjs(p) if g.ent_type_ in _HELD_LABELS]


def cleared_subjects(trigger: Any) -> list:
    """The one a verb of clearance clears to do the trigger ("regulators cleared Orme Savings to
    acquire Lusk Bank": Orme Savings acquires): the governing verb's named object, where the trigger
    is its infinitive complement with no subject of its own. Empty otherwise."""
    if trigger.dep_ != "xcomp" or trigger.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    head = trigger.head
    if head.pos_ not in ("VERB", "AUX") or head.lower_ not in CLEARANCE_VERBS:
        return []
    return [c for c in head.children if c.dep_ == "dobj" and c.i < trigger.i and c.pos_ == "PROPN"
            and c.ent_type_ in _CLEARED_LABELS]
