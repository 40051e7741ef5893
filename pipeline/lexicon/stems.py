"""Two small stemmers, each for the comparison it serves, and the singulars a plural noun may stand for.

Written here rather than taken from a library stemmer because each comparison needs its own
fixed, explainable rule: Porter keeps "occupation" ("occup") and "occupying" ("occupi") apart,
which the five-letter rule of piped links joins.
"""

from __future__ import annotations

_NOUN_SUFFIXES = ("ation", "ition", "ment", "sion", "tion", "ing", "al", "s")


def prefix_stem(word: str) -> str:
    """Five letters stand for a longer word ("occupation"/"occupying", "conservative"/"conservatives");
    a shorter one stands for itself. (Piped links: does a display repeat a title word?)"""
    return word.lower()[:5] if len(word) >= 5 else word.lower()


def noun_stem(lemma: str) -> str:
    """"annexation" → "annex", "agreement" → "agree", "arrival" → "arriv", "arrive" → "arriv".
    (Stories: do two trigger lemmas name the same kind of happening?)"""
    word = lemma.lower()
    for suffix in _NOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


def singulars(word: str) -> set[str]:
    """The word and the singulars it may be the plural of: "clashes" → clash, "losses" → loss, "raids" → raid.
    (Not ``rstrip("s")``, which makes "loss" "lo" and leaves "clashes" "clashe".)"""
    forms = {word}
    if word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
    return forms
