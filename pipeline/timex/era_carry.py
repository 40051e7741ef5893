"""A bare year after a BC date in the same sentence, counting down from it, is BC too.

"was king from 669 BC to his death in 631": the writer names the era once and the death's year, smaller
than the reign's first, is 631 BC (a reign does not run 1,300 years). The grammar reads a bare "631" as AD
(as it must on its own), so this pass, after tagging, carries the era over when three things hold: the
earlier date of the sentence is BC, the later one is written as digits alone, and its number is smaller
(BC years count down). "from 44 BC until 14" stays AD 14 (a larger number): a writer who means AD after a
BC date in the same sentence usually says so ("AD 14"), and the larger number is the natural reading.
"""

from __future__ import annotations

import re

from pipeline.core.records import Timex

_BC_YEAR = re.compile(r"BC(\d{4})")
_DIGITS = re.compile(r"\d{1,4}")
_YEAR_VALUE = re.compile(r"\d{4}")


def carry_bc_era(timexes: list[Timex]) -> None:
    """Make a bare year BC where an earlier date of its sentence is a larger BC year (in place; before
    the BC days are set, so the changed timex gets them with the others)."""
    last_bc: dict[int, int] = {}  # sentence id -> the last BC year written in it
    for t in timexes:
        if t.sentence_id is None or t.value is None:
            continue
        if (m := _BC_YEAR.match(t.value)) is not None:
            last_bc[t.sentence_id] = int(m[1])
            continue
        before = last_bc.get(t.sentence_id)
        if before is None or not _DIGITS.fullmatch(t.text.strip()) or not _YEAR_VALUE.fullmatch(t.value):
            continue
        if int(t.value) < before:
            t.value = f"BC{int(t.value):04d}"
            t.date_start = t.date_end = None
