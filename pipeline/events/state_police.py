"""A state's police named by its people's word, as one party (issue 31, news rows whose actor was left
empty: "Tanzanian police said on Tuesday they had arrested 14 foreigners": the saying and the arrest
are the Tanzanian police's).

The police of a state is a body of its own, not the state (WikiEvents' gold, text nobody here wrote,
marks "French police" as the police; :mod:`pipeline.lexicon.offices` leaves it out of the offices
that act for their state), so it is named "<state> Police" (``Tanzania Police``, kind organisation,
its state read off the name by :func:`pipeline.stories.parties.owner_state`): every report's
"Tanzanian police" and "Tanzania's police" then group under one name.

Only "police" with one people's or state's word before it and nothing else that could make it
another force ("the Tanzanian police", not "Tanzanian riot police", "local police", "his police");
and "they" or "their" only where it hangs under the verb such a police is the subject of ("Tanzanian
police said they had arrested"), with no other subject between.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.role_descriptions import state_of_people_word
from pipeline.stories.party_names import country_name

_WORD = "police"
_SUFFIX = " Police"
_PLURAL_PRONOUNS = {"they", "their", "them"}


def _state_of(token: Any, states: list[str]) -> str | None:
    """The state a police noun's one modifier names ("Tanzanian", "Tanzania", "Tanzania's"), else None."""
    if token.lower_ != _WORD or token.pos_ not in ("NOUN", "PROPN"):
        return None
    mods = [c for c in token.children if c.dep_ not in ("punct", "relcl", "acl", "prep", "appos")]
    named = [c for c in mods if c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE")]
    if len(named) != 1 or any(c.dep_ != "det" and c is not named[0] for c in mods) or \
            any(c.dep_ == "det" and c.lower_ != "the" for c in mods):
        return None
    word = named[0]
    if word.i + 1 != token.i and not (word.dep_ == "poss" and word.i + 2 == token.i):
        return None  # right before "police" ("Tanzanian police"), or its possessive ("Tanzania's police")
    return state_of_people_word(word.text, states)


def police_of(token: Any, states: list[str]) -> list[str]:
    """``["<State> Police"]`` for a state's police named by its people's word, or for "they" under
    the verb whose subject it is; else nothing."""
    state = _state_of(token, states)
    if state is not None:
        return [state + _SUFFIX]
    if token.lower_ not in _PLURAL_PRONOUNS or token.pos_ != "PRON":
        return []
    ancestors = {a.i for a in token.ancestors}
    for t in token.doc[token.sent.start:token.i]:
        if t.dep_ == "nsubj" and t.head.i in ancestors and (state := _state_of(t, states)) is not None:
            if any(s.dep_ in ("nsubj", "nsubjpass") and s.i in ancestors and s.i != token.i
                   for s in token.doc[t.i + 1:token.i]):
                return []  # "Tanzanian police said the men told them": another subject owns the clause
            return [state + _SUFFIX]
    return []


def is_state_police(name: str) -> bool:
    """Whether a party's name is one :func:`police_of` gives (an organisation, no entity behind it)."""
    return name.endswith(_SUFFIX) and country_name(name[:-len(_SUFFIX)]) is not None
