"""Month names as written in running text and in references, spelled once.

The date grammar keeps its own tables (pipeline/timex/lexicon.py: values, weekdays, seasons,
parts of the day), which map words to TIMEX3 values; these are the bare words other modules
match: where a citation ends, what a reference token is, which full stop ends no sentence.
"""

from __future__ import annotations

MONTH_NAMES: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December")
# "May" has no shorter form; "Sep" and "Sept" are both written.
MONTH_ABBREVIATIONS: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                                        "Nov", "Dec")
MONTH_WORDS: frozenset[str] = frozenset(w.lower() for w in MONTH_NAMES + MONTH_ABBREVIATIONS)
