"""The body a happening was told to, in a speech (issue 31, every named party listed; the sentence is
invented): "the goal of landing a man on the Moon, which he proposed in his address to the Tarvian
Congress on May 25, 1961": the Congress heard the proposal, it takes part.

Only the named object of "to" or "before" on a speaking occasion
(:data:`pipeline.lexicon.companies.SPEAKING_OCCASIONS`: speech, address, testimony, …) that the verb is
done "in" or "during" ("announced in a speech to Parliament"); a proper noun only (a common noun names
no party here).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.companies import SPEAKING_OCCASIONS


def addressed_heads(trigger: Any) -> list:
    """The proper-noun heads of whoever the speech ``trigger`` was done in was given to (with conjuncts)."""
    if trigger.pos_ != "VERB":
        return []
    speeches = [n for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "during") for n in pobjs(p)
                if n.lower_ in SPEAKING_OCCASIONS and n.lower_ != "conference"]
    heads = [g for n in speeches for p in n.children if p.dep_ == "prep" and p.lower_ in ("to", "before")
             for g in pobjs(p)]
    return [t for h in heads for t in (h, *h.conjuncts) if t.pos_ == "PROPN"]
