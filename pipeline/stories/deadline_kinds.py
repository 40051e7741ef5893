"""Setting a new deadline, told two ways: "the INS extended its deadline until 9 a.m. Tuesday" and "the
INS has given the Miami relatives until 9 a.m. Tuesday" (AQUAINT, issue 32) are one happening.

A telling of extending a deadline (the verb "extend" acting on a deadline) and one of giving someone
until a time ("gave them until Tuesday", "given the family until 9 a.m.") both tell the kind
``deadline``, beside their verb's own kinds. The deadline the first acts on is that kind itself, not a
thing acted on, so it is no theme (as a light verb's event noun is none): the second, which names no
thing, would otherwise look like a telling of another act of the same agency. A plain "gave the
relatives a car" or "extended its lead" tells no deadline. Two tellings that write different days stay
apart (:mod:`pipeline.stories.deadlines`).
"""

from __future__ import annotations

import re

DEADLINE = "deadline"
_DEADLINE_THEME = re.compile(r"^(?:(?:its|the|a|their|his|her|new|latest|final)\s+)*deadlines?$", re.I)
# "given the Miami relatives until 9 a.m. Tuesday": at most six words between the verb and "until".
_GIVEN_UNTIL = re.compile(r"^\s*(?:[\w.'’-]+\s+){0,6}?until\b", re.I)


def deadline_kind(kinds: frozenset[str], trigger: str | None, theme: str | None,
                  after: str | None) -> tuple[frozenset[str], str | None]:
    """``kinds`` with ``deadline`` added for an extended deadline or a time given until, and the theme
    (None where it is only the deadline). ``after`` is the sentence's words after the trigger."""
    word = (trigger or "").lower()
    if word == "extend" and theme and _DEADLINE_THEME.match(theme.strip()):
        return kinds | {DEADLINE}, None
    if word == "give" and not theme and after and _GIVEN_UNTIL.match(after):
        return kinds | {DEADLINE}, theme
    return kinds, theme
