"""A news report's figure told over a period or at a sum: no happening, whatever the verb.

Judges of TimeBank rows rejected rows whose subject is a figure and nothing a party does: ``its
performance was hampered last quarter by discounting``, ``sales volume followed the trend of the
past year``, ``volume Thursday was estimated at 150 million shares``. (A stock's move, ``British Steel
skidded 1.74``, stays a happening with no actor: a judge of session 17 counted price moves as happenings.) :mod:`pipeline.events.figures` reads figures by
their change verbs (``rose``, ``fell``); these shapes carry the figure in the subject or the object
and any verb. Each asks for the figure word (``FIGURE_ONLY_SUBJECTS``: not prices, rates or stocks,
which a party sets or trades) and a sum, or a period date with the figure acted on (a passive), so a
party's act keeps its row.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import PERIOD_NOUNS
from pipeline.lexicon.report_words import FIGURE_ONLY_SUBJECTS

_SUM_ENTS = {"MONEY", "PERCENT", "QUANTITY"}


def _a_sum(tok: Any) -> bool:
    return tok.ent_type_ in _SUM_ENTS or tok.text == "$" or tok.lower_ in ("%", "percent", "cents", "shares")


def _figure_subject(verb: Any) -> bool:
    """"its performance", "sales volume", "the return": the verb's subject is a figure only."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIGURE_ONLY_SUBJECTS and
               c.ent_type_ not in ("ORG", "PERSON", "GPE") for c in verb.children)


def _a_period(verb: Any) -> bool:
    """"last quarter", "in the past year", "the past two months": a reporting period (not a day) dates the
    verb, read off the parse so a row the report's own date would date is read the same way."""
    for c in verb.children:
        heads = [c] if c.dep_ == "npadvmod" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        if any(h.lower_ in PERIOD_NOUNS and h.ent_type_ == "DATE" for h in heads):
            return True
    return False


def _at_a_sum(verb: Any) -> bool:
    """"was estimated at 150 million shares", "was 7.5%", "came to $3 million": a sum the verb puts the figure at."""
    for c in verb.children:
        if c.dep_ in ("attr", "acomp", "dobj", "oprd") and any(_a_sum(t) for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ in ("at", "to", "of") and any(_a_sum(t) for t in c.subtree):
            return True
    return False


def _had_a_sum(verb: Any, lemma: str | None) -> bool:
    """"had sales of about $154 million": ``have`` whose object is a sum of something (a flow told by its
    own noun, "had a net outflow", is that noun's row: pipeline.events.light_links)."""
    if lemma != "have" and verb.lower_ not in ("have", "has", "had", "having"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        any(p.dep_ == "prep" and p.lower_ == "of" and any(_a_sum(t) for t in p.subtree) for p in o.children) or
        any(c.dep_ == "nummod" and _a_sum(c) for c in o.children) for o in objects)


# Ends of a modifier that make a figure a period's: "third-quarter performance", "fiscal-year results".
_PERIOD_ENDS = ("quarter", "year", "month", "half", "fiscal", "quarterly", "annual", "yearly", "monthly")


def a_figure_told(verb: Any, lemma: str | None) -> bool:
    """Whether a news report's verb tells a figure over a period or at a sum, or is a period's figure
    noun itself ("the company's third-quarter performance", "December's figures"; see the module)."""
    if verb.pos_ == "NOUN":
        return verb.lower_ in FIGURE_ONLY_SUBJECTS and any(
            c.dep_ in ("amod", "compound", "nmod", "poss") and (c.lower_.endswith(_PERIOD_ENDS) or c.ent_type_ == "DATE")
            for c in verb.children)  # "December's figures"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _had_a_sum(verb, lemma):
        return True
    # Over a period, only what is done to the figure ("was hampered last quarter", "was widely cited last
    # week"): "sales collapsed in recent months" tells its course, which figures.py reads by its verb.
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return _figure_subject(verb) and ((passive and _a_period(verb)) or _at_a_sum(verb))
