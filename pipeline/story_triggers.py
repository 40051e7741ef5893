"""Which triggers tell the same kind of happening, for merging events into stories.

Two tellings of one happening use the same lemma (``invade``), a verb and its
noun (``invade``/``invasion``, ``sign``/``signing``), or a near-synonym
(``attack``/``invade``, ``sign``/``conclude``). The near-synonyms are this
small table, kept deliberately short: a wrong pair merges two happenings, a
missing pair only leaves one happening told twice. Verb and noun forms not in
the table are matched by stripping the usual noun suffixes.
"""

from __future__ import annotations

# Each group is one kind of happening; the first word names it.
NEAR_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("invade", "invasion", "attack", "assault", "offensive"),
    ("sign", "signing", "conclude", "conclusion", "ink"),
    ("declare", "declaration"),
    ("annex", "annexation", "incorporate", "incorporation"),
    ("occupy", "occupation", "seize", "seizure"),
    ("meet", "meeting", "talk", "talks", "summit"),
    ("ratify", "ratification"),
    ("end", "terminate", "termination", "break"),
    ("withdraw", "withdrawal", "evacuate", "evacuation"),
    ("surrender", "capitulate", "capitulation"),
    ("kill", "murder", "assassinate", "assassination"),
    ("dismiss", "dismissal", "replace", "replacement", "remove", "removal", "oust"),
)
# Verbs whose kind depends on what they act on: "entered a trade pact" is a signing, "entered the
# Polish territories" an invasion.
_LIGHT_VERBS = {"enter", "make", "reach", "conclude"}
_AGREEMENT_WORDS = {"treaty", "pact", "agreement", "accord", "alliance", "armistice", "truce", "deal", "peace",
                    "protocol", "convention"}
_GROUP = {word: group[0] for group in NEAR_SYNONYMS for word in group}
_NOUN_SUFFIXES = ("ation", "ition", "ment", "sion", "tion", "ing", "al", "s")


def _stem(lemma: str) -> str:
    """"annexation" → "annex", "agreement" → "agree", "arrival" → "arriv", "arrive" → "arriv"."""
    word = lemma.lower()
    for suffix in _NOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


def trigger_class(lemma: str | None, theme: str | None = None) -> str | None:
    """The kind of happening a trigger lemma tells (with the thing it acts on, for a light verb such
    as "enter"); None for no trigger (a verbless fragment)."""
    if not lemma:
        return None
    word = lemma.lower()
    if word in _LIGHT_VERBS and theme:
        if any(w in _AGREEMENT_WORDS for w in theme.lower().replace("-", " ").split()):
            return "sign"
        if word == "enter":
            return "invade"  # "entered the Polish territories", "entered Paris"
    return _GROUP.get(word) or _GROUP.get(_stem(word)) or _stem(word)


def same_kind(a: str | None, b: str | None) -> bool:
    """Whether two trigger lemmas tell the same kind of happening."""
    return a is not None and b is not None and trigger_class(a) == trigger_class(b)
