"""One person's first name spelt two ways by two reports: "Barnet Slepian" and "Barnett Slepian".

News reports misspell names by a doubled letter ("Philip"/"Phillip", "Mathew"/"Matthew"). Two full names
of the corpus with one surname whose other words are the same but for one letter doubled in one of them
are folded to the longer spelling, so that the bare surname ("Slepian") names the one person again
(:class:`pipeline.stories.party_names.PartyNames` names a person by a bare surname only when one full name
ends in it). Only a doubled letter, in a word of five letters or more: "Jon"/"John", "Ana"/"Anna", or
"Carl"/"Karl" may be two people.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

MIN_LETTERS = 5


def doubled_spelling(a: str, b: str) -> bool:
    """Whether one word is the other with one of its letters written twice ("Barnet", "Barnett")."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or len(short) < MIN_LETTERS:
        return False
    for i in range(len(long)):
        if long[:i] + long[i + 1:] == short:
            return i > 0 and long[i] == long[i - 1] or i + 1 < len(long) and long[i] == long[i + 1]
    return False


def spelling_folds(folds: dict[str, str], by_surname: dict[str, Iterable[str]]) -> dict[str, str]:
    """``folds`` (name → the name it stands for) with each full name that differs from another of its
    surname by one doubled letter folded to the longer spelling."""
    out = dict(folds)
    for names in by_surname.values():
        full = sorted({out.get(n, n) for n in names})
        for a, b in combinations(full, 2):
            wa, wb = a.split(), b.split()
            differ = [(x, y) for x, y in zip(wa, wb) if x != y]
            if len(wa) == len(wb) and len(differ) == 1 and doubled_spelling(*differ[0]):
                short, long = sorted((a, b), key=len)
                out = {k: (long if v == short else v) for k, v in out.items()}
                out[short] = long
    return out
