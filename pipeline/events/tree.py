"""Walks over a spaCy parse that several event modules take."""

from __future__ import annotations

from typing import Any

# A role as the roles code passes it: (the entity or None, the role such as "actor" or "participant", the name);
# one alias here for every module that reads or adds roles.
Role = tuple[Any, str, str]


def first_conjunct(token: Any) -> Any:
    """The first of the coordinated words ``token`` belongs to ("the U.S. and British embassies":
    U.S. for British), which carries the coordination's own link; ``token`` itself when it is not a
    conjunct. (Tokens are compared by position: spaCy makes a new Token on every access.)"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def pobjs(prep: Any) -> list:
    """The objects of a preposition."""
    return [g for g in prep.children if g.dep_ == "pobj"]


def of_objects(word: Any) -> list:
    """The objects of the "of" phrases hung on ``word`` ("the independence of Tarvia": Tarvia)."""
    return [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]
