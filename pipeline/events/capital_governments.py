"""A capital written for its state's government is that state (issue "who did it", part 2): "London imposed
direct rule on Northern Ireland" was done by the United Kingdom, "Washington announced sanctions" by the
United States. Only where the city is plainly the government acting: the subject (actor) of a verb of
ruling, deciding or announcing (:data:`pipeline.lexicon.capitals.GOVERNMENT_VERBS`), and only in the years
the city was that state's seat (:data:`pipeline.lexicon.capitals.CAPITAL_SEATS`); the date must be known.
Any other capital stays as written (a city as a party elsewhere is another rule's to judge).
"""

from __future__ import annotations

from pipeline.events.era_states import _day, rename_in_place
from pipeline.lexicon.capitals import CAPITAL_SEATS, GOVERNMENT_VERBS


def government_of_capital(city: str, trigger: str, start, end) -> str | None:
    """The state ``city`` stands for as the actor of ``trigger`` dated ``start``–``end``, or None."""
    seat = CAPITAL_SEATS.get(city)
    if seat is None or trigger not in GOVERNMENT_VERBS:
        return None
    first, last = _day(start), _day(end)
    if first is None or last is None:
        return None
    state, since, until = seat
    return state if first.year >= since and (until is None or last.year <= until) else None


def capitals_as_governments(events: list) -> None:
    """Each row's actors that are a capital standing for its government, named as the state (in place;
    the mention keeps the city's name). A state already listed is listed once."""
    for event in events:
        rename_in_place(event.actors, event.actor_mentions,
                        [government_of_capital(n, event.trigger, event.date_start, event.date_end) or n for n in event.actors])
