"""Decades that describe a party or a thing, and a term's bounds: dates of a history lead that date no happening.

Blind judges of Wikipedia leads called these rows "no real happening" (issue 33, when and what):

- a decade after "of" inside the subject: ``the relatively independent Orm Party of the early 1920s
  subordinated itself to Tarvia``, ``Ethnic Orms in Tarvia of the 1920s enjoyed autonomy``: the decade
  says which party or place, not when the verb happened (``the crisis of the 1920s`` names a happening,
  and ``the end of the 1920s`` is a time: both keep the date);
- a decade after "of" in what someone became: ``she became one of the most popular sex symbols of
  the 1950s`` (the decade's, not the becoming's);
- a bare decade before a common noun in a describing participle: ``Rooted in 1950s rock 'n' roll,
  their sound …``, ``Influenced by 1960s soul``: a style of the decade, no happening;
- a term's bounds: ``It was originally applied to events that came after the Middle Ages, often from
  around the year 1500``: the date marks what a word covers, in a clause about the things named.

Centuries and millennia that describe are :mod:`pipeline.events.era_dates`'s (which calls this).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.events.modality import forms as verb_forms

_DECADE = re.compile(r"\b\d{2,3}0s\b")
# Nouns of a part or a stretch of time: "the end of the 1920s" dates what happened then.
_TIME_PARTS = {"end", "beginning", "start", "middle", "half", "part", "course", "years", "decade", "spring", "summer",
               "autumn", "fall", "winter", "turn", "close", "dawn", "height", "peak", "rest", "remainder", "time",
               "period", "era", "days", "months", "mid", "onset", "outset", "latter", "first", "second", "last"}
_SUBJECTS = {"nsubj", "nsubjpass"}
# Verbs by which a word is given what it covers: "was applied to events that …", "is restricted to".
_TERM_VERBS = {"apply", "refer", "restrict", "confine", "limit", "use"}


def decade_describes(span: Any, trigger: Any, lemma: str | None) -> str | None:
    """Why a decade (or a date in a term's scope) dates no happening here ("description", "label"), or None."""
    if _a_terms_scope(trigger):
        return "label"
    if not _DECADE.search(span.text):
        return None
    if _of_a_subject(span, trigger, lemma):
        return "description"
    if _a_style_of_the_decade(span, trigger):
        return "description"
    return None


def _of_a_subject(span: Any, trigger: Any, lemma: str | None) -> bool:
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "of the 1950s and early 1960s"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == trigger.i or span.start <= noun.i < span.end or \
            noun.lower_ in _TIME_PARTS or names_a_happening(noun):
        return False
    tok = noun
    for _ in range(12):  # up to the subject of the trigger: "Ethnic Orms in Tarvia of the 1920s enjoyed"
        if tok.dep_ in _SUBJECTS and tok.head.i == trigger.i:
            return trigger.pos_ in ("VERB", "AUX")
        if tok.dep_ == "attr" and tok.head.i == trigger.i and lemma in ("be", "become"):
            return True  # "she became one of the most popular sex symbols of the 1950s"
        if tok.head.i == tok.i or tok.dep_ not in ("prep", "pobj", "compound", "appos", "conj") and tok.i != noun.i:
            return False
        tok = tok.head
    return False


def _a_style_of_the_decade(span: Any, trigger: Any) -> bool:
    """A bare decade before a common noun (no "the": a style, "1950s rock 'n' roll") in the phrase of a
    participle that says what something was rooted in or drew on, the trigger, with no auxiliary."""
    root = span.root
    if span[0].lower_ == "the" or root.dep_ not in ("nummod", "compound", "amod", "nmod") or root.head.i <= root.i:
        return False
    noun = root.head
    if noun.pos_ != "NOUN" or names_a_happening(noun) or noun.i == trigger.i:
        return False
    prep = noun.head
    return noun.dep_ == "pobj" and prep.head.i == trigger.i and trigger.tag_ == "VBN" and \
        trigger.dep_ in ("advcl", "acl", "amod") and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)


def _a_terms_scope(trigger: Any) -> bool:
    """``It was originally applied to events that came after the Middle Ages, often from around 1500``:
    the trigger is a relative clause on what a word was applied or restricted to; its date bounds the
    word's use, no happening."""
    if trigger.dep_ != "relcl" or trigger.pos_ != "VERB":
        return False
    noun = trigger.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    if not verb_forms(verb) & _TERM_VERBS:
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubjpass" and c.lower_ in ("it", "term", "word", "name", "label", "phrase") for c in verb.children)
