"""The model's spans: a DATE or TIME entity spaCy found where no rule of the grammar matched.

The tagger fires this rule itself (it has no regex); dateparser gives the value, with the
narrative's time as its "today".
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import DROPPED, Resolved, Resolving, Rule, register

MODEL = "model"


def _dateparser_value(text: str, ref) -> str | None:
    """Ask dateparser for a span spaCy found and our grammar did not; the narrative is its "today"."""
    import dateparser

    base = ref.as_date() or date(1900, 1, 1)
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "RETURN_TIME_AS_PERIOD": True, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
    parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    return {"day": d.date().isoformat(), "month": f"{d.year:04d}-{d.month:02d}", "year": f"{d.year:04d}"}.get(period)


def _short_year(text: str, ref) -> str | None:
    """"BayCon '83": the century that puts the year nearest the narrative's (within fifty years);
    with no narrative time, the last hundred years up to '30 (dateparser would count back from 1900)."""
    m = re.fullmatch(r"\s*['’](\d\d)\s*", text)
    if m is None:
        return None
    short = int(m.group(1))
    base = ref.as_date()
    if base is None:
        return f"{(2000 if short <= 30 else 1900) + short:04d}"
    century = base.year - base.year % 100
    year = min((century - 100 + short, century + short, century + 100 + short), key=lambda y: abs(y - base.year))
    return f"{year:04d}"


def _resolve(p: Piece, c: Resolving) -> Resolved:
    span = c.text[p.start:p.end]
    value = _short_year(span, c.ref) or _dateparser_value(span, c.ref)
    if value is None:
        return DROPPED
    return Resolved(value, not re.search(r"\b\d{4}\b", span))


register(Rule(MODEL, None, lambda m: [], "", resolve=_resolve,
              doc="A DATE/TIME entity of the spaCy model that no rule matched, valued by dateparser."))
