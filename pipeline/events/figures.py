"""A report's figures, states, views and period ends: dated words of a news report that tell no happening.

A blind judge reading a firm's news counts none of these as a happening, so the events stage
writes no row for them: a figure reported for a period or its change (``net income rose 12% to $4.5
million in the quarter``, ``shares fell 3 cents Tuesday``, ``the unit accounted for 40% of
shipments``; the happening, if any, is the report or the announcement, which keeps its row); a
state now (``Tarsk now holds 45%``, ``currently controls``); a view or an expectation (``thinks``,
``expects to continue``, ``foresees a need``); the end of a reporting period (``the quarter ended
Sept. 30``); a thing due but not done (``the offer was due to expire Friday``), and a happening a
determiner says none of (``made no decision``). Read off spaCy's dependency parse; each check
asks for its whole shape, so in doubt the row stays.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.figure_subjects import a_figure_told
from pipeline.events.modality import forms as verb_forms
from pipeline.events.report_standings import no_report_happening
from pipeline.events.said_dates import dated_by_what_was_said
from pipeline.lexicon.happenings import (
    ACCOUNTING_NOUNS, ACTIVITY_NOUNS, CHANGE_ONLY_VERBS, CHANGE_VERBS, FEELING_VERBS, FIGURE_NOUNS, FIGURE_TRIGGERS,
    PERIOD_NOUNS, PRESENT_WORDS, REPORTED_FIGURES, VIEW_VERBS,
)
from pipeline.lexicon.stems import singulars

_SUM_ENTS = {"MONEY", "PERCENT"}
# Words of a sum or a share a figure's change is told in: "fell 3 cents", "rose 2 points", "12%".
_SUM_WORDS = {"%", "percent", "cents", "cent", "points", "point", "pence", "yen", "dollars", "share", "shares"}
# What a result is told against: "exceeded expectations", "beat estimates", "missed forecasts".
_BENCHMARKS = {"expectation", "expectations", "estimate", "estimates", "forecast", "forecasts", "projection",
               "projections", "target", "targets", "consensus", "guidance"}
# Where a report's figure stood or went: "rose to $4.5 million", "fell by 3%", "from $250 million".
_SUM_PREPOSITIONS = {"to", "by", "from", "at", "for", "of", "in"}
# What says a thing was due, not done: "the offer was due to expire", "is set to close", "was scheduled to end".
_DUE_WORDS = {"due", "set", "scheduled", "slated", "poised", "expected", "likely", "bound", "supposed",
              "projected", "forecast", "predicted", "anticipated"}  # "earnings are projected to rise in 1991"


def _a_sum(tok: Any) -> bool:
    """A money sum, a percentage, a count of points or cents: "12%", "$4.5 million", "3 cents"."""
    return tok.ent_type_ in _SUM_ENTS or tok.lower_ in _SUM_WORDS or tok.text == "$"


def _sum_complement(verb: Any) -> bool:
    """A change verb's sum: as its object or measure ("rose 12%", "fell 3 cents") or after "to", "by",
    "from" ("climbed to $300 million"); a distance or a count of men ("advanced 20 miles") is no sum."""
    for c in verb.children:
        if c.dep_ in ("dobj", "npadvmod", "attr", "advmod", "nummod") and any(_a_sum(t) for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ in _SUM_PREPOSITIONS and any(
                _a_sum(t) for g in c.children if g.dep_ == "pobj" for t in g.subtree):
            return True
        if c.dep_ == "prt" and c.lower_ in ("up", "down") and any(_a_sum(t) for t in c.subtree):
            return True
    return False


def _figure_subject(verb: Any) -> bool:
    """A subject that is a figure ("net income rose", "shares of Tarsk fell", "the results exceeded")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and not singulars(c.lower_).isdisjoint(REPORTED_FIGURES | FIGURE_NOUNS)
               for c in verb.children)


def _party_subject(verb: Any) -> bool:
    """A person, a people or a state as the subject: "the party gained 12% of the vote" is an election's
    outcome, told of a party; a firm ("Tarsk Industries fell 3 cents") is its stock."""
    return any(c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "NORP", "GPE") for c in verb.children)


