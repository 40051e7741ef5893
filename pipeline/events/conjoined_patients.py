"""Who undergoes a passive joined to an earlier verb, when the passive names its doer (issue "who did
it", people leads; the sentences below are invented, of the measured shape).

"He led the army of Lusk in the Vell War, and was executed by Tom Vell in 1945", "Orme was a general
who led the army and was captured by Tom Vell": the passive has no subject of its own; it shares the
subject of the verb it is joined to, who was executed or captured. :func:`pipeline.events.passive_form.misread_patients`
reads such a conjunct only without a "by"-agent (a verb it reads as passive by its form); with the
auxiliary and an agent the verb is plainly passive, and its patient was lost.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS


def conjoined_patients(verb: Any) -> list:
    """The subjects of the verb a passive with an agent and no subject of its own is joined to (see the
    module), or nothing."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "agent" for c in verb.children) or \
            any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return []
    return [c for c in verb.head.children if (c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS) and c.i < verb.i]
