"""The days of a news report's vague windows (pipeline.timex.spans, pipeline.events.document_dated and
backstory; issue 33): "a few years ago" is no one year, "in recent months" no one month, "months ago" no
whole year running past the report, "last week" on a Sunday the week just ended, a happening told as
after a dated backstory starts with it, and a recent past perfect keeps the report's weeks. Sentences of
our own."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document

SUNDAY = date(2001, 3, 11)


def rows(pipeline, text: str, reference: date = SUNDAY) -> dict[str, tuple]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", reference
    return {e.trigger: (e.date_start, e.date_end, e.dated_by) for e in pipeline(doc).layers["events"]}


@pytest.mark.parametrize("text", ["The company closed its Tarsk plant a few years ago.",
                                  "The company closed its Tarsk plant several years ago."])
def test_a_few_years_ago_spans_the_years_it_may_mean(pipeline, text):
    first, last, _ = rows(pipeline, text)["close"]
    assert first is not None and last is not None
    assert first.year <= 1996 and 1999 <= last.year and last < SUNDAY


@pytest.mark.parametrize("text", ["Sales of the firm collapsed in recent months.",
                                  "Sales of the firm collapsed over the past few months."])
def test_recent_months_reach_back_more_than_a_month(pipeline, text):
    first, last, _ = rows(pipeline, text)["collapse"]
    assert last == SUNDAY and first <= date(2000, 10, 1) and first >= date(2000, 6, 1)


def test_months_ago_ends_before_the_report(pipeline):
    first, last, _ = rows(pipeline, "The mayor resigned months ago after a scandal.")["resign"]
    assert first is not None and first >= date(2000, 3, 1) and last <= date(2001, 2, 28)


def test_last_week_on_a_sunday_is_the_week_just_ended(pipeline):
    first, last, _ = rows(pipeline, "Police arrested three men last week.")["arrest"]
    assert (first, last) == (date(2001, 3, 4), date(2001, 3, 10))


def test_last_week_on_a_weekday_is_the_iso_week_before(pipeline):
    first, last, _ = rows(pipeline, "Police arrested three men last week.", date(2001, 3, 14))["arrest"]
    assert (first, last) == (date(2001, 3, 5), date(2001, 3, 11))


def test_a_happening_after_a_dated_backstory_starts_with_it(pipeline):
    found = rows(pipeline, "Investors fled after the 1974 crash and the market never recovered.")
    assert found["crash"][:2] == (date(1974, 1, 1), date(1974, 12, 31))
    assert found["flee"][:2] == (date(1974, 1, 1), SUNDAY)


def test_a_recent_past_perfect_keeps_the_reports_weeks(pipeline):
    first, last, _ = rows(pipeline, "The group had recently acquired a stake in the Tarsk bank.")["acquire"]
    assert first is not None and last == SUNDAY and (SUNDAY - first).days <= 31
    assert rows(pipeline, "The group had acquired a stake in the Tarsk bank.")["acquire"][0] is None


@pytest.mark.parametrize("text, noun", [
    ("Tarvian forces Thursday launched missile strikes against camps in Orm.", "strike"),
    ("The Orm army on Thursday mounted an offensive against the Lusk rebels.", "offensive"),
])
def test_the_happening_a_dated_verb_stages_takes_its_day(pipeline, text, noun):
    thursday = date(2001, 3, 8)
    assert rows(pipeline, text)[noun] == (thursday, thursday, "text")


def test_a_date_its_infinitive_writes_dates_the_weeks_up_to_it(pipeline):
    # "in July 1997" hangs on "join", a plan the report gets no row of: the invitation is of the weeks up to
    # July 1997, not of the report's
    first, last, dated_by = rows(pipeline, "Lusk was invited to join the league in July 1997.")["invite"]
    assert last == date(1997, 7, 31) and first < date(1997, 7, 1) and dated_by == "sentence"
