"""A party that "suffered a decline" or "underwent a revival" is the one that declined (issue "who did it",
history leads; invented sentences of the measured shapes).

"Vell was one of the last colonies of the Tarvian Empire, which had already suffered a massive decline in
the 1820s": the row's happening is the decline, and the empire declined. The verbs of undergoing
(:data:`UNDERGOING_VERBS`) are no support verbs in general ("suffered a defeat" is done by the winner,
"saw a war" by others), but with a noun of a party's own change (:data:`OWN_CHANGE_NOUNS`: "decline",
"collapse", "revival", "expansion") their subject is the one that changed: read as a support verb by
:func:`pipeline.events.subjects._supports`.
"""

from __future__ import annotations

from typing import Any

# Stems of verbs whose subject undergoes what their object names.
UNDERGOING_VERBS = ("suffer", "underw", "undergo", "experienc", "enjoy")
# Nouns of a party's own change of state or power: the one undergoing it is the one changing.
OWN_CHANGE_NOUNS = frozenset({"decline", "declines", "collapse", "revival", "resurgence", "renaissance",
                              "expansion", "growth", "transformation", "reorganization", "reorganisation",
                              "split", "schism", "disintegration", "fragmentation", "recovery", "modernization",
                              "modernisation", "resurrection", "restoration", "rise", "upswing", "downturn"})


def undergoes(verb: Any, noun: Any) -> bool:
    """Whether ``verb`` is a verb of undergoing whose object ``noun`` names its subject's own change
    ("suffered a massive decline"): the noun must be the verb's direct object."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and noun.lower_ in OWN_CHANGE_NOUNS and \
        verb.lower_.startswith(UNDERGOING_VERBS)
