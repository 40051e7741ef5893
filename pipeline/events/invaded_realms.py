"""The realm a clause says lasted or ruled "until" an invasion is the one invaded, where the invasion's noun
names no other (issue 31, "every named party found"; blind judges' miss on a History lead, retold: "The
Orm Empire ruled large parts of Lusk from 1077 to 1231, up until the Vell invasion in 1219–1221": the
invasion's actor is Vell, its participant the Orm Empire).

"Until" says the invasion ended what the clause tells of the realm; "after" or "during" only say when
and stay out ("Tarvia prospered after the Lusk invasion" tells nothing of whom Lusk invaded). Precision
first: only an act done to a state (:data:`pipeline.lexicon.nominal_roles.DONE_TO_STATE_NOUNS`) whose noun
has no "of", "against", "on" or "into" object, only a subject that is a state or a realm (tagged a
state, or a body whose name ends in a realm's word, "Orm Empire"), and never one of the act's own actors.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.noun_parties import done_to_party
from pipeline.events.tree import Role
from pipeline.lexicon.nominal_roles import DONE_TO_STATE_NOUNS
from pipeline.lexicon.polities import POLITY_HEADS

_UNTIL = {"until", "till", "til"}
_OBJECTS = {"of", "against", "on", "upon", "into"}


def invaded_realms(trigger: Any, roles: list[Role], spans: Any) -> list[Role]:
    """``roles`` with the realm the clause "until" the act ``trigger`` is about as a participant (see the
    module); unchanged where the shape does not hold."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in DONE_TO_STATE_NOUNS or trigger.dep_ != "pobj" or \
            trigger.head.lower_ not in _UNTIL or done_to_party(trigger, _OBJECTS) or \
            any(c.dep_ == "prep" and c.lower_ in _OBJECTS for c in trigger.children):
        return roles
    verb = trigger.head.head
    if verb.dep_ == "advmod" and verb.lower_ == "up":  # "up until the Vell invasion"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return roles
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    have = {name for _, _, name in roles}
    actors = {name for _, role, name in roles if role == "actor"}
    out = list(roles)
    for e, sp, name in spans.spans:
        if sp.root.i not in subjects or name in have or name in actors:
            continue
        if e.label == "GPE" or (e.label in ("ORG", "NORP") and sp[-1].lower_ in POLITY_HEADS):
            out.append((e, "participant", name))
    return out
