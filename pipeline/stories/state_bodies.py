"""A state's agency deciding, and the state's decision told without its doer: "The U.S. Immigration and
Naturalization Service made a reasonable decision Wednesday" and "the U.S. government decision to
return Elian" (AQUAINT, issue 32) tell one happening, one party named in two roles: the agency as the
actor of one, its state (the events stage reads "the U.S. government decision" as done to the United
States) as a participant of the other.

:func:`lend_body_states` marks each mention whose actor is a body its document writes with a state's
name before it ("the U.S. Immigration and Naturalization Service", the shape
:mod:`pipeline.stories.agency_prefix` folds) with that state (``Mention.body_of``). :func:`body_state_evidence`
counts that state as shared evidence ("party:<state>", the weight of a party in different roles) only
when nothing else is shared, the other mention names that state as its participant and names no actor
(so no other doer is told), and the kind is no harm done by one side to another (an attack by a
state's agency on that state is no such telling). Precision first: the tie must be written in the text.
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.stories.agency_prefix import without_country_prefix
from pipeline.stories.party_names import country_name

_NAME_WORD = r"[A-Z][\w.&'’-]*"
_PREFIXED = re.compile(r"((?:" + _NAME_WORD + r"\s+){1,2})((?:" + _NAME_WORD + r"\s+(?:(?:and|of|for|the)\s+)*){1,7}"
                       + _NAME_WORD + r")")


def body_states(sentences: list[str | None], bodies: set[str], canonical: Callable[[str], str],
                is_state: Callable[[str], bool]) -> dict[str, str]:
    """The state each of ``bodies`` (canonical names) belongs to, as the sentences write it before the
    body's name ("the U.S. Immigration and Naturalization Service"); a body written with two states is
    left out."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        for m in _PREFIXED.finditer(sentence or ""):
            whole = (m.group(1) + m.group(2)).split()
            for cut in range(1, min(3, len(whole) - 2) + 1):
                prefix, rest = " ".join(whole[:cut]), " ".join(whole[cut:])
                state = country_name(prefix)
                if state is None or not is_state(canonical(state)):
                    continue
                bare = without_country_prefix(" ".join(whole[:cut + len(rest.split())]), bodies, country_name)
                if bare is not None and canonical(bare) in bodies:
                    found.setdefault(canonical(bare), set()).add(canonical(state))
    return {b: next(iter(s)) for b, s in found.items() if len(s) == 1}


def lend_body_states(mentions: list, sentence_of: dict[str, str | None], canonical: Callable[[str], str],
                     is_state: Callable[[str], bool]) -> None:
    """Set ``body_of`` of each mention whose non-state actor its document writes with a state before it."""
    by_doc: dict[str, list] = {}
    for m in mentions:
        if m.person_actors:
            by_doc.setdefault(m.doc_id, []).append(m)
    for group in by_doc.values():
        bodies = {a for m in group for a in m.person_actors}
        states = body_states(list(dict.fromkeys(sentence_of.get(m.key) for m in group)), bodies, canonical, is_state)
        for m in group:
            m.body_of = frozenset(states[a] for a in m.person_actors if a in states)


def body_state_evidence(a, b, evidence: list[str], weights: list[float], weight: float, harm: frozenset[str]) -> None:
    """Add "party:<state>" when, nothing else shared, one's acting body belongs to a state the other names
    as its only kind of party, a participant, with no actor (see the module's docstring)."""
    if weights or a.kinds & b.kinds & harm:
        return
    for body, other in ((a, b), (b, a)):
        shared = body.body_of & set(other.participants)
        if shared and not other.actors and not set(body.participants) - shared:
            evidence += [f"party:{s}" for s in sorted(shared)]
            weights.append(weight)
            return

