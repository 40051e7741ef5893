"""A news report's happenings told as before its own weeks (issue 33, shape A): no report-window date.

Invented sentences as news documents dated 10 March 2001 (pipeline.events.document_dated,
pipeline.events.backstory, and the timex values of "this past spring" and a past quarter).
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.core.document import Document
from pipeline.events.document_dated import DOCUMENT, WINDOW_DAYS

REPORT_DATE = date(2001, 3, 10)


def events(pipeline, text: str):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", REPORT_DATE
    return pipeline(doc).layers["events"]


def rows_of(found, trigger: str):
    return [e for e in found if e.trigger == trigger]


def test_a_dated_relative_clause_dates_nothing_else_by_the_report(pipeline):
    found = events(pipeline, "Kestrel, who went into hiding after the July 1997 coup, returned to Tarsk on Monday.")
    assert not rows_of(found, "hiding"), found  # after July 1997: not the weeks before Monday
    assert [e.date_start for e in rows_of(found, "return")] == [date(2001, 3, 5)]


def test_the_noun_a_dated_clause_describes_takes_no_report_date(pipeline):
    found = events(pipeline, "The war, which began Jan. 17, has cost the republic dearly, officials said Monday.")
    assert not rows_of(found, "war"), found
    assert [e.date_start for e in rows_of(found, "begin")] == [date(2001, 1, 17)]


def test_past_perfect_ends_with_the_report_and_has_no_start(pipeline):
    for text, trigger in (("The group had acquired a stake in the mill.", "acquire"),
                          ("Two ships had been seized by the navy.", "seize")):
        rows = rows_of(events(pipeline, text), trigger)
        assert len(rows) == 1 and rows[0].date_start is None and rows[0].date_end == REPORT_DATE, rows


def test_an_earlier_occasion_or_adverb_ends_with_the_report(pipeline):
    for text, trigger in (("Marlow flew as co-pilot on an earlier mission.", "fly"),
                          ("The company previously sold its shipping arm.", "sell"),
                          ("The firm sold its mills in the past.", "sell")):
        rows = rows_of(events(pipeline, text), trigger)
        assert len(rows) == 1 and rows[0].date_start is None and rows[0].date_end == REPORT_DATE, (text, rows)


def test_the_news_own_happenings_keep_the_window(pipeline):
    rows = rows_of(events(pipeline, "Police arrested two men in Tarsk."), "arrest")
    assert len(rows) == 1 and rows[0].dated_by == DOCUMENT
    assert rows[0].date_start == REPORT_DATE - timedelta(days=WINDOW_DAYS)
    rows = rows_of(events(pipeline, "The minister resigned Monday."), "resign")
    assert [e.date_start for e in rows] == [date(2001, 3, 5)]


def test_a_result_of_a_period_is_not_dated_by_the_report(pipeline):
    found = events(pipeline, "Profit was hurt in the fiscal year by higher costs.")
    assert not rows_of(found, "hurt"), found


def test_a_past_quarter_told_in_march_is_last_years(pipeline):
    rows = rows_of(events(pipeline, "Inventories were reduced in the third quarter."), "reduce")
    assert [(e.date_start, e.date_end) for e in rows] == [(date(2000, 7, 1), date(2000, 9, 30))]


def test_this_past_spring_is_the_last_spring(pipeline):
    rows = rows_of(events(pipeline, "The bank sold the bonds this past spring."), "sell")
    assert [(e.date_start, e.date_end) for e in rows] == [(date(2000, 3, 1), date(2000, 5, 31))]


def test_what_a_dated_happening_did_takes_its_date(pipeline):
    found = events(pipeline, "Marek has been on the run since the March 1996 bombing of a Tarsk clinic that killed a "
                             "guard and maimed a nurse.")
    for trigger in ("kill", "maim"):
        assert [(e.date_start, e.date_end) for e in rows_of(found, trigger)] == [(date(1996, 3, 1), date(1996, 3, 31))]
    found = events(pipeline, "The warrant charged Marek with attempted murder in the 1995 shooting of a doctor.")
    assert [e.date_start for e in rows_of(found, "murder")] == [date(1995, 1, 1)]


def test_years_earlier_in_a_report_is_an_end_bound(pipeline):
    rows = rows_of(events(pipeline, "Years earlier, the firm bought a rival mill."), "buy")
    assert len(rows) == 1 and rows[0].date_start is None and rows[0].date_end < REPORT_DATE


def test_a_when_clause_describing_a_date_is_that_dates(pipeline):
    found = events(pipeline, "The protest recalled the marches of early December, when thousands rallied in Tarsk.")
    rows = rows_of(found, "rally")
    assert len(rows) == 1 and rows[0].date_start == date(2000, 12, 1) and rows[0].date_end <= date(2000, 12, 31)


def test_an_origin_told_in_a_relative_clause_takes_no_report_date(pipeline):
    found = events(pipeline, "She chose the town to honour President Marlow, under whom the league was founded.")
    assert not rows_of(found, "found"), found  # the pipeline's parse has no lemmas: the lemma is looked up


def test_what_a_grown_person_did_as_a_child_is_before_the_report(pipeline):
    found = events(pipeline, "The envoy, who as a child fled her native Tarvia, welcomed the decision on Friday.")
    rows = rows_of(found, "flee")
    assert all(e.date_start is None for e in rows), rows  # years ago: never the report's weeks
