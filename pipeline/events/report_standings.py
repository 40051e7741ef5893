"""A news report's trends, standings, plans and things talked of: dated or past words that tell no happening.

A blind judge reading a firm's or a government's news counts none of these as a happening, so the
events stage writes no row for them (dated rows through :func:`pipeline.events.figures.no_news_happening`,
rows dated by the report's day through :func:`pipeline.events.news_words.no_reported_happening`):

- a figure's or a unit's course and what acts on it: ``the job-creation rate slowed``, ``the exploration
  business grew``, ``the stock closed unchanged at $28``, ``capital gains were included``, ``the
  hurricane reduced results``, ``benefited from higher margins``, ``a slowing of orders``,
  ``declining military spending``, ``the third-quarter loss``;
- a standing or a habit: an adjective the tagger reads as a participle (``unforgiving``, ``unfettered``),
  a naming (``had been listed as a candidate``, ``is referred to as``), a document's content (``the
  report contained``, ``the filing says``), a feeling (``expressed irritation``, ``I have been
  heartened``), a memory (``remembered being asked``), what is ``still`` going on, ``dating to 1994``;
- what may come: ``signs of swinging``, ``the planned rights offering``, ``his own projections``, the
  purpose of a verb (``registered for an IPO``: the registration is the happening);
- a deal named as the object of a verb that does not tell it done (``approved the transaction``:
  the approval is the row, the transaction is its object).

Each check asks for a whole shape read off spaCy's parse, so in doubt the row stays.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.happening_words import names_a_happening
from pipeline.lexicon.happenings import ACTIVITY_NOUNS, CHANGE_VERBS, FIGURE_NOUNS, REPORTED_FIGURES
from pipeline.lexicon.report_words import (
    CLASSING_VERBS, CLOSING_COMPLEMENTS, CLOSING_VERBS, DEAL_HAPPENING_VERBS, DEAL_NOUNS, DOCUMENT_NOUNS,
    DOCUMENT_VERBS, EFFECT_VERBS, FEELING_HOLDING_VERBS, FEELING_NOUNS, FEELING_PASSIVES, FORECAST_NOUNS,
    INCLUSION_VERBS, INTENTION_VERBS, MEMORY_VERBS, NOT_YET_MODIFIERS, ONGOING_ADVERBS, PERIOD_WORDS,
    PROSPECT_NOUNS, PURPOSE_VERBS, SOURCE_VERBS, THING_NOUNS, TREND_MODIFIERS, TREND_NOUNS, TREND_SUBJECTS,
    TREND_VERBS, UN_VERBS,
)
from pipeline.lexicon.stems import singulars

_FIGURES = REPORTED_FIGURES | FIGURE_NOUNS | TREND_SUBJECTS
_UNITS = (ACTIVITY_NOUNS - {"corporation", "association", "foundation", "administration", "holdings"}) | {
    "business", "businesses", "segment", "arm", "unit", "units", "division", "operations"}
_SUM_ENTS = {"MONEY", "PERCENT"}
# Adverbs that put a participle's happening before the report, as a description: "previously advertised".
_BEFORE_ADVERBS = {"previously", "formerly", "originally", "once"}
# Prepositions by which a verb or a noun takes a deal as its object or topic (not "after the takeover").
_OBJECT_PREPOSITIONS = {"about", "over", "on", "regarding", "concerning", "against", "into", "to", "for", "of", "with"}
_PRESENT_AUX = {"is", "are", "am", "'s", "'re", "'m"}


def _lemma(tok: Any) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _forms(tok: Any) -> set[str]:
    return singulars(tok.lower_) | {tok.lower_, _lemma(tok)}


def _a_figure(noun: Any) -> bool:
    """A noun of a figure or a unit's result: "rate", "the job-creation rate", "margins", "results"."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and \
        not _forms(noun).isdisjoint(_FIGURES | _UNITS)


def _a_trend(noun: Any) -> bool:
    """A noun of a change in a figure ("a slowing of orders", "the rise in prices") or a figure a trend
    word modifies ("declining military spending")."""
    if noun.pos_ != "NOUN":
        return False
    if not _forms(noun).isdisjoint(TREND_NOUNS):
        return any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(
            g.dep_ == "pobj" and _a_figure(g) for g in c.children) for c in noun.children) or any(
            c.dep_ in ("compound", "amod", "poss") and _a_figure(c) for c in noun.children)
    return _a_figure(noun) and any(c.dep_ in ("amod", "compound", "nmod") and (
        c.lower_ in TREND_MODIFIERS or c.lower_.endswith(PERIOD_WORDS)) for c in noun.children)


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]