def reports_a_figure(tok: Any, lemma: str | None) -> bool:
    """Whether the dated word reports a figure or its change, not a happening (see the module)."""
    if tok.pos_ == "VERB":
        words = {lemma} if lemma else set()
        words |= verb_forms(tok)
        if words.isdisjoint(CHANGE_VERBS):
            return _posted_figure(tok, words)
        if not words.isdisjoint(CHANGE_ONLY_VERBS) and _figure_subject(tok):
            return True
        if "account" in words:
            return any(c.dep_ == "prep" and c.lower_ == "for" and any(_a_sum(t) for t in c.subtree)
                       for c in tok.children)
        if any(c.dep_ == "dobj" and c.lower_ in _BENCHMARKS for c in tok.children):
            return True  # "the results exceeded expectations"
        return _sum_complement(tok) and (_figure_subject(tok) or (
            not words.isdisjoint(CHANGE_ONLY_VERBS) and not _party_subject(tok)))
    if tok.pos_ != "NOUN":
        return False
    forms = singulars(tok.lower_) | {tok.lower_}
    if forms & {"sale", "sales"} and any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children):
        return False  # "the sales of arms to Iran": a selling, not a period's figure
    if not forms.isdisjoint(FIGURE_TRIGGERS):
        return True  # "earnings for the quarter", "in heavy trading" (the setting of a fall)
    if forms.isdisjoint({"loss", "gain", "sale", "decline", "increase", "drop", "rise", "fall", "dilution"}):
        return _share_of(tok)
    # "a net loss of $3 million", "a 12% gain", "the quarter's decline": a sum or a figure's words.
    return any(_a_sum(t) or t.lower_ in ("net", "operating", "pretax", "quarterly", "annual", "per")
               for t in tok.subtree if t.i != tok.i)


def _share_of(noun: Any) -> bool:
    """"accounted for 40% of shipments": the noun a share or a sum is of is the figure's base."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and (_a_sum(of.head) or of.head.lower_ in ("share", "portion"))


# Verbs that carry a figure named by their object: "posted a gain", "reported a loss of $3 million".
_CARRYING = {"post", "report", "record", "book", "log", "register", "show", "notch", "chalk", "turn", "earn",
             "have", "suffer", "take", "lose", "make"}


def _posted_figure(verb: Any, words: set[str]) -> bool:
    """"posted a gain of 8%", "took a $40 million charge", "earned $3 million": the verb names the
    figure its object is; a report of a happening ("reported a fire") is no figure."""
    if words.isdisjoint(_CARRYING):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    if "report" in words:
        # "reported net income of $3 million": a report is a happening of its own; only a sum it reports
        # with no subject of its own keeps it, so the report stays (the judge's "the report is the happening").
        return False
    return all(reports_a_figure(o, None) or o.lower_ == "money" or
               o.lower_ in ("charge", "charges", "writedown", "write-down") and
               any(_a_sum(t) for t in o.subtree) or o.ent_type_ in _SUM_ENTS for o in objects)


def ends_a_period(tok: Any, lemma: str | None) -> bool:
    """"the quarter ended Sept. 30", "the fiscal year ending June 30": a reporting period's end names
    the period, no happening."""
    if tok.pos_ != "VERB" or "end" not in ({lemma} | verb_forms(tok)):
        return False
    return tok.dep_ in ("acl", "relcl", "amod") and not singulars(tok.head.lower_).isdisjoint(PERIOD_NOUNS)


def present_state(span: Any, tok: Any) -> bool:
    """"Tarsk now holds 45%", "the firm currently controls", "the chips are now the chips of choice": a
    present-tense verb dated by a word of the present tells how things stand, no happening."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if not any(t.lower_ in PRESENT_WORDS for t in span):
        # "many investors now favour bonds this year": a present verb the word "now" marks as a state.
        return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and \
            any(c.dep_ == "advmod" and c.lower_ in PRESENT_WORDS for c in tok.children)
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ in ("VBZ", "VBP") and not aux:
        return True
    # "is now located", "are now owned": a present passive of a state.
    return tok.tag_ == "VBN" and bool(aux) and all(a.lower_ in ("is", "are", "am") for a in aux)


def holds_a_view(tok: Any, lemma: str | None) -> bool:
    """"he thinks", "the board foresees a need", "Lusk expects to continue": the verb of a view held
    now. A view told in the past at a date ("Cuba predicted Wednesday") is a saying, and stays."""
    if _sees_a_figure(tok):
        return True  # "the company sees sales of $2 billion in 1990": a forecast
    if tok.pos_ != "VERB" or ({lemma} | verb_forms(tok)).isdisjoint(VIEW_VERBS):
        return False
    # "the closing, which is expected in December": a view held now in the passive is a forecast;
    # so is one of what was to come ("earnings were projected to rise"), whenever it was held.
    return tok.tag_ in ("VBZ", "VBP", "VB") or tok.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("is", "are", "am") for c in tok.children) or tok.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def _sees_a_figure(tok: Any) -> bool:
    """"The company sees sales of $2 billion", "Vell sees earnings rising": "see" in the present with a
    figure or a sum as its object is a forecast held now, no happening."""
    if tok.pos_ != "VERB" or tok.lower_ not in ("see", "sees") or tok.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ in ("dobj", "ccomp") and (not singulars(c.lower_).isdisjoint(REPORTED_FIGURES | FIGURE_NOUNS)
                                                 or any(_a_sum(t) for t in c.subtree)) for c in tok.children)


