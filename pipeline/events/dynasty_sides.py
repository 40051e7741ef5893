"""A war's dashed name whose sides are dynasties names the dynasties (issue "who did it"; the sentences
below are invented): "The Revival dynasty was marked by two civil wars: the Tarn–Lusk War (1533–1592),
in which two dynasties battled for legitimacy": the sides are the Tarn dynasty and the Lusk dynasty, not
a land "Lusk" (:mod:`pipeline.events.dashed_wars` keeps a part no list knows as written).

A part is read as a dynasty only where the text says so: the war's own words call its sides dynasties
("in which two dynasties battled", "a war between two dynasties"), or the paragraph names that part's
dynasty ("the Lusk dynasty"). A part that names a known state or people stays as it is.
"""

from __future__ import annotations

import re
from typing import Any

# Plural nouns that say a war's sides are ruling houses.
_HOUSES = {"dynasties", "houses", "clans"}


def _dynasty_named(part: str, text: str) -> str | None:
    """"Lusk dynasty" as the paragraph writes it ("Lusk Dynasty" kept so), or None."""
    found = re.search(rf"\b{re.escape(part)} ([Dd]ynasty)\b", text)
    return f"{part} {found.group(1)}" if found else None


def as_dynasties(noun: Any, sides: list[str]) -> list[str]:
    """``sides`` (read off a war noun's dashed name) with each unknown part, kept as written, named as
    its dynasty where the war's words or the paragraph say it is one (see the module)."""
    text = noun.doc.text
    said = any(t.lower_ in _HOUSES for t in noun.subtree) or \
        any(t.lower_ in _HOUSES for t in noun.head.subtree if noun.dep_ == "appos")
    written = {t.text for t in noun.doc[max(0, noun.i - 8):noun.i]}
    out = []
    for side in sides:
        if " " in side or side not in written:
            out.append(side)  # a known state or people's name, or already a dynasty's ("Tarn dynasty")
            continue
        out.append(_dynasty_named(side, text) or (f"{side} dynasty" if said else side))
    return out
