"""Words that stand in for the happening of a date, or tell none, in history leads' linking shapes.

"began attempts at colonization in 1585" is a colonization (:func:`tried_happening`); "the empire was
centered on Vell from 247 BC" tells the empire's rule, not a centring (:func:`seated_polity`); "the term
refers to the period from 1550 to 1070 BC" and "the Vell were associated with trade from 1200" tell no
happening at all (:func:`tells_no_happening`). Read by :mod:`pipeline.events.happening_words` and
:mod:`pipeline.events.triggers`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import _lemma, names_a_happening
from pipeline.lexicon.polities import POLITY_HEADS, REALM_NOUNS

# Nouns of trying: the happening tried is the dated one ("attempts at colonization", "an effort to unify").
_TRYING_NOUNS = {"attempt", "attempts", "effort", "efforts", "bid", "bids"}


def tried_happening(noun: Any, span: Any) -> Any | None:
    """The happening a noun of trying is of: the event noun after its "at", "of" or "toward(s)"
    ("attempts at colonization"), or the verb of its "to" infinitive ("an effort to unify the realm");
    None for any other word or a trying of nothing named."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _TRYING_NOUNS:
        return None
    inside = range(span.start, span.end)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "of", "toward", "towards"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i not in inside and names_a_happening(g):
                    return g
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > noun.i and c.i not in inside and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


# Participles that say where a polity had its seat: a state, told with the date of the polity's rule.
_SEAT_PARTICIPLES = {"centered", "centred", "based", "seated", "headquartered", "situated", "located",
                     "concentrated", "focused", "focussed"}
_POLITIES = POLITY_HEADS | REALM_NOUNS | {"state", "civilization", "civilisation", "culture", "chiefdom",
                                          "polity", "regime", "government", "administration"}


def seated_polity(verb: Any, span: Any) -> Any | None:
    """"The empire was centered on Vell from 247 BC": the polity a seat participle is said of, whose
    rule (existence) the date tells; None when the subject is no polity ("the company was based in
    Vell from 1920" keeps the verb) or is inside the date."""
    if verb.lower_ not in _SEAT_PARTICIPLES or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    inside = range(span.start, span.end)
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.i not in inside
                 and c.lower_ in _POLITIES), None)


# Verbs that tell what a word means: "the term refers to the period from 1550 to 1070 BC" defines a word.
_DEFINING_VERBS = {"refer", "denote", "mean", "designate", "signify", "describe", "encompass", "cover"}
_WORD_NOUNS = {"term", "word", "name", "phrase", "expression", "label", "designation", "concept", "notion",
               "title", "epithet", "usage", "adjective", "noun", "toponym", "ethnonym", "endonym", "exonym"}
_PERIOD_NOUNS = {"period", "periods", "era", "eras", "age", "ages", "time", "times", "epoch", "years", "centuries",
                 "millennium", "millennia", "span", "stretch"}
# Passive participles that tie a party to a thing: a standing ("were associated with trade from 1200").
_TYING_PARTICIPLES = {"associated", "connected", "identified", "affiliated", "equated"}


def tells_no_happening(verb: Any, span: Any) -> bool:
    """Whether the verb a date hangs from tells no happening at all: a word defined ("the term refers
    to …"), or a party tied to something by a passive participle ("were associated with trade from
    1200") with no happening after its "with". The date then dates no row (it stays a timex)."""
    if verb.pos_ != "VERB":
        return False
    if _lemma(verb) in _DEFINING_VERBS or verb.lower_.rstrip("s") in _DEFINING_VERBS or \
            verb.lower_ in ("refers", "referred", "referring", "denotes", "denoted", "means", "meant"):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WORD_NOUNS for c in verb.children):
            return True
        # "the Orm Kingdom refers to the period from 1550 to 1070 BC": a name given a stretch of time that
        # holds the date. ("In 1900 he referred to the war" is a referring of 1900.)
        inside = range(span.start, span.end)
        return any(g.dep_ == "pobj" and g.lower_ in _PERIOD_NOUNS and any(t.i in inside for t in g.subtree)
                   for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children)
    if verb.lower_ in _TYING_PARTICIPLES and (any(c.dep_ == "auxpass" for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN")):  # "a study largely associated with the 20th century"
        # Only the tie "with" a thing (the date itself, too): "was identified as a local man on Friday"
        # is a happening of its own.
        tied = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
        return bool(tied) and not any(names_a_happening(g) and g.i not in range(span.start, span.end)
                                      for g in tied)
    return False
