"""Where a party is from is no party: place names that only say where someone lives, was born or
a town lies ("Tom Green of Ottawa played", "tribesmen of Chechnya", "one in Kingston, Ontario
started"); and whose life a bracketed "born" tells, where the parser loses the bracket's link to the
name (:func:`bracketed_life_owner`). Split from :mod:`pipeline.events.party_shapes`;
:mod:`pipeline.events.roles` applies it."""

from __future__ import annotations

from typing import Any

from pipeline.events.fronted_appositions import is_fronted_description_subject
from pipeline.events.party_shapes import phrase_top
from pipeline.lexicon.sides import TARGETING_VERBS


def is_origin(span: Any) -> bool:
    """Whether a place name says where a person is from or was born, not who acted: the object of
    "in", "at" or "near" anywhere, or of "of"/"from" after a person's name ("Tom Green of Ottawa")."""
    root = phrase_top(span.root)
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":
        return True  # "Cowley (born 1912 in Bristol, Quebec …)" misparsed: a place beside a person is not the person
    if is_larger_place(span):
        return True
    while root.dep_ == "appos" and root.head.i != root.i:
        root = phrase_top(root.head)  # "in Bristol, Quebec"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "at" and prep.head.lower_.startswith(TARGETING_VERBS):
        return False  # "attacks targeted at Tarvia": the side acted on
    return prep.lower_ in ("in", "at", "near") or (
        prep.lower_ in ("of", "from") and (prep.head.ent_type_ == "PERSON" or (
        prep.head.lower_ in _INHABITANTS and root.ent_type_ in ("GPE", "LOC"))))  # not "families of U.S. soldiers"


# People named by where they live: "tribesmen of Chechnya", "villagers from Orm" act, not their land.
_INHABITANTS = {"tribesmen", "tribes", "tribe", "residents", "inhabitants", "natives", "villagers", "townspeople",
                "locals", "peasants", "citizens", "people", "peoples", "population", "settlers"}


def is_larger_place(span: Any) -> bool:
    """Whether a place name (or one the model took for a body) follows the place it contains ("one in
    Kingston, Ontario started"): the parser often takes the province for a subject; it only says
    where the town is. Not in a list of places ("Tarvia, Lusk and Orm declared war": a conjunct)."""
    doc, root = span.doc, span.root
    if span.start < 2 or doc[span.start - 1].text != "," or root.dep_ == "conj":
        return False
    town = doc[span.start - 2]
    if town.ent_type_ not in ("GPE", "LOC") or any(c.dep_ == "conj" for c in town.children):
        return False
    if is_fronted_description_subject(span):
        return False  # "A colony of Tarvia, Orm declared": the subject after a description of it acts
    if root.dep_ == "appos" and root.head.i != town.i:
        return False  # "a request from her father in Lusk, Jan Orme,": the name is the noun's, no region
    top = phrase_top(town)
    # (the town qualifies a noun, "one in Kingston": a fronted "At Versailles, France signed" is no such pair)
    return top.dep_ == "pobj" and top.head.lower_ in ("in", "at", "near", "from", "of") and \
        top.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")

def bracketed_life_owner(trigger: Any) -> int | None:
    """The index of the last word before the bracket a "born" or "died" stands in ("Jan Orme (Tarvian:
    Ян Орме, born 3 May 1950) is …", "Ana Ruiz (pronounced …) (born 1983)"): the name it ends is the
    one born. Earlier brackets right before it are skipped; None when the word is in no bracket."""
    if trigger.lower_ not in ("born", "died"):
        return None
    i, depth = trigger.i - 1, 0
    start = trigger.sent.start
    while i >= start:  # the bracket the word stands in
        t = trigger.doc[i].text
        if t == ")":
            depth += 1
        elif t == "(":
            if depth == 0:
                break
            depth -= 1
        i -= 1
    if i < start:
        return None
    i -= 1
    while i >= start and trigger.doc[i].text == ")":  # "(pronounced go-DAN) (born …)": an earlier bracket
        while i >= start and trigger.doc[i].text != "(":
            i -= 1
        i -= 1
    return i if i >= start else None
