"""Who a news "he" or "she" stands for, where the general rules of
:mod:`pipeline.events.coreference` look at the wrong people (issue "who did it", news pronouns):

- a person the model tagged by their full name once and by their surname as an organisation or a
  place afterwards ("Margalit Har-Shefi, 22, ... Har-Shefi acknowledged"): the short form is the
  same person (:func:`person_label`), for the pronouns and for the document's genders alike;
- the subject of a reported or known clause's governing verb is the nearest antecedent of that
  clause's subject pronoun: "Orm acknowledged she told police that Vell was a traitor and that she
  prayed for him to die": Orm prays, not a woman or a man named sentences before
  (:func:`governing_person`). The first conjunct's own subject ("Vell was a traitor and she prayed")
  is not the pronoun's antecedent, and a pronoun governing subject carries the chain on upwards.

Precision first: the governing subject must be a person mention (or that pronoun again) whose
gender the document does not give as the other sex; else the general rules decide.
"""

from __future__ import annotations

from typing import Any

# Labels the model gives a surname it failed to see as a person's ("Har-Shefi" as ORG, "Rabin" as GPE).
_MISTAKEN_LABELS = {"ORG", "GPE", "NORP"}


def document_people(entities: list, names) -> set[str]:
    """The canonical names the document gives a person, by a mention the model tagged PERSON."""
    return {names(e) for e in entities if e.label == "PERSON"}


def person_label(label: str, name: str, text: str, people: set[str]) -> str:
    """``PERSON`` for a mention the model tagged otherwise whose canonical name is a person's full name
    the document gave (and it is a shorter form of it: "Har-Shefi" for "Margalit Har-Shefi"), else ``label``."""
    if label in _MISTAKEN_LABELS and name in people and name != text and text in name.split():
        return "PERSON"
    return label


def governing_person(token: Any, mentions: list, genders: dict[str, str] | None) -> str | None:
    """The person who is the subject of the verb governing the reported clause ``token`` (a "he" or
    "she" subject) is the subject of; None where the chain meets anything else (see the module)."""
    word = token.lower_
    if word not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    gender = "m" if word == "he" else "f"
    by_root = {m.span.root.i: m for m in mentions if m.label == "PERSON" and not m.adjective}
    verb = token.head
    for _ in range(6):
        if verb.dep_ == "conj":
            verb = verb.head  # "that Vell was a traitor and that she prayed": the first conjunct's subject is no antecedent
            continue
        if verb.dep_ != "ccomp":
            return None
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if subject.lower_ == word:
            continue  # "she told police that ... she prayed": the same one, asked of the verb above
        name = by_root[subject.i].name if subject.i in by_root else _untagged_person(subject, mentions)
        if name is None or (genders and genders.get(name, gender) != gender):
            return None
        return name
    return None


def _untagged_person(subject: Any, mentions: list) -> str | None:
    """The one person named before whose surname (or short form, as written elsewhere) a proper noun
    subject the model left untagged is ("Dana Tal-Orm ... Tal-Orm acknowledged"), else None."""
    if subject.pos_ != "PROPN":
        return None
    doc = subject.doc
    start = subject.i  # the name's words before its head ("Tal - Orm")
    while start > 0 and doc[start - 1].head.i == subject.i and doc[start - 1].dep_ in ("compound", "flat", "punct"):
        start -= 1
    text = doc[start:subject.i + 1].text
    found = {m.name for m in mentions if m.label == "PERSON" and m.span.start < subject.i
             and (m.span.text == text or m.name.split()[-1] == text)}
    return found.pop() if len(found) == 1 else None
