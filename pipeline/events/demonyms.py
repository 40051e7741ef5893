"""Whether a word is a people's name for a state (:func:`pipeline.events.names.state_of_demonym` asks):
a named group's plural that shares a state's first letters ("the Greens", "the Liberals") is no demonym
and stays a group (issue 31: a named group is a party itself)."""

from __future__ import annotations

_DEMONYM_TAILS = ("an", "ese", "ish", "ic", "i", "ch", "ine", "ene")
# What a state's name adds to its people's plain name ("Serb"-ia, "Turk"-ey, "Uzbek"-istan).
_STATE_TAILS = ("ia", "y", "ey", "a", "stan", "istan")


def demonym_shaped(word: str, state: str, shared: int) -> bool:
    """Whether a word sharing ``shared`` first letters with a state is its demonym: it holds the state's
    whole first word ("Israelis", "Soviet"), the state is its stem plus a state's ending ("Serbs",
    "Turks"), or it ends as demonyms do ("Germans", "Polish", "Chinese"). A named group's plural ("the
    Greens", "the Liberals", "the Bolsheviks") is none: it stays a group, not Greece, Liberia or Bolivia."""
    plain = stem(word)
    first = state.split()[0].lower()
    return shared >= len(first) or (shared >= len(plain) and first[len(plain):] in _STATE_TAILS) or \
        plain.endswith(_DEMONYM_TAILS)


def stem(word: str) -> str:
    """A plural people's noun without its plural ending ("Germans" → "German"; not "Swiss")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
