"""Parties paired with dates by "respectively" (issue 31, co-signatories: "Orm, Vell and Tarvia signed the
treaties on September 28, October 5 and October 10, 1939, respectively": each dated row's signatory is
the one listed in its place).

The rows of one trigger share the roles read once for the trigger; where the sentence says
"respectively" after the trigger and a role lists exactly as many parties as the trigger has dated rows,
the i-th row (in the order its date is written) keeps the i-th party (in the order written). Anything
less plain (a collective subject, counts that differ, a party written twice) leaves the rows as they were.
"""

from __future__ import annotations

import re

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def dated_rows_by(events: list, key: str) -> list[list]:
    """The rows of a written date that have a trigger, grouped by ``key`` (a row attribute such as
    ``trigger_start`` or ``sentence_start``), the groups of two rows or more, each in the stage's order."""
    groups: dict[int, list] = {}
    for event in events:
        if event.timex_index is not None and event.trigger_start is not None:
            groups.setdefault(getattr(event, key), []).append(event)
    return [rows for rows in groups.values() if len(rows) > 1]


def split_respectively(events: list, text: str) -> None:
    """Give each dated row of a "respectively" sentence its own party (in place); ``text`` is the clean text."""
    for rows in dated_rows_by(events, "trigger_start"):
        first = rows[0]
        after = text[first.trigger_end:first.sentence_end]
        if not _RESPECTIVELY.search(after):
            continue
        rows = sorted(rows, key=lambda e: e.timex_index)
        for names, mentions in (("actors", "actor_mentions"), ("participants", "participant_mentions")):
            if _split(rows, names, mentions, text[first.sentence_start:first.sentence_end]):
                break


def _split(rows: list, names: str, mentions: str, sentence: str) -> bool:
    """Split one role over the rows if it lists one party per row, each written once in the sentence."""
    listed, written = getattr(rows[0], names), getattr(rows[0], mentions)
    if len(listed) != len(rows) or len(written) != len(listed) or len(set(listed)) != len(listed):
        return False
    if any(getattr(r, names) != listed or getattr(r, mentions) != written for r in rows[1:]):
        return False
    where = []
    for word in written:
        found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)]
        if len(found) != 1:
            return False  # a pronoun, a party written twice: no plain order to pair by
        where.append(found[0])
    order = sorted(range(len(listed)), key=lambda i: where[i])
    for row, i in zip(rows, order):
        setattr(row, names, [listed[i]])
        setattr(row, mentions, [written[i]])
    return True
