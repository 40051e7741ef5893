"""How a written date bounds its event's interval (issue 33), in sentences of our own.

A deadline ("by 1874", "up to March 1950") says the happening came on or before the date's end,
not within it: the row's interval ends with the date and its start is unknown. Regression tests;
``python -m evaluation.audit_events`` measures on text we did not write.
"""

from __future__ import annotations

from datetime import date

import pytest


def events_of(pipeline, text: str) -> list:
    return pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]


@pytest.mark.parametrize("text, end", [
    ("The old wooden pier had been rebuilt in stone by 1874.", date(1874, 12, 31)),
    ("The copper mine was flooded and abandoned by March 1931.", date(1931, 3, 31)),
    # a paragraph opening with the deadline, a part of a year ("mid-", "late"), a year BC
    ("By 1620 the drought had spread to the eastern valleys.", date(1620, 12, 31)),
    ("By mid-1977 the cooperative had opened a second mill.", date(1977, 8, 31)),
    ("By late 1841 the garrison had abandoned the fort.", date(1841, 12, 31)),
])
def test_a_deadline_ends_the_interval_and_leaves_its_start_open(pipeline, text, end):
    events = events_of(pipeline, text)
    assert len(events) == 1
    assert (events[0].date_start, events[0].date_end) == (None, end)


def test_a_deadline_before_christ_leaves_the_start_open(pipeline):
    events = events_of(pipeline, "By 310 BC the Orm kingdom had annexed the four river towns.")
    assert len(events) == 1
    assert events[0].date_start is None and str(events[0].date_end) == "-309-12-31"


def test_a_passive_agent_by_is_no_deadline(pipeline):
    event = events_of(pipeline, "The bridge was burned by the rebels in 1620.")[0]
    assert (event.date_start, event.date_end) == (date(1620, 1, 1), date(1620, 12, 31))


def test_a_date_without_a_deadline_keeps_its_whole_interval(pipeline):
    event = events_of(pipeline, "The old wooden pier was rebuilt in stone in 1874.")[0]
    assert (event.date_start, event.date_end) == (date(1874, 1, 1), date(1874, 12, 31))


@pytest.mark.parametrize("text", [
    "The choir sang twelve hymns composed between the years 1762 and 1768.",
    "The choir sang twelve hymns composed between 1762 and 1768.",
])
def test_a_range_gives_its_verb_the_whole_span(pipeline, text):
    events = events_of(pipeline, text)
    assert [(e.date_start, e.date_end) for e in events] == [(date(1762, 1, 1), date(1768, 12, 31))]


def test_a_deadline_day_ends_the_happening(pipeline):
    # judged: "by June 2" leaves the start open, as "by May" and "by 1871" do (issue 33)
    event = events_of(pipeline, "The harbour had been taken by the rebels by May 9, 1871.")[0]
    assert (event.date_start, event.date_end) == (None, date(1871, 5, 9))


@pytest.mark.parametrize("text, start, end", [
    ("The chess congress met over the Thanksgiving weekend of 1957.", date(1957, 11, 28), date(1957, 12, 1)),
    ("The chess congress met over the Labor Day weekend of 1957.", date(1957, 8, 31), date(1957, 9, 2)),
])
def test_a_holiday_weekend_is_its_days_not_one(pipeline, text, start, end):
    events = events_of(pipeline, text)
    assert [(e.date_start, e.date_end) for e in events] == [(start, end)]


def test_a_holiday_alone_is_its_day(pipeline):
    event = events_of(pipeline, "The chess congress met on Thanksgiving in 1957.")[0]
    assert (event.date_start, event.date_end) == (date(1957, 11, 28), date(1957, 11, 28))


@pytest.mark.parametrize("text, trigger", [
    ("The siege of the mill took two days, 8 and 9 June 1911.", "siege"),
    ("The harbour fair was held on 8 and 9 June 1911.", "hold"),
])
def test_two_days_of_one_happening_are_one_row_over_both(pipeline, text, trigger):
    rows = events_of(pipeline, text)
    assert [(e.trigger, e.date_start, e.date_end) for e in rows] == [(trigger, date(1911, 6, 8), date(1911, 6, 9))]


def test_a_bare_number_not_after_a_preposition_or_comma_is_no_day(pipeline):
    rows = events_of(pipeline, "The Tarsk Reds scored 8 and 9 June 1911 was their last game.")
    assert all(e.date_start == date(1911, 6, 9) for e in rows)


@pytest.mark.parametrize("text, trigger, day", [
    ("Early in 1998 the police moved against the gang. On 22 April the police seized four men in a "
     "dawn raid.", "raid", date(1998, 4, 22)),
    ("In 1915 the siege began. On 9 May the harbour was shelled that night.", "shell", date(1915, 5, 9)),
    ("In 1852, on 14 October, a revolt broke out in the mountain towns.", "revolt", date(1852, 10, 14)),
    ("The assault opened on Sunday, 3 July 1921, before dawn.", "open", date(1921, 7, 3)),
])
def test_one_happening_told_with_two_dates_is_one_row_at_the_finer(pipeline, text, trigger, day):
    rows = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert len(rows) == 1
    assert (rows[0].date_start, rows[0].date_end) == (day, day)


@pytest.mark.parametrize("text, trigger", [
    ("The rebels stormed the fort on 3 May 1812 and the town on 9 May 1812.", "storm"),
    ("On 9 May 1915 the harbour was shelled at dawn and again that night.", "shell"),
    ("A raid on 22 April 1998 freed the prisoners, and a second raid on 30 April 1998 failed.", "raid"),
])
def test_two_happenings_sharing_a_word_stay_two_rows(pipeline, text, trigger):
    assert len([e for e in events_of(pipeline, text) if e.trigger == trigger]) == 2
