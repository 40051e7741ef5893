"""A news row's date is its happening's, not the report's weeks (issue 33, news dates).

Invented sentences as news documents dated Thursday 20 January 2000 (pipeline.events.document_dated and the
modules it calls: retold_happenings, unit_stretches, report_window, backstory).
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.core.document import Document
from pipeline.events.document_dated import BEFORE, DOCUMENT, WINDOW_DAYS

REPORT_DATE = date(2000, 1, 20)  # a Thursday
WINDOW = (REPORT_DATE - timedelta(days=WINDOW_DAYS), REPORT_DATE)
DROWNING = "Orm's mother drowned on Nov. 22 when their boat sank off Vell. "


def events(pipeline, text: str):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", REPORT_DATE
    return pipeline(doc).layers["events"]


def days(found, trigger: str) -> list[tuple]:
    return [(e.date_start, e.date_end) for e in found if e.trigger == trigger]


def test_a_death_retold_without_a_date_takes_the_date_the_report_gave_it(pipeline):
    for later, trigger in (("His mother and 10 others died at sea while trying to reach Lusk.", "die"),
                           ("Orm now lives with the family of the boyfriend who perished.", "perish"),
                           ("His relatives say the mother died to give him freedom.", "die")):
        found = events(pipeline, DROWNING + later)
        assert days(found, trigger) == [(date(1999, 11, 22), date(1999, 11, 22))], (later, found)


def test_a_retold_death_of_other_parties_gets_no_date_and_a_fresh_one_keeps_the_window(pipeline):
    found = events(pipeline, DROWNING + "Another boat sank off Lusk, the coast guard said.")
    assert days(found, "sink")[-1] == WINDOW, found  # "another boat": a sinking of its own
    found = events(pipeline, DROWNING + "Two more people died on Friday in Lusk. Lusk's uncle died at sea.")
    assert days(found, "die")[-1] == WINDOW, found  # the report tells deaths of its weeks: which is which?


def test_a_participle_shares_the_dated_phrase_of_its_coordinated_participle(pipeline):
    found = events(pipeline, "Six people were also killed and at least 58 injured in a car bomb attack on Friday "
                             "outside the embassy in Vell.")
    assert days(found, "kill") == [(date(2000, 1, 14), date(2000, 1, 14))], found
    found = events(pipeline, "More than 100 people have been killed and more than 1,000 others wounded in the "
                             "blasts in Orm on Friday.")
    assert days(found, "kill") == [(date(2000, 1, 14), date(2000, 1, 14))], found
    found = events(pipeline, "Orm was arrested in Lusk and charged on Friday.")
    assert days(found, "arrest") == [(date(1999, 12, 14), date(2000, 1, 14))], found  # two verbs, maybe two days


def test_a_past_perfect_under_a_dated_saying_starts_in_the_sayings_weeks(pipeline):
    found = events(pipeline, "Orm said Thursday that he had ordered the strikes.")
    assert days(found, "order") == [WINDOW], found
    found = events(pipeline, "Officials said Wednesday that they had concluded that Orm fired the shots.")
    assert days(found, "conclude") == [(date(1999, 12, 19), date(2000, 1, 19))], found
    found = events(pipeline, "The group had acquired a stake in the mill.")
    assert days(found, "acquire") == [(None, REPORT_DATE)], found  # no saying: an open start, as before


def test_a_bare_unit_is_no_year_and_dates_the_weeks_before_the_happening(pipeline):
    found = events(pipeline, "His car was spotted in Lusk in the weeks before the shooting.")
    assert days(found, "spot") == [(None, None)], found
    found = events(pipeline, "Orm shot Vell on Oct. 23 in Lusk. Orm was arrested in 1990 in Tarsk. "
                             "His car was spotted in Lusk in the weeks before the shooting.")
    assert days(found, "spot") == [(date(1999, 9, 22), date(1999, 10, 22))], found
    assert [e.granularity for e in found if e.trigger == "spot"] == [BEFORE]
    found = events(pipeline, "Orm shot Vell on Oct. 23 in Lusk. Tarsk was shot in November in Vell. His car was "
                             "spotted in Lusk in the weeks before the shooting, and was found at the airport in "
                             "December.")
    assert days(found, "spot") == [(None, None)], found  # two shootings told: before which?
    assert days(found, "shooting") == [], found  # December is the finding's, not the shooting's


def test_a_relative_day_after_a_dated_arrest(pipeline):
    found = events(pipeline, "Police arrested Orm on Monday in Lusk. He was released and appeared in court the "
                             "next morning.")
    assert days(found, "appear") == [(date(2000, 1, 18), date(2000, 1, 18))], found


def test_a_date_of_a_commemorated_happening_is_not_the_choosings(pipeline):
    found = events(pipeline, "The venue was chosen to honor the announcement of the alliance 50 years ago.")
    assert days(found, "choose") == [WINDOW], found
    assert [e.dated_by for e in found if e.trigger == "choose"] == [DOCUMENT]


def test_a_perfect_since_a_clause_starts_at_the_clauses_written_date(pipeline):
    found = events(pipeline, "Orm has eluded the police since they obtained a warrant for him as a material "
                             "witness in the Oct. 23 shooting of Lusk.")
    assert days(found, "elude") == [(date(1999, 10, 23), REPORT_DATE)], found


def test_a_habit_gets_no_date(pipeline):
    found = events(pipeline, "The branches of the family regularly talked by telephone.")
    assert days(found, "talk") == [(None, None)], found
