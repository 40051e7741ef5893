"""Quoted talk, forecasts, sayings dated by what was said, quoted hypotheticals: no asserted happening.

Sentences of our own as news documents dated 10 March 2001 (pipeline.events.quoted_talk,
pipeline.events.said_dates, pipeline.events.figures); regression tests. A blind judge counts a quoted
manner of working, an opinion, a forecast or a saying dated by its figure's period as no happening
of their date; a quoted deed keeps its row.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str) -> list:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return pipeline(doc).layers["events"]


def asserted(pipeline, text: str) -> set[str]:
    return {e.trigger for e in rows(pipeline, text) if e.modality == "asserted"}


@pytest.mark.parametrize("text, dropped", [
    ('"We approached this carefully," he said.', "approach"),
    ('"We have approached this not as a response but as a change," Orm said.', "approach"),
    ('"The contribution of Orm was decisive," he said.', "contribution"),
])
def test_quoted_manner_or_opinion_is_no_happening(pipeline, text, dropped):
    assert dropped not in asserted(pipeline, text)


@pytest.mark.parametrize("text, kept", [
    ('"We attacked the post," the rebels said.', "attack"),
    ('"The attack on the post was brutal," Orm said.', "attack"),
])
def test_a_quoted_deed_keeps_its_row(pipeline, text, kept):
    assert kept in asserted(pipeline, text)


@pytest.mark.parametrize("text, dropped", [
    ("The company sees sales of $2 billion in 1990.", "see"),
    ("Earnings are projected to rise in 1991.", "rise"),
    ("Orm said earnings were projected to rise in 1991.", "project"),
    ("Orm said earnings were projected to rise in 1991.", "rise"),
    ("Analysts expect earnings to rise next year.", "rise"),
    ("Profit is projected at $5 million.", "project"),
    ("Orm is likely to report a loss.", "report"),
])
def test_a_forecast_or_a_view_is_no_happening(pipeline, text, dropped):
    assert dropped not in asserted(pipeline, text)


def test_a_saying_is_not_dated_by_the_period_of_what_was_said(pipeline):
    found = rows(pipeline, "The paper said Sunday that Orm's comments last week were in response to Lusk.")
    assert {e.date_text for e in found if e.trigger == "say"} == {"Sunday"}, [(e.trigger, e.date_text) for e in found]
    found = rows(pipeline, "Ms. Vell says Tarvian women have been victims of abuse for the past twenty years.")
    assert not [e for e in found if e.trigger == "say" and e.date_text], [(e.trigger, e.date_text) for e in found]
    found = rows(pipeline, "Orm estimated that the company would not be profitable until 1994.")
    assert not [e for e in found if e.trigger == "estimate" and e.date_text], [(e.trigger, e.date_text) for e in found]
    found = rows(pipeline, "Orm predicted the crash in 1987.")  # a view's own date stays
    assert any(e.trigger == "predict" and e.date_text == "1987" for e in found)


@pytest.mark.parametrize("text, when", [
    ("Lusk said today it had sent an envoy to Orm.", "today"),
    ("President Orm said Tuesday his government told Lusk officials it is worried.", "Tuesday"),
    ("Tarvian police said on Tuesday they had arrested 14 foreigners.", "Tuesday"),
])
def test_a_saying_keeps_its_own_date(pipeline, text, when):
    assert any(e.trigger == "say" and e.date_text == when for e in rows(pipeline, text))


@pytest.mark.parametrize("text, word", [
    ('"Tarvia could strike within days," Orm said.', "strike"),
    ('"The Lusk army might invade within a week," Orm said.', "invade"),
])
def test_a_quoted_hypothetical_is_not_asserted(pipeline, text, word):
    assert word not in asserted(pipeline, text)
