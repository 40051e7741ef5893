"""Parties of a happening given as an example of what a clause's object was (issue 31, "the subject of
a nominal happening is its actor"; the sentences are invented):

- "Vell made significant changes, including adoption of the name Orm's Witnesses in 1931": the adoption
  is one of the changes Vell made, so Vell adopted it (:func:`listing_subjects`);
- "He received many accolades, including being named Tarvian Player of the Year in 1998": being named is
  one of the accolades he received, so he is the one named (:func:`listed_receivers`); whoever did the
  naming is not said, and the receiver never acts.

Only a happening after "including" (or "such as", "like") hung on the direct object of a verb whose own
subject is written (a name or a pronoun, resolved like any subject); an example of a passive clause's
object, or of an object of a clause with no subject, is left alone (precision first).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import SUBJECTS
from pipeline.lexicon.companies import RECEIVING_VERBS

_LISTING = ("including", "like", "as")


def _listing_verb(trigger: Any) -> Any:
    """The verb whose object ``trigger`` is an example of ("made changes, including adoption"), or None."""
    prep = trigger.head
    if trigger.dep_ not in ("pobj", "pcomp") or prep.lower_ not in _LISTING or prep.dep_ != "prep":
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None  # only "such as"
    listed = prep.head
    if listed.pos_ != "NOUN" or listed.dep_ != "dobj" or listed.head.pos_ != "VERB":
        return None
    return listed.head


def _subjects(verb: Any) -> list:
    return [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in ("PROPN", "PRON")]


def listing_subjects(trigger: Any) -> list:
    """The subject of the verb a happening noun is an example of the object of (not a verb of receiving)."""
    verb = _listing_verb(trigger) if trigger.pos_ == "NOUN" else None
    if verb is None or verb.lower_ in RECEIVING_VERBS:
        return []
    return _subjects(verb)


def listed_receivers(trigger: Any) -> list:
    """The subject of a verb of receiving a happening is an example of the object of ("received
    accolades, including being named X"): the one it was done to."""
    verb = _listing_verb(trigger)
    if verb is None or verb.lower_ not in RECEIVING_VERBS:
        return []
    return _subjects(verb)
