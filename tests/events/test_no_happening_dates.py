"""Dates that date no happening get no row (issue 33, when and what): extents and head counts, periods
that last, years in names and titles, dates that describe a party, a term's bounds (history leads,
pipeline.events.extents, decade_dates, work_years) and news words of a profession, a habit, an attitude,
a view or a thing (pipeline.events.news_habits). Sentences of our own; each shape has its counterpart
that keeps its row."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date_text) for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


def news_triggers(pipeline, text: str) -> list[str]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(1998, 10, 30)
    return [e.trigger for e in pipeline(doc).layers["events"]]


@pytest.mark.parametrize("text", [
    # statistics and extents
    "By 1913, the Tarvian Empire held sway over 41 million people, and by 1920 it covered 3.5 million km2.",
    "Over 8 million people live in the Lusk area as of the 2025 estimate, making Lusk a megacity.",
    "Its member states generated a nominal GDP of around €18 trillion in 2025.",
    "Forests covered 4.1 billion hectares in 2025.",
    "In 2025, an estimated 4.3 million people resided within the Lusk urban area.",
    "In 2019, Ormish was spoken by 42.9 million people globally.",
    "Her films grossed $200 million by 1962.",
    # periods and states that last
    "The Middle Ages lasted approximately from the 5th to late 15th centuries.",
    "The Orm Civilisation was a Bronze Age civilisation, lasting from 3300 BCE to 1300 BCE, and in its mature "
    "form from 2600 BCE to 1900 BCE.",
    "During the 1950s pop music encompassed rock and roll.",
    "Ethnic Orms in Tarvia of the 1920s enjoyed a degree of autonomy.",
    # a year that is part of a name or a title
    "Global Lusk Assessment 2025 found that forests were shrinking.",
    "His 1940 book Orm Speaks: Conversations on His Aims 1934 records his talks with the press.",
    "Rooted in 1950s rock 'n' roll, their sound drew on the blues.",
    "The 1949 Vell Conventions address the treatment of sick and wounded soldiers in the field, wounded, sick and "
    "shipwrecked soldiers at sea, and civilians in a war zone.",
    # a date that describes a party
    "The relatively independent Orm Party of the early 1920s subordinated itself to Tarvia.",
    "Known for comic roles, she became one of the most popular film stars of the 1950s and early 1960s.",
    # a period term's bounds
    "It was originally applied to events that came after the Middle Ages, often from around the year 1500.",
])
def test_a_date_of_no_happening_gets_no_row(pipeline, text):
    assert rows(pipeline, text) == []


@pytest.mark.parametrize("text, kept", [
    ("In 1920 the army captured 3,000 prisoners.", "capture"),
    ("The army covered 40 miles in two days in March 1920.", "cover"),
    ("In 1920 the kingdom annexed 3,000 km2 of land.", "annex"),
    ("The population grew to 4 million in 1900.", "grow"),
    ("The siege lasted from May to June 1920.", "siege"),
    ("The band enjoyed a revival in the 1990s.", "revival"),
    ("At the end of the 1920s the Orm Party seized power.", "seize power"),
    ("The crisis of the 1920s ruined the Orm Party.", "crisis"),
    ("The Tarsk Report 2001 was published in March.", "publish"),
    ("Influenced by 1960s soul, the band recorded its first album in 1971.", "record"),
    ("Orme was a sprinter whose career spanned from 1979 to 1996.", "span"),  # a career is no lasting thing
])
def test_the_happening_of_the_same_shape_keeps_its_row(pipeline, text, kept):
    assert kept in [trigger for trigger, _ in rows(pipeline, text)]


@pytest.mark.parametrize("text, dropped", [
    ("Dr. Orme provided legal abortions in western New York.", "abortion"),
    ("Vell helped the women they served in 1997.", "serve"),
    ("The Russians vacillated between hostility and acceptance in the 1990s.", "vacillate"),
    ("The Russians vacillated between hostility and acceptance in the 1990s.", "acceptance"),
    ("Military installations around the world were put on alert.", "installation"),
    ("The lawyers on Monday criticized the government's characterization of the boy's retention.", "characterization"),
    ("The lawyers on Monday criticized the government's characterization of the boy's retention.", "retention"),
    ("His lawyer said Tuesday his clients were giving an appeal serious consideration.", "consideration"),
    ("The FBI also dispatched dozens of agents and bombing and evidence specialists there.", "bombing"),
])
def test_a_news_profession_habit_attitude_view_or_thing_gets_no_row(pipeline, text, dropped):
    assert dropped not in news_triggers(pipeline, text)


@pytest.mark.parametrize("text, kept", [
    ("Dr. Orme, who was killed on Friday, had performed an abortion on Monday.", "kill"),
    ("The lawyers on Monday criticized the government's characterization of the boy's retention.", "criticize"),
    ("The bombing killed 12 people on Friday.", "bombing"),
    ("The army completed the installation of the radars on Friday.", "installation"),
])
def test_the_news_happening_beside_it_keeps_its_row(pipeline, text, kept):
    assert kept in news_triggers(pipeline, text)
