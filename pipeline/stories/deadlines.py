"""The deadline a telling sets, and whether two tellings set different ones (issue "stories you can trust").

"Dow Jones extended its offer until 5 p.m. EST Nov. 9" and, a week earlier, "extended its tender offer
… until 5 p.m. EST, Nov. 6" share a firm, a verb, a thing and a month: they are still two extensions,
because each names the day it runs to. A telling's deadline is the month and day written after
"until", "till", "through" or "to" within a few words after its trigger; two tellings that both write
one and write different days tell different happenings. Precision only: a deadline never joins two
tellings, it only keeps them apart.
"""

from __future__ import annotations

import re

_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# The words between "until" and the day may hold a time of day ("until 5 p.m. EST, Nov. 6"), never a clause.
_DEADLINE = re.compile(rf"\b(?:until|till|through|to)\b[^;:]{{0,30}}?\b{_MONTH}\s+(\d{{1,2}})\b")


def deadline(after_trigger: str | None) -> str | None:
    """The month and day a telling runs to ("nov 9"), from the words after its trigger; None if it writes none."""
    found = _DEADLINE.search(after_trigger or "")
    return f"{found.group(1).lower()} {int(found.group(2))}" if found else None


def deadlines_differ(a: str | None, b: str | None) -> bool:
    """Whether two tellings both write a deadline and the days differ."""
    return a is not None and b is not None and a != b


def shared_deadlines(mentions: list) -> None:
    """A telling that writes no deadline takes the one its document's other tellings by that verb and those
    actors all write ("extended its offer until Nov. 6. … said it extended the offer to allow shareholders
    time": the same extension), so it stays apart from another document's extension to another day."""
    written: dict[tuple, set[str]] = {}
    for m in mentions:
        if m.until is not None:
            written.setdefault((m.doc_id, m.trigger, tuple(sorted(m.actors))), set()).add(m.until)
    for m in mentions:
        days = written.get((m.doc_id, m.trigger, tuple(sorted(m.actors))), set())
        if m.until is None and len(days) == 1:
            m.until = next(iter(days))
