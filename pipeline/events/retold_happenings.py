"""A news report's undated retelling of a death its report dates elsewhere (issue 33, news dates).

"Orm's mother drowned on Nov. 22 when their boat sank off Vell. … His mother and 10 others died at sea":
the later sentence writes no date, and pipeline.events.document_dated would date the dying by the report's
weeks, weeks after the drowning. A person dies once, so a dying word (:data:`DYING_LEMMAS`) the report's
weeks date, where the report dates a dying before its weeks, is that dying: it takes that date when their
parties agree (the same, or none named for one of them); when they do not, or the report's earlier
dyings disagree on the date, it gets no date: the report's weeks would be wrong. A report that also dates a
dying within its weeks ("two more died Friday") tells fresh deaths: its undated dyings keep their window.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from pipeline.core.records import Event
from pipeline.events.dated_by import DOCUMENT, EARLIER, SENTENCE, TEXT, UNDATED
from pipeline.lexicon.retellings import DYING_LEMMAS

# A fresh happening of the kind, not the one told before: "another boat sank", "two more died".
_FRESH = {"another", "more", "new", "latest", "again", "second", "other", "also"}
_WINDOWED = (DOCUMENT, SENTENCE)   # dated_by of the rows the report's weeks date


def _parties(row: Event) -> set[str]:
    """A row's parties by their last word, lower case: "Elisabeth Brotons" and "Brotons" agree."""
    return {p.split()[-1].lower() for p in (*row.actors, *row.participants) if p and p.split()}


def _fresh(tok: Any) -> bool:
    """"another boat sank", "two more people died", "also died": the word tells a dying of its own."""
    words = [*tok.children] + [g for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.subtree]
    return any(w.lower_ in _FRESH for w in words)


def retell_deaths(rows: list[Event], dated: list[Event], since: date, token_of: Callable[[Event], Any]) -> None:
    """Date the report-dated dyings of ``rows`` (this stage's rows) by the report's dying dated before its weeks
    (``since``, the window's first day), in place; see the module's docstring. ``dated`` are the rows of
    written dates, ``token_of`` gives a row's token."""
    every = dated + rows
    if any(e.dated_by == TEXT and e.trigger in DYING_LEMMAS and e.date_end is not None and e.date_end >= since
           for e in dated):
        return  # the report tells dyings of its own weeks: which one a retelling is, it cannot say
    told = [e for e in every if e.trigger in DYING_LEMMAS and e.date_end is not None and e.date_end < since
            and e.dated_by != EARLIER]
    if not told:
        return
    for row in rows:
        if row.dated_by not in _WINDOWED or row.trigger not in DYING_LEMMAS or row.date_end is None \
                or row.date_end < since:
            continue
        tok = token_of(row)
        if tok is None or _fresh(tok):
            continue
        mine = _parties(row)
        same = [e for e in told if not mine or not _parties(e) or mine & _parties(e)]
        same = [e for e in same if e.dated_by == TEXT] or same  # a written date over a sentence's window
        days = {(e.date_start, e.date_end) for e in same}
        if len(days) == 1:
            first = same[0]
            row.date_start, row.date_end, row.granularity = first.date_start, first.date_end, first.granularity
            row.dated_by = EARLIER
        else:
            row.date_start = row.date_end = row.granularity = None  # the report dates it elsewhere, or not at all
            row.dated_by = UNDATED
