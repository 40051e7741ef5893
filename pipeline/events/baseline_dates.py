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

import re
from datetime import date
from typing import Any

from pipeline.lexicon.happenings import REPORTED_FIGURES, SPEECH_VERB_FORMS
from pipeline.lexicon.report_words import FORECAST_NOUNS

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
# A term that runs out: "notes due 2009", "bonds maturing in 2010", "the offer expires Nov. 15"; a payment
# day: "a dividend payable Dec. 15".
_TERM_WORDS = {"due", "maturing", "matures", "mature", "matured", "expiring", "expires", "expire", "expired",
               "lapsing", "lapses", "payable"}
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
    return _opens_a_comparison(doc, i, sent_start)


def baseline_before_its_figure(span: Any) -> bool:
    """Whether a date right after a preposition of comparison names the period of the figure that follows it:
    "compared with year-earlier profit of $3.8 million", "up from year-ago levels"."""
    doc = span.doc
    i = span.start - 1
    sent_start = span.sent.start
    if i >= sent_start and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i < sent_start or span.end >= span.sent.end or not _opens_a_comparison(doc, i, sent_start):
        return False
    after = doc[span.end]
    return after.lower_ in REPORTED_FIGURES or _figure_word(after) and after.lower_ not in ("a", "the")


def _opens_a_comparison(doc: Any, i: int, sent_start: int) -> bool:
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


# Nouns of a day something must be done by: "set a deadline of Jan. 15", "a Jan. 15 deadline", "the
# record date of Dec. 1". The setting, extending or announcing of it is not of that day.
_DEADLINE_NOUNS = {"deadline", "deadlines", "date", "target", "cutoff", "cut-off", "expiry", "expiration", "maturity"}
# Verbs that move a term or a deadline: "extended the loan until March 1992", "postponed the vote to Friday"
# (word forms: the pipeline runs without a lemmatizer).
# Granting a time is setting a deadline too: "has given the relatives until 9 a.m. Tuesday to sign".
_MOVING_VERBS = re.compile(r"(?:extend|postpon|delay|defer|adjourn|prolong|renew|reschedul|gave$|give|grant|allow)\w*$")
_UNTIL = {"until", "till", "til", "to", "through", "into"}
# Verbs that tell or weigh a figure: "said third-quarter income fell", "reported fiscal 1990 sales of …".
_FIGURE_TELLING = SPEECH_VERB_FORMS | {"post", "posts", "posted", "posting", "estimate", "estimates", "estimated",
                                       "estimating", "forecast", "forecasts", "forecasting", "project", "projects",
                                       "projected", "projecting", "predict", "predicts", "predicted", "predicting",
                                       "attribute", "attributes", "attributed", "attributing", "blame", "blames",
                                       "blamed", "blaming"}


def day_of_a_deadline(span: Any, trigger: Any | None) -> bool:
    """Whether the date is a deadline's or a due day's, and the row's word another: "set a deadline of
    Jan. 15", "the Jan. 15 deadline was extended". The deadline passing keeps it only when the parse hangs
    the date on the verb, not on the noun."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.i != head.i:
        head = head.head
    elif root.dep_ not in ("compound", "nmod", "amod", "npadvmod", "appos", "poss"):
        return False
    return head.lower_ in _DEADLINE_NOUNS and not span.start <= head.i < span.end and \
        (trigger is None or trigger.i != head.i)


def end_of_a_moved_term(span: Any, trigger: Any | None) -> bool:
    """Whether the date is where a term or a deadline was moved to, and the row's word is the moving:
    "extended the loan until March 1992", "postponed the vote to Friday". The moving was done before."""
    doc = span.doc
    i = span.start - 1
    if i < span.sent.start or doc[i].lower_ not in _UNTIL or trigger is None or trigger.pos_ != "VERB":
        return False
    return bool(_MOVING_VERBS.match(trigger.lower_)) and doc[i].head.i == trigger.i


# Verbs that put a happening on the calendar: "has scheduled a news conference Thursday", "set the vote for
# Friday". The date is the planned happening's; the scheduling was done before it.
_SCHEDULING = re.compile(r"(?:re)?schedul(?:e|es|ed|ing)$")


def day_of_a_scheduled_thing(span: Any, trigger: Any | None) -> bool:
    """Whether the date is the day of the thing a scheduling verb put on the calendar, and the row's word
    is the scheduling: "has scheduled a news conference Thursday", "set the vote for Friday"."""
    if trigger is None or trigger.pos_ != "VERB":
        return False
    setting = trigger.lower_ in ("set", "sets", "setting") and span.start > 0 and span.doc[span.start - 1].lower_ == "for"
    if not (_SCHEDULING.match(trigger.lower_) or setting):
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("on", "in", "at", "during"):
        return False  # "had scheduled its invasion on August 25": the scheduling's day, or the invasion's? keep it
    return any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)


# A reporting period's words: "the third quarter", "fiscal 1990", "the year-earlier period", "the nine months".
_PERIOD = re.compile(r"\b(?:quarters?|fiscal|period|half|year-(?:earlier|ago)|(?:six|nine)\s+months)\b", re.I)


def _tells_a_figure(verb: Any) -> bool:
    """Whether a verb's clause tells a figure: a sum, a percentage, or a result's noun ("a loss", "earnings")."""
    return any(t.ent_type_ in ("MONEY", "PERCENT") or t.lower_ in REPORTED_FIGURES for t in verb.subtree if t.i != verb.i)


def figure_of_a_telling(span: Any, trigger: Any | None) -> bool:
    """Whether the date only names the period of a figure the row's saying or estimating verb tells:
    "said third-quarter income fell", "reported its fiscal 1990 sales", "reported a net loss of $8 million for
    the third quarter", "in the year-ago quarter, the company reported net income of $1.9 million". The
    saying is not in that period: a result is told after its period has closed."""
    if trigger is None or trigger.lower_ not in _FIGURE_TELLING:
        return False
    if _PERIOD.search(span.text) and trigger.pos_ == "VERB" and _tells_a_figure(trigger):
        return True
    root = span.root
    # Not a possessive: "said last month's discovery …" hands the date to the noun (pipeline.events.document_dated).
    return root.dep_ in ("amod", "compound", "nmod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") and \
        root.head.i != trigger.i and not span.start <= root.head.i < span.end


def day_of_record(span: Any) -> bool:
    """Whether the date is a dividend's record day: "payable Dec. 1 to holders of record Nov. 10", "of
    record on Nov. 10", "the record date, Nov. 10". Whoever holds the shares that day is paid; the
    declaring, the paying and the sentence's other happenings are not of that day."""
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in ("on", "as", "of", "at", ",", "the", "date", "is", "was"):
        if doc[i].lower_ == "of" and i - 1 >= span.sent.start and doc[i - 1].lower_ == "as":
            i -= 2  # "of record as of Nov. 10"
            continue
        if doc[i].lower_ == "date":
            return i - 1 >= span.sent.start and doc[i - 1].lower_ == "record"
        if doc[i].lower_ == "of":
            break  # "holders of Nov. 10": no record day
        i -= 1
    # "of record": "their first record on 12 October" is a disc, and its release is of that day
    return i - 1 >= span.sent.start and doc[i].lower_ == "record" and doc[i - 1].lower_ == "of"


