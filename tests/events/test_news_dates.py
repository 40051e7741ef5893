"""Which clause a news report's date belongs to (issue "when and what").

Sentences of our own as news documents dated 25 October 1989 (1998 for the station's story): a period word
dates a figure, not its telling; a record day dates no declaring; a date after "pending" and a happening
noun is the noun's; a goal's date dates no happening; a sentence of an old story gets no report date.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


@pytest.fixture(scope="module")
def rows():
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(text: str, reference: date = date(1989, 10, 25)) -> list:
        doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
        doc.kind, doc.reference_date = "news", reference
        return pipeline(doc).layers["events"]

    return run


def _dated(events) -> set[tuple[str, str]]:
    return {(e.trigger, e.date_text) for e in events if e.date_text}


@pytest.mark.parametrize("text, wrong", [
    ("Orm Corp. reported a third-quarter loss after it wrote off its stake in Lusk Inc.", "third-quarter"),
    ("Orm reported a net loss of $8.1 million for the third quarter.", "the third quarter"),
    ("In the year-ago quarter, Orm reported net income of $1.9 million.", "the year-ago quarter"),
    ("Orm attributed its fourth-quarter slump to higher costs.", "fourth-quarter"),
])
def test_a_period_word_dates_the_figure_not_its_telling(rows, text, wrong):
    assert not any(d == wrong for _, d in _dated(rows(text))), _dated(rows(text))


def test_a_telling_in_a_period_keeps_its_date(rows):
    # No figure told: the announcing itself was in that quarter.
    found = _dated(rows("Orm announced in the first quarter of 1988 that it would close the plant."))
    assert ("announce", "the first quarter of 1988") in found, found


def test_a_baseline_before_its_figure_dates_no_comparing(rows):
    found = _dated(rows("Orm Corp. reported a third-quarter net loss of $35.2 million, compared with year-earlier "
                        "profit of $3.8 million."))
    assert not any(d == "year-earlier" for _, d in found), found


@pytest.mark.parametrize("text, record", [
    ("Orm declared a quarterly dividend of 10 cents, payable Dec. 1 to holders of record Nov. 10.", "Nov. 10"),
    ("The split will be payable Jan. 3 to stock of record Nov. 16, the company said.", "Nov. 16"),
])
def test_a_record_day_dates_no_declaring(rows, text, record):
    found = _dated(rows(text))
    assert not any(d == record for _, d in found), found


def test_a_declaring_keeps_its_own_day(rows):
    found = _dated(rows("Orm declared a dividend on Tuesday, payable to holders of record on Nov. 10."))
    assert found == {("declare", "Tuesday")}, found


def test_a_date_after_pending_and_a_meeting_is_not_the_keeping(rows):
    found = _dated(rows("Sinn Fein leader Orme kept his party out pending meetings with Prime Minister Lusk "
                        "10 days ago and President Vell last week."))
    assert not any(t == "keep" for t, _ in found), found


@pytest.mark.parametrize("text, goal_date, kept", [
    ("Orm said it continues to hold to its goal of a 50% market share by the mid-1990s.", "the mid-1990s", None),
    ("Orm set a target of 10,000 new jobs by 1995 on Tuesday.", "1995", ("set", "Tuesday")),
])
def test_a_goals_date_dates_no_happening(rows, text, goal_date, kept):
    found = _dated(rows(text))
    assert not any(d == goal_date for _, d in found), found
    assert kept is None or kept in found, found


STORY = "Tarvia launched the Vell-1 station in 1980. Lusk was the first to fly to it. "


def test_an_old_storys_sentence_gets_no_report_date(rows):
    found = {e.trigger for e in rows(STORY + "He spent six days aboard the station with three astronauts.",
                                     date(1998, 2, 10)) if e.dated_by == "document"}
    assert "spend" not in found, found


@pytest.mark.parametrize("sentence, trigger", [
    ("Lusk said the station has been repaired.", "repair"),  # told as now
    ("Rebels attacked it last week. Troops killed two rebels.", "kill"),  # a recent date ends the old story
    ("Lusk said he sympathized with the crew.", "sympathize"),  # what a speaker tells of himself now
])
def test_a_sentence_of_the_reports_time_keeps_the_report_date(rows, sentence, trigger):
    found = {e.trigger for e in rows(STORY + sentence, date(1998, 2, 10)) if e.date_start is not None}
    assert trigger in found, found


def test_a_happening_named_beside_a_goal_keeps_its_row(rows):
    # "his meeting", "Kuchma's visit": happenings that were, not what a goal aims at
    found = {e.trigger for e in rows("Lusk's chief objective in his meeting with Vell was to press him to shut "
                                     "the route.")}
    assert "meeting" in found, found


def test_months_back_is_an_old_story_too(rows):
    # A June report going back to November: the drowning is November's, not of the report's weeks.
    found = {e.trigger for e in rows("The boat sank off Tarvia last November. Lusk's mother and ten others drowned.",
                                     date(2000, 6, 1)) if e.dated_by == "document"}
    assert "drown" not in found, found
