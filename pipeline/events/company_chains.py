"""Whether a business report keeps talking about its one business from where it names it down to a
later "the company" (issue 31, news rows whose actor was left empty: "Coast Savings Financial Inc.
reported a loss. The Los Angeles thrift holding company said … the company's capital ratio … During
the third quarter, the company charged $46 million": the company is Coast Savings).

:func:`pipeline.events.description_pronouns.lead_business` wants a business named at least twice
before "the company" far from any name may stand for it; a report that names its business once and
then only describes it ("the company", "the Kearny, N.J.-based maker") names it once. Such a chain of
descriptions, each within a reader's short reach of the one before, carries the name as far as it
goes; a gap of unrelated sentences ("Rain fell for a week. The river rose. Roads closed.") breaks it.
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.lexicon.companies import COMPANY_DESCRIPTIONS

# Words before a business noun that make it a description of the report's own business ("the
# company", "the company's", "the Los Angeles thrift holding company"), not "a company" or "another".
_OWN = {"the", "this"}


def description_sentences(chunks: list, sentence_of: Callable[[int], int]) -> list[int]:
    """Sorted sentence numbers holding a singular business noun under "the" or "this" ("the company",
    "the Kearny, N.J.-based maker"); ``chunks`` are (clean offset, parsed) pairs."""
    found = set()
    for offset, parsed in chunks:
        for token in parsed:
            if token.lower_ in COMPANY_DESCRIPTIONS and token.tag_ == "NN" and \
                    any(c.dep_ == "det" and c.lower_ in _OWN for c in token.children):
                found.add(sentence_of(offset + token.idx))
    return sorted(found)


def chained(named: int, here: int, descriptions: list[int], reach: int) -> bool:
    """Whether descriptions run from sentence ``named`` (where the business is named) to sentence
    ``here`` with no step longer than ``reach`` sentences."""
    last = named
    for k in descriptions:
        if k <= last:
            continue
        if k >= here:
            break
        if k - last > reach:
            return False
        last = k
    return here - last <= reach


def chained_business(found: Any, char: int, reach: int) -> str | None:
    """The report's one business for a "the company" at clean offset ``char`` that no nearer rule
    resolved: the report names no other business, names it in its first two sentences, and its
    descriptions chain from there to here (steps of at most ``reach`` sentences). ``found`` is the
    document's :class:`pipeline.events.descriptions.Descriptions`; in doubt None."""
    businesses = found.businesses
    if not businesses or len({name for _, _, name, _ in businesses}) != 1 or businesses[0][1] > 1:
        return None
    if getattr(found, "_description_sentences", None) is None:  # (read once per document)
        found._description_sentences = description_sentences(found.chunks, found.sentence_of)
    here = found.sentence_of(char)
    if businesses[0][0] >= char or not chained(businesses[0][1], here, found._description_sentences, reach):
        return None
    return businesses[0][2]
