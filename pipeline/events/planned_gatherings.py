"""A news report's gathering set for a day: a row of modality ``planned`` (issue 32).

The events stage drops a news report's plans and forecasts ("will develop the chip next year", "could help
slash costs"): what a report foresees is no happening of its date. A gathering set for a day is the
exception the stories need: "leaders of Orm and Lusk will hold a summit in Vell next week", "a summit set for
Vell in April", "the ministers will meet in Vell on March 22" name a happening and the day it is to be
held, which another report tells as held. Such a row keeps modality ``planned`` (the stories never merge it
with a held one, pipeline.stories.evidence), and its trigger is the gathering's noun where a verb stages it.
A negated or conditional plan ("will not hold", "could hold talks") stays out, and so does a plan whose
day is already past when the report is written (:func:`still_to_come`).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.modality import PLANNED
from pipeline.events.triggers import lemma_of
from pipeline.lexicon.happenings import GATHERING_STAGING_VERBS, GATHERING_VERBS, SCHEDULED_GATHERINGS
from pipeline.lexicon.stems import singulars


def _gathering_noun(tok: Any) -> bool:
    return tok.pos_ == "NOUN" and tok.ent_type_ not in ("DATE", "TIME") and \
        not ({tok.lower_} | set(singulars(tok.lower_))).isdisjoint(SCHEDULED_GATHERINGS)


def planned_gathering(trigger: Any, modality: str, lemmatizer: Any = None) -> Any | None:
    """The word a planned row of a gathering stands on (the gathering's noun, or a verb of meeting), when
    ``trigger`` of modality ``modality`` tells a gathering set for its date; else None."""
    if modality != PLANNED:
        return None
    if _gathering_noun(trigger):
        return trigger  # "a summit set for April"
    if trigger.pos_ != "VERB":
        return None
    lemma = lemma_of(trigger, lemmatizer)
    if lemma in GATHERING_VERBS:
        return trigger  # "will meet in Vell on March 22"
    if lemma in GATHERING_STAGING_VERBS:
        # "will hold a summit in Vell next week", "scheduled to attend the ceremony on Friday"
        return next((c for c in trigger.children if c.dep_ == "dobj" and _gathering_noun(c)), None)
    return None


def still_to_come(date_end: Any, reference: Any) -> bool:
    """Whether a planned gathering's date ends on or after the report's day: a plan told with a day already
    past is a date read wrong ("the NATO summit in April" of a December report taken for the April before)
    or a happening the modality misread ("last week, on an official visit to Mexico"), so it gets no row."""
    try:
        return date_end is not None and reference is not None and date_end >= reference
    except TypeError:  # a BC date against the report's: no plan of the report's
        return False
