"""A firm's subsidiary is not the firm (issue "who did it", news descriptions): "Although Eastern is
back to 80% of its schedule, the Texas Air Corp. subsidiary was only beginning to recover" speaks of
Eastern, which Texas Air Corp. owns. The name compounded on an owned body's noun is the body's own
name only where a possessor gives the owner ("its Lusk Inc. unit") or the name is no firm's full name
("the Chevrolet division"); a full name with its legal form ("Corp.", "Inc.") and no possessor is the
owner, no party of the sentence. The subsidiary is then the one business that is the subject of an
adverbial clause before it in the sentence ("Although Eastern is ..."), else no one: in doubt, empty.

Read by :func:`pipeline.events.market_parties.organisations_on_bodies`.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.companies import OWNED_BODY_NOUNS
from pipeline.lexicon.person_titles import LEGAL_SUFFIXES


def is_owner_named(head: Any, name: Any) -> bool:
    """Whether ``name`` (a compound of the noun ``head``) names the firm that owns the body ``head`` is."""
    if head.lower_ not in OWNED_BODY_NOUNS or any(c.dep_ == "poss" for c in head.children):
        return False
    return name.lower_ in LEGAL_SUFFIXES


def owned_bodies(heads: list, found: list) -> list:
    """``found`` (names compounded on party heads) without the owners of owned bodies, and with the one
    business the owned body stands for where the sentence makes it plain (see the module)."""
    kept = [c for c in found if not is_owner_named(c.head, c)]
    for head in {c.head for c in found if c not in kept}:
        kept += _body_meant(head)
    return kept


def _body_meant(head: Any) -> list:
    """The one business that is the subject of an adverbial clause before the subject ``head``."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = head.head
    subjects = [s for c in verb.children if c.dep_ == "advcl" and c.i < head.i
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ == "ORG"]
    return subjects if len(subjects) == 1 else []
