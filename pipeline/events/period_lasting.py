"""A period's lasting is no happening of its dates (issue 33 item 5: "the trigger is the happening's word").

"The Orm Golden Age was a period in the history of Tarvia which roughly lasted from 1588, when the Lusk
Republic was established, to 1672": the parser hangs "which lasted" on the nearest name (Tarvia), and the
row read "last", with Tarvia for its actor. The relative clause is the period's: a period lasting is no
happening (as "The Vell era lasted from 1603 to 1868" gives no row), and the "when" clauses keep their own
rows (the establishment in 1588). A period "of" a happening is that happening: "a period of political
division in the history of Tarvia that lasted from 420 to 589 AD" is the division, and "a war of aggression
waged by Orm against Lusk, which lasted from 1935 to 1936" the war (not a lasting with Lusk for actor).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import happening_after_of, names_a_happening, parse_lemma

# Nouns of a stretch of time a relative clause of lasting may belong to.
_PERIOD_NOUNS = {"period", "era", "age", "epoch", "phase", "time", "stage"}
_PARTY_KINDS = {"GPE", "NORP", "ORG", "PERSON"}


def lasted_period(verb: Any) -> Any | None:
    """The period noun whose relative clause ``verb`` (a form of "last") is, however far down the period's
    "of"/"in" phrases the parser hung it ("a period in the history of Tarvia which lasted"), or None."""
    if parse_lemma(verb) != "last" or verb.dep_ != "relcl":
        return None
    noun = verb.head
    for _ in range(4):
        if noun.pos_ == "NOUN" and noun.lower_ in _PERIOD_NOUNS:
            return noun
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("of", "in"):
            return None
        noun = noun.head.head
    return None


def period_happening(verb: Any) -> Any | None:
    """The happening a lasted period is "of" ("a period of political division … that lasted"), or the
    happening a "which lasted" hung on a party's name belongs to ("a war of aggression waged by Orm against
    Lusk, which lasted from 1935 to 1936": the war), or None."""
    period = lasted_period(verb)
    if period is not None:
        return happening_after_of(period)
    if parse_lemma(verb) != "last" or verb.dep_ != "relcl" or verb.head.pos_ != "PROPN" or \
            verb.head.ent_type_ not in _PARTY_KINDS:
        return None
    noun = verb.head
    for _ in range(4):  # up the name's preposition, and a participle describing the happening ("waged by")
        if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
            noun = noun.head.head
        elif noun.dep_ == "acl" and noun.pos_ == "VERB":
            noun = noun.head
        else:
            return None
        if noun.pos_ == "NOUN" and names_a_happening(noun):
            outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            # "a war of aggression waged by …": the war, the phrase's head
            return outer if outer is not None and outer.pos_ == "NOUN" and names_a_happening(outer) else noun
    return None


def only_a_period_lasting(verb: Any) -> bool:
    """Whether ``verb`` tells only that a period lasted (no happening it is "of"): no row."""
    return lasted_period(verb) is not None and period_happening(verb) is None
