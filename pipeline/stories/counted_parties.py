"""A theme that counts the states acted on, and a telling that names them: "the alliance invited the
three central and eastern European countries" and "Poland, the Czech Republic and Hungary, who were
invited". The count is weak evidence of one happening (``counted:``): only a described theme (no name of
its own: :func:`pipeline.stories.themes.described_only` or all lower case) whose head is a word for
states (countries, states, nations, republics) and whose count (two or more, in words or digits) is
exactly the number of the other telling's participants, every one of them a state; never when the
other telling names a theme of its own."""

from __future__ import annotations

import re

from pipeline.lexicon.stems import singulars
from pipeline.lexicon.story_words import COUNT_WORDS, STATE_WORDS


def counted_states(theme: str | None) -> int | None:
    """How many states a described theme counts ("the three central and eastern European countries": 3),
    or None."""
    words = [w.strip(".,'’").lower() for w in re.split(r"\s+", theme or "") if w.strip(".,'’")]
    if len(words) < 2 or not singulars(words[-1]) & STATE_WORDS:
        return None
    if any(w[:1].isupper() and not w.endswith(("an", "ean", "ese", "ish", "ic")) for w in (theme or "").split()[1:-1]):
        return None  # a name among the words ("the three Baltic States of Tarvia"): not only described
    found = [COUNT_WORDS.get(w) or (int(w) if w.isdigit() else None) for w in words[:3]]
    counts = [n for n in found if n]
    return counts[0] if len(counts) == 1 and counts[0] >= 2 else None


def counted_evidence(a, b, evidence: list[str], weights: list[float], weight: float) -> None:
    """Add ``counted:N states`` to ``evidence`` (and ``weight`` to ``weights``) when one of two mentions
    (:class:`pipeline.stories.evidence.Mention`, untyped: evidence imports this) counts the states the other
    names as its participants, and nothing else was found."""
    if weights:
        return
    for counting, naming in ((a, b), (b, a)):
        n = counted_states(counting.theme)
        if n and not naming.theme and len(naming.participants) == n and set(naming.participants) <= naming.states \
                and not counting.participants:
            evidence.append(f"counted:{n} states")
            weights.append(weight)
            return


def with_its_count(theme: str | None, sentence: str | None) -> str | None:
    """A described theme of states with the count its sentence writes before it, which the events row
    leaves out ("invited the three central and eastern European countries": theme "central and eastern
    European countries" → "three central and eastern European countries"); any other theme as it is."""
    if not theme or not sentence or counted_states(theme) or counted_states("three " + theme) is None:
        return theme
    found = re.search(r"\b(\w+)\s+" + re.escape(theme) + r"\b", sentence)
    if found and (found.group(1).lower() in COUNT_WORDS or found.group(1).isdigit()):
        return f"{found.group(1)} {theme}"
    return theme
