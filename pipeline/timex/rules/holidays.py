"""Holidays: ``Christmas Day 1914``, ``Easter``, ``D-Day``."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import Resolved, Resolving, ex, rule
from pipeline.timex.rules.patterns import YEAR, piece, year_group


# Fixed-date holidays: (month, day). Floating ones (a weekday of a month) are in values.FLOATING_HOLIDAYS.
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "bastille day": (7, 14),
             "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
             "the fourth of july": (7, 4), "thanksgiving": (11, None), "thanksgiving day": (11, None),
             "labor day": (9, None), "memorial day": (5, None),
             # Easter moves between March 22 and April 25: the month here is a placeholder the tagger replaces
             "easter": (4, None), "easter sunday": (4, None), "easter day": (4, None), "easter monday": (4, None),
             "good friday": (4, None), "easter week": (4, None), "election day": (11, None)}


@rule("holiday", rf"(?:(?P<ana>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<hol>Christmas\s+Day|Christmas\s+Eve|New\s+Year's\s+Day|New\s+Year's\s+Eve|"
                 rf"Bastille\s+Day|Thanksgiving(?:\s+Day)?|Halloween|Valentine's\s+Day|Independence\s+Day|"
                 rf"[Tt]he\s+Fourth\s+of\s+July|Labor\s+Day|Memorial\s+Day|Good\s+Friday|Election\s+Day|"
                 rf"Easter(?:\s+(?:Sunday|Monday|Day|week))?(?!\s+[A-Z])(?!-)|"
                 rf"\b(?:at|on|by|before|after|until|since)\s+(?P<xmas>Christmas)(?!\s+(?:Day|Eve)))(?:,?\s+(?:of\s+)?{YEAR})?", "holiday",
      examples=[ex("William was crowned in Westminster Abbey on [Christmas Day 1066].", "DATE 1066-12-25")])
def _holiday(m: re.Match) -> list[Piece]:
    name = " ".join((m["xmas"] or m["hol"]).lower().split())
    month, day = _HOLIDAYS[name]
    start = m.start("xmas") if m["xmas"] else m.start()
    ana = (m["ana"] or "").lower()
    return [Piece(start, m.end(), "DATE", year=year_group(m), month=month, day=day,
                  holiday=name if day is None else None, deictic=bool(ana) or m["xmas"] is None,
                  rel_n={"last": -1, "next": 1}.get(ana, 0))]


def _resolve_d_day(p: Piece, c: Resolving) -> Resolved:
    # The one D-Day a reader knows by name, when the story is in its year; any other is undated.
    return Resolved("1944-06-06", True) if c.ref.year == 1944 and not c.ref.bc else Resolved("XXXX-XX-XX", False)


@rule("d_day", r"(?<![\w-])D-Day(?![\w-])", "holiday", resolve=_resolve_d_day,
      examples=[ex("The landings of [D-Day] were costly.", "DATE 1944-06-06", ref="1944-05")])
def _d_day(m: re.Match) -> list[Piece]:
    """``D-Day``: in a history of 1944 the Normandy landings, 6 June 1944; elsewhere an operation's
    first day, which the text must date itself (see the tagger)."""
    return [piece(m)]


# "over the Easter weekend", "the Labor Day weekend of 1962": the holiday names the long weekend it
# falls in or next to, not its one day.
HOLIDAY_WEEKEND_AFTER = re.compile(r"\s+weekend\b")


def holiday_weekend(day: date) -> tuple[date, date]:
    """The days of a holiday's weekend: a Monday or Tuesday holiday reaches back to the Saturday
    before it, a Wednesday to Friday one forward to the Sunday after, a weekend day is its weekend."""
    weekday = day.weekday()  # Monday 0 … Sunday 6
    if weekday <= 1:
        return day - timedelta(days=weekday + 2), day
    if weekday <= 4:
        return day, day + timedelta(days=6 - weekday)
    return (day, day + timedelta(days=1)) if weekday == 5 else (day - timedelta(days=1), day)
