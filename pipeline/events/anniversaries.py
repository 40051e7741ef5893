"""How many years before its telling a happening was, when its sentence tells its anniversary (issue 33).

"today, the 39th anniversary of the invasion": the invasion is dated that many years before the date that
dates the sentence (pipeline.events.document_dated); "on the anniversary of the invasion" does not say how
many, and the happening gets no row of the report's weeks.
"""

from __future__ import annotations

from datetime import date
from typing import Any


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "twentieth": 20, "fiftieth": 50, "hundredth": 100}


def anniversary_years(tok: Any) -> int | None:
    """For a happening whose anniversary the sentence tells ("the 39th anniversary of the invasion"): how
    many years before its date the happening was (0 when the sentence does not say); None when it tells
    no anniversary of it."""
    head = tok
    for _ in range(6):
        if head.lower_ in ("anniversary", "anniversaries"):
            ordinals = [c.lower_ for c in head.children if c.dep_ in ("amod", "nummod")]
            years = [int("".join(ch for ch in w if ch.isdigit())) if w[:1].isdigit() else _ORDINAL_WORDS.get(w, 0)
                     for w in ordinals]
            return next((n for n in years if n), 0)
        if head.dep_ not in ("pobj", "prep", "appos", "conj", "compound") or head.head.i == head.i:
            return None
        head = head.head
    return None


def years_before(day: date, years: int) -> date:
    """The same day that many years before (the 28th for the 29th of February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # the 29th of February
        return day.replace(year=day.year - years, day=28)
