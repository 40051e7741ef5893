"""Dates a news sentence writes for a figure's baseline or a term's end, not for its happening.

"Net income rose to $5 million from $4 million a year ago": "a year ago" dates the $4 million the rise
is measured from, not the rise, which happened in the period the report tells. "Notes due 2009", "bonds
maturing in 2010": the date is when a term runs out, a deadline no other happening of the sentence took
place at (the running out, "the offer expires Nov. 15", keeps it). :func:`dates_no_happening_here`
says which of those shapes a date is in; :mod:`pipeline.events.filters` then writes no row for it. Each shape asks for its whole
form (a figure right before the date and a preposition of comparison before the figure), so a date that
merely follows a number ("killed 40 people on Tuesday") keeps its row.
"""

from __future__ import annotations

from typing import Any

# Words that open the figure a change or a comparison is measured from: "rose from $4 million a year
# ago", "up from 3.1% in 1998", "more than the 400 a year earlier", "compared with 12 cents last year".
_BASELINE_OPENERS = {"from", "than", "versus", "vs", "vs.", "with", "over"}
# Words of a figure between the opener and the date: "$4 million", "3.1%", "12 cents a share".
_FIGURE_WORDS = {"$", "%", "percent", "million", "billion", "trillion", "thousand", "hundred", "cents", "cent",
                 "a", "share", "per", "dollars", "dollar", "yen", "marks", "francs", "pounds", "points", "point",
                 "the", "level", "levels", "figure", "tons", "barrels", "units", "c$", "us$", "a$", "£", "¥", "€"}
# Small words allowed between the figure and the date: "$4 million in 1998", "12 cents for the year-earlier
# quarter".
_LINKS = {"in", "for", "during", "at", "the", "of", "a", "an", ","}
# A term that runs out: "notes due 2009", "bonds maturing in 2010", "the offer expires Nov. 15".
_TERM_WORDS = {"due", "maturing", "matures", "mature", "matured", "expiring", "expires", "expire", "expired",
               "lapsing", "lapses"}
_TERM_LEMMAS = {"expire", "mature", "lapse"}


def _figure_word(tok: Any) -> bool:
    return tok.like_num or tok.lower_ in _FIGURE_WORDS or tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")


def baseline_of_a_comparison(span: Any) -> bool:
    """Whether a date comes right after the figure a change or a comparison is measured from: "rose to
    $5 million from $4 million a year ago", "up from 3.1% in 1998"."""
    doc = span.doc
    i = span.start - 1
    sent_start = span.sent.start
    while i >= sent_start and doc[i].lower_ in _LINKS:
        i -= 1
    figure = False
    numbers = False
    while i >= sent_start and _figure_word(doc[i]) and doc[i].lower_ not in _BASELINE_OPENERS:
        figure = True
        numbers = numbers or doc[i].like_num or doc[i].ent_type_ in ("MONEY", "PERCENT")
        i -= 1
    if not (figure and numbers) or i < sent_start:
        return False
    opener = doc[i].lower_
    if opener == "with":  # only "compared with", "compares with": "with 40 people in 1998" is no comparison
        return i > sent_start and doc[i - 1].lower_.startswith("compar")
    return opener in _BASELINE_OPENERS


def end_of_a_term(span: Any, trigger: Any | None, lemma: str | None) -> bool:
    """Whether a date is when a term runs out and the row's word is another: "sold notes due 2009" (the
    sale is not of 2009), "the offer, which expires Nov. 15, was raised". The running out itself keeps
    its date ("the offer expires Nov. 15": the expiry is of that day)."""
    doc = span.doc
    i = span.start - 1
    if i >= span.sent.start and doc[i].lower_ in ("in", "on", "by"):
        i -= 1
    if i < span.sent.start or doc[i].lower_ not in _TERM_WORDS:
        return False
    return trigger is None or (trigger.i != i and lemma not in _TERM_LEMMAS and trigger.lower_ not in _TERM_WORDS)


def dates_no_happening_here(span: Any, trigger: Any | None, lemma: str | None) -> str | None:
    """``"baseline"`` or ``"term"`` when the date is a comparison's baseline or a term's end (see the
    module's docstring), else None."""
    if baseline_of_a_comparison(span):
        return "baseline"
    if end_of_a_term(span, trigger, lemma):
        return "term"
    return None
