"""A past participle that opens its sentence is done to the main clause's subject even with a complement
or a particle of its own (issue 31, "who did it"): "Found clinging to a raft on 25 November 1999, Elo has
been …" (``xcomp``), "Sworn in on 3 May 1990, Orme named …" (``prt``). Elo was found: a participant,
never the finder. :func:`pipeline.events.passive_form.reads_passive` reads the bare participle ("Born in
1950, Orme …") and :func:`~pipeline.events.passive_form.fronted_participle_patients` one with an agent.

Only a participle tagged as such at the head of its sentence (an adverb may come first), hung before the
main verb, with no auxiliary ("Having found …" acts), no subject, no object and no agent of its own.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS
from pipeline.lexicon.made_things import MADE_PARTICIPLES

_ACTIVE_SIGNS = {"aux", "auxpass", "dobj", "dative", "agent"} | SUBJECTS | PASSIVE_SUBJECTS


def is_fronted_patient_participle(verb: Any) -> bool:
    """Whether ``verb`` is such a fronted participle (see the module)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.pos_ not in ("ADV", "PUNCT") for t in verb.doc[verb.sent.start:verb.i]):
        return False
    return not any(c.dep_ in _ACTIVE_SIGNS for c in verb.children)


def fronted_patients(verb: Any) -> list:
    """The main clause's subject such a participle is done to ("Found …, Elo has been": Elo); else []."""
    if not is_fronted_patient_participle(verb) or verb.lower_ in MADE_PARTICIPLES:
        return []  # "Written in stages …, The Lord of the Rings is": a work made, no party (the theme's)
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
