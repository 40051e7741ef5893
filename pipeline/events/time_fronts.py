"""A subject the parser swallowed into a fronted happening (issue 31, wrong actors in History leads;
the sentence is invented): "Following the Orm War of Independence, Tarvia and Lusk made peace in 1949":
with no subject of its own left, the parser reads "Tarvia and Lusk" as conjuncts of the war's name, the
object of "Following", and :func:`pipeline.events.subjects.fronted_names` took the war for who made
peace.

The object of a fronted preposition of time ("following", "after", "before", "during", "since", "until")
is a happening or a time, never the verb's subject; its conjuncts written after a comma are the real
subject.
"""

from __future__ import annotations

from typing import Any

_TIME_PREPOSITIONS = frozenset({"following", "after", "before", "during", "since", "until", "upon", "amid", "despite"})


def is_time_front(prep: Any) -> bool:
    """Whether ``prep`` is a preposition of time whose object tells when, not who."""
    return prep.lower_ in _TIME_PREPOSITIONS


def swallowed_after_comma(obj: Any) -> list[Any]:
    """The conjuncts of ``obj`` (the object of a fronted preposition of time) from the first one written
    after a comma: the verb's misparsed subject; [] when there is none."""
    doc = obj.doc
    out = []
    for conjunct in obj.subtree:
        if conjunct.dep_ != "conj" or conjunct.pos_ != "PROPN" or conjunct.i == 0:
            continue
        if out or doc[conjunct.i - 1].text == "," or (doc[conjunct.i - 1].dep_ == "det" and conjunct.i > 1
                                                    and doc[conjunct.i - 2].text == ","):
            out.append(conjunct)
    return out
