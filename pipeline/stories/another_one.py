"""A thing acted on that its sentence calls another of its kind: a new happening, not the one told before.

``police arrested Orm on Monday`` in one report and ``police have arrested another suspect`` in the next
are two arrests, though both are the police's, of one place and of the weeks the second report looks back
on: "another" (or "a second", "further") says the one arrested now is not the one told before. Such a
mention joins no story (:func:`pipeline.stories.evidence.compatible`); in doubt, apart.
"""

from __future__ import annotations

import re

from pipeline.lexicon.story_words import ANOTHER_ONE

_WORDS_BETWEEN = 2  # "another suspected bomber", "a second unexploded bomb"
# The start every match of says_another's pattern has, compiled once.
_ANOTHER_WORD = re.compile(r"\b(?:" + "|".join(sorted(ANOTHER_ONE)) + r")(?!\s+than\b)\s+", re.IGNORECASE)


def says_another(sentence: str | None, theme: str | None) -> bool:
    """Whether the sentence writes its acted-on thing ``theme`` after a word making it another one."""
    if not sentence or not theme:
        return False
    words = r"(?:" + "|".join(sorted(ANOTHER_ONE)) + r")"
    if _ANOTHER_WORD.search(sentence) is None:
        return False  # the pattern below opens with these words: no need to compile it (speed only)
    pattern = rf"\b{words}(?!\s+than\b)\s+(?:[\w-]+\s+){{0,{_WORDS_BETWEEN}}}{re.escape(theme.strip())}\b"
    return re.search(pattern, sentence, flags=re.IGNORECASE) is not None
