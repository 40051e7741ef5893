"""Who did a happening that a verb of occurring says took place (issue "who did it", history leads;
invented sentences of the measured shape).

"Their consolidation in Vell is believed to have occurred during the 8th century BC" (in an article on
the Orms): the verb says the happening took place, the happening noun is its subject, and the general
rules take every name in the subject's phrase for an actor, so Vell (where it happened) acts and the
Orms ("their") do not. Here, for a verb of occurring (:data:`OCCURRING_VERBS`) whose subject is a common
noun:

- a name after "in", "at", "near" or "within" in the subject's phrase is where, never an actor;
- a possessive pronoun on the subject ("their consolidation") stands for the doer: resolved as a
  pronoun subject would be (one name, else nothing).
"""

from __future__ import annotations

from typing import Any, Callable

# Word forms of verbs that say a happening took place.
OCCURRING_VERBS = frozenset({"occur", "occurs", "occurred", "occurring", "happen", "happens", "happened",
                             "happening", "take", "took", "taken", "takes", "taking"})
_WHERE = {"in", "at", "near", "within", "inside"}


def _happening_subject(trigger: Any) -> Any | None:
    """The common-noun subject a verb of occurring says took place (through "is believed to have occurred"), or None."""
    if trigger.pos_ != "VERB" or trigger.lower_ not in OCCURRING_VERBS:
        return None
    if trigger.lower_.startswith("t") and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in trigger.children):
        return None  # "took place" only
    verb = trigger
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0] if subjects[0].pos_ == "NOUN" else None
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head  # "is believed to have occurred": the raising verb holds the subject
    return None


def occurring_roles(trigger: Any, found: tuple, spans: list, resolve: Callable[[Any], list[str]]) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four) read as the module says;
    ``spans`` are the sentence's (entity, span, name) triples, ``resolve`` turns a pronoun into names."""
    subject = _happening_subject(trigger)
    if subject is None:
        return found
    named, theme, extra, resolved = found
    where = {t.i for p in subject.children if p.dep_ == "prep" and p.lower_ in _WHERE for t in p.subtree}
    spans_of = {id(e): sp for e, sp, _ in spans}
    named = [(e, "place" if r == "actor" and e is not None and id(e) in spans_of and spans_of[id(e)].root.i in where
              else r, n) for e, r, n in named]
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if owners and not any(r == "actor" for _, r, _ in named) and not extra["actor"]:
        names = resolve(owners[0])
        if len(names) == 1:
            extra = {**extra, "actor": [(names[0], owners[0].text)]}
            resolved = resolved if names[0] in resolved else [*resolved, names[0]]
    return named, theme, extra, resolved
