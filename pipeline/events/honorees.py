"""The people a document names only in a place's or a prize's name ("Cal Orme Park" names Cal Orme):
a bare "Orme" of the document is that person where no one else bears the surname."""

from __future__ import annotations

from typing import Any


# Last words of a place, a building or a prize often named after a person ("Cal Orme Park", "the Mara
# Lusk Memorial"): the two words before them may be the only place the document names that person in full.
_HONOUR_HEADS = {"park", "playfield", "stadium", "arena", "school", "college", "hall", "library", "bridge",
                 "memorial", "center", "centre", "museum", "prize", "award", "trophy", "medal", "institute"}
# First words of a place's own name, no person's ("New Orme Stadium", "Fort Lusk Park").
_PLACE_FIRST_WORDS = {"new", "north", "south", "east", "west", "san", "santa", "saint", "st", "fort", "port",
                      "mount", "lake", "upper", "lower", "great", "old", "royal", "national", "city", "state"}


def honorees(entities: list, names: Any, people: list[tuple[str, str]]) -> dict[str, str]:
    """Surname → the person a place or a prize of the document is named after ("Cal Orme Park" gives
    "Orme" → "Cal Orme"), where that is the document's only person of the surname: the one named in
    full, if only in the park's name, is the Orme a bare "Orme" means. Two such names of one surname,
    a person of the document bearing it, or words the document names as a place give none. ``names``:
    the document's :class:`pipeline.events.names.Names` (for its cleaning)."""
    places = {names.clean(e.text) for e in entities if e.label in ("GPE", "LOC", "FAC") and
              names.clean(e.text).split()[-1:] and names.clean(e.text).split()[-1].lower() not in _HONOUR_HEADS}
    borne = {written.split()[-1] for written, _ in people if " " in written}
    found: dict[str, set[str]] = {}
    for e in entities:
        words = names.clean(e.text).split()
        if len(words) != 3 or words[-1].lower() not in _HONOUR_HEADS or words[0].lower() in _PLACE_FIRST_WORDS:
            continue
        if all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words[:2]) and \
                " ".join(words[:2]) not in places and words[1] not in places:
            found.setdefault(words[1], set()).add(" ".join(words[:2]))
    return {s: next(iter(n)) for s, n in found.items() if len(n) == 1 and s not in borne}
