"""A happening told twice in one sentence, by a year in its name and by its months: one row, the months'.

"The 1931 China floods were a series of floods that occurred from June to August 1931": the year before the
subject's noun names the same floods the predicate dates from June to August. Judges read a row of the whole
year as a wrong date when the text gives the months (issue 33). The year's row goes when the same word
(lemma) has a row after a copula in the sentence at a finer date inside that year; a row of its own elsewhere stays.
"""

from __future__ import annotations

import re

from pipeline.core.records import Event

# The copula that tells the two words are one happening ("The 1931 floods … were floods that occurred …"),
# with no clause break between them.
_ONE_HAPPENING = re.compile(r"^[^;:.]*\b(?:was|were|is|are)\b[^;:.]*$")


def drop_coarser_twins(events: list[Event], timexes: list, text: str) -> list[Event]:
    """The rows left when a name-year row ("The 1931 China floods") has a finer twin in its sentence."""
    drop = set()
    for e in events:
        if e.granularity != "year" or e.timex_index is None or e.trigger_start is None or \
                timexes[e.timex_index].end > e.trigger_start or e.date_start is None or e.date_end is None:
            continue  # only a year written before its own noun: "the 1931 floods"
        for o in events:
            if o is e or o.sentence_start != e.sentence_start or o.trigger != e.trigger or \
                    o.trigger_start is None or o.trigger_start <= e.trigger_start or \
                    o.granularity not in ("day", "month", "season") or \
                    not _ONE_HAPPENING.match(text[e.trigger_start:o.trigger_start]):
                continue
            try:
                inside = o.date_start is not None and o.date_end is not None and \
                    e.date_start <= o.date_start and o.date_end <= e.date_end
            except TypeError:  # a BC day and an AD one
                inside = False
            if inside:
                drop.add(id(e))
                break
    return [e for e in events if id(e) not in drop]