def goal_of_a_plan(span: Any, trigger: Any | None) -> bool:
    """Whether the date is inside a goal's, a target's or a forecast's phrase and the row's word is
    another: "holds to its goal of a 50% market share by the mid-1990s", "a target of 10,000 jobs by
    1995". What the goal aims at has not happened; holding to it is no happening of that date. The
    walk stops at a verb: "the goal, set last week, of …" dates the setting."""
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in FORECAST_NOUNS for c in tok.head.head.children):
        return True  # "set a target of 10,000 jobs by 1995": the parser hangs the "by" on the verb
    goal = goal_above(tok)
    return goal is not None and not span.start <= goal.i < span.end and (trigger is None or trigger.i != goal.i)


def goal_above(tok: Any) -> Any | None:
    """The goal's, target's or forecast's noun whose phrase a word is told in ("its goal of a reduction of
    $500 million by the end of the year": the reduction's goal), up through prepositions and modifiers and
    never through a verb; else None. Only what the goal is "of" and told as not yet there (no possessive,
    no "the"): "Bush's objective in his meeting", "a goal of Kuchma's visit" name happenings that were."""
    path = [tok]
    for _ in range(8):
        if tok.dep_ not in ("pobj", "prep", "compound", "nmod", "amod", "npadvmod", "appos", "poss", "nummod") \
                or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.pos_ == "NOUN" and tok.lower_ in FORECAST_NOUNS:
            aim = path[-2] if len(path) > 1 else None
            if path[-1].lower_ != "of" or aim is None or any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                    for c in aim.children):
                return None
            return tok
        path.append(tok)
    return None


def period_of_a_figure(span: Any, figure: Any, timex: Any = None, reference: Any = None) -> bool:
    """Whether the date names the period of a figure's noun: "reported a third-quarter loss", "posted fiscal
    1989 sales of $2 billion", "reported a net loss of $8 million for the third quarter". The verb telling
    the figure (``figure``'s head) is not of that period, unless the period (``timex``) holds the report's
    own day (``reference``): a fiscal quarter read as the current one still holds the telling."""
    if timex is not None and reference is not None and isinstance(timex.date_start, date) and \
            isinstance(timex.date_end, date) and timex.date_start <= reference <= timex.date_end:
        return False
    root = span.root
    if root.head.i == figure.i and root.dep_ in ("amod", "compound", "nmod", "nummod", "poss") and \
            not span.start <= figure.i < span.end:
        return True
    return figure.head.i != figure.i and figure_of_a_telling(span, figure.head)


def dates_no_happening_here(span: Any, trigger: Any | None, lemma: str | None) -> str | None:
    """``"baseline"`` or ``"term"`` when the date is a comparison's baseline, a term's end, a deadline's
    day or the period of a told figure (see the module's docstring), else None."""
    if baseline_of_a_comparison(span) or baseline_before_its_figure(span):
        return "baseline"
    if end_of_a_term(span, trigger, lemma) or day_of_a_deadline(span, trigger) or end_of_a_moved_term(span, trigger) \
            or day_of_a_scheduled_thing(span, trigger) or day_of_record(span) or goal_of_a_plan(span, trigger):
        return "term"
    if figure_of_a_telling(span, trigger):
        return "baseline"
    return None
