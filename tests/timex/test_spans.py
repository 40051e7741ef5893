"""The days a news date covers where its calendar unit misstates them (pipeline.timex.spans), and "last
<season>" written inside that season. Sentences of our own, as news reports dated 14 November 1990."""

from __future__ import annotations

from datetime import date

from pipeline.core.document import Document
from pipeline.timex.spans import fiscal_span

REPORT_DATE = date(1990, 11, 14)


def timexes(pipeline, text: str, reference_date: date = REPORT_DATE) -> dict[str, tuple]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", reference_date
    return {t.text: (t.value, t.date_start, t.date_end) for t in pipeline(doc).layers["timexes"]}


def test_a_fiscal_quarter_is_no_calendar_quarter(pipeline):
    found = timexes(pipeline, "Borvex Inc. said its fiscal second quarter profit rose 8%.")
    (value, first, last), = found.values()
    assert value == "1990-Q2"  # the value TimeML scores stays
    assert first < date(1990, 4, 1) and last > date(1990, 6, 30)  # not April to June
    found = timexes(pipeline, "Borvex Inc. posted a profit of $3 million in the calendar second quarter.")
    assert found["the calendar second quarter"][1:] == (date(1990, 4, 1), date(1990, 6, 30))


def test_the_span_of_a_fiscal_year_covers_every_year_end():
    # quarter 1 of a year ending in January (Feb-Apr of the year before) to one ending in December
    assert fiscal_span("1991-Q1", year_written=True) == (date(1990, 2, 1), date(1991, 3, 31))
    assert fiscal_span("1991-Q4", year_written=True) == (date(1990, 11, 1), date(1991, 12, 31))
    assert fiscal_span("1991", year_written=True) == (date(1990, 2, 1), date(1991, 12, 31))
    # an unwritten year may be the next fiscal year too
    assert fiscal_span("1991-Q1", year_written=False) == (date(1990, 2, 1), date(1992, 3, 31))


def test_a_quarter_ended_on_a_day_is_the_three_months_to_it(pipeline):
    found = timexes(pipeline, "Borvex Inc. posted a loss for the quarter ended Aug. 31.")
    assert found["the quarter"][1:] == (date(1990, 6, 1), date(1990, 8, 31))
    found = timexes(pipeline, "Borvex Inc. lost money in the third quarter, which ended Oct. 31.")
    assert found["the third quarter"][1:] == (date(1990, 8, 1), date(1990, 10, 31))


def test_earlier_this_month_runs_up_to_the_report(pipeline):
    found = timexes(pipeline, "Copper prices fell sharply earlier this month, dealers said.")
    assert found["earlier this month"][1:] == (date(1990, 11, 1), REPORT_DATE)
    found = timexes(pipeline, "The council will vote later this month.")
    assert found["later this month"][1:] == (REPORT_DATE, date(1990, 11, 30))
    found = timexes(pipeline, "Copper prices fell sharply early this month, dealers said.")
    assert found["early this month"][2] < REPORT_DATE  # "early": the month's first days, as before


def test_last_season_written_inside_that_season_is_the_year_before(pipeline):
    assert timexes(pipeline, "The mill closed last fall.")["last fall"][0] == "1989-FA"  # November: still fall
    assert timexes(pipeline, "The mill closed last spring.")["last spring"][0] == "1990-SP"
    assert timexes(pipeline, "The mill closed last fall.", date(1990, 12, 3))["last fall"][0] == "1990-FA"
    assert timexes(pipeline, "The mill closed last winter.", date(1991, 1, 20))["last winter"][0] == "1989-WI"
    assert timexes(pipeline, "The mill closed last winter.", date(1990, 12, 20))["last winter"][0] == "1989-WI"


def test_the_past_decade_in_a_report_is_the_ten_years_up_to_it(pipeline):
    found = timexes(pipeline, "The port of Orm grew fast over the past decade, officials said.")
    assert found["the past decade"][1:] == (date(1980, 11, 15), REPORT_DATE)
    found = timexes(pipeline, "The port of Orm has grown over the last two decades.")
    assert found["the last two decades"][1:] == (date(1970, 11, 15), REPORT_DATE)
    found = timexes(pipeline, "Rents in Orm rose 5% over the past three months.")
    assert found["the past three months"][1:] == (date(1990, 8, 15), REPORT_DATE)
    # "last year" is the calendar year before; a stretch of unstated length ("few") reaches back a few at most
    assert timexes(pipeline, "Rents in Orm rose 5% last year.")["last year"][1:] == (date(1989, 1, 1), date(1989, 12, 31))
    assert timexes(pipeline, "Rents in Orm have risen for the past few years.")["the past few years"][1:] == \
        (date(1985, 11, 15), REPORT_DATE)
    assert timexes(pipeline, "Rents in Orm have risen for the past many years.")["the past many years"][1:] == (None, None)


def test_a_stretch_up_to_the_report_dates_its_happening(pipeline):
    doc = Document.from_raw("t", "t.txt", "Title\n\nThe port of Orm has grown over the last two decades.\n")
    doc.kind, doc.reference_date = "news", REPORT_DATE
    rows = {e.trigger: e for e in pipeline(doc).layers["events"]}
    assert (rows["grow"].date_start, rows["grow"].date_end) == (date(1970, 11, 15), REPORT_DATE)
    assert rows["grow"].date_text == "the last two decades" and rows["grow"].granularity == "decade"
