"""Which dates of a document date a statement, grouped, and the days each group dates.

:func:`dated_groups`: the body's dated timexes (a heading's date sets its section's time and dates no
statement), with the two ends of a range together and the two dates a verb of extent spans ("spans the
1950s and 1960s") as one. :func:`date_interval`: the first and last day a group dates ("on 8 and 9 June"
from the second day's timex; "by May the army had taken Tarsk" bounds from above only; "years earlier"
tells only that it was before). Split from :mod:`pipeline.events.events`, the stage that writes a row
for each group.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.timex.spans import past_stretch
from pipeline.timex.tagger import after_by
from pipeline.events.date_bounds import by_a_named_time
from pipeline.timex.values import granularity


def is_dated(timex) -> bool:
    """Whether a timex dates a statement: a body date or time with days (or BC), or a stretch up to the report."""
    # A heading's date sets its section's time but is no statement of something happening.
    if timex.zone != "body":
        return False
    if timex.type == "DURATION":
        return past_stretch(timex) is not None  # "has grown over the last two decades": up to the report
    return timex.type in ("DATE", "TIME") and (timex.date_start is not None or (timex.value or "").startswith("BC"))


# "spans the 1950s and 1960s", "covered 1914 and 1915": a verb of extent over two dates tells one stretch.
_SPANNING = re.compile(r"\b(?:span|cover|straddl)\w*\s+(?:both\s+)?$", re.I)


def _one_stretch(prev, t, text: str) -> bool:
    """Whether two dates joined by "and" are the two ends of one stretch a verb of extent spans."""
    return bool(text) and prev.range_id is None and t.range_id is None and len(prev.text) <= 40 and \
        re.fullmatch(r",?\s+and\s+", text[prev.end:t.start]) is not None and \
        _SPANNING.search(text, max(0, prev.start - 30), prev.start) is not None


def _adjoining_parts(prev, t, text: str) -> bool:
    """"in the late 1940s and early 1950s", "in late July and early August 1920": the end of one period and
    the start of the next, joined by "and", are one stretch (the days of the second begin the day after the
    first's end); so are two whole decades or centuries in a row ("in the 1920s and 1930s", as "the 18th and
    19th centuries" already is a range). Two years or months ("in 1948 and 1949") stay two dates: often
    two happenings."""
    if not text or prev.range_id is not None or t.range_id is not None:
        return False
    parts = (prev.mod == "END" or t.mod == "START") and prev.mod != "START" and t.mod != "END"
    wholes = prev.mod is None and t.mod is None and \
        granularity(prev.value) == granularity(t.value) and granularity(prev.value) in ("decade", "century")
    if not (parts or wholes):
        return False
    if re.fullmatch(r"\s+and\s+", text[prev.end:t.start]) is None:
        return False  # (", and" joins clauses: "fighting began in late 1943, and early 1944 saw the offensive")
    end, start = prev.date_end, t.date_start
    if end is None or start is None or isinstance(end, date) != isinstance(start, date):
        return False
    gap = (start - end).days if isinstance(end, date) else int((start - end).astype("timedelta64[D]").astype(int))
    return gap == 1


def dated_groups(timexes: list, text: str = "") -> list[list[int]]:
    """Indices of dated timexes, the two ends of a range together (and of a stretch spanned, with ``text``)."""
    groups: list[list[int]] = []
    for i, t in enumerate(timexes):
        if not is_dated(t):
            continue
        prev = timexes[groups[-1][-1]] if groups else None
        if prev is not None and (t.range_id is not None and prev.range_id == t.range_id or
                                 len(groups[-1]) == 1 and (_one_stretch(prev, t, text) or _adjoining_parts(prev, t, text))):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


# "on 8 and 9 June 1911", "two days, 8 and 9 June": a bare day number joined to a dated day of the
# month (the timexes stage finds only "9 June 1911"); after "on", "from", "between", "of" or a comma.
# Also a list ("three days, 4, 5 and 6 March") and "to" ("three weeks, 2 to 23 March"): from the first.
_DAY_BEFORE = re.compile(r"(?:\b(?:on|from|between|of)|,)\s+(\d{1,2})(?:,\s*\d{1,2}){0,5},?\s*(?:and|&|[-–]|to)\s*$", re.I)


# "years earlier", "decades ago": an uncounted stretch back tells only that it was before (the timex's
# approximate year is a guess of how long).
_UNCOUNTED_BACK = re.compile(r"(?:(?:many|several|some|a\s+few|few)\s+)?(?:years|decades|centuries|generations)\s+"
                             r"(?:earlier|before|ago|previously)", re.I)


def date_interval(first, last, text: str = "", news: bool = False) -> tuple:
    """First and last day of a date (or a range's two ends). BC days are set by the timexes stage."""
    end = last.date_end if last.date_end is not None else first.date_end
    if first is last and _UNCOUNTED_BACK.fullmatch(first.text or "") and not (
            isinstance(first.date_start, date) and isinstance(end, date) and first.date_start.year != end.year):
        # (a news report's "a few years ago" already spans the years it may mean: pipeline.timex.spans)
        return None, end
    if first is last and type(first.date_start) is date and granularity(first.value) == "day":  # BC: numpy
        day = _DAY_BEFORE.search(text[max(0, first.start - 40):first.start])
        if day and 1 <= int(day.group(1)) < first.date_start.day:
            return first.date_start.replace(day=int(day.group(1))), end  # the two days of one happening
    if not news and by_a_named_time(text, first.start):
        return None, end  # "By the Fifth Dynasty, in the 25th and 24th centuries BC, …" (pipeline.events.date_bounds)
    if first is last and not news and after_by(text, first.start):
        # A history's "By May the army had taken Tarsk", "by June 2 the rebels had surrendered", "by the
        # 1760s": a state reached by then; when it came about the sentence does not say (any unit, a day too).
        return None, end
    if first is last and granularity(first.value) != "day" and (first.mod == "ON_OR_BEFORE" or (
            first.mod in ("START", "MID", "END", "APPROX") and after_by(text, first.start))):
        # "had been rebuilt by 1874", "fought on up to December": the date bounds the happening
        # from above; when it began the sentence does not say. A day ("occupied by October 6")
        # stays that day: a state reached by a named day is told as that day's news. "by mid-2007"
        # (the timex keeps its MID to narrow its days) ends with mid-2007 the same way, and "by about 400 BC"
        # (the timex keeps its APPROX) ends with that year: an end bound, not the year.
        return None, end
    if first is not last and first.date_start is not None and end is not None and \
            not isinstance(first.date_start, date) and not isinstance(end, date) and end < first.date_start:
        # "the 9th–11th centuries BC": BC centuries written low to high run backwards in time
        return last.date_start, first.date_end
    return first.date_start, end
