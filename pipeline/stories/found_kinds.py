"""What a finding tells: a person found alive is rescued, a person found guilty is judged.

"Rescuers found the survivors on Tuesday" and "the survivors were rescued on Tuesday" tell one
happening, so do "Found clinging to an inner tube in late November, Orm ..." and "Orm, who was
rescued Nov. 25": a finding whose one found is a person (a named person, or people by a word of
:data:`~pipeline.lexicon.story_words.RESCUED_PEOPLE`) also tells the rescue kind. Not when the words
after it say the person was dead ("found dead", "found the body of"): that is the finding of a body.
"The jury found Orm guilty" is no finding at all but a verdict, one kind with a ruling; read as a
finding it merged with "Orm was found clinging to a raft" on the same day.

The kinds table itself is :mod:`pipeline.stories.triggers`; this only reads what a finding acts on,
which the table cannot (:func:`found_kinds` is called from :func:`pipeline.stories.mentions.mentions_of`).
"""

from __future__ import annotations

import re

from pipeline.lexicon.story_words import FOUND_DEAD_WORDS, RESCUED_PEOPLE, VERDICT_WORDS
from pipeline.lexicon.companies import HEADED_BODIES
from pipeline.lexicon.person_titles import LEGAL_SUFFIXES
from pipeline.lexicon.type_nouns import ORG_NOUNS, PRIVATE_PERSON_NOUNS
from pipeline.stories.triggers import head_noun

FINDING_VERBS = frozenset({"find", "locate", "discover"})
RESCUE, VERDICT = "rescue", "rule"
# The words right after the trigger, up to the first comma or clause break: where "guilty" or "dead" sits
# ("found Orm Vell guilty on Tuesday", "was found dead in his car").
_NEAR = re.compile(r"^[^,;:()]{0,60}")
_PERSON_WORDS = RESCUED_PEOPLE | PRIVATE_PERSON_NOUNS


def _near_words(after: str | None) -> set[str]:
    if not after:
        return set()
    return {w.lower() for w in re.findall(r"[A-Za-z]+", _NEAR.match(after).group(0))[:6]}


_NOT_PEOPLE = ORG_NOUNS | HEADED_BODIES | LEGAL_SUFFIXES | {"bank", "group", "fund", "trust", "partners", "holdings"}


def _a_person(name: str, states: set[str]) -> bool:
    """A named party that may be a person: two to four capitalised words, no state, no organisation's
    word ("Tarvian Coast Guard", "Orm Corp.", "Lusk Bank": a firm found to have hidden losses is no one
    rescued, and a bank is "rescued" by a bailout)."""
    words = name.split()
    return name not in states and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and not {w.lower() for w in words} & _NOT_PEOPLE


def found_kinds(kinds: frozenset[str], trigger: str | None, theme: str | None, after: str | None,
                before: str | None, actors: list[str], participants: list[str], states: set[str]) -> frozenset[str]:
    """The kinds of a mention whose trigger is a finding (``kinds`` unchanged for any other): a verdict
    for "found guilty", a rescue as well for a person found alive. ``after`` and ``before`` are the words of
    its sentence after and before the trigger word."""
    if not trigger or trigger.lower() not in FINDING_VERBS:
        return kinds
    near = _near_words(after)
    if near & VERDICT_WORDS:
        return frozenset({VERDICT})  # "found Orm guilty": a verdict, and no discovery
    if near & FOUND_DEAD_WORDS or FOUND_DEAD_WORDS & set(re.findall(r"[a-z]+", (theme or "").lower())):
        return kinds  # "found dead", "found the body of Lusk": no one was saved
    head = head_noun(theme)
    found_people = any(_a_person(p, states) for p in participants) or bool(head and head in _PERSON_WORDS)
    # "Found clinging to an inner tube, Orm ...": a participle opening its sentence says what befell the
    # main clause's subject, which the row may hold as its actor.
    opening = before is not None and not before.strip() and not participants
    if found_people or opening and any(_a_person(a, states) for a in actors):
        return kinds | {RESCUE}
    return kinds
