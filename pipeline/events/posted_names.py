"""A person's name without the place of the post written before it (issue "who did it", part 1: titles and
places are not part of a name): "Tarvian trade representative in Lusk David Vell made attempts" names
David Vell, but the model often tags "Lusk David Vell" as one person.

Only where an office noun and "in", "at" or "to" come right before the name the model tagged ("envoy to",
"representative in", "correspondent at"): the capitalised word after such a preposition is the post's
place, never a first name, so it goes, and two words go where the first opens a place's name ("in New
York", "to Saudi Arabia") or the two make a capital the lists know. At least two words of the name must
remain; else the name stays as tagged.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.capitals import CAPITAL_SEATS
from pipeline.lexicon.person_titles import HONORIFICS
from pipeline.lexicon.type_nouns import TYPE_NOUNS

# A lower-case office noun and the preposition of its post, right before the name.
_POSTED = re.compile(r"\b([a-z]+)\s+(?:in|at|to)\s+$")
_OFFICES = HONORIFICS | set(TYPE_NOUNS["PERSON"]) | {"envoy", "emissary", "attaché", "attache", "correspondent",
                                                     "delegate", "agent", "resident", "legate", "nuncio"}
# First words of a two-word place name ("New York", "San Remo", "St. Louis").
# (Read here, not by the country lists: those import the names module this one serves.)
_PLACE_OPENERS = {"new", "san", "santa", "los", "las", "st.", "saint", "port", "fort", "mount", "el", "la", "le",
                  "north", "south", "east", "west", "united", "saudi", "sri", "costa", "hong", "buenos", "rio"}


def posted_name(text: str | None, entity: Any, written: str) -> str:
    """``written`` (a person's cleaned name) without the place of the post the words before it name, or as is."""
    if text is None or getattr(entity, "label", None) != "PERSON" or not hasattr(entity, "start"):
        return written
    words = written.split()
    if len(words) < 3:
        return written
    before = _POSTED.search(text[max(0, entity.start - 40):entity.start])
    if before is None or before.group(1) not in _OFFICES:
        return written
    two = " ".join(words[:2])
    cut = 2 if (words[0].lower() in _PLACE_OPENERS or two in CAPITAL_SEATS) else 1
    rest = words[cut:]
    return " ".join(rest) if len(rest) >= 2 and all(w[:1].isupper() for w in rest) else written
