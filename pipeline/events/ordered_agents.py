"""Who did a passive happening that names no ``by``-agent but says on whose orders it was done, and who
underwent it with its patient (issue 31, "find the parties the way prose gives them"; the sentences are
invented):

- "In 1457, Orm was imprisoned on the orders of King Tarn Vell", "Lusk was executed at the command of
  the Emperor Orm": the one who ordered it is who did it (:data:`pipeline.lexicon.behalf_nouns.ORDERING_NOUNS`);
  a passive with a ``by``-agent keeps that agent, an active verb its subject (the one ordering then only
  takes part, :mod:`pipeline.events.behalf_parties`);
- "Orm was imprisoned along with his older brother, Vell Lusk,": a passive's "along with" after the verb
  names one more patient (before the verb, "Tarvia, along with Lusk, invaded" names companions of the
  subject, :mod:`pipeline.events.companion_parties`).

Only a passive verb (a passive auxiliary of its own); only a name (a proper noun or the named apposition
of a common noun, "his brother, Vell Lusk"); a pronoun ("on his orders") is left out: whom it stands for
is a guess, and a wrong actor is worse than a missing one.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.behalf_nouns import ASKING_NOUNS, ASKING_PREPOSITIONS, ORDERING_NOUNS

_COMPANY_WORDS = ("along", "together")
_UNDER_ORDERS = frozenset({"orders", "order", "instructions", "instruction"})


def _is_passive(verb: Any) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def _named(heads: list) -> list:
    """The proper-noun heads and the named appositions of common-noun heads, with their conjuncts."""
    out = []
    for head in heads:
        if head.pos_ == "PROPN":
            out.append(head)
        elif head.pos_ == "NOUN":
            out += [a for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return [t for h in out for t in (h, *(c for c in h.conjuncts if c.pos_ == "PROPN"))]


def ordering_agents(trigger: Any) -> list:
    """The named head of whoever a passive ``trigger`` with no agent was ordered by (see the module)."""
    if not _is_passive(trigger):
        return []
    heads = []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ASKING_PREPOSITIONS:
            continue
        for noun in pobjs(prep):
            if noun.lower_ not in ORDERING_NOUNS:
                continue
            heads += [c for c in noun.children if c.dep_ == "poss"]  # "on King Orm's orders"
            heads += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in pobjs(p)]
    return _named(heads)


def fellow_patients(trigger: Any) -> list:
    """The named heads a passive ``trigger``'s "along with" after the verb adds to its patients."""
    if not _is_passive(trigger):
        return []
    out = []
    for p in trigger.children:
        if p.i < trigger.i or p.dep_ not in ("prep", "prt", "advmod"):
            continue
        withs = [p] if p.lower_ == "with" and any(c.lower_ in _COMPANY_WORDS for c in p.children) else \
            [w for w in p.children if w.lower_ == "with"] if p.lower_ in _COMPANY_WORDS else []
        out += _named([g for w in withs for g in pobjs(w)])
    return out


def is_asking_phrase(prep: Any) -> bool:
    """Whether ``prep``, hung on a subject's noun, says on whose orders or request it acted ("the junta —
    under the orders of Jan Orm — launched"): whoever asked is no part of the subject's name, and no doer."""
    if prep.dep_ != "prep" or prep.lower_ not in ASKING_PREPOSITIONS | {"under"}:
        return False
    # "under the command of Jan Orm" is who led it, and leads are doers: under only "orders" is asking
    nouns = ASKING_NOUNS | ORDERING_NOUNS if prep.lower_ != "under" else _UNDER_ORDERS
    return any(n.lower_ in nouns for n in pobjs(prep))
