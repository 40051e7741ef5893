"""The persons a bracket lists after a plural noun of envoys (issue "who did it", part 1: every named
counterparty): "launched talks with the ambassadors (Cal Orme, assisted by Jan Vell, and Paul Lusk)" talks
with all three. The parser breaks such a list (an apposition, an agent, a conjunct of the verb), so the
names are read off the bracket itself: every person the model tagged inside it, and the proper name set
in apposition to the noun right after the bracket opens.

Only a plural noun of those who act for another (ambassadors, envoys, delegates, representatives) that is
already a party head of the trigger, and only a bracket opened right after it.
"""

from __future__ import annotations

from typing import Any

_ENVOY_NOUNS = frozenset({"ambassadors", "envoys", "delegates", "representatives", "negotiators", "emissaries",
                          "plenipotentiaries", "diplomats", "ministers", "delegation"})


def _bracket_after(noun: Any) -> tuple[int, int] | None:
    """Token range inside the bracket opened right after ``noun`` and closed in its sentence, or None."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "(":
        return None
    for j in range(noun.i + 2, min(noun.sent.end, noun.i + 40)):
        if doc[j].text == ")":
            return noun.i + 2, j
    return None


def bracketed_members(parties: list, spans: list) -> list[tuple[Any, str, str]]:
    """(entity or None, "participant", name) for each person the bracket after an envoys' noun lists."""
    out = []
    for noun in parties:
        if noun.lower_ not in _ENVOY_NOUNS:
            continue
        inside = _bracket_after(noun)
        if inside is None:
            continue
        first, end = inside
        found = [(e, "participant", name) for e, sp, name in spans
                 if e.label == "PERSON" and first <= sp.start and sp.end <= end]
        covered = {t for _, sp, _ in spans for t in range(sp.start, sp.end)}
        for a in noun.children:  # "(Cal Orme, ...": the untagged name apposed to the noun
            if a.dep_ == "appos" and a.pos_ == "PROPN" and first <= a.i < end and a.i not in covered:
                words = [c for c in a.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [a]
                found.append((None, "participant", " ".join(w.text for w in sorted(words, key=lambda t: t.i))))
        out += found
    return out
