"""A plain pair's phrase without "two" or "both": "talks between the parties", "a truce between the sides"
(issue 31: the parties named in the sentence before). "Between" asks two, so "the parties" after it
stands for the pair the way "the two parties" does (:func:`pipeline.events.coreference.is_collective`);
anywhere else ("the parties denied it") it may be any number, and stays unresolved."""

from __future__ import annotations

from typing import Any

# Plural nouns of the sides of a tie (a subset of coreference's collective nouns).
_SIDE_NOUNS = frozenset({"parties", "sides", "countries", "nations", "states", "governments"})


def between_the_pair(token: Any) -> bool:
    """Whether ``token`` is "the parties" (no other modifier) as the object of "between"."""
    return token.lower_ in _SIDE_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "between" and \
        [c.lower_ for c in token.children] == ["the"] and not token.conjuncts
