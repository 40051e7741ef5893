"""A person named with a ruler's title in apposition, where the parse split the two ("Jogaila, Grand Duke of
Lithuania, ruled from 1377", issue 31: the person is the party, never the title alone).

The parser makes both the name and the title subjects of the verb, and the subject reader keeps the nearer
one, the title. Where a subject head is a title of a place ("Duke", "King" with "of" after it) and the word
before it, past only its own compounds and a comma, is a person's name that is also the verb's subject,
the person is the subject.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.person_titles import TITLES_OF_PLACE


def titled_subjects(subjects: list) -> list:
    """``subjects`` with a ruler's title in apposition replaced by the person named before it."""
    return [_person_before(h) or h for h in subjects]


def _person_before(head: Any) -> Any | None:
    if head.lower_ not in TITLES_OF_PLACE or not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    first = min([head.i] + [c.i for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i])
    doc = head.doc
    if first < 2 or doc[first - 1].text != ",":
        return None
    person = doc[first - 2]
    if person.ent_type_ != "PERSON" or person.head.i != head.head.i or person.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return person
