"""The subject of a verb joined to a reduced relative the parser took for the main verb (issue "who did
it", history leads; invented sentences of the measured shape).

"After its fall, numerous rump regimes ruled by remnants of the Orm family, collectively called the
Southern Orm, survived until 1662": the parser makes "ruled" the main verb (subject "regimes", agent
"remnants") and joins "survived" to it, so "survived" inherits the agent: the remnants survived. The
regimes did, and the aside names them: "called the Southern Orm". Where a verb with no subject of its
own is joined to a bare participle (no auxiliary) that has both a subject and a "by" agent, the
participle's subject does it; its name is the one a naming aside ("called", "known as") gives, or the
subject's own name. In doubt (a common noun with no naming aside), no actor. A participle of leading
("the rebels led by Orme attacked") keeps its agent: the leader acts with them.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.led_happenings import DOING_PARTICIPLES

_NAMING = {"called", "named", "known", "styled", "termed", "dubbed"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def _misread_participle(verb: Any) -> Any | None:
    """The bare participle ``verb`` is joined to, where it reads as a reduced relative ("regimes ruled by …")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = verb.head
    if head.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    if not any(c.dep_ == "agent" for c in head.children) or not any(c.dep_ == "nsubj" for c in head.children):
        return None
    return head


def _aside_name(participle: Any) -> str | None:
    """The name a naming aside on the participle gives its subject ("collectively called the Southern Orm")."""
    for c in participle.children:
        if c.dep_ in ("advcl", "acl") and c.lower_ in _NAMING:
            named = [g for g in c.children if g.dep_ in ("oprd", "attr") and g.pos_ == "PROPN"] + \
                [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if len(named) == 1:
                head = named[0]
                words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "amod") or t.i == head.i]
                return " ".join(t.text for t in words)
    return None


def reduced_relative_roles(trigger: Any, found: tuple, spans: list) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four) with the actor read as the
    module says: the agent's names no actors, the participle's subject's name (if any) the actor;
    ``spans`` are the sentence's (entity, span, name) triples."""
    participle = _misread_participle(trigger)
    if participle is None or participle.lower_ in DOING_PARTICIPLES:
        return found  # "the rebels led by Orme attacked": the leader acts with them (noun_parties.nominal_leaders)
    named, theme, extra, resolved = found
    subject = next(c for c in participle.children if c.dep_ == "nsubj")
    spans_of = {id(e): sp for e, sp, _ in spans}
    kept = [(e, r, n) for e, r, n in named if r != "actor" or (
        e is not None and id(e) in spans_of and spans_of[id(e)].root.i == subject.i)]
    name = _aside_name(participle)
    if name is not None and not any(r == "actor" for _, r, _ in kept):
        kept.append((None, "actor", name))
    return kept, theme, {**extra, "actor": []}, resolved
