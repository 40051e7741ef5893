"""Rows that stand for no happening (issue 33, "every dated happening once"): a state's, a period's or a
thought's existence, a figure estimated, a date naming a thing, a count read as years, a label, a view
the sentence sets aside, an unconfirmed or denied clause. Sentences of our own, of the shapes blind
judges of History and Philosophy leads and news called "no happening"; each beside a real happening
of the same form that keeps its row (pipeline.events.existences, told_standings, modality)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str, news: bool = False) -> list:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    if news:
        doc.kind, doc.reference_date = "news", date(1998, 8, 10)
    return pipeline(doc).layers["events"]


def triggers(pipeline, text: str, news: bool = False) -> list[str]:
    return [e.trigger for e in rows(pipeline, text, news)]


@pytest.mark.parametrize("text", [
    "Tarvia was an empire which existed from 1636 to 1912.",
    "After its defeat, the later Orm Empire survived into the 19th century.",
    "Orm philosophy encompasses the thought of the period running roughly from 1400 to 1600.",
    "The period has been conventionally defined as extending from the 16th to the 19th centuries.",
    "Orm history covers the Middle Ages, the period roughly extending from the 5th century until the 13th.",
    "The Tarvian Buddhism survived into the 12th century.",
    "The Wari were a civilization that flourished in the south-central Andes from about 500 to 1000 AD.",
])
def test_a_state_a_period_or_a_thought_that_only_exists_is_no_row(pipeline, text):
    assert triggers(pipeline, text) == []


def test_the_happenings_told_inside_an_existence_keep_their_rows(pipeline):
    got = [(e.trigger, e.date_start.year) for e in rows(
        pipeline, "The Vell Republic existed from 1799, when Orm captured Lusk, to 1849, when it was annexed by Tarvia.")]
    assert got == [("capture", 1799), ("annex", 1849)]


@pytest.mark.parametrize("text, trigger", [
    ("The Orm dynasty ruled Tarvia from 756 to 1870.", "rule"),
    ("The Lusk War lasted from 1618 to 1648.", "war"),
    ("The 1705 Rebellion lasted until 1707.", "last"),
    ("Orm was a Tarvian king who reigned from 1200 to 1230.", "reign"),
    ("Orm's career spanned from 1979 to 1996.", "span"),
    ("The Orm Empire ceased to exist in 1806.", "cease to exist"),
    ("Tarvian art flourished in the 1920s and 1930s.", "flourish"),
])
def test_a_reign_a_war_or_an_end_keeps_its_row(pipeline, text, trigger):
    assert triggers(pipeline, text) == [trigger]


@pytest.mark.parametrize("text", [
    "In 2020, it was estimated that the Vell Churches had 72 million members.",
    "In 2025, Orm's Witnesses reported a peak membership of 9.2 million.",
])
def test_a_figure_estimated_or_reported_is_no_row(pipeline, text):
    assert triggers(pipeline, text) == []


def test_a_reported_happening_or_a_work_counted_keeps_its_row(pipeline):
    assert triggers(pipeline, "Orm recorded 12 albums in 1970.") == ["record"]


@pytest.mark.parametrize("text", [
    "Typhoon Orm was the sixth storm of the 1970 North Tarvian cyclone season.",
    "The canon of Orm includes several books, including the 3rd-century BCE Septuagint text used in Lusk.",
    "Much of the book is an allusion to the reign of the 2nd century BCE Hellenistic king Orm.",
])
def test_a_date_naming_or_describing_a_thing_is_no_row(pipeline, text):
    assert [e.date_text for e in rows(pipeline, text)] == []


def test_a_thing_s_century_leaves_the_happening_its_own_date(pipeline):
    got = [(e.trigger, e.date_text) for e in rows(pipeline, "Orm painted the 16th-century Lusk Palace in 1920.")]
    assert got == [("paint", "1920")]


def test_a_count_between_two_numbers_is_no_date(pipeline):
    doc = pipeline.text("Title\n\nTarvia was a confederacy of city-states, numbering between 150 and 330.\n", "t")
    assert doc.layers["timexes"] == [] and doc.layers["events"] == []
    ruled = pipeline.text("Title\n\nThe emir ruled from 756 to 788.\n", "t")
    assert [t.value for t in ruled.layers["timexes"]] == ["0756", "0788"]


@pytest.mark.parametrize("text, kept", [
    ('Its members practised fighting, which at the time were referred to as "boxing".', []),
    ("The Book of Vell, composed in the 2nd century BCE but bearing the name of Vell from the 6th century BCE, "
     "is a prophetic text.", ["compose"]),
    ("The war showed Tarvia's superiority over its neighbours at the time.", []),
])
def test_a_label_a_name_borne_or_at_the_time_is_no_row(pipeline, text, kept):
    assert triggers(pipeline, text) == kept


def test_a_view_the_sentence_sets_aside_is_no_row_and_the_view_held_is_asserted(pipeline):
    got = [(e.trigger, e.date_text, e.modality) for e in rows(
        pipeline, "Some scholars hold that Vell existed and his book was written in the 6th century BCE, but most "
                  "agree that it was written in the 2nd century BCE.")]
    assert got == [("write", "the 2nd century BCE", "asserted")]


def test_a_happening_asked_whether_or_denied_is_no_news_row(pipeline):
    assert triggers(pipeline, "Orm would not comment on whether two suspects remained in detention on Friday.",
                    news=True) == []
    assert triggers(pipeline, "There is no information that Orm has been coerced since 3 May.", news=True) == []
    assert triggers(pipeline, "Orm said on Monday that the bombers had been arrested.", news=True)[0] == "say"
