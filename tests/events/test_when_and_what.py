"""Rows a blind judge of TimeBank and of history leads said were no dated happening (issue "when and what").

Invented sentences, one per shape the judges rejected: a figure told over a period or at a sum
(pipeline.events.figure_subjects), a date describing a noun the verb is about and a span of years
naming a noun (pipeline.events.name_years), a purpose participle (pipeline.events.filters), a
subject that says none (pipeline.events.modality), a period's label put on the calendar
(pipeline.events.era_dates). Each row must disappear or carry the right modality; the real
happening beside it keeps its row.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str, kind: str = "news"):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    if kind == "news":
        doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return pipeline(doc).layers["events"]


def dated(pipeline, text: str, kind: str = "news") -> list[tuple[str, str]]:
    """(trigger, date) of the rows a written date dates."""
    return [(e.trigger, e.date_text) for e in rows(pipeline, text, kind) if e.dated_by == "text"]


@pytest.mark.parametrize("text", [
    "Its performance was hampered last quarter by discounting.",
    "Volume Thursday was estimated at 150 million shares.",
    "The figure was widely cited last week.",
])
def test_a_figure_in_the_subject_is_no_happening(pipeline, text):
    assert rows(pipeline, text) == []


def test_a_party_acting_on_a_figure_keeps_its_row(pipeline):
    assert dated(pipeline, "Orm raised its price to $19.50 on Friday.") == [("raise", "Friday")]


@pytest.mark.parametrize("text", [
    "Sales volume followed the trend of the past year.",
    "Reputations were tarnished by the profit record of the 1980s.",
    "Vell Tarn attributed the company's third-quarter performance to lower costs.",
])
def test_a_date_describing_the_verbs_noun_dates_no_happening(pipeline, text):
    assert dated(pipeline, text) == []


def test_a_span_of_years_naming_a_noun_dates_nothing(pipeline):
    assert dated(pipeline, "The 2007-2009 bear market deepened the crisis.", "narrative") == []


def test_a_purpose_participle_is_no_happening(pipeline):
    assert [e.trigger for e in rows(pipeline, "Police seized weapons destined for Lusk in March.")
            if e.dated_by == "text"] == []


def test_nothing_reached_is_negated(pipeline):
    assert rows(pipeline, "No agreement was reached Monday.") == []  # news: a denial dates no happening
    assert [(e.trigger, e.modality) for e in rows(pipeline, "No agreement was reached in March 1921.", "narrative")] \
        == [("reach", "negated")]


@pytest.mark.parametrize("text", [
    "The Orm period is the last division of classical Tarvian history, running from 794 to 1185.",
    "The Orm period lasted from 794 to 1185.",
    "The history of Orm begins with the sites of 3000 BC.",
])
def test_a_periods_label_on_the_calendar_is_no_happening(pipeline, text):
    assert rows(pipeline, text, "narrative") == []


def test_a_period_of_happenings_and_a_dynasty_keep_their_rows(pipeline):
    assert [e.trigger for e in rows(pipeline, "The Orm dynasty ruled Tarvia from 794 to 1185.", "narrative")] == ["rule"]
    assert [e.trigger for e in rows(pipeline, "A period of unrest began in Tarvia in 1910.", "narrative")] != []


@pytest.mark.parametrize("text", [
    "The thrift holding company said it expects to obtain regulatory approval and complete the transaction by year-end.",
    "Shareholders will receive $3,500 a share at closing, which is expected in December.",
])
def test_a_forecast_dates_no_happening(pipeline, text):
    assert dated(pipeline, text) == []


def test_a_conjunct_shares_the_plan_it_is_joined_to(pipeline):
    planned = rows(pipeline, "The army planned to cross the river and seize Lusk in May 1921.", "narrative")
    assert [(e.trigger, e.modality) for e in planned] == [("seize", "planned")]
    done = rows(pipeline, "Tarvia agreed to the terms and signed the treaty in 1921.", "narrative")
    assert [(e.trigger, e.modality) for e in done] == [("sign", "asserted")]


@pytest.mark.parametrize("text, trigger", [
    ("Besides British Gas, British Steel skidded 1.74 to 123.5 on turnover of 11 million shares.", "skid"),
    ("Kirschner Medical fell 4 to 15.", "fall"),
])
def test_a_price_move_in_points_is_a_happening_with_no_actor(pipeline, text, trigger):
    # judged blind (session 17): a stock's move on a day is a happening; nobody did it
    moves = [e for e in rows(pipeline, text) if e.trigger == trigger]
    assert len(moves) == 1 and moves[0].actors == []


def test_a_town_falling_to_troops_keeps_its_row(pipeline):
    assert dated(pipeline, "Orm fell to Tarvian troops on Friday.") == [("fall", "Friday")]


@pytest.mark.parametrize("text, trigger", [
    ("The British shakeup was widely cited for the declines.", "cite"),
    ("After a flat second quarter, Kimberly-Clark attributed the gain to improved results in its consumer businesses.",
     "attribute"),
])
def test_an_explanation_of_a_result_keeps_its_row(pipeline, text, trigger):
    # judged blind (session 17): crediting a result to a cause is a real act of the report's weeks
    assert trigger in [e.trigger for e in rows(pipeline, text)]


def test_blaming_a_party_keeps_its_row(pipeline):
    assert ("blame", "Monday") in dated(pipeline, "Police blamed the rebels for the bombing on Monday.")


def test_a_person_cited_for_an_offence_keeps_the_row(pipeline):
    text = "However, cited by Tarvian traffic police in December for speeding, Vell Orm was ordered home and retired."
    assert ("cite", "December") in dated(pipeline, text)


def test_going_to_is_a_plan(pipeline):
    assert dated(pipeline, '"The manufacturing sector is going to start getting beat up in the spring," he said.') == []
    assert [(e.trigger, e.modality) for e in rows(pipeline, "The army was going to attack Lusk in May 1921.", "narrative")] \
        == [("attack", "planned")]
    assert ("meet", "May 1921") in dated(pipeline, "In May 1921 the army was going north when it met the rebels.", "narrative")


def test_a_period_figure_noun_and_a_names_year_date_nothing(pipeline):
    assert ("figure", "December") not in dated(pipeline, "The agency made a small downward revision Friday to December's figures.")
    assert dated(pipeline, "With Jon Tarn, Farkas set up a joint venture called Orion 1980, manufacturing space-travel products.") == []
