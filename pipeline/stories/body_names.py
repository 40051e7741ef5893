"""A body named short and named with the state it belongs to: "the Supreme Soviet ratified the pact" and
"the Supreme Soviet of the Soviet Union ratified the pact" do not name two actors.

The merging (:func:`pipeline.stories.evidence.compatible`) keeps two tellings apart when both name
actors of one kind and none is shared. A body's name cut before its "of" (a name of two words at least,
each capitalised: "Supreme Soviet", "National Assembly", "Central Committee") is no contradiction of the
full name. It is no evidence either: which state's National Assembly the short name means, only the
full name says, so a merge still needs a shared party, theme or place.
"""

from __future__ import annotations

from typing import Iterable


def _short_of(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` followed by " of ..." and ``short`` reads as a body's name."""
    words = short.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and full.startswith(short + " of ")


def bodies_overlap(side_a: Iterable[str], side_b: Iterable[str]) -> bool:
    """Whether two sets of (non-state) actor names share one, a short name of a body counting as its full
    name ("Supreme Soviet", "Supreme Soviet of the Soviet Union")."""
    side_a, side_b = set(side_a), set(side_b)
    if side_a & side_b:
        return True
    return any(_short_of(a, b) or _short_of(b, a) for a in side_a for b in side_b)
