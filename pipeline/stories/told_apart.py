"""Two tellings that share a kind, a date and a party, yet tell two happenings by their words: one of
several against the several (:mod:`pipeline.stories.noun_number`), a series of instants against one of
them (:mod:`pipeline.stories.series`), or two sayings of different things (:mod:`pipeline.stories.said_content`). One hook for :func:`pipeline.stories.evidence.compatible`."""

from __future__ import annotations

from typing import Any

from pipeline.stories.noun_number import one_of_several
from pipeline.stories.said_content import say_other_things
from pipeline.stories.series import series_and_one


def told_apart(a: Any, b: Any, dates: str) -> bool:
    """Whether two mentions (:class:`pipeline.stories.evidence.Mention`) whose dates relate as ``dates``
    tell two happenings by their words or their spans."""
    same_day = dates == "same" and a.granularity == b.granularity == "day"
    return one_of_several(a.number, b.number) or series_and_one(a, b) or say_other_things(a.said, b.said, same_day)
