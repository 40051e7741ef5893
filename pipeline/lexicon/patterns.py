"""Patterns more than one module needs, defined once so they cannot drift apart.

- ``PARAGRAPH``: a block of text between blank lines (a heading or a paragraph).
- ``REFERENCE_HEADINGS``: headings of the reference apparatus, each with the kind of
  list ``cut_citations`` parses under it (``None``: a heading it leaves to others,
  such as "See also" or "Notes"). ``sections`` treats every one of them as a
  reference heading.
- ``DISAMBIGUATOR``: Wikipedia's bracketed end of a title ("Treaty of Berlin (1926)"), which
  the entities and events stages drop to get a name's short form.
- ``POSSESSIVE``: the possessive ending of a name ("Molotov's", "Soviets'").
- ``LEADING_ERA``: a year's era run into the name after it ("BC Cyrus").
- ``MIRROR_HEADER_MARKERS``: the lines a Wikipedia mirror prints under an article's title line
  (``normalize`` removes them; :mod:`pipeline.io.titles` takes the line above them as the title),
  within the first ``MIRROR_HEADER_WINDOW`` lines.
- ``PUBLICATION_YEAR``: a year a cited work can carry (1500–2099); the date tagger
  has its own, wider year pattern (any four-digit year from 1000), since history
  is older than print.
"""

from __future__ import annotations

import re

PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?!\n))*")

MIRROR_HEADER_MARKERS = frozenset({"HOME", "TheInfoList", "OR:"})
MIRROR_HEADER_WINDOW = 12  # the header sits in the first few lines; never look further

REFERENCE_HEADINGS: dict[str, str | None] = {
    "further reading": "further_reading", "bibliography": "further_reading", "references": "further_reading",
    "sources": "further_reading", "works cited": "further_reading", "primary sources": "primary_source",
    "external links": "external_link",
    "see also": None, "notes": None, "citations": None, "footnotes": None, "secondary sources": None,
    "literature": None,
}

PUBLICATION_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

DISAMBIGUATOR = re.compile(r"\s*\([^()]*\)$")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A year's era the model ran into the name after it ("44 BC Julius Caesar", "BC Cyrus"): no part of the name.
LEADING_ERA = re.compile(r"^(?:\d+\s+)?(?:BC|AD|BCE|CE|B\.C\.|A\.D\.)\s+(?=[A-Z])")
