"""Two reports giving one happening's day a few days apart: "he arrived in Tarsk on April 6" in one,
"arrived in Tarsk April 2" in another. News reports disagree on days; for a happening a party goes
through once in a few days (``ONCE_IN_DAYS_KINDS``: an arrival, a death), the same parties in the same
roles at the same places on days at most :data:`NEAR_DAYS` apart tell one happening, with weak
confidence (``date:near``). Never within one document (it would have said one day), never a kind done
again and again (attacks, meetings, talks), never a telling that names no party."""

from __future__ import annotations

from pipeline.lexicon.story_words import ONCE_IN_DAYS_KINDS
from pipeline.stories.places import place_key

NEAR = "near"
NEAR_DAYS = 4
NEAR_WEIGHT = 0.35  # a day given wrong by one report is rarer than two happenings: weaker than a report's weeks


def near_days(a, b) -> bool:
    """Whether two day-dated mentions (:class:`pipeline.stories.evidence.Mention`, untyped: evidence imports
    this) of two documents may tell one happening whose day one of them gives wrong."""
    if a.doc_id == b.doc_id or a.granularity != "day" or b.granularity != "day" or a.start is None \
            or b.start is None or not a.kinds & b.kinds & ONCE_IN_DAYS_KINDS:
        return False
    if not 1 <= abs((a.start - b.start).days) <= NEAR_DAYS:
        return False
    if not (a.actors or a.participants) or set(a.actors) != set(b.actors) \
            or set(a.participants) != set(b.participants):
        return False
    return {place_key(p) for p in a.places} == {place_key(p) for p in b.places}
