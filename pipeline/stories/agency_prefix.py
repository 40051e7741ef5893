"""A public body named with and without its country before it is one party.

``the U.S. Immigration and Naturalization Service`` in one report and ``the Immigration and
Naturalization Service`` in another are one agency; without folding them the stories merge sees two
parties and keeps the reports' tellings apart (AQUAINT, issue 32). Folded only when the corpus writes
the bare name too, the country is written as a country (an abbreviation or its name: "U.S.", "UK", not
an adjective such as "British", which may lead another country's body of the same name), and what
follows is a body's name of at least two capitalised words ending in a body's head word (so "U.S. Navy"
stays: "Navy" alone says no country).
"""

from __future__ import annotations

from typing import Callable, Collection

from pipeline.lexicon.story_words import AGENCY_HEADS

_JOINERS = {"and", "of", "for", "the", "&"}
_MAX_PREFIX_WORDS = 2  # "U.S.", "United States"


def without_country_prefix(name: str, known: Collection[str], country_name: Callable[[str], str | None]) -> str | None:
    """The body's name without the country written before it, when ``known`` (the corpus's names) holds
    that bare name; else None."""
    words = name.split()
    for cut in range(1, min(_MAX_PREFIX_WORDS, len(words) - 2) + 1):
        prefix, rest = " ".join(words[:cut]), words[cut:]
        if country_name(prefix) is None or not prefix[:1].isupper():
            continue
        if rest[-1].lower() not in AGENCY_HEADS or not rest[0][:1].isupper():
            continue
        if not all(w[:1].isupper() or w.lower() in _JOINERS for w in rest):
            continue
        bare = " ".join(rest)
        if bare in known:
            return bare
    return None
