"""A preposition that makes a written date a bound of the happening, not its time.

"signed before 2001" did not happen in 2001: its row ends the day before the year starts and says nothing
of when it began (``date_start`` empty, as "by 1874" already is). "has repaid $40 million since June",
"had held the shares since February" in a news report: the happening stretches from the date up to the
day the report was written, not over June alone. In a history article "since 1990" reaches an end the
text does not give, and the row keeps the date's own days.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# The words right before the date (the tagger's expression starts after them).
_BEFORE = re.compile(r"\b(?:[Bb]efore|[Pp]rior\s+to)\s+$")
# "the day before last Tuesday's hearing", "two weeks before 3 May": a time counted back from the date, which
# another expression (or none) holds; the date itself is not bounded.
_COUNTED_BACK = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|night|evening|morning|decades?)\s+before\s+$", re.I)
_SINCE = re.compile(r"\b[Ss]ince\s+$")


def bounded(start: date | None, end: date | None, text: str, date_at: int,
            reference_date: date | None, time_of_day: bool = False, date_stop: int | None = None) -> tuple[date | None, date | None]:
    """The row's first and last day for a date whose days are ``start``..``end`` written from ``date_at`` to
    ``date_stop`` in ``text``; ``reference_date`` is a news report's own date (None for a narrative). BC days (numpy),
    dates without days and times of the day ("before dawn" is that day's small hours) pass through."""
    if not isinstance(start, date) or time_of_day:
        return start, end
    before = text[max(0, date_at - 12):date_at]
    whose = date_stop is not None and text.startswith(("'s", "’s"), date_stop)  # "before Tuesday's hearing"
    if _BEFORE.search(before) and not whose and not _COUNTED_BACK.search(text[max(0, date_at - 24):date_at]):
        return None, start - timedelta(days=1)
    if _SINCE.search(before) and reference_date is not None and isinstance(end, date) and end < reference_date:
        return start, reference_date
    return start, end
