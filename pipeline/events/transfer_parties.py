"""The clubs of a career and of a transfer (issue 31): "began his career at Dover Rovers", "a loan
spell with Lusk Athletic", "left Dover Rovers for Lusk United", "moved to Lusk United from Dover
Rovers". The club a player begins at, plays a spell with, leaves or joins takes part in the move;
the parse gives it as the object of "at", "with", "from" or "for", slots that elsewhere say where
or why. Only the model's bodies (and people: it often takes a club for a person, "Lusk United")
count, never a place: "returned from Tarvia" says where from.

An offer or a bid is a move between two sides too (:func:`offer_sides`): "Lusk rejected an offer from
Orme" names the one offering and the one offered to.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.companies import BID_WORDS
from pipeline.lexicon.sides import CAREER_NOUNS, MOVING_VERBS

# Labels a club may carry: a body, or a person where the model misreads a club's name as one.
_CLUB_LABELS = ("ORG", "PERSON")


def _clubs(holder: Any, prepositions: set[str]) -> list:
    """The named bodies a preposition of ``holder`` in ``prepositions`` has as its object."""
    return [g for c in holder.children if c.dep_ == "prep" and c.lower_ in prepositions
            for g in pobjs(c) if g.ent_type_ in _CLUB_LABELS]


def club_heads(trigger: Any, objects: list) -> list:
    """Heads of the clubs a career or a transfer ``trigger`` names besides its objects: the "at" or
    "with" body of a career noun ("began his career at X", "his spell with X", "a spell at X"), and
    the "from" and "for" bodies of a verb of moving ("left X for Y", "moved to Y from X")."""
    heads: list = []
    careers = [trigger] if trigger.lower_ in CAREER_NOUNS else \
        [o for o in objects if o.lower_ in CAREER_NOUNS]
    for career in careers:
        heads += _clubs(career, {"at", "with"})
        if career is not trigger:
            # "began his career at X": the parser may hang the "at" on the verb
            heads += _clubs(trigger, {"at", "with"})
    if trigger.pos_ == "VERB" and trigger.lower_.startswith(MOVING_VERBS):
        heads += _clubs(trigger, {"from", "for"})
        # "left Dover Rovers for Lusk United": the parser often hangs the "for" on the object
        heads += [g for o in objects for g in _clubs(o, {"for"})]
        # "moved to Lusk United from Dover Rovers": or the "from" on the club joined
        heads += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                  for o in pobjs(c) for g in _clubs(o, {"from"})]
    return heads


# Verbs by which the one offered to answers an offer ("rejected a bid from Orme", "received an offer").
_ANSWERING = ("accept", "reject", "receiv", "refus", "declin", "consider", "welcom", "rebuff", "spurn", "turn",
              "entertain", "weigh", "review", "study", "studi")


def offer_sides(trigger: Any) -> list:
    """Heads of both sides of an offer or bid noun its answering verb holds ("Lusk rejected a $5 billion
    offer from Orme": Lusk and Orme): the verb's subject (a name or a pronoun) and its "from" object.
    The parser hangs the "from" on the verb as often as on the noun."""
    verb = trigger.head
    if trigger.lower_ not in BID_WORDS or trigger.dep_ != "dobj" or verb.pos_ != "VERB" or \
            not verb.lower_.startswith(_ANSWERING):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")] + \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in pobjs(c)]
