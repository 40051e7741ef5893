"""Who "became embroiled in" something: the subject of a participle of getting involved ("In 1919 the
Lusk Bolsheviks became embroiled in the war with Orm") took part in it by its own doing, so it is the
row's actor, not one acted on (issue "who did it": a subject found in the wrong slot). The parser
reads "became" as a passive auxiliary, which made the subject a patient.

Only the participles of involvement below, only after a form of "become" or "get", and only with an
"in" phrase saying what they got into.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS

_INVOLVED = {"embroiled", "involved", "entangled", "enmeshed", "engaged", "drawn"}
_BECOMING = {"become", "becomes", "became", "becoming", "get", "gets", "got", "getting", "gotten"}


def involved_subjects(verb: Any) -> list[Any]:
    """The subject of "became embroiled in …" (see the module), else []."""
    if verb.lower_ not in _INVOLVED or not any(c.lower_ == "in" and c.dep_ == "prep" for c in verb.children):
        return []
    if not any(c.dep_ in ("auxpass", "aux") and c.lower_ in _BECOMING for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS]
