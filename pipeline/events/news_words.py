"""Words a news report tells in the past that are no happening to date by the report's day.

Rows dated by nothing but the report's own date (:mod:`pipeline.events.document_dated`) stand on
a past verb or an event noun alone, with no written date to vouch that something happened; these
general kinds are read as happenings and are not: a discourse phrase ("in addition"), a state of
mind or an opinion told in the past ("residents worried", "analysts predicted"), a figure's change
("the death toll rose to 40"), a happening noun
that only classifies a thing ("the death toll", "a rescue team", "an arrest warrant"), and nouns
the suffix test takes for happenings that name a thing or a person ("the founder", "information").
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import (
    DISCOURSE_NOUNS, FIGURE_NOUNS, NOT_HAPPENING_NOUNS, STATE_OF_MIND_VERBS, STATES_NOT_HAPPENINGS,
)
from pipeline.lexicon.stems import singulars


def no_reported_happening(tok: Any, lemma: str | None = None) -> str | None:
    """Which kind of non-happening a past verb or event noun is (``"discourse"``, ``"state"``,
    ``"figure"``, ``"classifier"``, ``"thing"``), or None when it may tell a happening."""
    if tok.pos_ == "VERB":
        if (lemma or tok.lemma_ or tok.lower_) in STATE_OF_MIND_VERBS:
            return "state"
        if any(c.dep_ == "nsubj" and not singulars(c.lower_).isdisjoint(FIGURE_NOUNS) for c in tok.children):
            return "figure"  # "the death toll rose to 40": a quantity changed
        return None
    if tok.pos_ != "NOUN":
        return None
    forms = singulars(tok.lower_)
    if not forms.isdisjoint(NOT_HAPPENING_NOUNS) or not forms.isdisjoint(STATES_NOT_HAPPENINGS):
        return "thing"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by", "on") and not forms.isdisjoint(DISCOURSE_NOUNS) and \
            not any(c.dep_ in ("det", "poss") for c in tok.children):
        return "discourse"  # "In addition, the police …"
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return "classifier"  # "the death toll": the toll is the thing told; a happening head has its own row
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "ADJ":
        return "classifier"  # "abortion-related violence"
    return None
