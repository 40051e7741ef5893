"""One name per party across the corpus, for merging events into stories.

Within a document the events stage already names a party by its link target
(``Molotov`` → ``Vyacheslav Molotov``). Across documents one party still goes
by several names: ``Soviets``, ``USSR`` and ``Soviet Union``; ``Nazi Germany``
and ``Germany``; ``Molotov`` in one article and ``Vyacheslav Molotov`` in
another. :class:`PartyNames` folds them:

- a short list of state aliases that share no words (``USSR``, ``Britain``);
- a regime or period adjective before a state names the state (``Nazi Germany``,
  ``Imperial Japan``, ``Weimar Germany``);
- a plural demonym names its state when the corpus names that state (``Soviets``,
  ``Germans``), by :func:`pipeline.event_names.state_of_demonym`;
- a bare surname names the one person of the corpus with that surname.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from pipeline.event_names import state_of_demonym

# Names of one state that share no word with each other.
STATE_ALIASES = {
    "USSR": "Soviet Union", "U.S.S.R.": "Soviet Union", "Union of Soviet Socialist Republics": "Soviet Union",
    "Soviet Russia": "Soviet Union",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "US": "United States", "U.S.": "United States", "USA": "United States", "United States of America": "United States",
    "Third Reich": "Germany", "Weimar Republic": "Germany", "German Reich": "Germany", "German Empire": "Germany",
    "Second Polish Republic": "Poland", "French Third Republic": "France", "Vichy France": "France",
    # A state's armed forces act for it.
    "Red Army": "Soviet Union", "Workers' and Peasants' Red Army": "Soviet Union", "Wehrmacht": "Germany",
    "Reichswehr": "Germany", "Kriegsmarine": "Germany", "Luftwaffe": "Germany",
}
KNOWN_STATES = frozenset(STATE_ALIASES.values())
# Words that name a regime or a period of a state, not another party.
_REGIME_WORDS = {"Nazi", "Weimar", "Imperial", "Fascist", "Soviet", "Tsarist", "Vichy", "Free", "Republican",
                 "Communist", "Royal", "Occupied"}


class PartyNames:
    """Canonical party names over a corpus; build it from every name the events use and the
    names the corpus tags as states (GPE)."""

    def __init__(self, names: Iterable[str], states: Iterable[str] = ()) -> None:
        names = set(names)
        self._states = sorted({STATE_ALIASES.get(n, n) for n in states if n})
        by_surname: dict[str, set[str]] = defaultdict(set)
        for name in names:
            words = name.split()
            # A person's name: capitalised words, not a state and not a regime of one ("Nazi Germany").
            if len(words) >= 2 and all(w[:1].isupper() or w in ("von", "van", "de", "del", "der") for w in words) \
                    and words[0] not in _REGIME_WORDS and words[-1] not in self._states and name not in STATE_ALIASES \
                    and name not in self._states:
                by_surname[words[-1]].add(name)
        # A surname names a person only when one full name of the corpus ends in it.
        self._surnames = {s: next(iter(full)) for s, full in by_surname.items() if len(full) == 1}
        self._cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        if name not in self._cache:
            self._cache[name] = self._canonical(name)
        return self._cache[name]

    def _canonical(self, name: str) -> str:
        name = name.strip()
        if name in STATE_ALIASES:
            return STATE_ALIASES[name]
        words = name.split()
        if len(words) >= 2:
            # "Nazi Germany", "Imperial Japan": a regime word; "Axis power Japan": a description before the state.
            for cut in range(1, len(words)):
                rest = " ".join(words[cut:])
                lead = words[:cut]
                if (rest in self._states or rest in KNOWN_STATES) and (
                        all(w in _REGIME_WORDS for w in lead)
                        or (any(w[:1].islower() for w in lead) and name not in self._states)):
                    return STATE_ALIASES.get(rest, rest)
        if len(words) == 1 and name.endswith("s") and name[:1].isupper():
            # Known states first: "Soviets" is the Soviet Union, not "Soviet Volksdeutsche".
            known = [s for s in self._states if s in KNOWN_STATES]
            state = state_of_demonym(name[:-1], known) or state_of_demonym(name[:-1], self._states)
            if state is not None and state != name:
                return STATE_ALIASES.get(state, state)
        if len(words) == 1 and name in self._surnames:
            return self._surnames[name]
        return name

    def is_state(self, name: str) -> bool:
        """Whether a canonical name is a state (the corpus tags it GPE, or it is a known state alias)."""
        return name in self._states or name in KNOWN_STATES

    def all(self, names: Iterable[str]) -> list[str]:
        """Canonical names in first-seen order, each once."""
        out: list[str] = []
        for name in names:
            canonical = self(name)
            if canonical not in out:
                out.append(canonical)
        return out


def document_canonicaliser(entities: list, names) -> "PartyNames":
    """Canonical names for one document's events, from the names its entities stand for."""
    return lambda name: name
