"""Eras that describe a thing or a life, not a happening: "a major figure of 20th-century literature".

A biography's lead places its subject in an era: "one of the greatest conductors of the 20th century",
"among the most accomplished 17th-century artists", "a mathematician who lived during the 1st
millennium BCE", a custom kept "to this day". The century describes a noun (who or what the person
was) or the span of a life; no happening of the sentence is dated by it. Only century- and
millennium-wide dates are read so (a year or a decade before a noun often dates its making: "his
1874 pamphlet"), and a happening noun keeps its era ("the 17th-century revolts").
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.decade_dates import decade_describes
from pipeline.events.happening_words import names_a_happening
from pipeline.events.dated_things import later_use
from pipeline.lexicon.made_things import MAKING_FORMS

_ERA = re.compile(r"\b(?:centur(?:y|ies)|millenni(?:um|a))\b", re.I)
# Links by which a date describes the noun it hangs on: "20th-century literature", "the 17th century's artists".
_DESCRIBING = {"compound", "amod", "nmod", "npadvmod", "poss"}
# Verbs that tell a life or a working life in an era, not one happening: "lived during", "worked in", "flourished".
_LIFE_VERBS = {"live", "work", "flourish", "active"}
# "continues to be used to this day", "survives to the present day": a state up to now.
_UP_TO_NOW = re.compile(r"^(?:this|the present|our own|the current) day$", re.I)


def era_describes(span: Any, trigger: Any, trigger_lemma: str | None) -> str | None:
    """Why a century or millennium (or "to this day") dates no happening here; None when it may."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("to", "until", "till") and _UP_TO_NOW.match(span.text):
        return "state"
    if periodisation(trigger, trigger_lemma):
        return "era"
    if (decade := decade_describes(span, trigger, trigger_lemma)) is not None:
        return decade  # "the Orm Party of the early 1920s subordinated", "Rooted in 1950s rock" (decade_dates)
    if not _ERA.search(span.text):
        return None
    if trigger_lemma in _LIFE_VERBS:
        return "lifespan"
    if later_use(span, trigger):
        return "thing"  # "the 3rd-century BCE Septuagint text used in Lusk" (pipeline.events.dated_things)
    if (described := _era_before_a_noun(span)) is not None and described.i != trigger.i and \
            not _its_making(trigger, described):
        return "thing"  # "the 3rd-century BCE Septuagint text", "the 2nd century BCE Hellenistic king Orm IV"
    tok = _content_root(span)
    described = None
    while tok.dep_ in _DESCRIBING and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN", "ADJ") and \
            not span.start <= tok.head.i < span.end:
        tok = tok.head  # "20th-century literature" → literature; "the 2nd century BCE Hellenistic king" → king
        described = tok if tok.pos_ != "ADJ" else described
    if described is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        described = tok.head.head  # "the greatest conductors of the 20th century" → conductors
    if described is None or described.i == trigger.i and names_a_happening(described):
        return None
    return None if names_a_happening(described) or _its_making(trigger, described) else "thing"


_TIME_PREPOSITIONS = {"in", "during", "throughout", "since", "until", "till", "after", "before"}


def _content_root(span: Any) -> Any:
    """The span's root, past a determiner the parser hung on the noun ("the 7th–6th century BC Empire":
    "the" and "century" both hang on "Empire"; the date's word is "century")."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if root.dep_ != "det" or (before is not None and before.lower_ in _TIME_PREPOSITIONS):
        return root  # "In the 15th-century Leonardo designed", "began during the 16th-century Reformation": a time
    heads = [t for t in span if t.dep_ != "det" and not span.start <= t.head.i < span.end]
    return heads[0] if heads else root


# Nouns of a stretch of history a historian marks off: "the Orm period", "the Bronze Age", "the history of Orm".
_PERIOD_HEADS = {"period", "era", "age", "epoch", "history", "prehistory", "phase", "stage"}
# Verbs that say where such a stretch lies: "running from 794 to 1185", "begins with the sites of 3000 BC".
_SPANNING = {"run", "last", "span", "extend", "stretch", "cover", "begin", "start", "end", "date", "range", "continue"}


def periodisation(trigger: Any, lemma: str | None) -> bool:
    """``The Orm period is the last division of Tarvian history, running from 794 to 1185``, ``the
    history of Orm begins with the sites of 3000 BC``: a period's label placed on the calendar is a
    historian's division, no happening (blind judges of history leads: not a happening). The subject
    must be a named period (a capitalised word before it, or "of" a name) or history itself; "a period of
    unrest began" names a happening, and stays."""
    if lemma not in _SPANNING or trigger.pos_ not in ("VERB", "AUX"):
        return False
    clause = trigger
    if trigger.dep_ in ("advcl", "acl", "xcomp") and trigger.tag_ == "VBG":
        clause = trigger.head  # "…, running from 794 to 1185": the participle tells of the sentence's subject
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.dep_ == "acl" and clause.pos_ in ("NOUN", "PROPN"):
        subjects = [clause]
    return any(_a_named_period(s) for s in subjects)


def _a_named_period(noun: Any) -> bool:
    if noun.lower_ not in _PERIOD_HEADS:
        return False
    named = any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in noun.children)
    of_name = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "LOC", "ORG")) for g in c.children)
        for c in noun.children)
    if noun.lower_ in ("history", "prehistory"):
        return of_name or any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in noun.children)
    return named and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
        names_a_happening(g) for g in c.children if g.dep_ == "pobj") for c in noun.children)


def _its_making(trigger: Any, described: Any) -> bool:
    """Whether the trigger is a participle telling how the described thing was made ("the 10th-century
    Tarsk Text compiled by the Lusks": the century is the compiling's), not how it was used later."""
    return trigger.tag_ == "VBN" and trigger.head.i == described.i and trigger.lower_ in MAKING_FORMS and \
        trigger.lower_ != "used"


# Prepositions after which a century opens a clause's time ("In the 2nd century BCE Hellenistic culture spread").
_OPENING_PREPOSITIONS = _TIME_PREPOSITIONS | {"by", "from", "around", "through", "to", "c.", "circa", "about", "within",
                                             "into"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _era_before_a_noun(span: Any) -> Any | None:
    """The noun a century written before it describes, read off the words where the parse of a "BCE" after
    the century goes astray: "the 3rd-century BCE Septuagint text" → text, "the 2nd century BCE Hellenistic
    king Orm IV" → IV. Only a century ("the 3rd-century", or followed by an adjective) that no preposition
    of time opens, and a noun phrase not followed by a finite verb (else the century may date that clause:
    "the 2nd century BCE Orm built …"); None when the phrase's head names a happening ("the 17th-century
    revolts") or for any other shape."""
    doc = span.doc
    first = span.start
    if doc[first].lower_ in ("the", "a"):
        first += 1
    if span.start > 0 and doc[span.start - 1].lower_ in _OPENING_PREPOSITIONS:
        return None
    if span.end >= len(doc) or not re.search(r"centur(?:y|ies)|millenni(?:um|a)", span.text, re.I):
        return None
    hyphened = "-" in span.text or "‑" in span.text
    nxt = doc[span.end]
    if not (nxt.pos_ == "ADJ" or (hyphened and nxt.pos_ in ("NOUN", "PROPN", "ADJ"))):
        return None
    i = span.end
    while i < len(doc) and doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and doc[i].ent_type_ not in ("DATE", "TIME"):
        i += 1
    head = doc[i - 1]
    if head.pos_ not in ("NOUN", "PROPN") or (i < len(doc) and doc[i].tag_ in _FINITE) or names_a_happening(head):
        return None
    return head