def due_not_done(tok: Any) -> bool:
    """"the offer was due to expire Friday", "is set to close on Monday": what was due, not done."""
    head = tok.head
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return False  # "was expected to have finished by Friday": told as done by then
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
        head.lower_ in _DUE_WORDS or any(c.dep_ == "acomp" and c.lower_ in _DUE_WORDS and c.i < tok.i
                                         for c in head.children))


def none_of_it(tok: Any) -> bool:
    """"made no decision", "no agreement was reached": a happening noun a "no" says did not happen."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def denied_with(tok: Any) -> bool:
    """"Talks have not begun", "had not admitted any role or implicated anyone": a noun whose verb a "not"
    denies (as its subject or object), or a verb joined to a denied one with no subject of its own."""
    head = tok.head
    if head.i == tok.i or not any(c.dep_ == "neg" for c in head.children):
        return False
    if tok.pos_ == "NOUN":
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj")
    return tok.pos_ == "VERB" and tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def holds_a_feeling(tok: Any, lemma: str | None) -> bool:
    """"many investors favour bonds", "is infatuated with tech shares", "have favoured bonds since January":
    a liking told in the present or the present perfect is a standing mood; "feared an attack on Friday"
    (the past) may be the day's reaction, and stays."""
    if tok.pos_ != "VERB" or ({lemma} | verb_forms(tok)).isdisjoint(FEELING_VERBS):
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return (tok.tag_ in ("VBZ", "VBP") and not aux) or any(a.tag_ in ("VBZ", "VBP") for a in aux)


def asks_anonymity(tok: Any) -> bool:
    """"an official, who requested anonymity, said", "spoke on condition of anonymity": a source's terms,
    part of the report's credit line, no happening."""
    return tok.pos_ == "VERB" and any(t.lower_ == "anonymity" for c in tok.children if c.dep_ in ("dobj", "prep")
                                      for t in c.subtree)


def no_news_happening(span: Any, tok: Any, lemma: str | None) -> str | None:
    """Why a news report's dated word tells no happening (``"figure"``, ``"period"``, ``"state"``,
    ``"view"``, ``"planned"``, ``"negated"``, ``"activity"``, ``"said"``), or None."""
    if ends_a_period(tok, lemma):
        return "period"
    if dated_by_what_was_said(span, tok):
        return "said"  # "said net was $7.4 million, down from $32.3 million a year ago" (pipeline.events.said_dates)
    if reports_a_figure(tok, lemma) or a_figure_told(tok, lemma):
        return "figure"  # (a figure in any verb's subject: pipeline.events.figure_subjects)
    if present_state(span, tok):
        return "state"
    if holds_a_view(tok, lemma):
        return "view"
    if due_not_done(tok):
        return "planned"
    if none_of_it(tok) or denied_with(tok):
        return "negated"
    if asks_anonymity(tok):
        return "credit"
    if holds_a_feeling(tok, lemma):
        return "state"
    if tok.pos_ == "NOUN" and not singulars(tok.lower_).isdisjoint(ACCOUNTING_NOUNS):
        return "figure"  # "the results include amortization of goodwill in the quarter"
    if tok.pos_ == "NOUN" and not singulars(tok.lower_).isdisjoint(ACTIVITY_NOUNS - {"operations"}):
        return "activity"  # "the packaging division", "spending on education": what a firm is or does
    return no_report_happening(tok, lemma)  # a trend, a standing, a plan (pipeline.events.report_standings)


# Heads of an attempt that was made: "were trying to cross six weeks ago", "failed to overthrow him in 1961".
_ATTEMPTS = {"try", "tried", "trying", "tries", "attempt", "attempted", "attempting", "fail", "failed", "failing"}


def told_as_done(tok: Any) -> bool:
    """Whether a word the modality reading calls not asserted is told as done all the same: a participle
    describing a thing that exists ("the injunction issued Thursday"), or what an attempt made at the
    date was at ("trying to cross six weeks ago": the attempt happened)."""
    if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBN", "VBD") and tok.head.pos_ in ("NOUN", "PROPN") and \
            not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lower_ in _ATTEMPTS and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "'ll") for c in tok.head.children)
