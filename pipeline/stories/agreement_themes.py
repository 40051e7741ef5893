"""Whether two agreements named by their common nouns are one: what each says it is about.

"A trade agreement" and "the non-aggression pact" signed by one pair of states in one month are two
signings; "the commercial agreement" and "an intricate trade pact" are one; a ceasefire is never the
peace treaty. Only the lower-case words before the agreement's noun are read: a party's name
("German–Soviet") says between whom, and a title ("the Molotov–Ribbentrop Pact") is a name, which
:func:`pipeline.stories.themes.themes_agree` compares by its words. Used by that function.
"""

from __future__ import annotations

import re

from pipeline.stories.triggers import AGREEMENT_WORDS

# Agreements that end fighting are not treaties that settle a peace or trade: "the armistice" of
# November is not "the peace treaty" of the next June.
_CEASEFIRES = {"armistice", "truce", "ceasefire", "cease-fire"}
# Words that say what an agreement is about in the same way: the commercial agreement is the trade
# pact and the credit agreement it came with; the boundary treaty is the frontier treaty.
_SAME_SUBJECT = ({"trade", "commercial", "economic", "credit", "trading"},
                 {"border", "boundary", "frontier"},
                 {"non-aggression", "nonaggression", "neutrality"})
# Words before an agreement's noun that do not say what it is about.
_NOT_SUBJECT = {"new", "first", "second", "third", "final", "formal", "historic", "famous", "so-called", "draft",
                "proposed", "signed", "original", "earlier", "later", "previous", "bilateral", "two", "three",
                "own", "same", "whole", "full", "short-lived", "secret", "additional", "landmark"}


def _agreement_subject(theme: str) -> tuple[str, set[str]] | None:
    """For a theme that is an agreement by its common noun ("a trade agreement", "the German–Soviet
    non-aggression pact"), its class (a ceasefire or another agreement) and the lower-case words before
    the noun that say what it is about, folded ("commercial" is "trade"); None for anything else, and
    for an agreement named by a title ("the Molotov–Ribbentrop Pact": its words are a name)."""
    words = [w.strip(".,'’()") for w in re.split(r"\s+", theme.split(" of ")[0]) if w.strip(".,'’()")]
    if not words or words[-1].lower() not in AGREEMENT_WORDS | _CEASEFIRES:
        return None
    head = words[-1].lower()
    if words[-1][:1].isupper():
        # A title says what it is about only by the words of the subjects above ("the German–Soviet
        # Commercial Agreement" is a trade agreement); any other title ("the Molotov–Ribbentrop Pact") is a
        # name, which says nothing of it here.
        titled = {min(group) for w in words[:-1] for part in re.split(r"[–—]", w.lower())
                  for group in _SAME_SUBJECT if part in group}
        return (("ceasefire" if head in _CEASEFIRES else "agreement"), titled) if titled else None
    subject = set()
    for w in words[:-1]:
        if w[:1].isupper() or w.lower() in _NOT_SUBJECT or w.lower() in ("the", "a", "an", "its", "their", "his",
                                                                        "her", "this", "that"):
            continue  # a party's name ("German–Soviet") says between whom, not about what
        word = w.lower()
        subject.add(next((min(group) for group in _SAME_SUBJECT if word in group), word))
    return ("ceasefire" if head in _CEASEFIRES else "agreement"), subject


def two_agreements(a: str, b: str) -> bool:
    """Whether two agreements by their common nouns are two: a ceasefire and a treaty, or each says what
    it is about and they share nothing of it ("a trade agreement", "the non-aggression pact"). One that
    says nothing ("the pact") may be either: not two."""
    sa, sb = _agreement_subject(a), _agreement_subject(b)
    if sa is None or sb is None:
        return False
    return sa[0] != sb[0] or bool(sa[1] and sb[1] and not sa[1] & sb[1])


def same_agreement_subject(a: str | None, b: str | None) -> str | None:
    """What two agreements are both said to be about ("a non-aggression pact", "the non-aggression pact
    of 1939" → "non-aggression"), or None when either says nothing of it or they differ."""
    sa, sb = (_agreement_subject(t) if t else None for t in (a, b))
    if sa is None or sb is None or sa[0] != sb[0]:
        return None
    shared = sa[1] & sb[1]
    return min(shared) if shared else None
