"""News reports' happenings told in other words (session 25), in sentences of our own, through the real
path: a known happening someone ordered keeps its row, a dated clause's happening told as after its dated
noun gets one, giving one's go-ahead is an approval, a warrant obtained is the warrant issued, and a
capital is in its state.
``python -m evaluation.stories_aquaint`` measures on real reports."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stories.news_corpus import run_reports
from pipeline.stories.triggers import light_theme, same_kind, trigger_kinds

REPORTS = {  # name: (report date, text)
    "ordered_the": ("2001-03-10", "President Juan Ortega said Thursday that he had ordered the strikes after "
                                  "receiving evidence."),
    "ordered_some": ("2001-03-10", "President Juan Ortega said Thursday that he had ordered strikes against the camps."),
    "fled_after": ("2001-03-12", "Anna Vell, who was born in Tarsk and fled just after the Communist takeover in "
                                 "1948, made no secret of her joy."),
    "fled_later": ("2001-03-13", "Piet Orm, who was born in Tarsk in 1948 and later fled, spoke on Monday."),
    "go_ahead": ("2001-03-09", "The ratification process concluded on Wednesday after the Netherlands gave its "
                               "go-ahead."),
    "ratified_week": ("2001-03-10", "The Netherlands early this week became the last country to ratify the "
                                    "expansion of the alliance."),
    "fbi_day": ("2001-03-10", "The FBI arrested Juan Ortega on Monday."),
    "fbi_weeks": ("2001-03-12", "The FBI made an arrest in the case, officials said."),
    "capital": ("2001-03-10", "A car bomb exploded in Nairobi on Friday, killing twelve people."),
    "country": ("2001-03-11", "A car bomb exploded in Kenya on Friday, police said."),
    "other_town": ("2001-03-11", "A car bomb exploded in Mombasa on Friday, police said."),
    "gave_money": ("2001-03-09", "The talks ended on Wednesday after Belgium gave the money to Peru."),
    "warrant_obtained": ("2001-03-10", "Police obtained a warrant for Juan Ortega on Monday."),
    "warrant_issued": ("2001-03-11", "A judge in Lima issued a material witness warrant for Juan Ortega on Monday."),
    "warrant_other": ("2001-03-11", "A judge in Lima issued a warrant for Maria Lopez on Monday."),
    "week_a": ("2001-03-10", "Belgium ratified the Treaty of Tarsk early this week."),
    "week_b": ("2001-03-07", "Belgium ratified the Treaty of Tarsk on Tuesday."),
    "week_other": ("2001-03-10", "Belgium ratified the Treaty of Orm early this week."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("news_paraphrases"), REPORTS)


def rows(events, doc_id: str, trigger: str):
    return events[(events.doc_id == doc_id) & (events.trigger == trigger)]


def test_a_known_happening_someone_ordered_keeps_its_row(events):
    strikes = rows(events, "ordered_the", "strike")
    assert len(strikes) == 1 and strikes.iloc[0].modality == "asserted"
    assert strikes.iloc[0].dated_by == "sentence" and strikes.iloc[0].date_end.date() == date(2001, 3, 8)
    # "ordered strikes": a plan, nothing says they came
    assert rows(events, "ordered_some", "strike").empty


def test_a_dated_clause_happening_told_after_its_dated_noun_is_dated_from_it(events):
    fled = rows(events, "fled_after", "flee")
    assert len(fled) == 1
    assert fled.iloc[0].date_start.date() == date(1948, 1, 1) and fled.iloc[0].date_end.date() == date(2001, 3, 12)
    # the relative pronoun of a passive first conjunct stands for the one who fled
    assert list(fled.iloc[0].actors) == ["Anna Vell"]
    # a clause dated by its own word, nothing told as after a dated noun: no report-dated row
    assert rows(events, "fled_later", "flee").empty


def test_giving_a_go_ahead_is_a_happening_giving_money_is_not(events):
    gave = rows(events, "go_ahead", "give")
    assert len(gave) == 1 and list(gave.iloc[0].actors) == ["Netherlands"]
    assert rows(events, "gave_money", "give").empty


def test_a_go_ahead_is_a_ratification():
    assert trigger_kinds("give", "its go-ahead") == frozenset({"ratify"})
    assert trigger_kinds("grant", "their approval") == frozenset({"ratify"})
    assert light_theme("give", "its go-ahead") and not light_theme("give", "the money")
    assert "ratify" not in trigger_kinds("give", "the money")
    assert same_kind("approve", "ratification")


def test_a_warrant_obtained_is_the_warrant_issued_for_the_same_person(events):
    obtained = rows(events, "warrant_obtained", "obtain").iloc[0]
    issued = rows(events, "warrant_issued", "issue").iloc[0]
    other = rows(events, "warrant_other", "issue").iloc[0]
    assert obtained.story_id == issued.story_id
    assert other.story_id != obtained.story_id  # another person's warrant that day
    assert trigger_kinds("issue", "a statement") != trigger_kinds("issue", "a warrant")


def test_a_week_is_a_date_to_merge_on(events):
    # "early this week" (granularity week) holds Tuesday; another treaty that week stays apart
    week = rows(events, "week_a", "ratify").iloc[0]
    assert week.granularity == "week"
    assert week.story_id == rows(events, "week_b", "ratify").iloc[0].story_id
    assert rows(events, "week_other", "ratify").iloc[0].story_id != week.story_id


def test_a_states_go_ahead_of_the_weeks_joins_its_ratification_of_that_week(events):
    gave = rows(events, "go_ahead", "give").iloc[0]
    assert gave.granularity == "before"
    assert gave.story_id == rows(events, "ratified_week", "ratify").iloc[0].story_id


def test_an_agencys_deed_of_the_weeks_naming_no_one_stays_apart_from_its_dated_one(events):
    # the FBI arrests many in a month: "made an arrest" (no one named) is not "arrested Ortega on Monday"
    dated, undated = rows(events, "fbi_day", "arrest").iloc[0], rows(events, "fbi_weeks", "arrest").iloc[0]
    assert list(dated.actors) == list(undated.actors) and undated.granularity == "before"
    assert dated.story_id != undated.story_id


def test_a_capital_is_in_its_state(events):
    from pipeline.stories.places import capital_regions

    capital = rows(events, "capital", "explode").iloc[0]
    assert capital.story_id == rows(events, "country", "explode").iloc[0].story_id
    assert rows(events, "other_town", "explode").iloc[0].story_id != capital.story_id  # no one said where Mombasa is
    assert capital_regions(["Nairobi"], 1998) == {"kenya": "Kenya"}
    assert capital_regions(["Berlin"], 1960) == {} and capital_regions(["Nairobi"], 1950) == {}


def test_a_name_on_two_common_things_is_no_shared_theme():
    # "has sought U.S. approval" (one bid) and "sought U.S. antitrust clearance last week" (another)
    from pipeline.stories.themes import one_named_thing

    assert not one_named_thing("U.S. approval", "U.S. antitrust clearance")
    assert one_named_thing("the Treaty of Tarsk", "the Tarsk treaty")
    assert one_named_thing("Operation Barbarossa", "Barbarossa")