def _objects(verb: Any) -> list[Any]:
    out = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    return out + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "on", "in", "by")
                  for g in c.children if g.dep_ == "pobj"]


# Effect verbs whose subject undergoes the effect: "the unit benefited from higher margins".
_UNDERGOING = {"benefit", "suffer"}


def _a_sum(tok: Any) -> bool:
    return tok.ent_type_ in _SUM_ENTS or tok.text == "$" or tok.lower_ in ("cents", "points", "%", "percent")


def a_figures_course(verb: Any, lemma: str) -> bool:
    """A figure's course or what acts on it, told by a verb (see the module)."""
    subjects = _subjects(verb)
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if lemma in TREND_VERBS | CHANGE_VERBS and not has_object and any(_a_figure(s) or _a_trend(s) for s in subjects):
        return True  # "the job-creation rate slowed", "the exploration business grew"
    if lemma in CLOSING_VERBS and not has_object and not any(c.dep_ == "auxpass" for c in verb.children) and not any(
            names_a_happening(s) or s.ent_type_ == "PERSON" for s in subjects) and (any(
            c.dep_ in ("acomp", "advmod", "oprd") and c.lower_ in CLOSING_COMPLEMENTS for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "at" and any(_a_sum(t) for t in c.subtree) for c in verb.children)):
        return True  # "the stock closed unchanged at $28", "Tarsk finished at $12"
    if lemma in EFFECT_VERBS and (any(_a_figure(n) or _a_trend(n) for n in subjects) or (
            lemma in _UNDERGOING or any(names_a_happening(s) for s in subjects)) and any(
            _a_figure(n) or _a_trend(n) for n in _objects(verb))):
        # "the hurricane reduced results", "benefited from higher margins": a happening's or a trend's
        # effect on a figure; a party acting on one ("the bank reduced its rates") is a decision, and stays.
        return True
    if lemma in INCLUSION_VERBS and any(_a_figure(n) or _a_trend(n) for n in subjects + _objects(verb)):
        return True  # "capital gains were included", "the results reflect a charge"
    return False


def _passive_or_perfect_state(verb: Any) -> bool:
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(aux) and (
        any(a in _PRESENT_AUX for a in aux) or ("been" in aux and any(a in ("has", "have", "had", "'ve") for a in aux)))


def a_standing(verb: Any, lemma: str) -> str | None:
    """A standing, a habit, a document's content, a feeling or a memory told by a verb, or None."""
    word = verb.lower_
    if word.startswith("un") and verb.tag_ in ("VBN", "VBG", "JJ") and lemma not in UN_VERBS and \
            not singulars(word).intersection(UN_VERBS) and not any(c.dep_ == "dobj" for c in verb.children):
        return "state"  # "the market is unforgiving", "an unfettered market": an adjective read as a verb
    if lemma in CLASSING_VERBS and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "prep" and any(
                g.dep_ == "prep" and g.lower_ == "as" for g in c.children) for c in verb.children):
        return "state"  # "had been listed as a candidate", "has been referred to as our son"
    if lemma in DOCUMENT_VERBS and any(not _forms(s).isdisjoint(DOCUMENT_NOUNS) for s in _subjects(verb)) and (
            lemma in ("contain", "include", "list") or
            verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return "document"  # "the report contained new figures", "the filing says"
    if lemma in FEELING_PASSIVES and _passive_or_perfect_state(verb):
        return "state"  # "I have been heartened by", "we are pleased"
    if lemma in FEELING_HOLDING_VERBS and any(c.dep_ == "dobj" and not _forms(c).isdisjoint(FEELING_NOUNS)
                                              for c in verb.children):
        return "state"  # "has developed great affection for": a feeling held ("expressed irritation" is a saying)
    if lemma in INTENTION_VERBS and any(c.dep_ == "xcomp" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
        return "planned"  # "the government planned to pay the claims on Friday": a plan, not the paying
    if lemma in SOURCE_VERBS and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return "relation"  # "the arrests stemmed from information": the arrests are the happening
    if lemma in MEMORY_VERBS:
        return "state"  # "he remembered being asked": the asking is the happening
    if lemma == "date" and verb.tag_ == "VBG" and any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("to", "from", "back") for c in verb.children):
        return "record"  # "shootings dating to 1994": the shootings are the rows
    if verb.tag_ == "VBN" and verb.dep_ in ("amod", "acl") and any(
            c.dep_ == "advmod" and c.lower_ in _BEFORE_ADVERBS for c in verb.children):
        return "state"  # "the previously advertised price": a description of the thing, no happening of the date
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    ongoing = any(c.dep_ == "advmod" and c.lower_ in ONGOING_ADVERBS for c in verb.children)
    if ongoing and (verb.tag_ in ("VBZ", "VBP") and not aux or verb.tag_ == "VBG" and any(
            a in _PRESENT_AUX for a in aux) or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("been", "is", "are") for c in verb.children)):
        return "state"  # "is still considering", "has been increasingly referred to"
    return None


