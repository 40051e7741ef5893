"""The part of a named period its dates in brackets stand for: "the late Warring States period (476–221 BC)".

A history lead often dates a named period by a bracketed span right after its name. When a lowercase
``early``, ``mid``/``middle`` or ``late`` stands before the name, the text speaks of that part of the
period only: "written during the late Warring States period (476–221 BC)" is the last third of the span
(about 306–221 BC), not all of it, as "the late 17th century" is the last third of its century. The bracketed
expressions keep their values and take the mod (TimeML START, MID, END); their days are narrowed to the part.
Only a span of two ends is read so: one date in the brackets ("the late Orm period (about 1400)") is a
guess at when that part was, and keeps its days.

A capitalised modifier is part of the period's own name ("the Late Bronze Age (c. 1550–1200 BC)"): the
brackets then date that whole period, and nothing changes.
"""

from __future__ import annotations

import re

from pipeline.core.records import Timex
from pipeline.timex.values import narrowed

# "the late Warring States period (", "the early Edo era (", "the mid-Joseon dynasty (": the modifier, one to
# five capitalised words of a name (maybe followed by a lowercase kind), and the opening bracket.
_PART_BEFORE = re.compile(r"\b(?P<mod>early|late|middle|mid)[\s-]+(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*"
                          r"(?:\s+(?:period|era|age|dynasty|kingdom|empire|reign|culture|phase))?\s*\(\s*"
                          r"(?:(?:c\.|ca\.|circa|about|around)\s*)?$")
_MODS = {"early": "START", "late": "END", "middle": "MID", "mid": "MID"}


def narrow_period_parts(found: list[Timex], text: str) -> None:
    """Narrow, in place, the days of the dates that fill the brackets after "the late/early/mid <period>"."""
    i = 0
    while i < len(found):
        k = j = i
        first = found[k]
        if first.range_id is not None:
            while j + 1 < len(found) and found[j + 1].range_id == first.range_id:
                j += 1
        last = found[j]
        i = j + 1
        m = _PART_BEFORE.search(text, max(0, first.start - 80), first.start)
        if j == k:
            continue  # one date ("the late Orm period (about 1400)") guesses when the part was, not the period's span
        if m is None or not re.match(r"\s*\)", text[last.end:]) or first.date_start is None or last.date_end is None:
            continue
        if type(first.date_start) is not type(last.date_end) or last.date_end < first.date_start:
            continue  # mixed eras or a span written backwards: leave it as it is
        mod = _MODS[m.group("mod")]
        lo, hi = narrowed((first.date_start, last.date_end), mod)
        for t in found[k:j + 1]:
            t.date_start, t.date_end, t.mod = lo, hi, mod
