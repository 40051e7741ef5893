"""A happening told as coming "with" another's own change is no party of it (issue 31, places and
bystanders are no parties; the sentence is invented): "Enlil rose to prominence during the 24th century BC
with the rise of Nippur" — Nippur rose, it took no part in Enlil's rise. The general rules read a means
noun's "of" object as acted on ("ended the pact with its invasion of Lusk": Lusk), right for an act on
someone, wrong for a change of the holder's own standing (:data:`pipeline.lexicon.nominal_patients.OWN_CHANGE_NOUNS`).
Read by :func:`pipeline.events.roles.trigger_roles`, which drops such heads from the trigger's parties.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.nominal_patients import OWN_CHANGE_NOUNS


def is_own_change_holder(head: Any, trigger: Any) -> bool:
    """Whether ``head`` is the "of" holder of an own-change noun that ``trigger`` came with or by."""
    of = head.head
    if head.dep_ not in ("pobj", "conj") or of.lower_ != "of" and head.dep_ == "pobj":
        return False
    while head.dep_ == "conj" and head.head.i != head.i:  # "the rise of Orm and Lusk"
        head, of = head.head, head.head.head
    noun = of.head
    if of.lower_ != "of" or noun.lower_ not in OWN_CHANGE_NOUNS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in ("with", "by", "through", "amid", "amidst") and prep.head.i == trigger.i
