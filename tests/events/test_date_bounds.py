"""A date after "before" or (in news) "since" bounds the happening (pipeline.events.date_bounds).
Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document
from pipeline.events.date_bounds import bounded

REPORT_DATE = date(1990, 11, 14)


def rows(pipeline, text: str, kind: str = "news") -> dict[str, tuple]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = kind, REPORT_DATE if kind == "news" else None
    return {e.trigger: (e.date_start, e.date_end) for e in pipeline(doc).layers["events"] if e.date_text}


def test_before_a_year_is_before_it_not_in_it(pipeline):
    assert rows(pipeline, "The charter of Orm was signed before 1402.", "narrative")["sign"] == \
        (None, date(1401, 12, 31))
    assert rows(pipeline, "The charter of Orm was signed in 1402.", "narrative")["sign"] == \
        (date(1402, 1, 1), date(1402, 12, 31))


def test_since_a_month_in_a_report_reaches_the_report(pipeline):
    assert rows(pipeline, "The Tarsk bank has repaid $40 million since June.")["repay"] == \
        (date(1990, 6, 1), REPORT_DATE)
    # a history article: the end is not written, the row's end is open
    assert rows(pipeline, "The army of Orm has held the fort since 1402.", "narrative")["hold"] == \
        (date(1402, 1, 1), None)


def test_after_a_year_in_a_history_starts_the_day_after_it_with_an_open_end(pipeline):
    assert rows(pipeline, "After 1822 settlers moved into the Orm valley.", "narrative")["move"] == \
        (date(1823, 1, 1), None)
    # a time counted from the date is another expression's; the date itself is no bound
    found = rows(pipeline, "Three years after 1822 the settlers moved into the Orm valley.", "narrative")
    assert (date(1823, 1, 1), None) not in found.values()


@pytest.mark.parametrize("text, trigger, start", [
    ("From the 15th century onwards the city of Orm grew into a trading port.", "grow", date(1400, 1, 1)),
    ("From 1620 on, the Orm family leased the mill to the town.", "lease", date(1620, 1, 1)),
])
def test_from_a_date_onwards_has_an_open_end(pipeline, text, trigger, start):
    assert rows(pipeline, text, "narrative")[trigger] == (start, None)


def test_since_at_least_a_date_has_an_open_end(pipeline):
    found = rows(pipeline, "The Orm people have used the plough since at least the 2nd millennium BC.", "narrative")
    assert str(found["use"][0]) == "-1999-01-01" and found["use"][1] is None


def test_since_a_date_before_christ_has_an_open_end(pipeline):
    found = rows(pipeline, "The Orm valley has been farmed since the 8th millennium BC.", "narrative")["farm"]
    assert str(found[0]) == "-7999-01-01" and found[1] is None


def test_on_after_a_date_with_its_object_is_no_open_end(pipeline):
    assert rows(pipeline, "From 1620 on the banks of the Orm the family farmed wheat.", "narrative").get("farm") != \
        (date(1620, 1, 1), None)


def test_bounds_leave_other_dates_alone():
    text = "It was signed in 1402"
    assert bounded(date(1402, 1, 1), date(1402, 12, 31), text, text.index("1402"), None) == \
        (date(1402, 1, 1), date(1402, 12, 31))
    text = "It was signed since 1402"  # a date later than the report's is left as it is
    assert bounded(date(1402, 1, 1), date(1402, 12, 31), text, text.index("1402"), date(1400, 1, 1)) == \
        (date(1402, 1, 1), date(1402, 12, 31))


def test_a_bounded_row_keeps_the_dates_it_holds_apart(pipeline):
    found = rows_of(pipeline, "Since 1971 the Tarsk fleet has been enlarged twice, in 1980 and in 1985.")
    assert sorted(found["enlarge"]) == [(date(1971, 1, 1), REPORT_DATE), (date(1980, 1, 1), date(1980, 12, 31)),
                                        (date(1985, 1, 1), date(1985, 12, 31))]


def rows_of(pipeline, text: str) -> dict[str, list[tuple]]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", REPORT_DATE
    found: dict[str, list[tuple]] = {}
    for e in pipeline(doc).layers["events"]:
        if e.date_text:
            found.setdefault(e.trigger, []).append((e.date_start, e.date_end))
    return found


def test_since_stretches_its_row_not_the_sentence_date_of_other_words(pipeline):
    doc = Document.from_raw("t", "t.txt", "Title\n\nThe Orm family has cared for the boy since September, when he "
                                          "was found at sea.\n")
    doc.kind, doc.reference_date = "news", REPORT_DATE
    found = {e.trigger: (e.date_start, e.date_end) for e in pipeline(doc).layers["events"]}
    assert found["care"] == (date(1990, 9, 1), REPORT_DATE)
    assert found["find"][1] == date(1990, 9, 30)  # found in September (or the weeks before), not since


def test_a_time_counted_back_from_a_date_or_a_noun_it_dates_is_no_bound(pipeline):
    found = rows_of(pipeline, "The day before last Tuesday's hearing, the mayor of Orm went home.")
    assert found["hearing"] == [(date(1990, 11, 13), date(1990, 11, 13))]


@pytest.mark.parametrize("text, trigger, start, end", [
    ("Holm was the mayor of Orm, serving from 1933 until his death in 1945.", "serve", date(1933, 1, 1),
     date(1945, 12, 31)),
    ("The duke ruled Orm from 15 August 1754 until his overthrow in 1789.", "rule", date(1754, 8, 15),
     date(1789, 12, 31)),
    ("Holm was the second king of Orm from 1204 until his death, reigning with his brother.", "reign",
     date(1204, 1, 1), None),
])
def test_a_span_closed_by_a_named_happening_ends_with_its_date(pipeline, text, trigger, start, end):
    assert rows(pipeline, text, "narrative")[trigger] == (start, end)


def test_the_closing_date_is_no_second_row_of_the_span(pipeline):
    found = rows_of_narrative(pipeline, "The duke ruled Orm from 15 August 1754 until his overthrow in 1789.")
    assert found.pop("rule") == [(date(1754, 8, 15), date(1789, 12, 31))]
    # The overthrow is a happening of its own (a death keeps its row likewise), dated by its year only.
    assert found in ({}, {"overthrow": [(date(1789, 1, 1), date(1789, 12, 31))]})


def test_the_opening_happening_keeps_its_own_date(pipeline):
    found = rows(pipeline, "Holm served as mayor from the union in 1790 until his resignation in 1812.", "narrative")
    assert found.get("union") in (None, (date(1790, 1, 1), date(1790, 12, 31)))
    assert (date(1790, 1, 1), date(1812, 12, 31)) not in [found.get("union")]


def rows_of_narrative(pipeline, text: str) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]:
        found.setdefault(e.trigger, []).append((e.date_start, e.date_end))
    return found


@pytest.mark.parametrize("text, trigger, start, end", [
    ("The weaving style spread in the 6th–13th century across the Orm plain.", "spread",
     date(500, 1, 1), date(1299, 12, 31)),
    ("Terraces were built on the slope in the 7th-9th centuries.", "build", date(600, 1, 1), date(899, 12, 31)),
])
def test_a_dashed_pair_of_ordinals_before_one_century_noun_keeps_both_ends(pipeline, text, trigger, start, end):
    # Regression: only the century the noun follows was read ('13th century'), the first end was lost.
    assert rows(pipeline, text, "narrative")[trigger] == (start, end)


def test_bc_centuries_written_low_to_high_run_from_the_older(pipeline):
    doc = Document.from_raw("t", "t.txt", "Title\n\nGlass was made at Orm in the 9th–11th centuries BC.\n")
    doc.kind = "narrative"
    row = next(e for e in pipeline(doc).layers["events"] if e.trigger == "make")
    assert str(row.date_start).startswith("-1099") and str(row.date_end).startswith("-800")


def test_until_a_date_closes_a_history_row_and_leaves_its_start_open(pipeline):
    assert rows(pipeline, "The Orm fort was used until 985.", "narrative")["use"] == (None, date(985, 12, 31))
    # (a state, "remained in use until 985", is no happening at all: pipeline.events.relations)
    assert "remain" not in rows(pipeline, "The Orm fort remained in use until 985.", "narrative")
    # "not … until" tells when the happening itself came
    assert rows(pipeline, "The Lusk chapel was not completed until 1890.", "narrative")["complete"] == \
        (date(1890, 1, 1), date(1890, 12, 31))
    # a range keeps both its ends
    assert rows(pipeline, "The duke ruled Orm from 1201 until 1230.", "narrative")["rule"] == \
        (date(1201, 1, 1), date(1230, 12, 31))


def test_a_range_from_a_bc_year_to_an_ad_year_is_read(pipeline):
    # Regression: comparing a BC end (numpy day) with an AD one (Python date) broke the events stage.
    # (A war: "the Orm peace lasted …" is a state that lasts, no row: pipeline.events.extents.)
    doc = Document.from_raw("t", "t.txt", "Title\n\nThe Orm war lasted from 27 BC to 180 AD.\n")
    doc.kind = "narrative"
    row = next(e for e in pipeline(doc).layers["events"] if e.trigger == "war")
    assert str(row.date_start).startswith("-026") and row.date_end == date(180, 12, 31)
