"""A news report's explanation of a figure or a change: "was widely cited for the declines".

Judges of TimeBank rows counted an explanation as no happening: ``the British shakeup was widely
cited for the declines``, ``Kimberly-Clark attributed the gain to improved results``. The verb puts a
cause on a result; nothing happened at the report's date but the telling, and the saying verb beside
it (``analysts said``) keeps its row. Read in news only, for verbs of crediting a cause with their
"for", "to" or "with" (or "widely": "was widely cited") and a thing as what is credited; a person
cited for an offence, blamed or accused is a happening, and stays.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.modality import forms

# Verbs that credit a result to a cause: "cited for", "attributed to", "ascribed to", "credited with".
_CREDITING = {"cite", "attribute", "ascribe", "credit", "trace"}
_CAUSE_PREPOSITIONS = {"for", "to", "with", "as"}


def an_explanation(verb: Any, lemma: str | None) -> bool:
    """Whether a news verb credits a result to a cause (see the module)."""
    if verb.pos_ != "VERB" or ({lemma} | forms(verb)).isdisjoint(_CREDITING):
        return False
    # What is credited must be a thing written out: "cited by police in December for driving under the
    # influence" (a person cited for an offence, no object) is a happening.
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not things or any(t.pos_ in ("PRON", "PROPN") or t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") for t in things):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _CAUSE_PREPOSITIONS for c in verb.children) or any(
        c.dep_ == "advmod" and c.lower_ == "widely" for c in verb.children)
