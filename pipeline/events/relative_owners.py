"""The person a "who" clause is said of when the parser hangs it on a place (issue "who did it", history
leads; the sentences below are invented, of the measured shapes).

A lead defines its person with a long noun phrase and then says what he did in a relative clause at its
end: "Orme was the last pharaoh of the Ninth Dynasty of ancient Tarvia, who ruled c. 1332 – 1323 BC",
"Jan Orme was a ruler from the Lusk dynasty based in the Vell region of what is today central Tarvia who
ruled from 1173 to 1206". The parser hangs "who ruled" on the nearest name, the place ("Tarvia"), and the
row then says the place ruled. "Who" never stands for a place: the clause belongs to the person noun the
place's phrase hangs from ("pharaoh", "ruler"), whose name :func:`pipeline.events.subjects.predicated_name`
then finds. A ruling house passed on the way ("of the Ninth Dynasty") is the person's house, not who
ruled, when the house is itself "of"/"from" a person noun.

Only "who"/"whom"; only a place the model tagged (GPE, LOC) nested in a prepositional phrase or an
apposition; only a person noun found within a few steps up, before the main verb. Else None, and the
caller keeps its reading.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.acted_on import RULER_NOUNS
from pipeline.lexicon.person_titles import REGNAL_TITLES
from pipeline.lexicon.type_nouns import PERSON_NOUNS

# Nouns of a person a "who" clause can be said of: the type nouns of persons and the rulers' titles.
_PERSON_HEADS = PERSON_NOUNS | RULER_NOUNS | REGNAL_TITLES | {"ruler", "rulers", "pharaoh", "pharaohs", "leader"}
# Links a place's phrase hangs from its person noun by: "of"/"from"/"in" phrases, their objects, a
# participle on a noun ("a dynasty based in"), a free relative ("of what is today Tarvia").
_CLIMB = {"pobj", "prep", "acl", "appos", "npadvmod", "pcomp", "attr", "compound"}
_STEPS = 10


def person_of_place_clause(clause: Any) -> Any | None:
    """The person noun a "who" relative clause hung on a place is said of, or None (see the module)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom") for c in clause.children):
        return None
    place = clause.head
    if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC") or place.dep_ not in ("pobj", "appos"):
        return None
    tok = place
    for _ in range(_STEPS):
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lower_ in _PERSON_HEADS:
            return _ranked_subject(tok) or tok
        if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
            return tok
    return None


def _ranked_subject(noun: Any) -> Any | None:
    """The named subject a person noun is ranked among ("Orme was the third to last pharaoh", "was one
    of the rulers"): the copula's subject over the attribute the noun's phrase hangs from, else None."""
    tok = noun
    for _ in range(3):
        if tok.dep_ not in ("pobj", "prep"):
            break
        tok = tok.head
    if tok is noun or tok.dep_ != "attr" or tok.head.lemma_ != "be" and tok.head.lower_ not in ("is", "was", "are", "were"):
        return None
    named = [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return named[0] if len(named) == 1 else None
