"""Who "the alliance" is: the alliance the document is about (issue 31, news rows whose actor was left
empty: "The North Atlantic Treaty Organization was founded in 1949. … In July 1997, at a summit in
Madrid, the alliance announced it would accept Poland": the North Atlantic Treaty Organization).

An alliance's name seldom ends in "alliance" (so :mod:`pipeline.events.descriptions`, which reads
a body's head noun, misses it); it says so by an alliance's word inside it ("Treaty Organization",
"Pact", "Alliance", "League") or the document writes the word after it ("the NATO alliance").
Only the bare noun under "the", with adjectives at most ("the Western military alliance", not "an
alliance", "their alliance", "the alliance of Lusk and Orm"); only an alliance named before it;
of several, the one named at least twice as often as any other, else nothing.
"""

from __future__ import annotations

import re
from typing import Any

# (not "the pact": a treaty the model often tags so does not act, "the pact divided Poland")
_NOUNS = frozenset({"alliance"})
# Words inside a name that make it an alliance's ("North Atlantic Treaty Organization", "Warsaw Pact").
_NAMED = re.compile(r"\b(?:Treaty Organi[sz]ation|Pact|Alliance|Entente)\b")


def alliance_of(token: Any, offset: int, entities: list, names: Any) -> list[str]:
    """The alliance "the alliance" at ``token`` (of the chunk at clean ``offset``) stands for, or nothing.
    ``entities`` are the document's, sorted by start; ``names`` canonicalises an entity."""
    if token.lower_ not in _NOUNS or token.tag_ != "NN":
        return []
    kids = [c for c in token.children if c.dep_ not in ("punct", "relcl", "acl", "case")]
    if not kids or kids[0].dep_ != "det" or kids[0].lower_ != "the" or any(
            c.dep_ not in ("amod", "compound", "npadvmod") or c.ent_type_ for c in kids[1:]) or \
            any(c.dep_ == "prep" and c.lower_ in ("of", "between", "with") for c in token.children):
        return []
    char = offset + token.idx
    counts: dict[str, int] = {}
    alliances: set[str] = set()
    for e in entities:
        if e.label not in ("ORG", "LAW") or e.start >= char:  # (the model tags "the Warsaw Pact" a law)
            continue
        name = names(e)
        counts[name] = counts.get(name, 0) + 1
        if _NAMED.search(name) or _NAMED.search(e.text) or _followed_by_noun(e, token.doc, offset):
            alliances.add(name)
    ranked = sorted(((counts[a], a) for a in alliances), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
        return []
    return [ranked[0][1]]


def _followed_by_noun(e: Any, doc: Any, offset: int) -> bool:
    """Whether an organisation's name in the same chunk is written right before "alliance" ("the NATO
    alliance")."""
    span = doc.char_span(e.start - offset, e.end - offset, alignment_mode="expand") \
        if 0 <= e.start - offset < len(doc.text) else None
    return span is not None and span.end < len(doc) and doc[span.end].lower_ in _NOUNS
