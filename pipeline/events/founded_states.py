"""The state or dynasty a founding verb makes is a party of the founding (issue 31, blind judges' finding
on history leads; the sentences below are invented): "Orme established the Second Tarvian Empire in
1852", "the Lusk dynasty was proclaimed in 1721".

A realm named with an ordinal ("the Second Tarvian Empire") reads elsewhere as a stretch of history
("the New Kingdom began": :mod:`pipeline.events.non_party_names`); made by a founding verb, it is the
state founded, so it takes part. Only a name whose last word says it is a realm is restored: a
product or a work a verb "establishes" stays out.
"""

from __future__ import annotations

from typing import Any

Role = tuple[Any, str, str]
# Word stems of founding (the pipeline runs no lemmatiser): "established", "founding", "proclaims".
_FOUNDING = ("establish", "found", "proclaim", "unif", "annex", "creat", "reestablish", "re-establish")
# Last words of a realm's name.
_REALMS = {"empire", "kingdom", "dynasty", "republic", "caliphate", "sultanate", "khanate", "principality",
           "duchy", "state", "confederation", "federation", "union", "emirate", "shogunate", "realm"}
# Entity types a founded realm can carry.
_REALM_TYPES = {"GPE", "ORG", "NORP"}


def founded_realms(trigger: Any) -> set[int]:
    """Head tokens of what a founding verb makes: its object or its passive subject, with conjuncts."""
    if trigger.pos_ != "VERB" or not trigger.lower_.startswith(_FOUNDING):
        return set()
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return {t.i for h in heads for t in (h, *h.conjuncts)}


def founded_state_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with the named realm a founding verb makes added as a participant where no rule gave
    it a role."""
    made = founded_realms(trigger)
    if not made:
        return roles
    seen = {id(e) for e, _, _ in roles}
    names = {name for _, _, name in roles}
    return roles + [(e, "participant", name) for e, sp, name in spans
                    if e.label in _REALM_TYPES and sp.root.i in made and id(e) not in seen and name not in names
                    and name.split()[-1].lower() in _REALMS]
