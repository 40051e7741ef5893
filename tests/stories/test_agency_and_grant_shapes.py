"""Story shapes from AQUAINT's misses and false friends (issue 32), in sentences of our own: an
agency named with and without its country is one party; "another suspect" is a new arrest; a time granted
"until" a day does not date the granting."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.stories.news_corpus import run_reports
from pipeline.stories.another_one import says_another
from pipeline.stories.evidence import Mention, judge
from pipeline.stories.party_names import PartyNames
from pipeline.stories.triggers import trigger_kinds

REPORTS = {  # name: (report date, text)
    "agency_a": ("2001-03-09", "The U.S. Tarvian Refugee Service ruled Wednesday that Lusk must return to Tarvia."),
    "agency_b": ("2001-04-02", "In March, the Tarvian Refugee Service ruled that Lusk should go back to Tarvia."),
    "arrest_a": ("2001-03-14", "Police arrested Orm Vell at the airport in Tarsk on Monday, officials said."),
    "arrest_b": ("2001-03-15", "Police in Tarsk have arrested another suspect in the bombing, officials said."),
    "deadline": ("2001-04-03", "The Tarvian Ministry has given Orm until 9 a.m. Tuesday to leave the country."),
    "since": ("2001-01-06", "Orm has lived with his uncle in Tarsk since he was rescued at sea."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("stories2_shapes"), REPORTS)


def row(events, doc_id: str, trigger: str):
    rows = events[(events.doc_id == doc_id) & (events.trigger == trigger)]
    assert len(rows) == 1, (doc_id, trigger, events[events.doc_id == doc_id][["trigger", "date_text", "dated_by"]])
    return rows.iloc[0]


def test_an_agency_with_and_without_its_country_is_one_party(events):
    # "ruled Wednesday" (the 7th) lies inside "in March": one ruling, once the two names are one agency
    assert row(events, "agency_a", "rule").story_id == row(events, "agency_b", "rule").story_id


def test_the_country_prefix_folds_only_onto_a_bare_name_the_corpus_writes():
    names = PartyNames(["U.S. Tarvian Refugee Service", "Tarvian Refugee Service", "U.S. Navy", "Navy",
                        "British Tarvian Refugee Service"], ["United States"])
    assert names("U.S. Tarvian Refugee Service") == "Tarvian Refugee Service"
    assert names("U.S. Navy") != "Navy"  # one word after the country: no body's name of its own
    assert names("British Tarvian Refugee Service") != "Tarvian Refugee Service"  # an adjective, not the country
    alone = PartyNames(["U.S. Tarvian Refugee Service"], ["United States"])
    assert alone("U.S. Tarvian Refugee Service") == "U.S. Tarvian Refugee Service"


def test_another_suspect_arrested_is_a_new_arrest(events):
    assert row(events, "arrest_b", "arrest").story_id != row(events, "arrest_a", "arrest").story_id


def test_a_since_clause_of_a_perfect_is_backstory_not_the_reports_weeks(events):
    rescued = row(events, "since", "rescue")
    assert pd.isna(rescued.date_start) and rescued.granularity == "before"  # some time up to the report


def test_another_of_its_kind_words():
    assert says_another("Police have arrested another suspect.", "suspect")
    assert says_another("A second unexploded bomb was found.", "bomb")
    assert not says_another("Police arrested the suspect.", "suspect")
    assert not says_another("He named more than one suspect.", "suspect")


def test_a_time_granted_until_a_day_does_not_date_the_granting(events):
    # "has given Orm until 9 a.m. Tuesday to leave": Tuesday is the deadline, the giving came before it
    rows = events[events.doc_id == "deadline"]
    assert not ((rows.trigger == "give") & (rows.date_text == "9 a.m. Tuesday")).any()


def _fled(key: str, start, end, granularity: str, theme: str | None) -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=start, end=end, granularity=granularity,
                   trigger="flee", kinds=frozenset({"flee"}), night=False, actors=["Orm Vell"],
                   participants=[], places=[], citations=[], theme=theme, states=set())


def test_an_actors_own_homeland_says_no_other_thing_acted_on():
    # "Orm Vell fled just after the takeover in 1948" / a later report: "Orm Vell, who as a child fled her
    # native land": the native land is hers, so it names no thing the first telling leaves out
    dated = _fled("a", date(1948, 1, 1), date(1948, 12, 31), "year", None)
    assert judge(dated, _fled("b", None, date(1999, 3, 13), "before", "her native land")) is not None
    # a thing of its own still keeps a year's two tellings apart (the actor alone is no evidence of which)
    assert judge(dated, _fled("c", None, date(1999, 3, 13), "before", "the burning barn")) is None


def test_a_decision_and_deciding_are_one_kind():
    assert trigger_kinds("decision") == trigger_kinds("decide")


def _ruled(key: str, start, end, granularity: str) -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=start, end=end, granularity=granularity,
                   trigger="rule", kinds=frozenset({"rule"}), night=False, actors=["Harbour Board"],
                   participants=[], places=[], citations=[], theme=None, states=set())


def test_a_backstory_bound_meets_a_written_month_it_falls_in():
    # a report of 15 January: "the Harbour Board had ruled"; another: "the Harbour Board ruled last month" (January)
    had_ruled = _ruled("b", None, date(2003, 1, 15), "before")
    assert judge(_ruled("a", date(2003, 1, 1), date(2003, 1, 31), "month"), had_ruled) is not None
    # a report's weeks straddling the bound are only a guess; a month begun after it is too late
    assert judge(_ruled("c", date(2003, 1, 10), date(2003, 2, 10), "before"), had_ruled) is None
    assert judge(_ruled("d", date(2003, 2, 1), date(2003, 2, 28), "month"), had_ruled) is None
