"""The party a happening was done to, when the model swallowed the happening and the party into one name
(issue 31, every named party listed; the sentence is invented): "It dates back to the Christianization
of the Kingdom of Lusk by Orm missionaries in 330": the model takes "the Christianization of the Kingdom
of Lusk" for one body, and a name that covers its own trigger is none of its parties, so the kingdom was
lost. The name after the happening's "of" is the one it was done to.

Only a noun of a happening done to a people or a state (:mod:`pipeline.events.nominal_patients`,
:data:`pipeline.lexicon.nominal_roles.DONE_TO_STATE_NOUNS`) that opens a body's or a state's name
(after "the"), and only a capitalised name after its "of".
"""

from __future__ import annotations

from typing import Any

from pipeline.events.nominal_patients import is_done_to_people
from pipeline.events.tree import pobjs
from pipeline.lexicon.nominal_patients import ASSIMILATION_ENDINGS
from pipeline.lexicon.nominal_roles import DONE_TO_STATE_NOUNS

_LABELS = frozenset({"ORG", "GPE", "NORP", "EVENT"})


def _done_to(trigger: Any) -> bool:
    return trigger.pos_ in ("NOUN", "PROPN") and (is_done_to_people(trigger) or trigger.lower_ in DONE_TO_STATE_NOUNS
                                                   or trigger.lower_.endswith(ASSIMILATION_ENDINGS))


def swallowed_patients(trigger: Any, spans: list, by_text: dict[str, str]) -> list:
    """(None, "participant", name) for the name after "of" in a body's name the trigger opens (see the module);
    a verb's row told through the happening ("dates back to the Christianization of …") reads the noun."""
    if trigger.pos_ == "VERB":  # "dates back to", "goes back to": the aspect link's verb carries the roles
        holders = [trigger, *(c for c in trigger.children if c.dep_ == "advmod")]
        nouns = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                 for g in pobjs(p) if _done_to(g)]
        trigger = nouns[0] if len(nouns) == 1 else trigger
    if not _done_to(trigger):
        return []
    for entity, span, _ in spans:
        if entity.label not in _LABELS or not span.start <= trigger.i < span.end:
            continue
        words = [t for t in span if t.lower_ != "the" or t.i > trigger.i]
        if not words or words[0].i != trigger.i or trigger.i + 2 >= span.end or span.doc[trigger.i + 1].lower_ != "of":
            return []
        rest = span.doc[trigger.i + 2:span.end]
        rest = rest[1:] if rest[0].lower_ == "the" else rest
        if not len(rest) or not rest[0].text[:1].isupper():
            return []
        end = rest.start
        while end < rest.end and (span.doc[end].text[:1].isupper() or span.doc[end].lower_ == "of"):
            end += 1  # "the Kingdom of Aksum by": the model's span runs on past the name
        while end > rest.start and not span.doc[end - 1].text[:1].isupper():
            end -= 1
        name = span.doc[rest.start:end].text
        return [(None, "participant", by_text.get(name, name))]
    return []
