"""A series against one of its happenings: a happening that is over in a moment (a shooting, a bombing,
an arrest) told over years ("five abortion doctors have been shot in Tarvia since 1994") is a series of
such happenings, and one of them told within a year ("Dr. Orme was shot in Tarvia on Oct. 23") is not
the series, however much they share (the place, the kind). Issue 32's blind judge found the general
merged with the single. A report's weeks before its date are no span (the happening is one of some
day in them), nor is a year; an instant told over years whose date is only unsure is kept apart too:
in doubt, apart.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.story_words import INSTANT_KINDS

BEFORE = "before"  # pipeline.stories.evidence.BEFORE (not imported: evidence imports this module's caller)
_A_YEAR = 366  # days


def _over_years(m: Any) -> bool:
    return m.start is not None and m.end is not None and m.granularity != BEFORE and \
        (m.end - m.start).days > _A_YEAR


def series_and_one(a: Any, b: Any) -> bool:
    """Whether two mentions (:class:`pipeline.stories.evidence.Mention`) of an instant kind are one told
    over years and one told within a year."""
    return bool(a.kinds & b.kinds & INSTANT_KINDS) and _over_years(a) != _over_years(b)
