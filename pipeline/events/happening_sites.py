"""A town or a land written inside a happening's name is where it happened, never who did it (issue 31,
"one name for each party"; judged wrong actors on news and History leads, the sentences invented): "after
the Lusk bombing", "the Orm Spring continued", "the 1755 Orm earthquake hit", "the 2011 Orm nuclear
accident". A place on the row's own happening noun is its where instead (:func:`is_site_of_the_row`, read by
:mod:`pipeline.events.recast_roles`). Only a place that is no state: a state's name there ("the US bombing of Vell") is its doer, and
a word the model left untagged before an act of violence may be its doer's ("the Orm bombing"), so an
untagged word is a site only before a disaster's, an accident's or a season's noun.
:func:`pipeline.events.non_party_names.is_no_party_name` applies it.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.charges import VIOLENT_DEEDS
from pipeline.lexicon.disasters import ACCIDENT_NOUNS, DISASTER_NOUNS
from pipeline.lexicon.non_party_names import HAPPENING_NAME_HEADS
from pipeline.stories.party_names import country_name

_PLACE_LABELS = ("GPE", "LOC", "FAC")
# Head nouns of a happening's name a place may be written in ("the Lusk bombing", "the Orm Spring").
HAPPENING_HEADS = VIOLENT_DEEDS | DISASTER_NOUNS | ACCIDENT_NOUNS | HAPPENING_NAME_HEADS | {"spring", "riots", "riot",
                                                                                        "explosion", "blast", "siege"}
# Heads of a disaster's or a season's name, before which an untagged name is a place ("the Orm nuclear accident").
_NATURAL_HEADS = DISASTER_NOUNS | ACCIDENT_NOUNS | {"spring"}


def is_site_in_happening_name(span: Any, trigger: Any, label: str) -> bool:
    """Whether a place that is no state is written inside a happening's name, before its head noun ("after
    the Lusk bombing", "the Orm Spring continued", "the 1755 Orm earthquake"): the site, no party. The
    head is the row's noun trigger or a happening's noun; only compounds between the place and it."""
    root = span.root
    head = root.head
    if label not in _PLACE_LABELS + ("",) or root.dep_ not in ("compound", "nmod", "amod") or head.i < span.end or \
            head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.i != trigger.i and head.lower_ not in HAPPENING_HEADS:
        return False
    if head.i == trigger.i and label in _PLACE_LABELS:
        return False  # the row's own happening: the place is its where (pipeline.events.recast_roles)
    if label == "" and head.lower_ not in _NATURAL_HEADS:
        return False  # a word the model left untagged before "bombing" may be its doer ("the Orm bombing")
    if not all(t.dep_ in ("compound", "amod", "nmod", "nummod") for t in span.doc[span.end:head.i]):
        return False
    return country_name(span.text.removeprefix("the ").strip()) is None


def is_site_of_the_row(span: Any, trigger: Any) -> bool:
    """Whether a tagged place no state is compounded straight on the row's own happening noun ("after the
    Nairobi bombing" with "bombing" the trigger): where it happened, which the roles keep as the place."""
    root = span.root
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.lower_ in HAPPENING_HEADS and root.head.i == trigger.i and \
        root.dep_ in ("compound", "nmod") and span.end <= trigger.i and country_name(span.text) is None
