"""Words that stand in for the happening of a date, or tell none, in history leads' linking shapes.

"began attempts at colonization in 1585" is a colonization (:func:`tried_happening`); "the empire was
centered on Vell from 247 BC" tells the empire's existence, not a centring (:func:`tells_existence`); "the term
refers to the period from 1550 to 1070 BC" and "the Vell were associated with trade from 1200" tell no
happening at all (:func:`tells_no_happening`). Read by :mod:`pipeline.events.happening_words` and
:mod:`pipeline.events.triggers`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import parse_lemma, names_a_happening
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
    for c in noun.children:  # "colonization efforts", "unification attempts": the noun before says what
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1 and c.i not in inside and \
                names_a_happening(c):
            return c
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


def tells_existence(verb: Any) -> bool:
    """Whether a linking verb tells a polity's existence over its date: the row's trigger is then
    "exist", the convention of "the Orm Kingdom existed from 800 BC" (the events stage writes it,
    :mod:`pipeline.events.phrase_triggers`; the trigger's offsets stay the verb's). The shapes: a seat
    participle said of a polity ("the empire was centered on Vell from 247 BC", "the Orm Empire was a
    major power centered in Vell from 247 BC") and a polity's name referring to a land or a period
    ("the New Kingdom refers to Tarvia between the 16th and the 11th century BC"). "The company was based
    in Vell from 1920" (no polity) keeps the verb; "the term refers to the period …" is no row at all."""
    if verb.pos_ in ("NOUN", "PROPN"):  # the polity a seat participle handed the row to (seated_polity)
        return verb.dep_ == "nsubjpass" and verb.head.i != verb.i and getattr(seated_polity(verb.head, None), "i", None) == verb.i
    if verb.pos_ != "VERB":
        return False
    if verb.lower_ in _SEAT_PARTICIPLES:
        if any(c.dep_ == "auxpass" for c in verb.children):  # "the Orm Empire was centered in Vell"
            return any(c.dep_ == "nsubjpass" and _polity(c) for c in verb.children)
        held = verb.head
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and held.dep_ == "attr" and \
            held.head.pos_ in ("AUX", "VERB") and parse_lemma(held.head) == "be" and \
            any(c.dep_ == "nsubj" and _polity(c) for c in held.head.children)
    if parse_lemma(verb) == "refer" or verb.lower_ in ("refers", "referred", "referring"):
        # (the parser may take the "to" for an infinitive's: "refers to ancient Tarvia between …")
        return any(c.dep_ == "nsubj" and _polity(c) for c in verb.children) and \
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "to"
    return False


def seated_polity(verb: Any, span: Any) -> Any | None:
    """"The empire was centered on Vell from 247 BC": the polity a seat participle is said of, which the
    row is handed to (its parties are the polity's, not the seat's: "on Vell" is no party); its trigger is
    "exist" (:func:`tells_existence`). None when the subject is no polity or is inside the date."""
    if verb.lower_ not in _SEAT_PARTICIPLES or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    inside = range(span.start, span.end) if span is not None else range(0)
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.i not in inside
                 and c.lower_ in _POLITIES), None)


def _polity(noun: Any) -> bool:
    """A polity's noun or the head of its name ("the empire", "the Orm Empire", "the New Kingdom")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.lower_ in _POLITIES and noun.ent_type_ not in ("DATE", "TIME")


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
    if parse_lemma(verb) in _DEFINING_VERBS or verb.lower_.rstrip("s") in _DEFINING_VERBS or \
            verb.lower_ in ("refers", "referred", "referring", "denotes", "denoted", "means", "meant"):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WORD_NOUNS for c in verb.children):
            return True
        if tells_existence(verb):
            return False  # "the Orm Kingdom refers to the period from 1550 BC": the kingdom's existence
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
