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
- "over the past decade", "in the last two years", "the past three months": the stretch up to the day
  the report was written, not the calendar decade or year before it (the value keeps TimeML's reading,
  "the past year" 1989 in a report of 1990). A length so anchored dates its happening like a date
  (:func:`past_stretch`). So too a stretch of unstated length: "in recent months", "the past few years" reach
  back at most :data:`_FEW` units (a few months are not one month, nor the whole year).
- "months ago", "a few years ago", "weeks ago": some time before the report, neither the report's year nor
  one guessed year: from :data:`_AGO` units back up to one unit before the report's day.
- "last week" in a report written on a Sunday: the week that Sunday closes (Sunday to Saturday), the week a
  weekly reader has just lived through; the ISO week before it is ten days off.

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
# "the past decade", "the last two years", "the past 12 months".
_PAST_STRETCH = re.compile(r"(?:the\s+)?(?:past|last|previous)\s+(?:(?P<n>[\w-]+)\s+)?"
                           r"(?P<u>days?|weeks?|months?|years?|decades?)$", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "18": 18}
# "recent months", "in recent weeks", "the recent years".
_RECENT = re.compile(r"(?:the\s+)?(?:most\s+)?recent\s+(?P<u>days|weeks|months|years|decades)", re.I)
_FEW_WORDS = {"few", "several", "couple"}
# How many units back "the past few …" and "recent …" reach at most: a few months are up to half a year.
_FEW = {"day": 10, "week": 6, "month": 6, "year": 5, "decade": 3}
# "months ago", "a few weeks ago", "several years ago" (not "many years ago": how long is not bounded).
_AGO_RE = re.compile(r"(?:(?:a\s+few|a\s+couple\s+of|few|several|some)\s+)?(?P<u>days|weeks|months|years)\s+ago", re.I)
_BARE_YEARS_AGO = re.compile(r"years\s+ago", re.I)
# How many units back an uncounted "… ago" reaches at most.
_AGO = {"day": 14, "week": 10, "month": 12, "year": 6}
_LAST_WEEK = re.compile(r"last\s+week", re.I)
_UNIT_DAYS = {"day": 1, "week": 7}
_UNIT_MONTHS = {"month": 1, "year": 12, "decade": 120}


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


def past_stretch(t: Timex) -> str | None:
    """The unit ("year", "decade" …) of a stretch up to the report's day the module set the days of ("over
    the past decade", "in recent months"); None for any other expression."""
    m = _PAST_STRETCH.fullmatch(t.text.strip()) or _RECENT.fullmatch(t.text.strip())
    if m is None or t.date_start is None or t.type not in ("DATE", "DURATION"):
        return None
    return m["u"].lower().rstrip("s")


def _back(reference_date: date, n: int, unit: str) -> date:
    """The day ``n`` units before ``reference_date``."""
    if unit in _UNIT_DAYS:
        return reference_date - timedelta(days=n * _UNIT_DAYS[unit])
    return _months_before(reference_date, n * _UNIT_MONTHS[unit])


def _ago_days(text: str, reference_date: date) -> tuple[date, date] | None:
    """The days an uncounted "months ago", "a few years ago" may name: from :data:`_AGO` units back to one
    unit before the report's day. Not a bare "years ago" (maybe decades)."""
    m = _AGO_RE.fullmatch(text.strip())
    if m is None or _BARE_YEARS_AGO.fullmatch(text.strip()):
        return None
    unit = m["u"].lower().rstrip("s")
    return _back(reference_date, _AGO[unit], unit), _back(reference_date, 1, unit)


def _stretch_days(text: str, reference_date: date) -> tuple[date, date] | None:
    recent = _RECENT.fullmatch(text.strip())
    if recent is not None:
        unit = recent["u"].lower().rstrip("s")
        return _back(reference_date, _FEW[unit], unit) + timedelta(days=1), reference_date
    m = _PAST_STRETCH.fullmatch(text.strip())
    if m is None:
        return None
    unit = m["u"].lower().rstrip("s")
    count = m["n"]
    if count is not None and count.lower() in _FEW_WORDS and m["u"].lower().endswith("s"):
        n = _FEW[unit]  # "the past few years": up to a few, not unbounded
    elif count is None:
        n = 1
    elif count.isdigit():
        n = int(count)
    elif count.lower() in _COUNTS:
        n = _COUNTS[count.lower()]
    else:
        return None  # "the past many years"
    if count is None and not text.strip().lower().startswith("the"):
        return None  # "last year", "last week": the calendar unit before, as TimeML reads it
    if (count is None) != (not m["u"].lower().endswith("s")):
        return None  # "the past two year", "the last years": not this shape
    if unit in _UNIT_DAYS:
        return reference_date - timedelta(days=n * _UNIT_DAYS[unit] - 1), reference_date
    return _months_before(reference_date, n * _UNIT_MONTHS[unit]) + timedelta(days=1), reference_date


def report_spans(timexes: list[Timex], text: str, reference_date: date | None) -> None:
    """Set the days of the expressions the module's docstring lists (in place); ``timexes`` are in text
    order with offsets into ``text``."""
    for i, t in enumerate(timexes):
        if t.type == "DURATION" and t.value and reference_date is not None and \
                (days := _stretch_days(t.text, reference_date)) is not None:
            t.date_start, t.date_end = days  # "in the last two years": the two years up to the report
            continue
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
        if reference_date is not None and (days := _stretch_days(t.text, reference_date)) is not None:
            t.date_start, t.date_end = days  # "over the past decade": the ten years up to the report
            continue
        if reference_date is not None and (days := _ago_days(t.text, reference_date)) is not None:
            t.date_start, t.date_end = days  # "months ago": the year up to a month before the report
            continue
        if reference_date is not None and reference_date.weekday() == 6 and _LAST_WEEK.fullmatch(t.text.strip()):
            t.date_start, t.date_end = reference_date - timedelta(days=7), reference_date - timedelta(days=1)
            continue
        side = _EARLIER_LATER.fullmatch(t.text.strip())
        if side and reference_date is not None:
            first, last = interval(t.value)
            if isinstance(first, date) and isinstance(last, date) and first <= reference_date <= last:
                if side["side"].lower() == "earlier":
                    t.date_start, t.date_end = first, reference_date
                else:
                    t.date_start, t.date_end = reference_date, last
