"""The weeks before or after a happening, as a news report's date of another (issue 33, news dates).

"His car was spotted in Lusk in the weeks before the shooting": the timex grammar marks the bare unit
("weeks") as a date of the story's time, as TimeML does (pipeline.timex.rules.relative, rule
``units_around``), and that time is whatever date was last written, often a year named in passing ("arrested
in several states since 1990"). A bare unit names no date: the row's time is the weeks before (or after) the
happening the phrase names. Where the report dates that happening's kind (pipeline.stories.triggers.same_kind)
by one written date, the row is some day of the weeks up to it (or from it); where it does not, or dates
several such happenings differently, the row gets no date: a null date is better than a wrong one.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Callable

from pipeline.core.records import Event
from pipeline.events.dated_by import BEFORE, EARLIER, UNDATED, WINDOW_DAYS
from pipeline.stories.triggers import same_kind

_RULE = "units_around"
_AFTER = {"after", "following"}


def _around(row: Event, tok: Any, timex: Any) -> tuple[str, Any] | None:
    """The preposition ("before", "after", "leading up to") and the happening noun after a unit word."""
    unit = next((t for t in tok.sent if t.lower_ == timex.text.lower() and t.pos_ == "NOUN"), None)
    if unit is None:
        return None
    if unit.i + 1 >= len(tok.doc):
        return None
    prep = tok.doc[unit.i + 1]  # the parser hangs "before the shooting" on the unit or on the verb
    noun = next((o for o in prep.subtree if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    return (prep.lower_, noun) if noun is not None else None


def date_unit_stretches(rows: list[Event], token_of: Callable[[Event], Any], timexes: list,
                        lemma_of: Callable[[Any], str]) -> set[int]:
    """Redate, in place, the rows a bare unit word dates ("in the weeks before the shooting") by the report's
    one written date of the happening it is told around, or undate them; see the module's docstring. Returns
    the clean offsets of the happening nouns so told around whose date the report does not settle, where their
    sentence writes another date: it ("was found in December") is no date of theirs, so they get no row (with
    no other date, a definite noun still refers back to its kind's earlier telling, pipeline.events.document_dated)."""
    unsettled: set[int] = set()
    for row in rows:
        if row.timex_index is None or timexes[row.timex_index].rule != _RULE or timexes[row.timex_index].type != "DATE":
            continue
        tok = token_of(row)
        around = _around(row, tok, timexes[row.timex_index]) if tok is not None else None
        told = [] if around is None else [
            e for e in rows if e is not row and e.sentence_id != row.sentence_id and e.timex_index is not None
            and timexes[e.timex_index].rule != _RULE and e.date_start is not None and e.date_end is not None
            and same_kind(e.trigger, lemma_of(around[1]))]
        days = {(e.date_start, e.date_end) for e in told}
        row_timex, row.timex_index, row.date_text = row.timex_index, None, None
        if len(days) != 1:
            row.date_start = row.date_end = row.granularity = None
            row.dated_by = UNDATED
            if around is not None and row.trigger_start is not None and any(
                    e.sentence_id == row.sentence_id and e.timex_index not in (None, row_timex) for e in rows):
                unsettled.add(row.trigger_start - tok.idx + around[1].idx)
            continue
        first, last = next(iter(days))
        if around[0] in _AFTER:
            row.date_start, row.date_end = first + timedelta(days=1), last + timedelta(days=WINDOW_DAYS)
        else:
            row.date_start, row.date_end = first - timedelta(days=WINDOW_DAYS), last - timedelta(days=1)
        row.granularity, row.dated_by = BEFORE, EARLIER  # "the weeks before": some day of about a month
    return unsettled
