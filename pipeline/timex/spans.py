"""The days a date expression covers where its value's calendar span says something else.

A TimeML value names a calendar unit, and :func:`pipeline.timex.values.interval` gives that unit's days.
Financial and news writing use a few units that are not calendar ones, and an event row dated by the
value's days would be wrong:

- A *fiscal* quarter or year of a company whose year-end the text does not give: "its fiscal first
  quarter" is not January to March. A fiscal year "1990" is taken to be a year ending in some month of
  1990 (the American usage of the wire reports), so its first quarter lies somewhere from February 1989
  to March 1990; the span covers every such quarter. Where the report does not write the year, the
  fiscal year may also be the next one, which the span covers too.
- "the quarter ended Aug. 31": the three months up to that day, whatever the calendar quarter.
- "earlier this month" (this week, this year): from the unit's start up to the day the report was
  written, not the unit's first third; "later this month": from that day to the unit's end.

The value (what the TimeML harness scores) is left as it is; only ``date_start``/``date_end`` change.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from pipeline.core.records import Timex
from pipeline.timex.values import interval

_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"(\d{4})$")
# "fiscal" inside the expression or right before it ("its fiscal first quarter": the tagger starts at "first").
_FISCAL_BEFORE = re.compile(r"\b[Ff]iscal[\s-]+$")
_FISCAL_INSIDE = re.compile(r"\b[Ff]iscal\b")
# "the quarter ended Aug. 31", "the third quarter, which ended Sept. 30", "the quarter ending June 30".
_ENDED_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ended|ending|that\s+ended)\s+(?:on\s+)?$")
_QUARTER_WORD = re.compile(r"\bquarter\b", re.I)
# "earlier this month", "earlier in the week", "later this year".
_EARLIER_LATER = re.compile(r"(?P<side>earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)$", re.I)


def _months_before(day: date, months: int) -> date:
    """The day ``months`` months before ``day`` (the month's last day where it has no such day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_start(year: int, month: int) -> date:
    """The first day of ``month`` of ``year``, the month counted on past December or back past January."""
    index = year * 12 + month - 1
    return date(index // 12, index % 12 + 1, 1)


def _month_end(year: int, month: int) -> date:
    index = year * 12 + month - 1
    y, m = index // 12, index % 12 + 1
    return date(y, m, calendar.monthrange(y, m)[1])


def fiscal_span(value: str, year_written: bool) -> tuple[date, date] | None:
    """The days a fiscal quarter or year of unknown year-end may cover: the union over every fiscal year
    ``Y`` ending in some month of calendar year ``Y`` (and, when the year is not written, of ``Y + 1``)."""
    later = 0 if year_written else 1
    if m := _QUARTER.match(value):
        year, k = int(m[1]), int(m[2])
        # ending in January: quarter k is months 3k-1 .. 3k+1 of the year before; ending in December:
        # the calendar quarter.
        return _month_start(year - 1, 3 * k - 1), _month_end(year + later, 3 * k)
    if m := _YEAR.match(value):
        year = int(m[1])
        return date(year - 1, 2, 1), date(year + later, 12, 31)
    return None


def _fiscal(t: Timex, text: str) -> bool:
    return bool(_FISCAL_INSIDE.search(t.text) or _FISCAL_BEFORE.search(text[max(0, t.start - 12):t.start]))


def report_spans(timexes: list[Timex], text: str, reference_date: date | None) -> None:
    """Set the days of the expressions the module's docstring lists (in place); ``timexes`` are in text
    order with offsets into ``text``."""
    for i, t in enumerate(timexes):
        if t.type != "DATE" or not t.value:
            continue
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        if _QUARTER_WORD.search(t.text) and nxt is not None and nxt.type == "DATE" and \
                isinstance(nxt.date_start, date) and nxt.date_start == nxt.date_end and \
                _ENDED_AFTER.fullmatch(text, t.end, nxt.start):
            # "the quarter ended Aug. 31": the three months up to that day.
            t.date_start, t.date_end = _months_before(nxt.date_start, 3) + timedelta(days=1), nxt.date_start
            continue
        if _fiscal(t, text):
            span = fiscal_span(t.value, bool(re.search(r"\d{4}", t.text)))
            if span is not None:
                t.date_start, t.date_end = span
            continue
        side = _EARLIER_LATER.fullmatch(t.text.strip())
        if side and reference_date is not None:
            first, last = interval(t.value)
            if isinstance(first, date) and isinstance(last, date) and first <= reference_date <= last:
                if side["side"].lower() == "earlier":
                    t.date_start, t.date_end = first, reference_date
                else:
                    t.date_start, t.date_end = reference_date, last
