"""Names a document writes only in part: a person's first name alone, a company's legal form, a unit's number.

"Friedrich" after "Friedrich Schlegel" is him (:func:`first_names`); "L.P." tagged apart after "Orme
Timber Partners" names the company, and "the 65th" the one unit named "65th Air Wing" (or no one: a
fragment, :func:`whole_names`; ``names`` is the document's :class:`~pipeline.events.names.Names`). Read by :class:`pipeline.events.names.Names` when it builds a
document's name table; split from :mod:`pipeline.events.names`.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.person_titles import LEGAL_SUFFIXES


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th|d)$")
# Labels of a name that may be a party; a unit's number alone is tagged as any of them.
_NAMING_LABELS = ("ORG", "PERSON", "NORP", "GPE")


def first_names(people: list[tuple[str, str]], by_surname: dict[str, str]) -> dict[str, str]:
    """First name → full name, for a person the document calls by the first name alone ("Friedrich"
    after "Friedrich Schlegel"): only a first name exactly one named person has, that is nobody's
    surname, and that some full name starts with."""
    firsts: dict[str, dict[str, str]] = {}   # first name -> surname -> the longest full name
    for written, name in people:
        words = written.split()
        if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha() and len(words[0]) > 2:
            # "Friedrich Schlegel" and "Friedrich von Schlegel" are one person, by the longer name.
            known = firsts.setdefault(words[0], {})
            if len(name) > len(known.get(words[-1], "")):
                known[words[-1]] = name
    return {first: next(iter(full.values())) for first, full in firsts.items()
            if len(full) == 1 and first not in by_surname}


def whole_names(entities: list, names: Any, text: str | None = None) -> tuple[dict[int, str], set[int]]:
    """The whole name of a mention that is a fragment of one the document writes: a company's legal
    form alone ("Orme Timber Partners, L.P." tagged as two names) names the company before it; a
    unit's number alone ("the 65th was formed") names the one unit of the document with that number
    ("65th Air Wing", in an entity or in the text); keyed by the entity's id. Also the ids of the unit
    numbers that name no unit of the document: fragments, no party (the mention stays an entity)."""
    ordered = sorted(entities, key=lambda e: e.start)
    out: dict[int, str] = {}
    fragments: set[int] = set()
    for i, e in enumerate(ordered):
        word = names.clean(e.text)
        if word.lower() in LEGAL_SUFFIXES and i > 0 and 0 <= e.start - ordered[i - 1].end <= 2 and \
                ordered[i - 1].label == "ORG":
            out[id(e)] = names.target(ordered[i - 1]) or names.clean(ordered[i - 1].text)
            continue
        m = _ORDINAL.match(word)
        if m:
            number = m.group(1)
            units = {names.target(o) or names.clean(o.text) for o in ordered
                     if o.label == "ORG" and len(names.clean(o.text).split()) >= 2 and
                     _ORDINAL.sub(r"\1", names.clean(o.text).split()[0]) == number}
            if not units and text is not None:
                # The model often tags only the number: "the 139th Airlift Squadron ... the 139th".
                units = {u.group(0) for u in re.finditer(rf"\b{number}(?:st|nd|rd|th|d)(?:\s+[A-Z][\w'.-]*)+", text)}
            if len(units) == 1:
                out[id(e)] = units.pop()
            elif e.label in _NAMING_LABELS:
                fragments.add(id(e))  # no unit or two of that number: the number alone names no one
    return out, fragments
