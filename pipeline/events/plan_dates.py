"""The date a news happening's infinitive writes, when that infinitive got no row (issue 32).

"Lusk, Vell and Orm, who were invited to join the league in July 1997, will join it on March 12": the
parser hangs "in July 1997" on "join", an infinitive under "invited"; the events stage drops the joining
as a plan of a news report (pipeline.events.events: a report's plan is no happening of its date), and the
written date was then lost: the invitation took the report's weeks, though its sentence dates it years
earlier. Whichever word the date is meant for (the invitation in July 1997, or the joining then), the
invitation happened in the weeks up to that date, never in the report's: so the word takes the weeks up to
it (``dated_by`` ``sentence``, pipeline.events.document_dated). Only a past date no row took, written in an
infinitive complement ("to join … in July 1997") of the word itself; a date after the report (a plan's
"next year") dates nothing here.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def _infinitive_under(verb: Any, word: Any) -> bool:
    """Whether ``verb`` is a "to" infinitive complement of ``word`` ("invited to join")."""
    return verb.head.i == word.i and verb.i != word.i and verb.dep_ == "xcomp" and verb.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitive_days(word: Any, offset: int, timexes: list, used: set[int], until: date) -> tuple[date, date] | None:
    """The days of the one past date written in ``word``'s infinitive complement that no row took
    (``used``: the timex indexes rows carry), or None; ``offset`` is the clean offset of ``word``'s parse."""
    found: list[tuple[date, date]] = []
    parsed = word.doc
    length = len(parsed.text)  # once: spaCy joins every token's text to give it (speed only)
    for index, timex in enumerate(timexes):
        if index in used or not isinstance(timex.date_start, date) or not isinstance(timex.date_end, date):
            continue
        span = parsed.char_span(timex.start - offset, timex.end - offset, alignment_mode="expand") \
            if 0 <= timex.start - offset < length else None
        if span is None or not len(span):
            continue
        root = span.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else \
            root.head if root.dep_ == "npadvmod" else None
        if verb is not None and _infinitive_under(verb, word) and timex.date_end < until:
            found.append((timex.date_start, timex.date_end))
    return found[0] if len(found) == 1 else None
