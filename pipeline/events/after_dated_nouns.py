"""A happening of a dated describing clause told as after that clause's dated happening noun.

``Vell, who was born in Tarsk and fled just after the takeover in 1948, said ...``: the clause writes a
date of its own (1948, the takeover's), so :mod:`pipeline.events.document_dated` gives its other words
neither the report's weeks nor the sentence's date. But a word told as after the clause's dated noun
("fled after the takeover") is dated by it: some day from that date up to the report, the bound
:func:`pipeline.events.document_dated._after_a_dated_noun` gives a noun a date modifies ("fled after
the 1974 crash"). Here the noun is itself the trigger of the date's row, so the rows are looked up by
their trigger. Only a date before the report's weeks: a recent one would leave the report's weeks as the
bound, which that clause's own date forbids.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from pipeline.core.records import Event

_LATER_THAN = {"after", "following", "since"}


def after_clause_noun(tok: Any, offset: int, dated: Iterable[Event], since: date) -> Event | None:
    """The dated row whose trigger is the noun ``tok`` (a spaCy token at clean ``offset`` + idx) is told
    as after ("fled after the takeover in 1948"), when that row's date starts before ``since``; else None."""
    by_trigger = {e.trigger_start: e for e in dated if e.trigger_start is not None}
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LATER_THAN:
            for o in c.children:
                row = by_trigger.get(offset + o.idx) if o.dep_ == "pobj" and o.pos_ == "NOUN" else None
                if row is not None and isinstance(row.date_start, date) and row.date_start < since:
                    return row
    return None
