"""A news report's backstory gets no row of the report's weeks (pipeline.events.backstory, issue 33).
Sentences of our own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline.core.document import Document
from pipeline.events.document_dated import DOCUMENT, WINDOW_DAYS

REPORT_DATE = date(2001, 3, 10)


def rows(pipeline, text: str) -> dict[str, tuple]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", REPORT_DATE
    return {e.trigger: (e.date_start, e.date_end, e.dated_by) for e in pipeline(doc).layers["events"]}


@pytest.mark.parametrize("text, old", [
    ("The Tarsk boatyard, founded by his great-grandfather, was sold to a Lusk bank.", "found"),
    ("The old Orm bridge, built by Roman engineers, collapsed into the river.", "build"),
    ("Holm's release followed a 1996 ruling by the court that had annulled his sentence.", "annul"),
])
def test_a_nouns_past_is_no_happening_of_the_reports_weeks(pipeline, text, old):
    assert old not in rows(pipeline, text)


def test_the_news_happening_beside_the_backstory_keeps_the_report(pipeline):
    found = rows(pipeline, "The old Orm bridge, built by Roman engineers, collapsed into the river.")
    assert found["collapse"] == (REPORT_DATE - timedelta(days=WINDOW_DAYS), REPORT_DATE, DOCUMENT)


def test_a_date_inside_a_describing_clause_dates_that_clause_alone(pipeline):
    found = rows(pipeline, "The Tarsk boatyard, which was founded by his grandfather in the 1920s, was sold to "
                           "a Lusk bank.")
    assert found["found"][:2] == (date(1920, 1, 1), date(1929, 12, 31))
    assert found["sell"] == (REPORT_DATE - timedelta(days=WINDOW_DAYS), REPORT_DATE, DOCUMENT)