def _of_a_prospect(tok: Any) -> bool:
    """"shows signs of swinging", "the risk of a strike": a word under "of" a noun of what may come."""
    prep = tok.head
    return tok.dep_ in ("pobj", "pcomp") and prep.lower_ == "of" and prep.head.i != prep.i and \
        not _forms(prep.head).isdisjoint(PROSPECT_NOUNS)


def _for_a_purpose(noun: Any) -> bool:
    """"registered for an IPO", "filed for bankruptcy": what a verb is for has not happened."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ == "VERB" and \
        _lemma(prep.head) in PURPOSE_VERBS


def _deal_not_told(noun: Any) -> bool:
    """"approved the transaction", "talked about the campaign": a deal or a scheme named as the object of
    a verb that does not tell it done, begun or failed; the verb is the happening. A deal as subject
    ("the deal collapsed") or with a participle telling it done ("the merger, completed Monday") stays."""
    if _forms(noun).isdisjoint(DEAL_NOUNS):
        return False
    if any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD") for c in noun.children):
        return False
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in _OBJECT_PREPOSITIONS:
        verb = noun.head.head  # "talked about the campaign"; "fled after the takeover" tells it done
    else:
        return False
    if verb.pos_ not in ("VERB", "NOUN"):
        return False
    return _lemma(verb) not in DEAL_HAPPENING_VERBS and verb.lower_ not in DEAL_HAPPENING_VERBS


def _not_yet(noun: Any) -> bool:
    """"the planned rights offering", "a proposed merger": a modifier, on the noun or a compound before
    it, says the happening is not yet."""
    left = [noun] + [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in NOT_YET_MODIFIERS and c.i < noun.i
               for t in left for c in t.children)


def a_nouns_standing(noun: Any) -> str | None:
    """A standing, a plan, a view or a thing talked of named by a noun, or None."""
    forms = _forms(noun)
    if noun.lower_ in THING_NOUNS:
        return "thing"  # "gave the peace sign"
    if not forms.isdisjoint(FEELING_NOUNS):
        return "state"  # "expressed irritation", "the close cooperation we have had"
    if not forms.isdisjoint(FORECAST_NOUNS):
        return "view"  # "his own projections for 2002"
    if _a_trend(noun):
        return "figure"  # "a slowing of orders", "the third-quarter loss", "declining spending"
    if _a_figure(noun) and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and \
            _lemma(noun.head) in TREND_VERBS | CHANGE_VERBS:
        return "figure"  # "the loss widened to $5 million"
    if not forms.isdisjoint(DOCUMENT_NOUNS) and noun.dep_ in ("nsubj",) and noun.head.pos_ == "VERB" and \
            _lemma(noun.head) in DOCUMENT_VERBS and noun.head.tag_ in ("VBZ", "VBP"):
        return "document"  # "the filing says"
    if noun.dep_ == "compound" and noun.head.i > noun.i and not _forms(noun.head).isdisjoint(_UNITS):
        return "activity"  # "the company's exploration business": the business is the thing told
    if _not_yet(noun) or _for_a_purpose(noun):
        return "planned"  # "the planned rights offering", "registered for an IPO"
    if _of_a_prospect(noun):
        return "hypothetical"  # "the risk of a strike"
    if _deal_not_told(noun):
        return "thing"  # "approved the transaction"
    return None


def no_report_happening(tok: Any, lemma: str | None = None) -> str | None:
    """Why a news report's word tells no happening (``"figure"``, ``"state"``, ``"document"``,
    ``"record"``, ``"view"``, ``"planned"``, ``"hypothetical"``, ``"thing"``), or None."""
    if tok.pos_ == "VERB":
        word = (lemma or _lemma(tok)).lower()
        if _of_a_prospect(tok):
            return "hypothetical"  # "shows signs of swinging"
        if a_figures_course(tok, word):
            return "figure"
        return a_standing(tok, word)
    if tok.pos_ == "NOUN":
        return a_nouns_standing(tok)
    if tok.pos_ == "ADJ" and tok.lower_.startswith("un"):
        return "state"
    return None
