"""A gathering told by a participle describing its people: "read Wednesday night to several thousand rallying
scientists" tells a rally that night, "the troops fired on striking miners in 1926" a strike of 1926.

The date hangs from the clause's verb ("read", "fired"), whose row the events stage makes; the participle
(lexicon GATHERING_PARTICIPLES) describing a noun of that same clause gets a row of its own at that date
(the events stage's pending conjuncts), named by its verb's lemma. Only a participle before its noun ("rallying scientists"): one after
it ("scientists rallying for …") is a clause of its own, which may tell another time.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import GATHERING_PARTICIPLES

# How a noun hangs in its verb's clause: its subject, its object, a preposition's object.
_ARGUMENT_LINKS = {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "dative", "conj", "appos"}


def gathering_participles(verb: Any, span: Any) -> list[Any]:
    """The gathering participles ("rallying", "striking") describing a noun of ``verb``'s own clause, not of
    a clause under it; empty when the verb is no verb or the date (``span``) is the participle's noun's."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    found = []
    for tok in verb.subtree:
        # The tagger reads it as a participle or as a noun compounded on the people ("rallying scientists").
        if tok.dep_ not in ("amod", "compound") or tok.lower_ not in GATHERING_PARTICIPLES or tok.i > tok.head.i:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        clause_verb = _clause_verb(tok.head)
        if clause_verb is not None and clause_verb.i == verb.i and not (span.start <= tok.head.i < span.end):
            # Tagged a noun, the word has no lemma of a verb: the row names the verb's ("rally").
            tok.lemma_ = GATHERING_PARTICIPLES[tok.lower_]
            found.append(tok)
    return found


def _clause_verb(noun: Any) -> Any | None:
    """The verb whose clause a noun is an argument of, through prepositions and conjuncts; None past a
    clause boundary or the root."""
    head = noun
    for _ in range(6):
        if head.dep_ not in _ARGUMENT_LINKS or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None
