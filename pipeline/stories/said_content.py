"""What a telling says was said: an announcement or an invitation is one happening by what it says.

A body announces, invites and proposes many times a month, so the announcer alone says nothing of
which announcement a telling means: "the League announced on Monday it would admit Valdonia" and "the
League has announced it would admit Orvieta" are two announcements (issue 32's blind judge found such
merged). Beyond the day itself, two tellings of a saying are one only when what they say names the
same things: the names after the verb, to the end of its clause, less dates and the tellings' own
parties (Valdonia, Orvieta: apart), and where neither names anything else, the words ("invited Orvieta
to join the alliance" beside "invited Orvieta to a conference on fishing": no word shared, apart).
"""

from __future__ import annotations

import re

from pipeline.lexicon.calendar import MONTH_WORDS
from pipeline.lexicon.happenings import SPEECH_VERB_FORMS
from pipeline.lexicon.story_words import ADDRESSING_VERBS
from pipeline.lexicon.stop_words import stop_words

_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CLAUSE_END = re.compile(r"[,;:.!?]\s|[;:!?]$|\.$|,|``|''|\"")
_NAME = re.compile(r"\b[A-Z][\w'’\-]*")


def is_saying(trigger: str | None) -> bool:
    """Whether a trigger lemma tells a saying or an addressing ("announce", "invite")."""
    return bool(trigger) and (trigger.lower() in SPEECH_VERB_FORMS or trigger.lower() in ADDRESSING_VERBS)


Said = tuple[frozenset[str], frozenset[str]]  # the names, and the other words, a saying's clause holds


def said_names(trigger: str | None, after: str | None, parties: list[str]) -> Said | None:
    """The names a saying's clause carries after its verb, less dates and its own parties' words, and
    its other words (lower case, no function words); None for a trigger that tells no saying."""
    if not is_saying(trigger):
        return None
    clause = _CLAUSE_END.split(after or "", maxsplit=1)[0]
    own = {w.lower() for p in parties for w in re.split(r"[\s\-–]+", p)}
    dates = MONTH_WORDS | _WEEKDAYS
    names = frozenset(w.lower() for w in _NAME.findall(clause)
                      if w.lower() not in own | dates and w not in ("I", "The", "A", "An"))
    words = frozenset(w for w in re.findall(r"\b[a-z]{3,}\b", clause) if w not in stop_words() | dates) - names
    return names, words


def say_other_things(a_said: Said | None, b_said: Said | None, same_day: bool) -> bool:
    """Whether two tellings of a saying say different things: names of one not the other's, or named by
    both and none shared; with no names, words that both have and none shared. One day's sayings by one
    party are left to the other evidence."""
    if a_said is None or b_said is None or same_day:
        return False
    (a_names, a_words), (b_names, b_words) = a_said, b_said
    if a_names or b_names:
        return not a_names & b_names
    return bool(a_words and b_words) and not a_words & b_words
