"""Find temporal expressions in text with a small rule grammar.

The rules live by family in :mod:`pipeline.timex.rules` (each with its regex,
examples and hooks); this module runs them. Each rule is a regex and a
builder that turns its match into one or more :class:`Piece` objects: a span
plus what the text states about the time (a year, a month, a relative step, a
duration …). Nothing here knows the narrative; :mod:`pipeline.timex.tagger`
picks the pieces, joins ranges and resolves what the text leaves out.

Why our own grammar and not only dateparser or spaCy: dateparser normalises
a string you already have but does not find spans, and knows no decades,
centuries, seasons, ranges or modifiers; spaCy's DATE entities find most
spans but bound them loosely (``the 1920s and early 1930s`` as one) and carry
no value. Spans follow the TimeML conventions: determiners and modifiers
inside, the introducing preposition outside.
"""

from __future__ import annotations

import re
from typing import Iterator

from pipeline.timex.piece import Piece
from pipeline.timex.rules import populate

__all__ = ["Piece", "candidates", "select", "windows", "TRIGGERS"]

RULES = populate()

# Every match of a rule contains its trigger, and the rule only runs in windows around the
# trigger's hits. Running thirty patterns with optional prefixes over every character of a
# long article costs several times more than the rest of the stage; the windows avoid that.
TRIGGERS = {
    "month": re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"),
    "digits": re.compile(r"\d{3,4}"),
    "decade": re.compile(r"\d0['’]?s\b"),
    "era": re.compile(r"\b(?:BCE?|B\.C|AD|A\.D|CE)\b"),
    "clock": re.compile(r"\d(?::\d\d|\s?(?:a\.m|p\.m|[AaPp][Mm]\b|o'clock))"),
    "century": re.compile(r"\b(?:centur|millenni)", re.I),
    "season": re.compile(r"\b(?:spring|summer|autumn|fall|winter)", re.I),
    "unit": re.compile(r"\b(?:day|week|month|year|decade|centur|hour|minute)", re.I),
    "part_of_day": re.compile(r"\b(?:morning|afternoon|evening|night)", re.I),
    "ordinal_day": re.compile(r"\b[Oo]n\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"),
    "weekday": re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "reference": re.compile(r"\b(?:today|now|current|present|recent|future|former)", re.I),
    "set_adverb": re.compile(r"\b(?:annually|yearly|every other)", re.I),
    "named_time": re.compile(r"\b(?:midnight|noon|midday|dawn|daybreak|dusk|nightfall|sunset|sunrise)", re.I),
    "holiday": re.compile(r"\b(?:Christmas|New Year|Bastille|Thanksgiving|Halloween|Independence Day|"
                          r"Valentine|Labor Day|Memorial Day|D-Day|Fourth of July|Easter|Good Friday|Election Day)"),
    "deictic_day": re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"),
    "quarter": re.compile(r"\bquarter", re.I),
    "that_time": re.compile(r"\b(?:that|the)\s+time\b", re.I),
    "fiscal": re.compile(r"\b[Ff]iscal\b"),
    "spelled_year": re.compile(r"\b(?:[Nn]ineteen|[Tt]wo\s+thousand)\b"),
    "set_frequency": re.compile(r"\b(?:daily|weekly|monthly|nightly|hourly|quarterly|(?:every|each)\s+(?:morning|"
                                r"afternoon|evening|night|spring|summer|autumn|fall|winter|Monday|Tuesday|"
                                r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                                r"July|August|September|October|November|December))\b", re.I),
}
_WINDOW = 40  # characters kept on each side of a trigger; more than any expression's prefix or suffix


def windows(text: str, trigger: re.Pattern) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around a trigger's hits, where a rule's matches can be."""
    spans: list[list[int]] = []
    for m in trigger.finditer(text):
        start, end = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans]


def candidates(text: str) -> Iterator[list[Piece]]:
    """Every rule match in ``text`` (overlapping), as the pieces each would give."""
    spans = {name: windows(text, trigger) for name, trigger in TRIGGERS.items()}
    for r in RULES:
        if r.pattern is None:
            continue
        for start, end in spans[r.trigger]:
            for m in r.pattern.finditer(text, start, end):
                # Matches start and end on word boundaries of the whole text ("1939" in "19391"
                # never counts), which also drops words a window's edge cut in half.
                if m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start()].isalnum():
                    continue
                if m.end() < len(text) and text[m.end()].isalnum() and text[m.end() - 1].isalnum():
                    continue
                pieces = r.build(m)
                for p in pieces:
                    p.rule = r.name
                if pieces:
                    yield pieces


def select(found: list[list[Piece]]) -> list[list[Piece]]:
    """Non-overlapping matches, longest first and then leftmost, in text order."""
    found = sorted(found, key=lambda ps: (-(ps[-1].end - ps[0].start), ps[0].start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for pieces in found:
        s, e = pieces[0].start, pieces[-1].end
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(pieces)
    return sorted(chosen, key=lambda ps: ps[0].start)
