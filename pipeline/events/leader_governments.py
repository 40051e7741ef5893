"""A government or regime named after its leader is the leader's state, not the leader (issue 31, "who did
it"): "the Castro government expelled the ambassador" after "Cuban President Fidel Castro" gave Fidel
Castro as the actor; the state acted (Cuba). The state is the one the document names the person a ruler
of (:class:`pipeline.events.role_descriptions.RulerDescriptions`); where it names none, the person does not
act himself and the row keeps no party for him (a wrong name is worse than an empty slot).

Only a person's name right before (or the possessor of) "government", "regime", "administration",
"cabinet" or "junta".
"""

from __future__ import annotations

from typing import Any

from pipeline.stories.party_names import country_name

_GOVERNMENT_NOUNS = {"government", "governments", "regime", "administration", "cabinet", "junta"}


def leader_governments(roles: list, spans_of: dict, rulers: list[tuple[int, str, str]], states: list[str]) -> list:
    """``roles`` with each leader's name on a government's noun replaced by his state (a state the document
    names, or a country's name), or dropped."""
    out = []
    for e, role, name in roles:
        sp = spans_of.get(id(e)) if e is not None else None
        if sp is None or e.label != "PERSON" or not _names_a_government(sp):
            out.append((e, role, name))
            continue
        led = {state for _, person, state in rulers if person == name}
        state = next(iter(led)) if len(led) == 1 else None
        if state is not None and (state in states or country_name(state) == state) and \
                not any(n == state for _, _, n in roles):
            out.append((e, role, state))
    return out


def _names_a_government(span: Any) -> bool:
    """Whether a person's name qualifies a government's noun ("the Castro government", "Castro's regime")."""
    root = span.root
    if root.head.lower_ not in _GOVERNMENT_NOUNS:
        return False
    if root.dep_ == "poss":
        return True  # "Castro's regime"
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i == span.end  # "the Castro government"
