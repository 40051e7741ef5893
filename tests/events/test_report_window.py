"""Which news happenings the report's weeks do not date, and which date they take (pipeline.events.report_window).

Sentences of our own as news documents dated Friday 13 February 1998: a happening told as long ago or as
lasting stays undated (date columns null) rather than take the report's weeks; a happening whose sentence
dates another word of the same happening takes that date; a date of a clause told under a word's own
does not date the word; a future schedule's date is ahead of the report, not the year before.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline.core.document import Document
from pipeline.events.document_dated import DOCUMENT, TEXT, WINDOW_DAYS
from pipeline.events.report_window import UNDATED

REPORT = date(1998, 2, 13)


@pytest.fixture(scope="module")
def rows():
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(text: str) -> dict:
        doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
        doc.kind, doc.reference_date = "news", REPORT
        return {e.trigger: e for e in pipeline(doc).layers["events"]}

    return run


def _undated(row) -> bool:
    return row.date_start is None and row.date_end is None and row.dated_by == UNDATED and row.granularity is None


@pytest.mark.parametrize("text, trigger", [
    ("Though Mr. Orm has since sold his stake, Lusk is moving ahead with the plan.", "sell"),
    ("It wasn't until twenty years after the first astronauts were chosen that Tarvia sent a woman into space.",
     "choose"),
    ("Ms. Orm says the war has created a nation of widows.", "create"),
    ("Ms. Orm says the war has created a nation of widows.", "war"),
    ("Orm said many people have become impoverished during the post-Soviet transition.", "transition"),
    ("Lusk said the mill had grown over several years before it was sold.", "grow"),
])
def test_a_happening_told_as_long_ago_or_lasting_stays_undated(rows, text, trigger):
    found = rows(text)
    assert trigger in found and _undated(found[trigger]), found.get(trigger)


def test_a_sequel_of_an_undated_story_stays_undated(rows):
    found = rows("His uniform and his papers were found near the body in Vell. But subsequently, they were lost.")
    assert _undated(found["lose"]), found["lose"]


def test_a_sequel_of_a_story_of_the_report_weeks_keeps_them(rows):
    found = rows("Police arrested two men on Tuesday. They were subsequently released.")
    assert found["release"].dated_by != UNDATED and found["release"].date_end is not None, found["release"]


def test_a_recent_punctual_happening_keeps_the_report_weeks(rows):
    # No lasting happening, no "since", no stretch of years: the report's weeks, as before.
    found = rows("The blast has killed 40 people, and police have arrested a man.")
    assert found["arrest"].dated_by == DOCUMENT and found["arrest"].date_start == REPORT - timedelta(days=WINDOW_DAYS)


def test_the_subject_of_a_dated_verb_of_going_on_takes_its_date(rows):
    found = rows("Orm's bankruptcy proceedings began Tuesday in a Lusk court.")
    row = found["proceeding"]
    assert row.dated_by == TEXT and (row.date_start, row.date_end) == (date(1998, 2, 10), date(1998, 2, 10)), row


def test_a_verb_done_by_a_dated_means_takes_its_date(rows):
    found = rows("In effect, Vell has forced Orm's hand by bidding $1.9 billion for the stake earlier this month.")
    assert found["bid"].date_start == date(1998, 2, 1)
    row = found["force"]
    assert row.dated_by == TEXT and row.date_start == date(1998, 2, 1) and row.granularity == "month", row


def test_a_date_of_a_clause_told_under_a_word_does_not_date_it(rows):
    found = rows("Foreign ministers meeting in the Lusk capital agreed to set up a panel to investigate who shot "
                 "down Orm's plane on April 6, 1994.")
    assert found["shoot"].date_start == date(1994, 4, 6)
    row = found["meeting"]
    assert row.dated_by == DOCUMENT and (row.date_start, row.date_end) == (REPORT - timedelta(days=WINDOW_DAYS),
                                                                           REPORT), row


def test_a_date_of_the_clause_above_still_dates_the_word(rows):
    # The finding's date is the clause above the sinking: the boat sank in the weeks up to it.
    found = rows("The boy was found on 25 November 1997 after the boat sank.")
    assert found["sink"].date_end == date(1997, 11, 25), found["sink"]


def test_a_future_schedule_is_ahead_of_the_report(rows):
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    doc = Document.from_raw("t", "t.txt", "Title\n\nOrm Air said two new flights would leave Lusk on Monday nights "
                            "from March 30, with the third departing each Thursday from August 6.\n")
    doc.kind, doc.reference_date = "news", REPORT
    doc = Pipeline(load_config(None))(doc)
    values = {t.text: t.value for t in doc.layers["timexes"]}
    assert values["August 6"] == "1998-08-06", values
    # A plan: no row dated a day of the year before the report.
    assert not any(e.date_start == date(1997, 8, 6) for e in doc.layers["events"])


def test_a_present_word_does_not_date_a_process_over_years(rows):
    row = rows("Orm said the current system has evolved over several years.")["evolve"]
    assert _undated(row) and row.date_text is None, row


def test_an_eyewitness_just_seen_is_not_the_reports_weeks(rows):
    found = rows('Investigators are still studying the July 17 crash. "We just saw an explosion up ahead of us," '
                 'one pilot told the tower. "It just blew up in the air."')
    assert _undated(found["explosion"]) and _undated(found["blow"]), (found["explosion"], found["blow"])


def test_a_speakers_own_just_keeps_the_reports_weeks(rows):
    # What the speaker did, not a happening seen: the report's weeks, as before.
    found = rows('"We just learned that the talks collapsed," Orm said.')
    assert found["learn"].dated_by == DOCUMENT, found["learn"]


def test_a_perfect_since_a_dated_clause_runs_from_that_date(rows):
    row = rows("Seventy-five million copies of the rifle have been built since it entered production in "
               "February 1947.")["build"]
    assert (row.date_start, row.date_end) == (date(1947, 2, 1), REPORT), row


def test_a_plans_date_after_the_report_dates_no_past_happening(rows):
    row = rows("Orm promised to put the question to a national referendum next year after delegates voted for a "
               "republic.")["promise"]
    assert row.dated_by == DOCUMENT and row.date_end == REPORT, row


def test_the_end_of_a_lasting_happening_keeps_the_reports_weeks(rows):
    found = rows('"The phony war has finished and the real campaign has clearly begun," Orm said.')
    assert found["finish"].dated_by == DOCUMENT, found["finish"]


def test_a_speaker_telling_what_they_did_just_keeps_the_reports_weeks(rows):
    found = rows('Mr. Vell said his office "just responded to a question about whether we would go after fees."')
    assert found["respond"].dated_by == DOCUMENT, found["respond"]


def test_a_perfect_since_a_dated_happening_noun_runs_from_its_date(rows):
    row = rows("Lusk's mission has changed dramatically since its founding in 1949, a time when the West was "
               "intent on halting Orm.")["change"]
    assert (row.date_start, row.date_end) == (date(1949, 1, 1), REPORT), row


@pytest.mark.parametrize("text, trigger", [
    ("The Vell Center has long monitored such groups as the Orm League.", "monitor"),
    ("He has been separated from his loved ones too long.", "separate"),
])
def test_a_perfect_told_as_long_stays_undated(rows, text, trigger):
    assert _undated(rows(text)[trigger]), rows(text)[trigger]
