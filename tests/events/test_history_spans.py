"""History spans kept whole (issue 33, shape B): a row's date covers the span its sentence writes.

Invented sentences of a narrative article (no document date).
"""

from __future__ import annotations

import numpy as np

from pipeline.core.document import Document


def events(pipeline, text: str):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    return pipeline(doc).layers["events"]


def years(row) -> tuple:
    def year(d):
        return None if d is None else int(str(np.datetime64(d, "Y")))
    return year(row.date_start), year(row.date_end)


def test_a_reign_written_from_two_early_years(pipeline):
    rows = [e for e in events(pipeline, "The Tarvian dynasty ruled from 96 to 192.") if e.trigger == "rule"]
    assert [years(e) for e in rows] == [(96, 192)]


def test_a_count_between_two_numbers_is_no_span(pipeline):
    assert not events(pipeline, "The herd grew from 96 to 192.")


def test_two_early_years_joined_by_a_dash(pipeline):
    rows = events(pipeline, "The council met in 680–681.")
    assert [years(e) for e in rows if e.trigger == "meet"] == [(680, 681)]


def test_by_about_a_bc_year_is_an_end_bound(pipeline):
    rows = [e for e in events(pipeline, "Farming had reached the valley by about 400 BC.") if e.trigger == "reach"]
    assert len(rows) == 1 and rows[0].date_start is None and years(rows[0])[1] == -399  # 400 BC, astronomically


def test_the_early_part_of_a_millennium_bc(pipeline):
    rows = [e for e in events(pipeline, "Bronze working spread in the early 2nd millennium BC.") if e.trigger == "spread"]
    assert [years(e) for e in rows] == [(-1999, -1666)]  # 2000 BC to 1667 BC, not the whole millennium


def test_a_post_prefix_makes_the_date_a_start_bound(pipeline):
    rows = events(pipeline, "The monk's sermons became famous, shaping post-12th century French painting more than any "
                            "other teacher.")
    assert rows and all(years(e) == (1200, None) for e in rows), rows  # after the 12th century (1100s), open end


def test_a_verb_of_extent_over_two_dates_is_one_stretch(pipeline):
    rows = [e for e in events(pipeline, "Its first phase spans the 1950s and 1960s.") if e.trigger == "span"]
    assert [years(e) for e in rows] == [(1950, 1969)]
    rows = [e for e in events(pipeline, "The army fought in 1914 and 1915.") if e.trigger == "fight"]
    assert sorted(years(e) for e in rows) == [(1914, 1914), (1915, 1915)]  # two dates of two fightings


def test_years_earlier_is_an_end_bound(pipeline):
    rows = [e for e in events(pipeline, "In 1990 the firm was sold. Years earlier, its founder had bought a rival "
                                        "mill.") if e.trigger == "buy"]
    assert len(rows) == 1 and rows[0].date_start is None and years(rows[0])[1] < 1990


def test_a_dynasty_span_in_brackets(pipeline):
    rows = [e for e in events(pipeline, "The scholar lived during the Tarvian dynasty (960–1279).") if e.trigger == "live"]
    assert [years(e) for e in rows] == [(960, 1279)]
