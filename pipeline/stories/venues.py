"""The named building a telling happened at, as shared evidence: "In a ceremony ... at the Truman
Presidential Library here" and "the ceremony took place at the Harry S. Truman Library" (AQUAINT, issue
32) tell one ceremony; the events rows name no place (a building is no place the model tags).

A mention's venue is the one named building its sentence writes after "at", "in", "inside" or "outside"
the ("at the Harry Truman Library in Independence"): capitalised words ending in a building's head word.
Two venues are one when their head words are one and they share a name word beyond the generic ones
("Presidential", "National": many libraries are national). It counts as evidence (the weight of a place)
only when nothing else is shared, and a sentence naming two buildings gives none (in doubt, none).
Kept here, beside the stories, since the events stage reads no buildings (the brief of this change
keeps event rows unchanged).
"""

from __future__ import annotations

import re

# Head words of a named building where something is held (not a company's "Center" of commerce alone).
_HEADS = ("Library", "Museum", "Palace", "Hall", "Center", "Centre", "Stadium", "Cathedral", "Church",
          "Hotel", "Castle", "Theatre", "Theater", "Auditorium", "Arena", "Chapel", "Abbey", "Capitol")
# Name words many buildings share, which say nothing of which one it is.
_GENERIC = frozenset({"presidential", "national", "memorial", "royal", "state", "city", "grand", "great",
                      "central", "old", "new", "saint", "st", "the", "of", "and", "public", "international",
                      "convention", "conference", "civic", "community", "county", "federal", "main"})
_VENUE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside)\s+the\s+((?:[A-Z][\w.'’-]*\s+(?:of\s+)?){1,5}(?:"
                    + "|".join(_HEADS) + r"))\b")


def venue_of(sentence: str | None) -> str | None:
    """The one named building a sentence says something was at, or None (none, or several)."""
    found = {m.group(1) for m in _VENUE.finditer(sentence or "")}
    return next(iter(found)) if len(found) == 1 else None


def _name_words(venue: str) -> set[str]:
    words = [w.strip(".'’").lower() for w in venue.split()[:-1]]
    return {w for w in words if len(w) > 1 and w not in _GENERIC}


def same_venue(a: str | None, b: str | None) -> bool:
    """Whether two venues are one building: one head word, a name word shared."""
    if not a or not b or a.split()[-1] != b.split()[-1]:
        return False
    return bool(_name_words(a) & _name_words(b))


def lend_venues(mentions: list, sentence_of: dict[str, str | None]) -> None:
    """Set each mention's ``venue`` from its sentence."""
    for m in mentions:
        m.venue = venue_of(sentence_of.get(m.key))


def venue_evidence(a, b, evidence: list[str], weights: list[float], weight: float) -> None:
    """Add "venue:<building>" when nothing else is shared and both tell one named building."""
    if not weights and same_venue(a.venue, b.venue):
        evidence.append(f"venue:{min(a.venue, b.venue, key=len)}")
        weights.append(weight)
