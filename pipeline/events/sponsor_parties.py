"""Parties a sentence ties to a happening by a preposition the general rules do not read (issue "who did
it", part 1: every named counterparty; the sentences are invented):

- the one passed over by a verb of preferring: "Lusk and Orm favoured the Vell Germans over Tarvia";
- the sponsor under whose auspices it was done: "the league was established under the auspices of Tarvia";
- the parties an agreement is "between", where the happening is a noun of signing or concluding it:
  "the signing of a non-aggression pact between Tarvia, Lusk and Orm on June 7".

Heads only: :func:`pipeline.events.outer_parties.outer_heads` hands them to the general rules, so a date, a
place or a thing among them still takes no party role.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.agreements import DOCUMENT_WORDS

# Stems of preferring one side to another (the parse has no lemmas).
_PREFERRING = ("favour", "favor", "prefer", "chose", "choos", "select", "pick")
# Nouns of sponsoring written "under the ... of X".
_SPONSOR_NOUNS = frozenset({"auspices", "aegis", "patronage", "sponsorship", "mediation", "protection", "supervision"})
# Nouns of making an agreement whose "of" object the "between" parties sign.
_MAKING_NOUNS = frozenset({"signing", "conclusion", "ratification", "negotiation", "negotiations", "drafting"})


def _with_conjuncts(heads: list) -> list:
    return [t for h in heads for t in (h, *h.conjuncts)]


def sponsor_heads(trigger: Any) -> list:
    """The heads of the parties above, for ``trigger``."""
    out = []
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    if trigger.pos_ == "VERB" and trigger.lower_.startswith(_PREFERRING):
        out += [g for p in preps if p.lower_ == "over" for g in pobjs(p)]
    for p in preps:
        if p.lower_ != "under":
            continue
        for noun in pobjs(p):
            if noun.lower_ in _SPONSOR_NOUNS:
                out += [g for q in noun.children if q.dep_ == "prep" and q.lower_ == "of" for g in pobjs(q)]
    if trigger.lower_ in _MAKING_NOUNS and trigger.pos_ == "NOUN":
        for thing in (g for p in preps if p.lower_ == "of" for g in pobjs(p)):
            if thing.lower_ in DOCUMENT_WORDS:
                out += [g for q in thing.children if q.dep_ == "prep" and q.lower_ == "between" for g in pobjs(q)]
    return _with_conjuncts(out)
