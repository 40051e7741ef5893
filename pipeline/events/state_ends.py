"""An "until" date after a one-off happening's own date ends the state it made, not the happening (issue 33).

"In 1945 Orm proclaimed the Empire of Tarvia for a short time until 25 August 1945": the proclaiming was
in 1945; 25 August 1945 is when the empire it proclaimed ended. Read alone, the "until" date gives the
verb a second row ending that day (its start open), which judges read as a wrong date. A verb whose
happening is a stretch itself ("ruled Vell in 1200 and until 1231", :data:`SPAN_VERBS`) keeps both rows.

"It began on 5 January 1968, when …, and continued until 21 August 1968": the continuing runs from the
beginning's date to its own "until" date, not from an open start (:func:`continued_from_the_start`).
"""

from __future__ import annotations

import re

from pipeline.core.records import Event
from pipeline.lexicon.lasting import SPAN_VERBS

_UNTIL = re.compile(r"\b(?:[Uu]ntil|[Tt]ill|[Uu]p\s+to|[Uu]p\s+until)\s+$")


def drop_state_ends(events: list[Event], timexes: list, text: str) -> list[Event]:
    """The rows left when each one-off verb's "until" row, told after its own dated row, is dropped."""
    dated = {}
    for e in events:
        if e.date_start is not None and e.date_end is not None and e.trigger_start is not None:
            dated.setdefault(e.trigger_start, []).append(e)
    out = []
    for e in events:
        if e.date_start is None and e.date_end is not None and e.timex_index is not None and \
                (e.trigger or "").split(" ")[0] not in SPAN_VERBS and _after_until(text, timexes[e.timex_index].start) \
                and any(_before(o, e) for o in dated.get(e.trigger_start, [])):
            continue
        out.append(e)
    return out


def _after_until(text: str, at: int) -> bool:
    return _UNTIL.search(text, max(0, at - 12), at) is not None


def _before(own: Event, until: Event) -> bool:
    """The verb's own dated row is written before the "until" date and starts no later than its end."""
    try:
        return own.timex_index is not None and own.timex_index < until.timex_index and own.date_start <= until.date_end
    except TypeError:  # a BC day and an AD one
        return False


_BEGUN = re.compile(r"\b(?:began|begun|begins?|beginning|started|starting|starts?|commenced|commencing)\b", re.I)
_GOING_ON = {"continue", "last", "persist", "remain", "go on"}


def continued_from_the_start(events: list[Event], text: str) -> None:
    """Give a "continued until" row with an open start the date of the beginning its sentence tells before it."""
    for i, e in enumerate(events):
        if e.date_start is not None or e.date_end is None or e.trigger not in _GOING_ON or e.trigger_start is None:
            continue
        if not _BEGUN.search(text, e.sentence_start, e.trigger_start):
            continue
        begun = [o for o in events[:i] if o.sentence_start == e.sentence_start and o.trigger_start is not None and
                 o.trigger_start < e.trigger_start and o.date_start is not None and o.date_end is not None]
        if not begun:
            continue
        start = begun[0].date_start  # the sentence's first dated row: the beginning told before the continuing
        try:
            if start <= e.date_end:
                e.date_start = start
        except TypeError:  # a BC day and an AD one
            continue
