"""TIMEX3 values: the calendar interval a value covers, and the narrative reference time.

A value is a string in the TimeML/TIMEX3 style: ``1939-09-17``, ``1939-09``,
``1939``, ``193`` (the 1930s), ``19`` (the 1900s), ``1939-SU`` (a season),
``1939-H1``/``1939-Q3`` (half, quarter), ``BC0499``, ``P5Y`` (a duration),
``PRESENT_REF``. This module only does arithmetic on them; finding them in
text is :mod:`pipeline.timex.grammar`.

Calendar days are ``datetime.date`` where Python can hold them (AD 1 on). A BC
value's days are ``numpy.datetime64[D]``: proleptic Gregorian with astronomical
year numbering (1 BC is year 0, 490 BC is year -489), which is what Arrow's
``date32`` stores, so a BC timex has a ``date_start`` that sorts before AD ones.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import numpy as np

# Season code → (first month, last month); winter runs into the next year.
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PARTS = {"H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?$")  # -WE: its weekend
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_PART = re.compile(r"(\d{4})-(SP|SU|FA|WI|H1|H2|Q1|Q2|Q3|Q4)$")
_YEAR = re.compile(r"(\d{4})$")
_DECADE = re.compile(r"(\d{3})$")
_CENTURY = re.compile(r"(\d{2})$")
_MILLENNIUM = re.compile(r"(\d)$")
_GRANULARITIES = ((_DAY, "day"), (_MONTH, "month"), (_WEEK, "week"), (_PART, "season"), (_YEAR, "year"),
                  (_DECADE, "decade"), (_CENTURY, "century"), (_MILLENNIUM, "millennium"))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


Day = date | np.datetime64  # a calendar day: date from AD 1, datetime64[D] before (see the module doc)

_BC = re.compile(r"BC(?:(?P<y>\d{4})(?:-(?P<mo>\d\d)(?:-(?P<d>\d\d))?|-(?P<part>SP|SU|FA|WI|H1|H2|Q[1-4]))?"
                 r"|(?P<dec>\d{3})|(?P<cent>\d{2})|(?P<mil>\d))$")


def _bc_day(year: int, month: int = 1, day: int = 1) -> np.datetime64:
    """A day of an astronomical year (0 is 1 BC, -489 is 490 BC)."""
    sign = "-" if year < 0 else ""
    return np.datetime64(f"{sign}{abs(year):04d}-{month:02d}-{day:02d}", "D")


def _bc_month_end(year: int, month: int) -> np.datetime64:
    next_month = np.datetime64(_bc_day(year, month), "M") + 1
    return next_month.astype("datetime64[D]") - 1


def _bc_interval(value: str) -> tuple[np.datetime64 | None, np.datetime64 | None]:
    """The days a BC value covers (``BC0490``, ``BC0490-05``, ``BC04`` the 5th century BC, ``BC044`` the 440s BC)."""
    m = _BC.match(value)
    if not m:
        return None, None
    if m["y"]:
        y = 1 - int(m["y"])  # 490 BC is astronomical year -489
        if m["part"]:
            first, last = SEASONS.get(m["part"]) or _PARTS[m["part"]]
            return _bc_day(y, first), _bc_month_end(y + 1 if last < first else y, last)
        if m["mo"] and m["d"]:
            d = _bc_day(y, int(m["mo"]), int(m["d"]))
            return d, d
        if m["mo"]:
            return _bc_day(y, int(m["mo"])), _bc_month_end(y, int(m["mo"]))
        return _bc_day(y), _bc_day(y, 12, 31)
    if m["dec"]:  # "the 440s BC": 449 BC down to 440 BC
        d = int(m["dec"]) * 10
        return _bc_day(1 - (d + 9)), _bc_day(min(0, 1 - d), 12, 31)
    size, n = (100, int(m["cent"])) if m["cent"] else (1000, int(m["mil"]))
    # BC04, the 5th century BC: 500 BC down to 401 BC
    return _bc_day(1 - (n + 1) * size), _bc_day(1 - (n * size + 1), 12, 31)


def interval(value: str | None) -> tuple[Day | None, Day | None]:
    """First and last calendar day a DATE/TIME value covers; (None, None) when it has none.

    References (``PRESENT_REF``), durations and sets have no interval of their
    own; BC values have one in ``numpy.datetime64`` days.
    """
    if not value:
        return None, None
    if value.startswith("BC"):
        try:
            return _bc_interval(value)
        except ValueError:  # BC0490-02-30
            return None, None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            first = monday.toordinal() + (5 if m[3] else 0)
            return date.fromordinal(first), date.fromordinal(monday.toordinal() + 6)
        if m := _PART.match(value):
            y = int(m[1])
            first, last = SEASONS.get(m[2]) or _PARTS[m[2]]
            end_year = y + 1 if last < first else y
            return date(y, first, 1), _month_end(end_year, last)
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
        if m := _MILLENNIUM.match(value):  # "1" is the second millennium, 1000–1999
            y = int(m[1]) * 1000
            return date(max(y, 1), 1, 1), date(y + 999, 12, 31)
    except ValueError:  # 1939-02-30 and the like: no interval rather than a wrong one
        return None, None
    return None, None


_THIRDS = {"START": 0, "MID": 1, "END": 2}


def _days(d: Day) -> int:
    return d.toordinal() if isinstance(d, date) else int(d.astype("int64"))


def _same_kind(n: int, like: Day) -> Day:
    """Day number ``n`` (as :func:`_days` counts for ``like``) in the type of ``like``."""
    return date.fromordinal(n) if isinstance(like, date) else np.datetime64(n, "D")


def narrowed(span: tuple[Day | None, Day | None], mod: str | None, halves: bool = False) -> tuple[Day | None, Day | None]:
    """The part of ``span`` that ``early``/``mid``/``late`` (mod START/MID/END) mean: its first,
    middle or last third ("the early 1920s" ≈ 1920–1923, "late September" = 21–30). Other mods
    (APPROX for "about", "around") keep the stated interval. With ``halves`` ("the first half of the
    10th century", TimeML's mod START too) START and END are the first and second half (900–949)."""
    start, end = span
    if start is None or end is None or mod not in _THIRDS:
        return span
    first, total = _days(start), _days(end) - _days(start) + 1
    if total < 3:
        return span
    if halves and mod in ("START", "END"):
        middle = first + total // 2
        return (start, _same_kind(middle - 1, start)) if mod == "START" else (_same_kind(middle, start), end)
    k = _THIRDS[mod]
    lo = first + (total * k) // 3
    hi = first + (total * (k + 1)) // 3 - 1
    return _same_kind(lo, start), _same_kind(hi, start)


def after_anchor(span: tuple[Day | None, Day | None], anchor: str | None, step: int) -> tuple[Day | None, Day | None]:
    """A relative expression's interval clipped to the right side of its anchor.

    "A few months later" after 3 March 1918 has the value 1918 (the text names no month), but it
    lies after that day: the interval starts the day after the anchor (before it, for a step back).
    """
    start, end = span
    anchor_start, anchor_end = interval(anchor)
    if start is None or end is None or anchor_start is None or anchor_end is None \
            or isinstance(start, date) != isinstance(anchor_start, date):
        return span
    if step > 0 and _days(start) <= _days(anchor_end) < _days(end):
        return _same_kind(_days(anchor_end) + 1, start), end
    if step < 0 and _days(start) < _days(anchor_start) <= _days(end):
        return start, _same_kind(_days(anchor_start) - 1, start)
    return span


def granularity(value: str | None) -> str | None:
    """``day``/``month``/``week``/``season``/``year``/``decade``/``century``/``millennium`` of a DATE value."""
    if not value:
        return None
    if value.startswith("BC"):
        value = value[2:]  # BC0490 is a year, BC04 a century, as their AD shapes are
    return next((name for pattern, name in _GRANULARITIES if pattern.match(value)), None)


def _checked(year: int | None, month: int | None, day: int | None) -> tuple[int | None, int | None, int | None]:
    """The parts of a date that exist: "31 February 1940" keeps 1940-02, year 0 keeps nothing.

    The text may state impossible dates; the reference time must never hold one,
    or arithmetic on it ("the following day") would fail.
    """
    if year is None or not 1 <= year <= 9999:
        return None, None, None
    if month is None or not 1 <= month <= 12:
        return year, None, None
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return year, month, None
    return year, month, day


@dataclass(frozen=True, slots=True)
class RefTime:
    """The narrative's current time: the last date the text stated, as far as it stated it."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    bc: bool = False  # once the story is before Christ, year-less dates stay there

    def moved_to(self, year: int | None, month: int | None = None, day: int | None = None,
                 bc: bool = False) -> "RefTime":
        """The reference after the text states a date with these parts.

        A bare year in the same year keeps the finer parts we already know
        (``August 23, 1939 … in 1939 … the following day``); a new year drops them.
        """
        year, month, day = _checked(year, month, day)
        if year is None:
            return self
        if bc != self.bc:
            return RefTime(year, month, day, bc)
        if month is None and year == self.year:
            return self
        if day is None and year == self.year and month == self.month:
            return self
        return RefTime(year, month, day, bc)  # a step within the years before Christ stays there

    def as_date(self) -> date | None:
        if self.year is None or self.bc:
            return None
        return date(self.year, self.month or 1, self.day or 1)


_BC_YEAR = re.compile(r"BC(\d{4})(?:-\d\d(?:-\d\d)?)?$")  # a BC day sets its year


def from_value(value: str) -> RefTime | None:
    """The reference time a stated DATE value sets, or None when it sets none (decades …)."""
    if m := _BC_YEAR.match(value):
        return RefTime(int(m[1]), bc=True)
    if m := _DAY.match(value):
        return RefTime(int(m[1]), int(m[2]), int(m[3]))
    if m := _MONTH.match(value):
        return RefTime(int(m[1]), int(m[2]))
    if m := (_PART.match(value) or _YEAR.match(value)):
        return RefTime(int(m[1]))
    return None


def shift(ref: RefTime, unit: str, n: int) -> RefTime | None:
    """``ref`` moved by ``n`` units (``day``/``week``/``month``/``year``/``decade``), or None if ref lacks that part."""
    if ref.year is None:
        return None
    if ref.bc:  # years count down before Christ; months and days have no calendar here
        if unit not in ("year", "decade"):
            return None
        year = ref.year - n * (10 if unit == "decade" else 1)
        return RefTime(year, bc=True) if year >= 1 else None
    if unit in ("year", "decade"):
        year, month, day = _checked(ref.year + n * (10 if unit == "decade" else 1), ref.month, ref.day)
        return RefTime(year, month, day) if year is not None else None
    if unit == "month":
        if ref.month is None:
            return None
        total = ref.year * 12 + (ref.month - 1) + n
        return RefTime(total // 12, total % 12 + 1, None)
    if unit in ("day", "week"):
        if ref.day is None:
            return None
        ordinal = date(ref.year, ref.month, ref.day).toordinal() + n * (7 if unit == "week" else 1)
        if not 1 <= ordinal <= date.max.toordinal():
            return None
        d = date.fromordinal(ordinal)
        return RefTime(d.year, d.month, d.day)
    return None


def format_value(ref: RefTime, unit: str) -> str | None:
    """The value of ``ref`` at the granularity of ``unit``."""
    if ref.year is None:
        return None
    if ref.bc:
        return f"BC{ref.year:04d}" if unit == "year" else None
    if unit in ("year",):
        return f"{ref.year:04d}"
    if unit == "decade":
        return f"{ref.year // 10:03d}"
    if unit == "month" and ref.month:
        return f"{ref.year:04d}-{ref.month:02d}"
    if unit == "isoweek" and ref.day:
        year, week, _ = date(ref.year, ref.month, ref.day).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit in ("day", "week") and ref.day:
        return f"{ref.year:04d}-{ref.month:02d}-{ref.day:02d}"
    return None


def date_value(year: int | None, month: int | None = None, day: int | None = None, part: str | None = None) -> str:
    """The TIMEX3 value of a calendar date as far as it is known ("XXXX" for an unknown year)."""
    y = f"{year:04d}" if year is not None else "XXXX"
    if part == "week":  # "the week of March 6": the calendar week holding the day
        if year is None or month is None or day is None:
            return f"{y}-WXX"
        iso_year, week, _ = date(year, month, min(day, calendar.monthrange(year, month)[1])).isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if part:
        return f"{y}-{part}"
    if month is None:
        return y
    if day is None:
        return f"{y}-{month:02d}"
    return f"{y}-{month:02d}-{day:02d}"


def finest(ref: RefTime) -> str | None:
    """The value of the reference at the finest part it knows."""
    if ref.year is not None and ref.bc:
        return f"BC{ref.year:04d}"
    return date_value(ref.year, ref.month, ref.day) if ref.year is not None else None
