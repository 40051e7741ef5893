"""The body a membership is in is a party (issue 31, every named party: "In 1914 Lagerlöf was granted
membership in the Tarvian Academy" → participants Lagerlöf and the Tarvian Academy).

The general rules read the verb's own objects; the body hangs one level lower, on the noun of the place
granted ("membership", "fellowship", "a seat": :data:`pipeline.lexicon.acted_on.MEMBERSHIP_NOUNS`). Only a
name the model tagged as an organisation counts (also after a noun of joining that is the trigger itself,
"Lusk's admission in the Orm Alliance"): "a seat in Parliament" as a place, "membership in 1914"
as a date, stay out.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.acted_on import MEMBERSHIP_NOUNS

_OF_BODY = ("in", "of", "to")
_JOINING_NOUNS = MEMBERSHIP_NOUNS | {"accession", "entry"}
_HELD = ("dobj", "nsubjpass", "attr", "oprd")


def membership_bodies(trigger: Any) -> list:
    """The organisations a membership noun the verb acts on is "in", "of" or "to"."""
    if trigger.pos_ == "NOUN" and trigger.lower_ in _JOINING_NOUNS:
        # "Lusk's admission in the Orm Alliance", "the accession of Vell to the Union": the body joined
        return [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "into", "to")
                for h in pobjs(p) for g in (h, *h.conjuncts) if g.ent_type_ == "ORG"]
    if trigger.pos_ != "VERB":
        return []
    nouns = [c for c in trigger.children if c.dep_ in _HELD and c.lower_ in MEMBERSHIP_NOUNS]
    nouns += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "as", "for")
              for g in pobjs(c) if g.lower_ in MEMBERSHIP_NOUNS]  # "elected to a fellowship of"
    return [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in _OF_BODY
            for h in pobjs(p) for g in (h, *h.conjuncts) if g.ent_type_ == "ORG"]
