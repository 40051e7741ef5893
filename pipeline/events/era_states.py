"""A state named as it was when the happening took place: "British troops captured Montreal" of 1760 is
Great Britain, "the English fleet" or "the Anglo-Dutch war" of 1652 is England, not the United Kingdom of
1801 (issue 31: blind judges marked "United Kingdom" before 1707 a wrong party). The canonical names are
read without dates (:mod:`pipeline.stories.party_names`); a row's own dates decide here, once they are
set. The words as written stay in the mention columns.

Only when the row's whole interval lies in one era; an open or unknown date keeps the name.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import numpy as np

from pipeline.lexicon.historic_states import ERA_NAMES, UNITED_KINGDOM_ERAS, UNITED_KINGDOM_FOUNDED

_UNITED_KINGDOM = "United Kingdom"


def _day(value: Any) -> date | None:
    """A row's date as a Python date; a BC day (numpy datetime64, before year 1) as date.min."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, np.datetime64):
        year = int(value.astype("datetime64[Y]").astype(int)) + 1970
        return date.min if year < 1 else value.astype("datetime64[D]").astype(date)
    return None


def in_its_era(name: str, start: Any, end: Any) -> str:
    """A state's canonical name as the state was named when a happening dated ``start``–``end`` took place,
    for the stories: "Russia" of 1968 is the Soviet Union (:data:`pipeline.lexicon.historic_states.ERA_NAMES`).
    Only when the whole date lies within that era; an open or unknown date keeps the name."""
    era = ERA_NAMES.get(name)
    if era is None:
        return name
    first, last = _day(start), _day(end)
    if first is None or last is None:
        return name
    then, since, until = era
    return then if since <= first and last <= until else name


def state_in_its_era(name: str, mention: str | None, start: Any, end: Any) -> str:
    """``name`` (canonical) as the state was named between ``start`` and ``end``: "United Kingdom" of
    1652 → England, of 1760 → Great Britain, of AD 60 → Britons (a people's word) or Britain (the island)."""
    if name != _UNITED_KINGDOM:
        return name
    first, last = _day(start), _day(end)
    if first is not None and last is None and first <= UNITED_KINGDOM_ERAS[-1][1] and \
            "great britain" in (mention or "").lower():
        return "Great Britain"  # "after 1707, Great Britain": named so from a day before the union of 1801
    if first is None or last is None:
        return name
    if last < UNITED_KINGDOM_FOUNDED:
        words = (mention or "").lower()
        return "Britons" if words.endswith(("ons", "ish")) else "Britain"
    for since, until, then in UNITED_KINGDOM_ERAS:
        if since <= first and last <= until:
            return then
    words = (mention or "").lower()
    if last <= UNITED_KINGDOM_ERAS[-1][1] and ("england" in words or "english" in words or "great britain" in words):
        # Both kingdoms' years ("in 1707", "1650-1750"), all before 1801, and the words name one of them:
        # that one, never the United Kingdom. ("British" alone over the edge stays: in doubt no earlier state.)
        return "England" if "engl" in words else "Great Britain"
    return name


def rename_in_place(names: list[str], mentions: list[str], renamed: list[str]) -> None:
    """``names`` replaced by ``renamed`` (aligned with it), a name that becomes one already listed listed
    once; ``mentions``, when aligned with ``names``, keeps the words of each name kept."""
    if renamed == names:
        return
    kept, kept_mentions = [], []
    for i, n in enumerate(renamed):
        if n in kept:
            continue
        kept.append(n)
        if i < len(mentions):
            kept_mentions.append(mentions[i])
    if len(mentions) == len(names):
        mentions[:] = kept_mentions
    names[:] = kept


def name_rows_in_their_era(events: list) -> None:
    """Each row's actors, participants and resolved parties named as in the row's era (in place); a name
    that becomes one already listed is listed once."""
    for event in events:
        for names, mentions in ((event.actors, event.actor_mentions), (event.participants, event.participant_mentions)):
            rename_in_place(names, mentions, [state_in_its_era(n, mentions[i] if i < len(mentions) else None,
                                                              event.date_start, event.date_end) for i, n in enumerate(names)])
        event.resolved[:] = [state_in_its_era(n, None, event.date_start, event.date_end) for n in event.resolved]
