"""A journey a dated deed was done on: its row too.

``Freeh, on an official visit to Mexico, asked the authorities last week``, ``on a tour of Orm in
1821 she met the king``: the deed happened during the journey, so the journey was under way at the
deed's date, and the news links the two to that date. The "at", "in", "during" phrases of a dated
verb are :func:`pipeline.events.dated_nouns.shared_settings`'s; "on" puts a verb inside a happening
only with a noun of travel ("on the list", "on a charge", "on the issue" are no happenings), so it
is read here, with the travel nouns of :data:`pipeline.lexicon.happenings.JOURNEY_NOUNS`.
:func:`journey_of` takes spaCy tokens.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import JOURNEY_NOUNS


def journey_of(trigger: Any, span: Any) -> list[Any]:
    """The travel noun of a dated verb's "on" phrase ("on an official visit to Mexico"), when it has a
    determiner or a modifier (a particular journey) and its sentence writes no other date; else empty."""
    if trigger.pos_ != "VERB":
        return []
    inside = range(span.start, span.end)
    out = []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i in inside:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.lower_ not in JOURNEY_NOUNS:
                continue
            if not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") and t.i not in inside for t in span.sent):
                continue  # "on his visit in 1930 he signed … on 4 June 1931": whose date is whose? none
            out.append(noun)
    return out
