"""The state "the country's" or "the empire's" end names is the state the sentence named before it
(issue 31, blind judges' finding on history leads; the sentences below are invented): "Orme led the
Union of Vell from 1985 until the country's dissolution in 1991", "the Orm Empire lasted until the
empire's fall in 1453".

A pronoun ("its dissolution") is resolved by the general coreference; a definite noun of a state as
the possessor of a noun of ending is not, and the row of a state's end was left with no party. Here it
is read as the last state named earlier in the same sentence, and only a state the document knows as
one (a city named between them is never taken: "born in Orm, ... until the country's dissolution"); a
realm's own word ("the empire's") takes only a name ending in that word. In doubt, nothing.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import Role
from pipeline.lexicon.polities import POLITY_HEADS, REALM_NOUNS, STATE_NAME_NOUNS
from pipeline.stories.party_names import country_name

# Nouns of a state ending by itself: the state is who ends (actor).
_ENDING = {"dissolution", "collapse", "fall", "breakup", "break-up", "demise", "disintegration", "downfall",
           "end", "extinction"}
# Nouns of a state ended or taken by another: the state takes part.
_ENDED = {"partition", "partitions", "annexation", "conquest", "abolition", "occupation", "division"}
# Plain nouns of a state, which refer to any state the document knows.
_STATE_NOUNS = {"country", "state", "nation"}
# Words of a realm, which refer to a state whose name ends in the same word ("the empire's": "Orm Empire").
_REALM_WORDS = {"empire", "kingdom", "republic", "union", "sultanate", "caliphate", "khanate", "federation",
                "confederation", "principality", "duchy", "monarchy", "dynasty", "commonwealth"}


def _possessed_state_noun(trigger: Any) -> Any | None:
    """The state noun that is the definite possessor of an ending noun ("the country's dissolution")."""
    if trigger.lower_ not in _ENDING | _ENDED or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in trigger.children:
        if child.dep_ == "poss" and child.lower_ in _STATE_NOUNS | _REALM_WORDS and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in child.children):
            return child
    return None


def _is_state_name(name: str) -> bool:
    """A name that says a state: a country the country lists know, or one with a state's word in it
    ("Republic of Vell"); a city the model tags as a place like any state ("Paris") is not."""
    return country_name(name) is not None or \
        any(w.lower() in POLITY_HEADS | REALM_NOUNS | STATE_NAME_NOUNS for w in name.split())


def ended_state(trigger: Any, spans: list, states: list[str]) -> str | None:
    """The state the possessor of an ending noun refers to (see the module), or None."""
    noun = _possessed_state_noun(trigger)
    if noun is None:
        return None
    before = [(sp, name) for _, sp, name in spans if sp.end <= noun.i and sp.start >= noun.sent.start]
    for sp, name in sorted(before, key=lambda p: p[0].start, reverse=True):
        if noun.lower_ in _STATE_NOUNS and name in states and _is_state_name(name):
            return name
        if noun.lower_ in _REALM_WORDS and name.split()[-1].lower() == noun.lower_:
            return name
    return None


def ended_state_roles(trigger: Any, roles: list[Role], spans: list, states: list[str]) -> list[Role]:
    """``roles`` with the state "the country's" end refers to: an actor of its own ending, a participant
    of its partition or annexation; where the rules named no one in that role."""
    state = ended_state(trigger, spans, list(states))
    if state is None:
        return roles
    role = "actor" if trigger.lower_ in _ENDING else "participant"
    if any(r == role for _, r, _ in roles) or any(n == state for _, _, n in roles):
        return roles
    return roles + [(None, role, state)]
