"""A date the happening began "at least" by is an upper bound on its start (pipeline.events.date_bounds).
Sentences of our own."""

from __future__ import annotations

from datetime import date

from pipeline.core.document import Document


def rows(pipeline, text: str) -> dict[str, tuple]:
    doc = Document.from_raw("t", "t.txt", "Orm\n\n" + text + "\n")
    return {e.trigger: (e.date_start, e.date_end) for e in pipeline(doc).layers["events"] if e.date_text}


def test_at_least_as_early_as_opens_the_start(pipeline):
    assert rows(pipeline, "The word 'vellic' was used at least as early as the fourteenth century.")["use"] == \
        (None, date(1399, 12, 31))


def test_a_guess_as_early_as_opens_the_start(pipeline):
    assert rows(pipeline, "Guilds of Lusk may have existed as early as the 12th century.")["exist"] == \
        (None, date(1199, 12, 31))


def test_a_stressed_as_early_as_keeps_its_date(pipeline):
    # "as early as" with no guess in the clause is stress: the happening is of that year.
    assert rows(pipeline, "The railway reached Lusk as early as 1850.")["reach"] == \
        (date(1850, 1, 1), date(1850, 12, 31))
