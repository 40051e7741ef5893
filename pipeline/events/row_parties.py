"""A row's parties settled once its dates are known: each named as in its era (:mod:`pipeline.events.era_states`),
and each listed once. A party that did the happening is no other party of it: "the actor repeated as
participant" was judged one party with two places in a row (issue 31), so a participant that is also an
actor goes, with its mention."""

from __future__ import annotations

from pipeline.events.capital_governments import capitals_as_governments
from pipeline.events.era_states import name_rows_in_their_era
from pipeline.events.gapped_lists import split_gapped_lists
from pipeline.events.respective_parties import split_respectively


def settle_row_parties(events: list, text: str = "") -> None:
    """Name each row's parties in its era, then drop participants that are its actors (in place); ``text``
    (the clean text) pairs parties with dates by "respectively" (:mod:`pipeline.events.respective_parties`)."""
    split_respectively(events, text)
    split_gapped_lists(events, text)  # "Vell in 1952, Tarvia in 1955 and Lusk in 1982": each row its own
    capitals_as_governments(events)  # "London imposed direct rule": the United Kingdom (before the eras)
    name_rows_in_their_era(events)
    for event in events:
        doers = set(event.actors)
        if not doers.intersection(event.participants):
            continue
        aligned = len(event.participant_mentions) == len(event.participants)
        kept = [i for i, name in enumerate(event.participants) if name not in doers]
        if aligned:
            event.participant_mentions[:] = [event.participant_mentions[i] for i in kept]
        event.participants[:] = [event.participants[i] for i in kept]
