"""The evidence :func:`pipeline.stories.evidence.judge` gathers outside its own module (which is at its
size limit): parties counted ("invited the three countries"), a state's agency against the state's
doerless telling, and one named building. One hook, so evidence.py stays a one-line call.
"""

from __future__ import annotations

from pipeline.stories.counted_parties import counted_evidence
from pipeline.stories.state_bodies import body_state_evidence
from pipeline.stories.venues import venue_evidence


def more_evidence(a, b, evidence: list[str], weights: list[float], weights_by_kind: dict[str, float],
                  harm: frozenset[str]) -> None:
    """The evidence kept outside :mod:`pipeline.stories.evidence`: counted parties ("invited the three
    countries", :mod:`pipeline.stories.counted_parties`), a body's state in another role, a named building."""
    counted_evidence(a, b, evidence, weights, weights_by_kind["counted"])
    body_state_evidence(a, b, evidence, weights, weights_by_kind["party"], harm)
    venue_evidence(a, b, evidence, weights, weights_by_kind["place"])
