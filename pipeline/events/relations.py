"""Dates told with a relation, an opinion or a label: no happening, so no row (issue 33).

``capital gains offset the payments``, ``analysts speculated``, ``the dynasty is often compared with
the Qin dynasty (221–206 BC)``, ``historians place it between the third and seventh centuries``,
``proposed dates include 1009``, ``a worrisome sign``: the verb or noun the date hangs from tells how
things stand or how someone sees them. The events stage asks :func:`no_happening_told` after the
other row filters (:mod:`pipeline.events.filters`); a happening that shares such a verb keeps its
row (``troops were placed on alert``: no scholar places anything).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.happening_words import names_a_happening
from pipeline.lexicon.happenings import (
    EVALUATIVE_NOUNS, LABEL_VERBS, OPINION_VERBS, PLACING_VERBS, PRESENT_WORDS, RELATION_VERBS, SCHOLAR_NOUNS,
    STANDING_VERBS,
)
from pipeline.lexicon.stems import singulars

# A label comes with "as" ("described as"); a likeness with "with" or "to" ("compared with", "likened to"),
# which after another verb is a happening's ("was called to the Bar in 1730").
_LIKENESS_PREPOSITIONS = {"with", "to"}
_LIKENING = {"compare", "liken"}


def no_happening_told(span: Any, trigger: Any, lemma: str | None) -> str | None:
    """Why the trigger chosen for the date ``span`` tells no happening ("relation", "view", "state",
    "light"), or None when it may."""
    if trigger is None or lemma is None:
        return None
    if trigger.pos_ == "NOUN":
        return "state" if not singulars(trigger.lower_).isdisjoint(EVALUATIVE_NOUNS) else None
    if trigger.pos_ != "VERB":
        return None
    if lemma in RELATION_VERBS:
        return "state"
    if lemma == "base" and any(c.dep_ == "prep" and c.lower_ == "on" for c in trigger.children):
        return "state"  # "the estimate is based on sales in the first quarter": a relation
    if lemma in OPINION_VERBS and (lemma != "size" or any(c.dep_ == "prt" and c.lower_ == "up"
                                                           for c in trigger.children)):
        return "view"
    if lemma in LABEL_VERBS and _passive_or_present(trigger) and any(
            c.dep_ == "prep" and (c.lower_ == "as" or (c.lower_ in _LIKENESS_PREPOSITIONS and lemma in _LIKENING))
            for c in trigger.children):
        return "view"
    if lemma in STANDING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children) and \
            _stretch_word(span) in ("since", "until", "till", "throughout"):
        return "view"  # "recognized as pseudoscientific since the 18th century"
    if lemma == "know" and _known_by(trigger):
        return "view"  # "was known as Vell after 1599", "known after 1911 as Mondrian": a name or fame held
    if lemma in _JUDGING_VERBS and _passive_or_present(trigger) and any(
            c.dep_ in ("oprd", "dobj") for c in trigger.children) and \
            any(c.dep_ == "auxpass" for c in trigger.children):
        return "view"  # "1944–1945 are deemed the decisive phase": a judgement of the time, not a happening
    if lemma in PLACING_VERBS and _placed_by_scholars(trigger):
        return "view"
    if _state_now(span, trigger):
        return "state"
    if lemma == "have" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in trigger.children):
        return "state"  # "particles which must have bodies much smaller than atoms": a guess at a state
    if lemma == "make" and _makes_it_so(trigger):
        return "state"  # "the growth rate between 2010 and 2020 made it one of the fastest-growing cities"
    if lemma == "include" and trigger.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "dobj" and any(t.i in range(span.start, span.end) for t in c.subtree)
            for c in trigger.children):
        return "light"  # "proposed dates include 1009": a list of dates, no happening
    if lemma == "involve" and not any(names_a_happening(c) for c in trigger.children if c.dep_ == "nsubj"):
        return "light"  # what a thing involved is a relation (a happening subject took the row before)
    return None


def _known_by(verb: Any) -> bool:
    """"was known as Vell", "known after 1911 as Piet Mondrian", "was widely known by 1600": being known
    is a standing (the passive or a participle after a noun); "first known" is a first record and stays,
    and so does the active ("she knew him from 1920")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl")
    return passive and not any(c.lower_ == "first" for c in verb.children)


def _passive_or_present(verb: Any) -> bool:
    """"is described", "was regarded", "describes": a label's tenses (an active past, "critics described
    him as a genius in 1920", is a saying of that year and stays)."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children))


def _placed_by_scholars(verb: Any) -> bool:
    """"historians place it between …", "most scholars date the poem to 1000": the scholars' view of
    when something was. "Troops were placed on alert" has no scholar and stays."""
    holders = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]  # "dated by scholars"
    return any(not singulars(h.lower_).isdisjoint(SCHOLAR_NOUNS) for h in holders)


# Verbs of judging taking a bare complement in the passive ("is deemed the decisive phase", "was considered
# a triumph"); "called" and "named" are left out: "was named the best player in 1990" is an award.
_JUDGING_VERBS = {"deem", "consider", "regard", "reckon", "judge", "think", "believe"}
_MODALS = {"must", "may", "might", "could", "would", "should", "can"}


def _stretch_word(span: Any) -> str | None:
    """The preposition the date follows ("since", "until", "in" ...), or None."""
    root = span.root
    return root.head.lower_ if root.dep_ == "pobj" else (
        span.doc[span.start - 1].lower_ if span.start > 0 else None)


def _state_now(span: Any, trigger: Any) -> bool:
    """"is now operating out of the offices", "has dominated the city for almost five months" dated "now":
    a present progressive, or a perfect that lasts "for" a stretch, told of now is a state that holds, no
    happening of the report's day ("has now withdrawn" is one and stays)."""
    if span.text.lower() not in PRESENT_WORDS:
        return False
    aux = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    progressive = trigger.tag_ == "VBG" and bool(aux & {"is", "are", "am", "'s", "'re"})
    lasting = bool(aux & {"has", "have", "'s", "'ve"}) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children)
    return progressive or lasting


def _makes_it_so(verb: Any) -> bool:
    """"the growth rate made it one of the fastest-growing cities": "make" with an object and what it made
    the object, whose subject is a thing or a figure, not a party or a happening, tells a standing."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    made = any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in verb.children)
    return made and bool(subjects) and all(
        s.pos_ == "NOUN" and not s.ent_type_ and not names_a_happening(s) for s in subjects)
