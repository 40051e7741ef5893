"""A history row's open sides and whole spans (issue 33): "by May", "by June 2", "by the 1760s" end the
happening and leave its start open; "from circa 1190" with nothing closing it leaves the end open; two
centuries joined by "or"/"to" with a part on either ("the 13th or early 12th century BC", "from the mid
8th to the 9th century") are one span; "the first half of the 10th century" ends in 949. Sentences of our
own."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from pipeline.core.document import Document


def rows(pipeline, text: str) -> dict[str, tuple]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    return {e.trigger: (e.date_start, e.date_end) for e in pipeline(doc).layers["events"]}


@pytest.mark.parametrize("text, trigger, end", [
    ("In 1812 the Orm army marched north. By May the army had taken Tarsk.", "take", date(1812, 5, 31)),
    ("In 1812 the Orm army marched north. By June 2 the rebels had surrendered the city.", "surrender",
     date(1812, 6, 2)),
    ("The Orm merchants controlled the river trade by the 1760s.", "control", date(1769, 12, 31)),
])
def test_by_a_date_ends_the_happening_and_leaves_its_start_open(pipeline, text, trigger, end):
    assert rows(pipeline, text)[trigger] == (None, end)


def test_from_a_date_nothing_closes_leaves_the_end_open(pipeline):
    assert rows(pipeline, "The Lusk family occupied the castle from circa 1190.")["occupy"] == (date(1190, 1, 1), None)
    assert rows(pipeline, "The Lusk family occupied the castle from 1190 to 1250.")["occupy"] == \
        (date(1190, 1, 1), date(1250, 12, 31))


def test_a_thing_from_a_year_is_of_that_year(pipeline):
    assert rows(pipeline, "A charter from 1190 mentions the village.")["mention"] == (date(1190, 1, 1), date(1190, 12, 31))


def test_the_first_half_of_a_century_ends_at_its_middle(pipeline):
    assert rows(pipeline, "The Lusk kingdom conquered Tarsk in the first half of the 10th century.")["conquer"] == \
        (date(900, 1, 1), date(949, 12, 31))


def test_two_centuries_with_a_part_are_one_span(pipeline):
    first, last = rows(pipeline, "The Lusk kingdom conquered Tarsk in the 13th or early 12th century BC.")["conquer"]
    assert first == np.datetime64("-1299-01-01") and np.datetime64("-1199-01-01") < last < np.datetime64("-1150-01-01")
    first, last = rows(pipeline, "The town was inhabited from the mid 8th to the 9th century.")["inhabit"]
    assert date(730, 1, 1) < first < date(740, 1, 1) and last == date(899, 12, 31)
