"""Sentences that tell a label, a name borne, a figure or a view set aside: no happening at their date (issue 33).

Blind judges of History and Philosophy leads counted these rows as "no happening" (the sentences
below are invented, of the judged shapes):

- a label and a name a thing bears: ``the fights, which at the time were referred to as "boxing"``,
  ``the Book of Vell, composed in the 2nd century BCE but bearing the name of Vell from the 6th
  century BCE`` (the composing keeps its row);
- a year naming a thing inside what a subject was: ``Orm was the sixth storm of the 1970 Tarvian
  cyclone season`` (the season's name; the storm's own date is told elsewhere);
- "at the time" after a state or a superlative: ``marking the easternmost expansion of Orm at the
  time``, ``the war showed Tarvia's superiority at the time``: the phrase says "then", it dates nothing
  the clause does (``at that time`` points back to a told date and stays a date);
- a figure estimated or reported: ``In 2020, it was estimated that the Vell Churches had 72 million
  members``, ``In 2025, Orm's Witnesses reported a peak membership of 9.2 million`` (a history's count,
  not a happening; a news report of a rise keeps its own rules, :mod:`pipeline.events.figures`);
- a view the sentence sets aside: ``while some scholars hold that Vell existed and his book was
  written in the 6th century BCE, most agree that …``: the minority's claim is no fact of that date.

Read by :mod:`pipeline.events.standings` for narrative documents; each check asks for its whole shape.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.events.modality import forms

# Verbs of a label given "as": "were referred to as", "is known as" (the latter: pipeline.events.relations).
_LABELLING = {"refer"}
# What a thing bears that is a label: "bearing the name of Vell", "bore the title".
_LABEL_NOUNS = {"name", "names", "title", "titles", "label", "epithet", "inscription"}
# Verbs that put a figure on a body: "it was estimated that …", "reported a peak membership of".
_FIGURING = {"estimate", "report", "count", "tally"}  # ("recorded 12 albums", "claimed 300 lives" are doings)
# Verbs by which a clause states what something has or is: "that the churches had 72 million members".
_HAVING = {"have", "be", "number", "total", "count", "include", "comprise"}
_NUMBER_LABELS = {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"}
# Verbs of holding a view, and the words that make its holders a minority set against others.
_HOLDING_VIEWS = {"hold", "believe", "argue", "maintain", "claim", "contend", "think", "suggest", "assert", "propose",
                  "posit", "insist", "speculate"}
_MINORITY = {"some", "few", "minority", "several", "certain"}
_OTHER_VIEWS = _HOLDING_VIEWS | {"agree", "accept", "conclude", "consider", "regard", "date"}
_CONTRASTS = {"but", "while", "whereas", "although", "though", "however"}


def no_told_standing(span: Any, trigger: Any, lemma: str | None) -> str | None:
    """Why the date ``span`` dates a label, a figure or a view set aside ("view", "figure", "state"),
    or None when the row may stand."""
    if lemma is None:
        return None
    if _at_the_time(span):
        return "state"
    if _an_attributes_year(span, trigger):
        return "description"  # "Orm was the sixth storm of the 1970 Tarvian cyclone season"
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in _LABELLING and any(c.dep_ == "auxpass" for c in trigger.children) and \
            any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children):
        return "view"  # "which at the time were referred to as 'boxing'" ("in 1900 he referred to it as" is a saying)
    if lemma == "bear" and any(c.dep_ == "dobj" and c.lower_ in _LABEL_NOUNS for c in trigger.children):
        return "view"  # "bearing the name of Vell from the 6th century BCE"
    if lemma in _FIGURING and _puts_a_figure_on_a_body(trigger, span):
        return "figure"
    if _a_view_set_aside(trigger):
        return "view"
    return None


def _an_attributes_year(span: Any, trigger: Any) -> bool:
    """A copula's complement ("was the sixth storm of …") whose date modifies another noun inside it
    ("the 1970 cyclone season"): the date names that noun, and the sentence says what the subject was."""
    root = span.root
    if trigger.dep_ != "attr" or trigger.pos_ != "NOUN" or root.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    named = root.head
    while named.dep_ in ("compound", "amod") and named.head.i > named.i:
        named = named.head
    return named.i != trigger.i and named.i >= span.end and named.pos_ == "NOUN" and \
        trigger.left_edge.i <= named.i <= trigger.right_edge.i and not names_a_happening(named)


def _at_the_time(span: Any) -> bool:
    """"at the time" (not "that time", not "the time of X"): the clause's "then", no date of its own."""
    if span.text.lower() != "the time" or span.start == 0 or span.doc[span.start - 1].lower_ != "at":
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.lower_ not in ("of", "when", "that", "which")


def _a_figure(tok: Any, inside: range) -> bool:
    return any(t.i not in inside and (t.ent_type_ in _NUMBER_LABELS or (t.like_num and t.ent_type_ != "DATE"))
               for t in tok.subtree)


def _puts_a_figure_on_a_body(verb: Any, span: Any) -> bool:
    """"it was estimated that the churches had 72 million members" (a clause of having a figure),
    "reported a peak membership of 9.2 million" (an object that is a figure, naming no happening)."""
    inside = range(span.start, span.end)
    for clause in verb.children:
        if clause.dep_ == "ccomp" and forms(clause) & _HAVING and any(
                c.dep_ in ("dobj", "attr") and _a_figure(c, inside) and not names_a_happening(c)
                for c in clause.children):
            return True
    return any(c.dep_ == "dobj" and _a_figure(c, inside) and not names_a_happening(c) for c in verb.children)


def _a_view_set_aside(trigger: Any) -> bool:
    """The trigger sits in what a minority holds ("some scholars hold that …"), and the sentence sets
    another view against it ("but most agree", "while some hold …, most …")."""
    tok = trigger
    for _ in range(6):
        if tok.dep_ in ("ccomp",) and forms(tok.head) & _HOLDING_VIEWS:
            holder = tok.head
            subjects = [c for c in holder.children if c.dep_ == "nsubj"]
            minority = any(t.lower_ in _MINORITY for s in subjects for t in s.subtree)
            sentence = holder.sent
            contrast = any(t.lower_ in _CONTRASTS and t.i < holder.i or t.lower_ in _CONTRASTS and t.dep_ == "cc"
                           for t in sentence)
            return minority and contrast
        if tok.dep_ not in ("conj", "ccomp", "xcomp", "advcl", "relcl") or tok.head.i == tok.i:
            return False
        if tok.i != trigger.i and forms(tok) & _OTHER_VIEWS:
            return False  # "…, but most agree that it was written in the 2nd century BCE": the view held
        tok = tok.head
    return False
