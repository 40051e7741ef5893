"""A machine's make and model is no party (issue 31: "in the 1986 Tupolev Tu-134 plane crash" gave the actor
"Tupolev Tu-134"; the plane crashed, the maker did nothing).

Only a name with a model number (a word with a digit: "Tu-134", "747", "A320") written right before a
vehicle's noun (:data:`pipeline.lexicon.non_party_names.VEHICLE_NOUNS`) counts: an airline's or an owner's
name before "plane" ("an Orm Air plane") may be a party and stays.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.non_party_names import VEHICLE_NOUNS


def is_vehicle_model(span: Any) -> bool:
    """Whether a name is a make and model qualifying the vehicle noun after it."""
    doc = span.doc
    if span.end >= len(doc) or not any(ch.isdigit() for t in span for ch in t.text):
        return False
    after = doc[span.end]
    return after.lower_ in VEHICLE_NOUNS or (after.dep_ == "compound" and after.head.lower_ in VEHICLE_NOUNS and
                                             after.head.i == span.end + 1) or \
        (span[-1].head.lower_ in VEHICLE_NOUNS and span[-1].head.i >= span.end and span[-1].dep_ in ("compound", "nmod"))
