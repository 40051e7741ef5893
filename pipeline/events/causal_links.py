"""Causal and mental links that are not the happening (issue 33 item 5: "the trigger is the happening's
word"; blind judges' misses on history leads, retold with invented names).

- "His conquest of Lusk gave Tarvia the upper hand in 1415": what the subject's happening gave is an
  advantage, no happening of its own; the row is the conquest (:func:`causal_happening`).
- "The war led, by the Treaty of Vell in 1420, to his recognition as heir": a date told between "led" and
  its "to" is the outcome's (the recognition), as "the fire led to four deaths on Sunday" is.
- "Excavations of Ugarit show evidence of occupation since the 8th millennium BC": what the find shows
  is the happening (the occupation), the showing none.
- "By about 1920 it can be considered as over", "in 1920 he was regarded as the finest painter": a
  judgement told in the passive with its "as" dates a state, no happening (:func:`judged_state`: no row).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening

# What a happening gives a party that is no happening: "gave Tarvia the upper hand", "gave Orm an edge".
_ADVANTAGE_NOUNS = {"hand", "advantage", "edge", "upper", "lead", "boost", "impetus", "momentum", "leverage"}
# Verbs of consequence whose outcome comes after "to" or "in": "led to his recognition", "resulted in".
_OUTCOME_PREPOSITIONS = {"lead": "to", "result": "in", "contribute": "to"}
# Verbs by which a find shows a happening, and what it shows: "show evidence of occupation since …".
_SHOWING_LEMMAS = {"show", "reveal", "provide", "yield", "give", "contain", "offer"}
_EVIDENCE_NOUNS = {"evidence", "traces", "trace", "signs", "sign", "remains", "proof", "indications"}
# Verbs of judging whose passive with "as" tells how a thing was seen, not what happened.
_JUDGING_FORMS = {"considered", "regarded", "deemed", "viewed", "seen", "reckoned", "thought", "judged",
                  "characterized", "characterised", "described", "perceived"}


def causal_happening(verb: Any, lemma: str, span: Any) -> Any | None:
    """The word naming the happening when ``verb`` (lemma ``lemma``) only links to it causally, or None."""
    inside = range(span.start, span.end)
    children = list(verb.children)
    if lemma == "give" and any(c.dep_ == "dobj" and c.lower_ in _ADVANTAGE_NOUNS for c in children):
        # "His conquest of Lusk gave Tarvia the upper hand in 1415": the conquest.
        return next((c for c in children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in inside and
                     c.i < verb.i and names_a_happening(c)), None)
    if lemma in ("lead", "result", "contribute") and span.start > verb.i:
        # "led, by the Treaty of Vell in 1420, to his recognition as heir": an outcome after the date;
        # "resulted in the end of Lancaster's male line in 1471": an end of something is an outcome too.
        word = _OUTCOME_PREPOSITIONS[lemma]
        return next((g for p in children if p.dep_ == "prep" and p.lower_ == word
                     for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i not in inside and
                     g.ent_type_ not in ("DATE", "TIME") and (p.i >= span.end or g.lower_ == "end") and
                     (names_a_happening(g) or (g.lower_ == "end" and _has_of(g)))), None)
    if lemma in _SHOWING_LEMMAS:
        # "excavations of Ugarit show evidence of occupation since the 8th millennium BC": the occupation.
        return next((h for c in children if c.dep_ == "dobj" and c.lower_ in _EVIDENCE_NOUNS
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for h in p.children if h.dep_ == "pobj" and h.pos_ == "NOUN" and h.i not in inside and
                     names_a_happening(h)), None)
    return None


def _has_of(noun: Any) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children)


def judged_state(verb: Any) -> bool:
    """Whether ``verb`` is a passive judging with "as" ("can be considered as over", "was regarded as the
    finest"), no agent: it tells how a thing stood, no happening of the date."""
    if verb.lower_ not in _JUDGING_FORMS or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    doc = verb.doc
    return any(c.lower_ == "as" and c.dep_ in ("prep", "advmod", "mark") for c in verb.children) or \
        (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "as")  # "considered as over": "as" hung on "over"
