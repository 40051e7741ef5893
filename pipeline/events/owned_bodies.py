"""A firm's subsidiary is not the firm (issue "who did it", news descriptions): "Although Eastern is
back to 80% of its schedule, the Texas Air Corp. subsidiary was only beginning to recover" speaks of
Eastern, which Texas Air Corp. owns. The name compounded on an owned body's noun is the body's own
name only where a possessor gives the owner ("its Lusk Inc. unit") or the name is no firm's full name
("the Chevrolet division"); a full name with its legal form ("Corp.", "Inc.") and no possessor is the
owner, no party of the sentence. The subsidiary is then the one business that is the subject of an
adverbial clause before it in the sentence ("Although Eastern is ..."), else no one: in doubt, empty.

Read by :func:`pipeline.events.non_party_names.is_followed_one` (the owner is no party) and
:func:`pipeline.events.untagged_bodies.untagged_bodies` (the subsidiary acts).
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


def subsidiary_meant(head: Any, spans: list) -> str | None:
    """The name of the one business an owned body's noun with its owner's name on it stands for ("Although
    Eastern is back …, the Texas Air Corp. subsidiary was only beginning": Eastern), from the sentence's
    (entity, span, name) triples ``spans``; None where the sentence does not make it plain."""
    if not any(c.dep_ == "compound" and is_owner_named(head, c) for c in head.children):
        return None
    meant = _body_meant(head)
    names = {name for _, sp, name in spans for t in meant if sp.start <= t.i < sp.end}
    return names.pop() if len(names) == 1 else None


def _body_meant(head: Any) -> list:
    """The one business that is the subject of an adverbial clause before the subject ``head``."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = head.head
    subjects = [s for c in verb.children if c.dep_ == "advcl" and c.i < head.i
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ == "ORG"]
    return subjects if len(subjects) == 1 else []
