"""Aspect and light verbs whose happening is a word outside or beside them (issue "when and what", item 5).

Three shapes a blind judge found the row's trigger wrong in:

* "Deaths from famine declined sharply beginning in the 1970s": a bare participle "beginning in" (or
  "starting from") only says when the verb it hangs on began; the happening is that verb (decline).
* "efforts were still being made by the government to increase exports in 1930": made efforts are the
  trying; the happening tried is the infinitive's verb (increase), as "an effort to unify the realm"
  is a unifying (:func:`pipeline.events.stand_ins.tried_happening` reads the noun's own infinitive).
* "the foundation of the science dates back to the work of Jean Orme in 1796": the date is the work's,
  the noun "dates back to" leads to with the date right after it.

:func:`aspect_happening` gives that word or None; :mod:`pipeline.events.light_links` calls it first.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.clause_themes import finite
from pipeline.events.event_nouns import names_a_happening
from pipeline.lexicon.theme_words import TRYING_NOUNS

# Participles that only open a stretch: "beginning in the 1970s", "starting from 1990".
_OPENING_FORMS = {"beginning", "starting", "commencing"}
# Stretches of time an opening participle begins ("peaked in the colonial period beginning in the 16th
# century"): the stretch's own start, not the clause verb's.
_STRETCH_NOUNS = {"period", "periods", "era", "eras", "age", "ages", "epoch", "time", "times", "phase", "reign",
                  "century", "decade", "years", "rule", "dynasty"}
# Nouns of a person's deeds that "dates back to" may lead to: "dates back to the work of Orme in 1796".
_DEED_NOUNS = {"work", "works", "research", "studies", "experiments", "writings", "efforts", "teachings"}


def aspect_happening(verb: Any, lemma: str, span: Any) -> Any | None:
    """The word naming the happening when ``verb`` (lemma ``lemma``) is one of the shapes above, or None."""
    inside = range(span.start, span.end)
    if (opened := _opened_verb(verb, inside)) is not None:
        return opened
    if lemma == "make" and (tried := _tried_by_made(verb, inside)) is not None:
        return tried
    if lemma == "date":
        return _dated_back_to(verb, span)
    return None


def _opened_verb(verb: Any, inside: range) -> Any | None:
    """"declined sharply beginning in the 1970s": the verb a bare opening participle hangs on, when the
    participle has no subject or object of its own ("beginning a new war in 1970" is a beginning) and the
    date is in its phrase."""
    if verb.lower_ not in _OPENING_FORMS or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lower_ not in _STRETCH_NOUNS and \
            (held := _holding_verb(head)) is not None:
        head = held  # "until they were surpassed by aircraft carriers beginning in the 1940s": the surpassing
    # Only a verb of a clause of its own ("declined sharply beginning in …") or a participle told with its
    # own phrase ("Probes sent from Tarvia, beginning in the 1960s"): on a present participle ("an
    # ultimatum demanding that Iraq withdraw, starting at noon") the start may be of something else.
    if head.pos_ != "VERB" or head.i == verb.i or head.i in inside or not (finite(head) or head.tag_ == "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "ccomp", "attr") for c in verb.children):
        return None
    # Only "beginning in/from/with <date>": the date must be the object of the participle's preposition.
    if not any(c.dep_ == "prep" and any(g.i in inside for g in c.children) for c in verb.children):
        return None
    return head


def _holding_verb(noun: Any) -> Any | None:
    """The verb whose object, agent or subject ``noun`` is (through one preposition at most), or None:
    the parser hangs an opening participle on the nearest noun ("surpassed by carriers beginning in …")."""
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        noun = noun.head
    if noun.dep_ in ("dobj", "prep", "agent", "nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    return None


def _tried_by_made(verb: Any, inside: range) -> Any | None:
    """"efforts were made by the government to increase grain exports": the infinitive's verb, hung on
    "made" by the parser, when the passive subject is a noun of trying."""
    if not any(c.dep_ == "nsubjpass" and c.lower_ in TRYING_NOUNS and c.pos_ == "NOUN" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i > verb.i
                 and c.i not in inside and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _dated_back_to(verb: Any, span: Any) -> Any | None:
    """"dates back to the work of Jean Orme in 1796": the noun after "to" (on the verb or on "back"), when
    the date follows that noun's phrase at once and the noun names a happening or a person's deeds."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    hosts = [verb] + [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"]
    for host in hosts:
        for p in host.children:
            if p.dep_ != "prep" or p.lower_ != "to":
                continue
            for g in p.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME") and \
                        g.i < span.start <= g.right_edge.i + 2 and (names_a_happening(g) or g.lower_ in _DEED_NOUNS):
                    return g
    return None
