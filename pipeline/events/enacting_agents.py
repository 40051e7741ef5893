"""The body that enacts a text, where the model took its one-word name for a product (issue "who did it").

"It was not until 1933 that it was ratified by the Reichstag": spaCy's small model tags "Reichstag" (a
single capitalised word after "the") as a PRODUCT in some sentences, and the role rules take no party
from a product, so the ratification is left with no actor. The passive agent of a verb that makes a
text law or refuses to (:data:`pipeline.lexicon.agreements.ENACTING_VERBS`: ratify, pass, veto, ...)
can only be a body, so such a name there acts.

Only "by the <Name>" with a single proper noun the model labelled PRODUCT, on a passive verb of that
list with no actor yet; a name of two words or more ("the Boeing 747") or any other label is left to
the general rules (precision first).
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.agreements import ENACTING_VERBS

# The passive's participles of those verbs ("ratified", "passed", "vetoed"): the stage's tokens carry no lemma.
_PARTICIPLES = {v[:-1] + "ied" if v.endswith("y") else v + "d" if v.endswith("e") else v + "ed" for v in ENACTING_VERBS}


def enacting_agents(trigger: Any, roles: list, spans: list) -> list:
    """``roles`` (entity, role, name) with the product-tagged agent of an enacting passive as its actor;
    ``spans`` are the sentence's (entity, span, name) triples."""
    if trigger.pos_ != "VERB" or trigger.lower_ not in _PARTICIPLES or \
            not any(c.dep_ == "auxpass" for c in trigger.children) or any(r == "actor" for _, r, _ in roles):
        return roles
    agents = {g.i for a in trigger.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"}
    for entity, span, name in spans:
        if entity.label == "PRODUCT" and len(span) == 1 and span[0].i in agents and span[0].pos_ == "PROPN" \
                and span[0].i > 0 and span.doc[span[0].i - 1].lower_ == "the":
            kept = [r for r in roles if r[0] is not entity]
            return kept + [(entity, "actor", name)]
    return roles
