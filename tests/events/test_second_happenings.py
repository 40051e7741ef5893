"""A sentence's second dated happening gets its own row (issue 33 item 6, "every dated happening
once"): a happening noun after "after"/"before" with a date of its own while the verb has another,
and the verb of a "when" clause the date heads. Sentences of our own; regression tests."""

from __future__ import annotations

import pytest


def rows_of(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.date_text) for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, rows", [
    # The verb has its own date: the date after the noun is the noun's.
    ("The king returned in 1925 after the invasion of Lusk in 1924.", [("return", "1925"), ("invasion", "1924")]),
    ("The treaty was signed in 1920, two years after the invasion of Lusk in 1918.",
     [("sign", "1920"), ("invasion", "1918")]),
    # The year heads a "when" clause: its verb happened then too.
    # (the living is one row from 1968 to 1989, past the clause: pipeline.events.when_clauses)
    ("He lived in Lusk from 1968, when the Tarvians invaded the country, until 1989.",
     [("live", "1968"), ("invade", "1968")]),
    ("The war ended in 1945, when Tarvia surrendered.", [("end", "1945"), ("surrender", "1945")]),
])
def test_the_second_happening_gets_its_row(pipeline, text, rows):
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize("text, rows", [
    # A state, a denial or a modal in the "when" clause is no happening of the year.
    ("The war ended in 1945, when Tarvia was a kingdom.", [("end", "1945")]),
    ("The war ended in 1945, when Holm lived in Vell.", [("end", "1945")]),
    ("The war ended in 1945, when Tarvia did not surrender.", [("end", "1945")]),
    # A bound's "when" clause is dated at the point.
    # (a past happening in the clause is the point's: pipeline.events.when_clauses dates it 1920, not since 1920)
    ("Holm has ruled Vell since 1920, when the council elected him.", [("rule", "1920"), ("elect", "1920")]),
    ("Holm ruled Vell from 1820 to 1829, when he was deposed by the council.", [("rule", "1820 to 1829")]),
    ("The law was passed in 1920, when the new council sits in Vell.", [("pass", "1920")]),
    # A "when" clause with a date of its own is that date's.
    ("The war ended in 1945, when Tarvia surrendered in 1946.", [("end", "1945"), ("surrender", "1946")]),
])
def test_in_doubt_no_second_row(pipeline, text, rows):
    assert rows_of(pipeline, text) == rows


def modal_rows_of(pipeline, text: str, news: bool = False) -> list[tuple[str, str, str]]:
    from datetime import date

    from pipeline.core.document import Document

    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    if news:
        doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return [(e.trigger, e.date_text, e.modality) for e in pipeline(doc).layers["events"] if e.date_text]


def test_a_happening_set_for_a_date_is_its_row_and_a_plan(pipeline):
    # The noun is the happening; "set for" makes its date a plan's.
    assert modal_rows_of(pipeline, "The dispute dominated a summit set for Vell in April 1921.") == [
        ("summit", "April 1921", "planned")]
    # A report's gathering set for a day is a planned row of it (issue 32, pipeline.events.planned_gatherings;
    # the stories never merge it with a held one), and still no row for "set".
    assert modal_rows_of(pipeline, "The issue will dominate a summit set for Vell in April.", news=True) == [
        ("summit", "April", "planned")]


def test_a_happening_held_at_a_date_is_its_row(pipeline):
    assert modal_rows_of(pipeline, "A conference held in Vell in 1920 settled the border.") == [
        ("conference", "1920", "asserted"), ("settle", "1920", "asserted")]
