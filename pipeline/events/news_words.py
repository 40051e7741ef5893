"""Words a news report tells in the past that are no happening to date by the report's day.

Rows dated by nothing but the report's own date (:mod:`pipeline.events.document_dated`) stand on
a past verb or an event noun alone, with no written date to vouch that something happened; these
general kinds are read as happenings and are not: a discourse phrase ("in addition"), a state of
mind or an opinion told in the past ("residents worried", "analysts predicted"), a figure's change
("the death toll rose to 40"), a happening noun
that only classifies a thing ("the death toll", "a rescue team", "an arrest warrant"), nouns
the suffix test takes for happenings that name a thing or a person ("the founder", "information"), a firm's
unit or standing activity ("its European operations", "the packaging division"), what nobody did or
nothing was ("no one was hurt", "there were no injuries"), what only might have happened ("if the talks
failed"), what a person did as a rule ("a doctor who performed abortions"), the topic of a view ("opposed abortion", "feared an attack"), a word cut from a compound ("the taking of "profit-taking"), and a light verb whose object names
what happened ("posted a gain", "experienced a drop").
"""

from __future__ import annotations

from typing import Any

from pipeline.events.figures import (
    asks_anonymity, denied_with, due_not_done, ends_a_period, holds_a_view, reports_a_figure,
)
from pipeline.events.news_states import no_news_state
from pipeline.events.quoted_talk import quoted_talk
from pipeline.events.figure_subjects import a_figure_told
from pipeline.events.modality import forms as verb_forms, subject_says_none
from pipeline.events.report_standings import no_report_happening
from pipeline.events.happening_words import names_a_happening
from pipeline.lexicon.happenings import (
    ACCOUNTING_NOUNS, ACTIVITY_NOUNS, DISCOURSE_NOUNS, FIGURE_NOUNS, HAPPENING_OPERATIONS, LIGHT_NEWS_VERBS,
    NOT_HAPPENING_NOUNS, RELATION_VERBS, STATE_OF_MIND_VERBS, STATES_NOT_HAPPENINGS,
)
from pipeline.lexicon.stems import singulars

# Subordinators of a condition: what they introduce may not have happened ("if the talks failed").
_CONDITIONS = {"if", "unless", "whether"}


def _fragment(tok: Any) -> bool:
    """A word joined by a hyphen to the word before it: "taking" of "profit-taking", "led" of "U.S.-led".
    The happening (if any) is the whole compound, which the word alone does not name."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and not doc[tok.i - 1].whitespace_ and \
        not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha


def _nobody(tok: Any) -> bool:
    """A word whose subject or determiner says none: "no one was hurt", "nobody claimed it", "no shots were
    fired", "there were no injuries"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or subject_says_none(tok)


def _conditional(verb: Any) -> bool:
    """A verb of a clause of condition ("if the talks failed, ..."): told as past, it did not happen."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


def _activity(tok: Any, forms: set[str]) -> bool:
    """A noun of a firm's unit or standing activity ("its operations", "the packaging division"); plural
    "operations" is a happening again when a modifier says which ("rescue operations")."""
    word = tok.lower_
    if word == "operations":
        return not any(c.lower_ in HAPPENING_OPERATIONS for c in tok.children if c.dep_ in ("amod", "compound"))
    if word == "operation":
        return any(c.dep_ == "poss" for c in tok.children)  # "its operation"; "a rescue operation" stays
    return word in ACTIVITY_NOUNS or not forms.isdisjoint(ACTIVITY_NOUNS - {"operations"})


def _bare_plural(noun: Any) -> bool:
    """A plural with no determiner, owner or number: "abortions", "legal abortions" (not "two abortions")."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod", "quantmod") or c.like_num for c in noun.children)


def _habit(verb: Any) -> bool:
    """"a doctor who performed abortions": a relative clause whose object is a bare plural of happenings
    tells what the person did as a rule, a description, no happening of the report's weeks ("the rebels
    who burned houses" did a thing: houses are no happenings)."""
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "dobj" and _bare_plural(c) and names_a_happening(c) for c in verb.children)


