"""Happening words of a news report that the parse hides from the past-tense reading (pipeline.events.past_tense).

The report-dated rows (pipeline.events.document_dated) stand on the words the parse tags as past verbs or as
event nouns under them. These shapes of real news (AQUAINT) lost such rows although the happening is told
as past:

* An event noun the tagger read as a verb ("perished on the boat wreck her son survived": "wreck" tagged
  ``VB`` as the object of "on"). A base-form verb is never the object of a preposition or a verb, nor takes
  a determiner: :func:`noun_read_as_verb` takes it for the noun it is.
* A clause after "after", "following" or "since" hung from a verb's object instead of the verb ("allowed the
  extension of the deadline after rejecting a court order"): the rejecting happened before the extension
  the past verb tells. :func:`noun_governor` gives the verb that object hangs from.
* A decision told by what it does now ("the government decision to return the boy does not guarantee …"):
  taken before the report (:func:`decision_in_force`).
* A deadline granted ("has given the relatives until Tuesday to sign"): "give" alone tells nothing, giving
  time up to a day does (:func:`grants_time`).
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import DECIDED_NOUNS

# Where a noun sits and a base-form verb never does: the object of a preposition or of a verb, a subject.
_NOUN_SLOTS = {"pobj", "dobj", "nsubj", "nsubjpass"}
# The words that only open a noun phrase: "the boat wreck", "a wreck", "their wreck".
_NOUN_OPENERS = {"det", "poss"}


def noun_read_as_verb(tok: Any) -> bool:
    """Whether a word the tagger read as a base-form verb is a noun: it sits in a noun's slot and a
    determiner or possessive opens its phrase ("on the boat wreck", "after the crash"). A gerund ("after
    rejecting") or a clause verb is no such noun."""
    return tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBP") and tok.dep_ in _NOUN_SLOTS and \
        any(c.dep_ in _NOUN_OPENERS for c in tok.children) and \
        not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children)


def noun_governor(word: Any) -> Any | None:
    """The verb a noun hangs from as its object, through a preposition's phrase ("allowed the extension of
    the deadline": allowed), or None; ``word`` is the noun a clause was hung from."""
    head = word
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.dep_ not in ("dobj", "pobj", "prep", "nsubjpass") or head.head.i == head.i:
            return None
        head = head.head
    return None


def decision_in_force(tok: Any) -> bool:
    """Whether a definite noun of a decision taken (lexicon DECIDED_NOUNS) is the subject of a verb in the
    present ("the government decision to return the boy does not guarantee …", "the court's ruling allows"):
    a decision that acts now was taken before the report, as a past verb would have told it. Not a decision
    still awaited ("the decision is expected", "the ruling will come"): :func:`_present` refuses a modal,
    and the caller's modality and plan checks refuse the rest."""
    if tok.pos_ != "NOUN" or tok.lower_ not in DECIDED_NOUNS or tok.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False
    return _present(tok.head)


def _present(verb: Any) -> bool:
    """A verb in the simple present, told of now ("does not guarantee", "allows"): no modal, no future, no
    expectation ("is expected", "is due")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.tag_ == "TO" for c in aux) or verb.lower_ in _AWAITED:
        return False
    if any(c.dep_ in ("xcomp", "acomp") and c.lower_ in _AWAITED for c in verb.children):
        return False  # "the ruling is due", "is expected to"
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and any(c.lower_ in ("does", "do") for c in aux))


# Words that tell a thing as still to come: "the decision is expected", "the ruling is due next week".
_AWAITED = {"expected", "due", "awaited", "pending", "likely", "set", "scheduled", "come", "comes"}


# Verbs that grant time, and the prepositions that say how long: "has given the relatives until Tuesday".
_GRANTING = {"give", "grant", "allow"}
_UNTIL = {"until", "till", "through"}


def grants_time(verb: Any, lemma: str | None) -> bool:
    """Whether a light verb grants a stretch of time up to a day ("the agency has given the relatives until
    9 a.m. Tuesday to sign"): setting that deadline is a happening before the report, though "give" alone
    tells none (the date after "until" is the deadline's, not the giving's)."""
    return lemma in _GRANTING and any(c.dep_ == "prep" and c.lower_ in _UNTIL for c in verb.children)
