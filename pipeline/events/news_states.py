"""News words that look like happenings and are states, things, names or habits (issue "when and what").

Judged on news reports, these rows named no happening: "takeover speculators surfaced holding small
stakes" (holding a stake is a state), "the government has been faced with a movement" (a state),
"an affirmation of statements", a second attribute after a comma (it says what another thing was),
"The extrusion unit produces extrusions" (a product), "Acquisition has launched a suit" (the short name of DD Acquisition
Corp., a firm), and "you have strong redemptions that day" (what happens as a rule, told with a generic
"you"). :func:`no_news_state` gives the reason; the events stage asks it for a news report's rows dated
by a written date, :mod:`pipeline.events.news_words` for those dated by the report's own day.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import parse_lemma, names_a_happening
from pipeline.events.filters import _holds_a_thing
from pipeline.events.news_habits import no_news_habit

# Verbs whose object is what a firm makes or sells: "produces extrusions", "sells insulation".
_PRODUCING_VERBS = {"produce", "manufacture", "sell", "market", "supply", "distribute", "export", "import",
                    "fabricate", "package", "assemble", "process", "refine", "brew", "bottle"}
_PRODUCING_FORMS = {f for v in _PRODUCING_VERBS for f in (v, v + "s", v + "d", v + "ed", v + "ing", v[:-1] + "ing")}
# Verbs a firm's name does as a party: "Acquisition has launched a suit", "Acquisition said".
_SPEECH_FORMS = {"said", "says", "say", "told", "announced", "reported", "added", "noted", "stated"}


def no_news_state(tok: Any, lemma: str | None) -> str | None:
    """Why a news report's word tells no happening ("state", "aside", "thing", "name", "habitual"), or None."""
    if (habit := no_news_habit(tok)) is not None:
        return habit  # "provided legal abortions", "the women they served" (pipeline.events.news_habits)
    if tok.pos_ == "VERB":
        if _holds_a_thing(tok, lemma):
            return "state"  # "as the company had substantially lower charges", a clause sharing another's date
        if _holding(tok, lemma):
            return "state"  # "surfaced holding small stakes last year"
        if _faced_with(tok, lemma):
            return "state"  # "the government has been faced with a growing movement"
        if _generic_you(tok):
            return "habitual"
        return None
    if tok.pos_ != "NOUN":
        return None
    if _aside(tok):
        return "aside"  # "the increase was Du Pont's second this year, an affirmation of statements"
    if tok.dep_ == "dobj" and (tok.head.lower_ in _PRODUCING_FORMS or (
            tok.head.dep_ == "conj" and tok.head.head.lower_ in _PRODUCING_FORMS)):  # "produces bare and painted extrusions"
        return "thing"  # "the extrusion unit produces custom extrusions": a product, not an extruding
    if _firm_name(tok):
        return "name"
    if tok.dep_ in ("dobj", "attr") and _generic_you(tok.head):
        return "habitual"  # "you have strong redemptions that day"
    return None


def _aside(noun: Any) -> bool:
    """"The dividend increase was Du Pont's second this year, an affirmation of statements": a copula's
    second attribute, set after a comma, says what the first was; no happening of its own. (An apposition
    keeps its row: "the Bay of Pigs fiasco, an aborted invasion of Cuba" renames a happening.)"""
    if noun.dep_ != "attr" or not any(c.dep_ in ("attr", "acomp") and c.i < noun.i for c in noun.head.children):
        return False
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == "," and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _holding(verb: Any, lemma: str | None) -> bool:
    """"surfaced holding small stakes", "holding 15% of the shares": a participle of holding a thing (no
    happening as its object, "holding talks" is one) tells what someone had then."""
    if verb.lower_ != "holding" or verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl", "acl", "conj"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(names_a_happening(o) for o in objects)


def _faced_with(verb: Any, lemma: str | None) -> bool:
    """"has been faced with a growing movement", "is faced with losses": the passive of facing with
    is a situation a party is in ("faced a strike on Monday", the active, stays)."""
    return verb.lower_ == "faced" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _generic_you(verb: Any) -> bool:
    """A verb in the present simple whose subject is "you": "you have strong redemptions that day" tells
    what happens as a rule, to anyone, no happening of the day."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBP", "VB"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "you have won", "you will see": a perfect or a future is no habit
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children)


def _firm_name(noun: Any) -> bool:
    """"Acquisition has launched a suit", "Acquisition said": a capitalised happening word with no
    article, the subject of a verb that acts on something or speaks, is a firm's short name (the
    report calls DD Acquisition Corp. "Acquisition"); a happening is told with its article or its "of"."""
    if noun.dep_ != "nsubj" or not noun.text[:1].isupper() or noun.tag_ != "NN":
        return False
    if any(c.dep_ in ("det", "poss", "amod", "prep", "nummod") or (c.dep_ == "compound" and c.pos_ != "PROPN")
           for c in noun.children):
        return False  # ("DD Acquisition": a name's first word is a name's too)
    verb = noun.head
    return verb.pos_ == "VERB" and (verb.lower_ in _SPEECH_FORMS or (
        parse_lemma(verb) != "be" and any(c.dep_ == "dobj" for c in verb.children)))
