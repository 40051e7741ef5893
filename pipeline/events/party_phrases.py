"""The tokens of a party's phrase: what of a subject's or an object's phrase names the party itself.

A head's phrase without its relative clauses, appositions that only describe it ("Walter Krivitsky, an
NKVD agent"), brackets, or where it is ("Police in the city of Lyon"); with the leader of "the
Nationalists led by General Franco" and an apposed name ("his colleague Vyacheslav Molotov"). Split from
:mod:`pipeline.events.triggers`; the roles read it to tell an actor's names from the rest.
"""

from __future__ import annotations

from typing import Any, Iterable

from pipeline.events.gapped_agents import is_gapped_object
from pipeline.events.ordered_agents import is_asking_phrase
from pipeline.events.life_ends import is_epithet
from pipeline.events.listed_members import is_listed_apposition


# Common nouns for a place: "in the city of Lyon" says where the subject is, not who it is.
_PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "area", "country", "state",
                "county", "port", "harbour", "harbor", "valley", "island", "territory", "camp", "base"}

# Parts of a noun phrase that say something else about it: "Victor Kopp, the special
# representative to Berlin", "the Conservatives, who dominated the Commons".
_ASIDES = {"relcl", "acl", "appos", "advcl", "parataxis"}


def phrase_tokens(heads: Iterable[Any]) -> set[int]:
    """Token indices of each head's phrase, leaving out relative clauses, appositions and brackets."""
    keep: set[int] = set()
    # A stack, not recursion: a list of a thousand names is a conjunct chain a thousand deep.
    stack = list(heads)
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "near") and any(
                    g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.lower_ in _PLACE_NOUNS)
                    for g in child.children):
                continue  # "its 6th Congress in Moscow", "Police in the city of Lyon": where, not who
            if child.dep_ == "acl" and child.lower_ in ("led", "headed", "commanded", "lead", "head", "command"):
                # "the Nationalists led by General Francisco Franco": the leader acts too.
                keep.update(t.i for a in child.children if a.dep_ == "agent" for t in a.subtree)
                continue
            if child.dep_ == "compound" and child.ent_type_ in ("GPE", "LOC", "FAC") and \
                    tok.ent_type_ not in ("GPE", "LOC", "FAC") and child.i < tok.i and tok.ent_iob_ != "I":
                continue  # "in Moscow Molotov": the place the fronted phrase named, not part of the name
            if is_asking_phrase(child):
                continue  # "the junta — under the orders of Jan Orm — launched": Orm ordered it, no doer
            if child.dep_ == "conj" and is_gapped_object(child):
                continue  # "named X by Orm Weekly and the Player of the Year by the VBC": a title, no party
            if child.dep_ == "appos" and child.pos_ != "PROPN" and not is_epithet(child):
                continue  # "Walter Krivitsky, an NKVD agent": says what he was ("Albert the Great": his name)
            if is_listed_apposition(tok, child):
                stack.append(child)  # "Thomas Aquinas, William of Ockham, and …": one more of the list
            elif child.dep_ == "appos":
                # "his Soviet colleague Vyacheslav Molotov": the apposed name is the same actor,
                # but not what the apposition says about it ("… representative to Berlin").
                keep.add(child.i)
                keep.update(g.i for g in child.children if g.dep_ in ("compound", "flat"))
            elif child.dep_ in _ASIDES or child.text == "(":
                continue
            else:
                stack.append(child)
    return keep