def no_reported_happening(tok: Any, lemma: str | None = None) -> str | None:
    """Which kind of non-happening a past verb or event noun is (``"discourse"``, ``"state"``,
    ``"figure"``, ``"classifier"``, ``"thing"``, ``"negated"``, ``"hypothetical"``, ``"fragment"``,
    ``"light"``, ``"activity"``, ``"topic"``, ``"habitual"``), or None when it may tell a happening."""
    if tok.pos_ in ("VERB", "NOUN") and _fragment(tok):
        return "fragment"
    if (state := no_news_state(tok, lemma)) is not None:
        return state  # "surfaced holding small stakes", "an affirmation of statements" (pipeline.events.news_states)
    if tok.pos_ in ("VERB", "NOUN") and (_nobody(tok) or denied_with(tok)):
        return "negated"  # "no one was hurt", "talks have not begun"
    if asks_anonymity(tok):
        return "credit"  # "an official, who requested anonymity, said"
    if (talk := quoted_talk(tok)) is not None:
        return talk  # '"We approached this carefully," he said' (pipeline.events.quoted_talk)
    if tok.pos_ == "NOUN" and not singulars(tok.lower_).isdisjoint(ACCOUNTING_NOUNS):
        return "figure"  # "amortization of goodwill"
    if tok.pos_ == "VERB" and _habit(tok) or tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _bare_plural(tok) and \
            _habit(tok.head):
        return "habitual"
    if (reason := no_report_happening(tok, lemma)) is not None:
        return reason  # a trend, a standing, a plan, a deal only named (pipeline.events.report_standings)
    if tok.pos_ == "VERB":
        word = lemma or tok.lemma_ or tok.lower_
        if word in STATE_OF_MIND_VERBS or word in RELATION_VERBS:
            return "state"  # "residents worried", "the jobs have been related to the movement"
        if _conditional(tok):
            return "hypothetical"
        if word in LIGHT_NEWS_VERBS and any(c.dep_ == "dobj" for c in tok.children):
            return "light"  # "posted a gain": the object names what happened, and gets the row if it is a happening
        if any(c.dep_ == "nsubj" and not singulars(c.lower_).isdisjoint(FIGURE_NOUNS) for c in tok.children):
            return "figure"  # "the death toll rose to 40": a quantity changed
        if ends_a_period(tok, word):
            return "period"  # "the quarter ended Sept. 30"
        if reports_a_figure(tok, word) or a_figure_told(tok, word):
            return "figure"  # "net income rose 12%", "shares fell 3 cents" (pipeline.events.figures, figure_subjects)
        if holds_a_view(tok, word):
            return "state"  # "analysts expected a loss"
        if due_not_done(tok):
            return "hypothetical"  # "the offer was due to expire"
        return None
    if tok.pos_ != "NOUN":
        return None
    forms = singulars(tok.lower_)
    if not forms.isdisjoint(NOT_HAPPENING_NOUNS) or not forms.isdisjoint(STATES_NOT_HAPPENINGS):
        return "thing"
    if _activity(tok, forms):
        return "activity"
    if reports_a_figure(tok, None):
        return "figure"  # "earnings for the quarter", "a net loss of $3 million"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and \
            not verb_forms(tok.head).isdisjoint(STATE_OF_MIND_VERBS):
        return "topic"  # "residents opposed abortion", "they feared an attack": a view's topic, no happening
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by", "on") and not forms.isdisjoint(DISCOURSE_NOUNS) and \
            not any(c.dep_ in ("det", "poss") for c in tok.children):
        return "discourse"  # "In addition, the police …"
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return "classifier"  # "the death toll": the toll is the thing told; a happening head has its own row
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "ADJ":
        return "classifier"  # "abortion-related violence"
    return None
