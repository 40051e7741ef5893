"""A date told right after the last of the happenings a "between" phrase names is that happening's (issue 33
item 5): "It took place between Tarvia's declaration of independence in 1945 and the Netherlands' transfer
of sovereignty to Tarvia at the end of 1949". The parser hangs "at the end of 1949" on "took"; the date is
the transfer's, as "in 1945" is the declaration's (which the parser got right). The row is the transfer,
its actor the Netherlands, not a "take" with the declaration's parties.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening

_TIME_PREPOSITIONS = {"in", "at", "on", "by", "during"}


def last_happening_between(verb: Any, span: Any) -> Any | None:
    """The happening noun ending ``verb``'s "between … and …" phrase when the date ``span`` follows that
    phrase (one preposition of time, or a word of the phrase, between them), else None."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _TIME_PREPOSITIONS or prep.head.i != verb.i:
        return None
    for between in verb.children:
        if between.dep_ != "prep" or between.lower_ != "between" or not between.i < prep.i:
            continue
        ends = [t for t in between.subtree if t.pos_ == "NOUN" and t.dep_ == "conj" and names_a_happening(t)
                and t.ent_type_ not in ("DATE", "TIME")]
        if ends and between.right_edge.i < prep.i and not any(
                t.ent_type_ in ("DATE", "TIME") for t in ends[-1].subtree):
            # Nothing but the phrase's own words (a "to" the parser hung elsewhere) between it and the date.
            return ends[-1] if all(t.pos_ in ("ADP", "PROPN", "NOUN", "DET", "PART") for t in
                                   span.doc[between.right_edge.i + 1:prep.i]) else None
    return None
