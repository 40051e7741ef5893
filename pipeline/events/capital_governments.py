"""A capital written for its state's government is that state (issue "who did it", part 2): "London imposed
direct rule on Northern Ireland" was done by the United Kingdom, "Washington announced sanctions" by the
United States. Only where the city is plainly the government acting: the subject (actor) of a verb of
ruling, deciding or announcing (:data:`pipeline.lexicon.capitals.GOVERNMENT_VERBS`), and only in the years
the city was that state's seat (:data:`pipeline.lexicon.capitals.CAPITAL_SEATS`); the date must be known.
Any other capital stays as written (a city as a party elsewhere is another rule's to judge).

A capital on the other side of a government's dealing is that government too: "Tarvia signed a treaty with
Moscow in 1939", "signed Lusk's accession document", "Washington sanctioned Havana": the participant of a
verb of signing, recognising, warning or condemning (:data:`_COUNTERPARTY_VERBS`, a subset of the
government verbs: not "withdraw" or "expel", whose city may be a place left), with the same seat years.
"""

from __future__ import annotations

from pipeline.events.era_states import _day, rename_in_place
from pipeline.lexicon.capitals import CAPITAL_SEATS, GOVERNMENT_VERBS

_COUNTERPARTY_VERBS = frozenset({"sign", "ratify", "agree", "negotiate", "recognise", "recognize", "sanction", "warn",
                                 "threaten", "protest", "accuse", "condemn", "reject", "propose", "veto"})


def government_of_capital(city: str, trigger: str, start, end, verbs: frozenset = GOVERNMENT_VERBS) -> str | None:
    """The state ``city`` stands for as the actor (or, with ``verbs``, the participant) of ``trigger``
    dated ``start``–``end``, or None."""
    seat = CAPITAL_SEATS.get(city)
    if seat is None or trigger not in verbs:
        return None
    first, last = _day(start), _day(end)
    if first is None or last is None:
        return None
    state, since, until = seat
    return state if first.year >= since and (until is None or last.year <= until) else None


def capitals_as_governments(events: list) -> None:
    """Each row's actors (and counterparties) that are a capital standing for its government, named as the
    state (in place; the mention keeps the city's name). A state already listed is listed once."""
    for event in events:
        rename_in_place(event.actors, event.actor_mentions,
                        [government_of_capital(n, event.trigger, event.date_start, event.date_end) or n for n in event.actors])
        rename_in_place(event.participants, event.participant_mentions,
                        [government_of_capital(n, event.trigger, event.date_start, event.date_end, _COUNTERPARTY_VERBS)
                         or n for n in event.participants])
