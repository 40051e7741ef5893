"""Who does a deed told as a predicate noun's infinitive (issue "who did it", part 1): "The Tarvian explorer
Cal Orme was the first European to reach Vell in 1524" was done by Cal Orme, not by "European".

The parser hangs the infinitive ("to reach") on the predicate noun ("the first European"), so the subject
rules take that noun for the one who reached: a people's word, a rank or a bare noun that names no one.
The predicate noun of a copula says what its subject is, so the copula's subject is who did it: only an
infinitive (a "to" before the verb) hung on a noun that is the attribute of a form of "be" with a subject.
"""

from __future__ import annotations

from typing import Any

_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "become", "becomes", "became",
                 "becoming"})


def predicate_subjects(trigger: Any, subjects: list) -> list:
    """``subjects`` with a predicate noun that heads ``trigger``'s infinitive replaced by its copula's subject."""
    if trigger.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return subjects
    noun = trigger.head
    copula = noun.head
    if noun.dep_ != "attr" or copula.lower_ not in _BE or not any(s.i == noun.i for s in subjects):
        return subjects
    said_of = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not said_of:
        return subjects
    return [s for s in subjects if s.i != noun.i] + said_of
