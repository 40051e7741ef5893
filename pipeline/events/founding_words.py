"""Foundings told with other words: "laid the foundation of Lusk rule in 1192", "marks c. 1400 as the founding
year of the sultanate" (issue "when and what": the trigger names the happening).

"Laid the foundation(s) of X" is a founding, whatever noun the parser hangs the date on (the ruled
realm, a misread "rule"): :func:`laying_verb` gives the row to "laid", and :func:`laid_foundation`
tells :mod:`pipeline.events.phrase_triggers` to write "found". "Convention marks c. 1400 as the founding
year of the sultanate" dates the founding, not a marking: :func:`year_of_happening` gives the happening
word that names the year.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import parse_lemma, happening_after_of, names_a_happening

_LAY_FORMS = {"lay", "lays", "laid", "laying"}
_FOUNDATION_NOUNS = {"foundation", "foundations", "cornerstone", "groundwork", "basis", "bases"}
# Verbs that give a date as a happening's year: "marks c. 1400 as the founding year", "gives 1066 as the date of".
_MARKING_VERBS = {"mark", "give", "cite", "set", "put", "place", "accept", "take", "regard", "consider",
                  "record", "list", "fix", "establish", "identify"}
_YEAR_NOUNS = {"year", "date", "day", "time", "moment", "beginning", "start"}


def laid_foundation(verb: Any) -> bool:
    """Whether ``verb`` is "laid" with the foundation(s) as its object ("laid the foundations of the state")."""
    return verb.lower_ in _LAY_FORMS and any(c.dep_ == "dobj" and c.lower_ in _FOUNDATION_NOUNS
                                             for c in verb.children)


def laying_verb(tok: Any, span: Any) -> Any | None:
    """"Tarvin laid the foundation of Lusk rule in Vell in 1192": the date the parser hangs on a word of
    the founded thing ("rule") belongs to the laying; None when ``tok`` is no part of such a phrase."""
    inside = range(span.start, span.end)
    t = tok
    for _ in range(4):
        if laid_foundation(t):
            return t if t.i != tok.i else None
        if t.head.i == t.i or t.i in inside:
            return None
        if t.lower_ in _FOUNDATION_NOUNS and t.dep_ == "dobj":
            t = t.head
            continue
        if t.dep_ not in ("pobj", "prep", "ccomp", "compound", "amod", "nmod") and not (
                t.dep_ == "dobj" and t.head.lower_ in _LAY_FORMS):
            return None
        t = t.head
    return None


def year_of_happening(verb: Any, span: Any) -> Any | None:
    """"Convention marks c. 1400 as the founding year of the sultanate": a verb that gives the date (its
    object, inside the date) "as" a happening's year; the happening's word ("founding"), or the happening
    after the year's "of" ("as the year of the conquest"). None for any other shape."""
    if verb.pos_ != "VERB" or parse_lemma(verb) not in _MARKING_VERBS and verb.lower_.rstrip("s") not in _MARKING_VERBS:
        return None
    inside = range(span.start, span.end)
    if not any(c.i in inside and c.dep_ in ("dobj", "npadvmod", "nsubjpass") for c in verb.children) and \
            span.root.head.i != verb.i:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for year in prep.children:
            if year.dep_ != "pobj" or year.lower_ not in _YEAR_NOUNS:
                continue
            for m in year.children:
                if m.dep_ in ("amod", "compound") and m.i < year.i and (
                        m.tag_ == "VBG" or (m.pos_ == "NOUN" and names_a_happening(m))):
                    return m  # "the founding year", "the coronation date"
            if (after := happening_after_of(year)) is not None:
                return after  # "as the year of the conquest"
    return None
