"""A business's short name that is the last word of its full name, before the legal form ("DD
Acquisition Corp. extended its offer. … Acquisition has launched a suit": DD Acquisition Corp.), and
the rule that a full name starting with the short form is a whole name ("Savin Corp."), not the tail
of a longer one ("DD Acquisition Corp." is no full name of "Acquisition"). Issue "who did it", news
short names; read by :mod:`pipeline.events.untagged_bodies`.

Only where the document writes one such full name: a word as common as "Acquisition" names the firm
only when the report has named "… Acquisition Corp." itself.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.person_titles import LEGAL_SUFFIXES

_ARTICLES = {"The", "A", "An"}


def named_before(text: str, start: int) -> bool:
    """Whether the capitalised words at ``start`` of ``text`` continue a name begun before them on the
    same line ("DD Acquisition Corp.": "Acquisition Corp." is no name of its own)."""
    before = text[max(0, start - 40):start]
    m = re.search(r"([A-Z][\w&'.-]*)[ \t]+$", before)
    return m is not None and m.group(1) not in _ARTICLES and not m.group(1).endswith(".")


def last_word_name(head: Any, text: str | None) -> str | None:
    """The one full name of a business the document writes whose last word before its legal form is
    ``head``'s word ("DD Acquisition Corp." for "Acquisition"), or None."""
    if not text or not head.text[:1].isupper() or len(head.text) < 3:
        return None
    if head.tag_ == "NN" and re.search(rf"\b{re.escape(head.lower_)}\b", text):
        return None  # a common word the report also writes as one ("Growth has slowed … growth")
    pattern = rf"\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,2}}\s+{re.escape(head.text)}\s+([A-Z][A-Za-z.]*)"
    fulls = {re.sub(r"^(?:The|A|An)\s+", "", m.group(0)) for m in re.finditer(pattern, text)
             if m.group(1).lower() in LEGAL_SUFFIXES}
    return next(iter(fulls)) if len(fulls) == 1 else None
