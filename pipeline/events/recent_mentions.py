"""A paragraph's names so far (:class:`Mention`), and the ones a reader still has in view at a pronoun.

The look-back of :mod:`pipeline.events.coreference`: the last coordination of names ("Gorbachev and
Reagan", :func:`last_group`), the last two states, the last person who was a main subject
(:func:`last_person`), the people of the sentence right before; never a place ("in Helmand Province,
Afghanistan": :func:`is_place_mention`). How surely a name acted (:func:`acted`) ranks them. Split from
:mod:`pipeline.events.coreference`, which decides which of these a pronoun or "the two countries" means.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.events.genders import beside_pronoun, is_no_person, woman_in_view
from pipeline.events.triggers import LOCATIVE_PREPOSITIONS
from pipeline.events.tree import first_conjunct
from pipeline.events.place_of_mentions import is_of_place


@dataclass(slots=True)
class Mention:
    """One name in the paragraph: its parse span, canonical name, label, and whether it is an adjective."""

    span: Any
    name: str
    label: str
    adjective: bool


def phrase_root(token: Any) -> Any:
    """The head of the phrase a name sits in: up through coordinations, appositions and compounds."""
    for _ in range(12):
        if token.dep_ in ("conj", "appos", "compound", "flat") and token.head.i != token.i:
            token = token.head
        else:
            break
    return token


def is_place_mention(m: Mention) -> bool:
    """A name where something happened ("in Helmand Province, Afghanistan"), which no pronoun
    for a party stands for."""
    root = phrase_root(m.span.root)
    return (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS and m.label in ("GPE", "LOC", "FAC")) or \
        is_of_place(root)  # "in the cities of Osnabrück and Münster": where (place_of_mentions)


def acted(m: Mention) -> int:
    """How surely a name acted: 2 for the subject (or agent) of a sentence's main verb, 1 for the
    subject of any other verb, 0 for a name that did not act."""
    root = phrase_root(m.span.root)
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    elif root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    else:
        return 0
    verb = first_conjunct(verb)
    return 2 if verb.dep_ == "ROOT" else 1


def last_group(mentions: list[Mention], before: int, size: int | None = None) -> list[str]:
    """Names of the last coordination of names ("A and B", "A, B and C") before token ``before``;
    with ``size``, only a group of exactly that many. Places are no group that acts."""
    by_root = {m.span.root.i: m for m in mentions if not m.adjective and not is_place_mention(m)}
    for m in reversed(mentions):
        if m.span.end > before or m.adjective or m.span.root.i not in by_root:
            continue
        group = [m.span.root] + [c for c in m.span.root.conjuncts]
        names = [by_root[t.i].name for t in sorted(group, key=lambda t: t.i) if t.i in by_root]
        names = list(dict.fromkeys(names))
        if len(names) >= 2 and (size is None or len(names) == size):
            return names
    return []


def last_states(mentions: list[Mention], before: int, count: int = 2) -> list[str]:
    """The last ``count`` distinct states named before token ``before`` (nearest last)."""
    found: list[str] = []
    for m in reversed(mentions):
        if m.span.end <= before and m.label == "GPE" and not m.adjective and m.name not in found:
            found.append(m.name)
            if len(found) == count:
                return found[::-1]
    return []


def last_person(mentions: list[Mention], before: int, gender: str | None = None,
                genders: dict[str, str] | None = None) -> str | None:
    """The person "he" or "she" at token ``before`` stands for: the last main subject before it, else the last
    subject, else the last person named; never one ``genders`` (the document's evidence) gives the other sex."""
    places = {m.name for m in mentions if m.label == "PERSON" and is_no_person(m.span)}  # "king of Ptolemaic Egypt"
    people = [m for m in mentions if m.span.end <= before and m.label == "PERSON" and m.name not in places
              and not (gender and genders and genders.get(m.name, gender) != gender)
              and not beside_pronoun(m.span.root, gender)]  # "he and Tom Orme reached …. He served": not Orme
    if gender == "f" and woman_in_view(people, before, genders):  # "met the actress Anna Lee. … she resigned"
        return woman_in_view(people, before, genders)
    for level in (2, 1):
        for m in reversed(people):
            if acted(m) >= level and m.span.sent.start < before:
                return m.name
    return people[-1].name if people else None


def people_of_sentence_before(mentions: list[Mention], sentence_start: int) -> list[str]:
    """The persons (else states) named in the sentence just before token ``sentence_start``,
    when it names two or more: "Churchill met Roosevelt. … they issued …"."""
    before = [m for m in mentions if m.span.end <= sentence_start and not m.adjective and not is_place_mention(m)]
    if not before:
        return []
    sent = before[-1].span.sent
    doc = sent.doc
    # Only the sentence right before: "they" does not reach back past a sentence naming no one.
    if not all(t.is_space for t in doc[sent.end:sentence_start]):
        return []
    in_sent = [m for m in before if m.span.sent.start == sent.start]
    for labels in ({"PERSON"}, {"GPE"}):
        names = list(dict.fromkeys(m.name for m in in_sent if m.label in labels))
        if len(names) >= 2:
            return names
    return []
