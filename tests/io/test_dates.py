"""Dates of any era: stored as date32 day counts, read back as datetime64[s], filtered by `show --where`."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from pipeline import load_table, timeline
from pipeline.io.dates import bc_interval, day_count, iso_day
from pipeline.io.schema import SCHEMAS, TABLES, to_table
from pipeline.report.show import ShowError, select_rows, show_table
from pipeline.io.store import Store


def _event(i: int, start, end, trigger: str, participants: list[str]) -> dict:
    row = {name: None for name in SCHEMAS["events"].names}
    list_columns = ("actors", "participants", "places", "resolved", "resolved_from", "citation_ids")
    row.update({name: [] for name in list_columns})
    row.update({"doc_id": "d", "event_id": i, "date_start": start, "date_end": end, "trigger": trigger,
                "participants": participants, "clean_start": i * 10, "clean_end": i * 10 + 5})
    return row


@pytest.fixture()
def outputs(tmp_path):
    """One document whose events span 490 BC to 1940, written through the real writer."""
    marathon = bc_interval("BC0490")
    rows = [_event(0, date(1939, 9, 1), date(1939, 9, 1), "invade", ["Poland"]),
            _event(1, marathon[0], marathon[1], "fight", ["Athens", "Persia"]),
            _event(2, pd.Timestamp("1940-04-09"), pd.Timestamp("1940-04-09"), "invade", ["Denmark", "Norway"]),
            _event(3, None, None, "sign", [])]
    tables = {t: to_table(t, []) for t in TABLES}
    tables["events"] = to_table("events", rows)
    tables["documents"] = to_table("documents", [{name: None for name in SCHEMAS["documents"].names} | {"doc_id": "d"}])
    Store(tmp_path).write_document("d", tables, {"sha256": "x", "status": "ok"})
    return tmp_path


def test_bc_values_are_astronomical_years():
    start, end = bc_interval("BC0490")
    assert (str(start), str(end)) == ("-489-01-01", "-489-12-31")
    assert bc_interval("BC049") == (np.datetime64("-498-01-01"), np.datetime64("-489-12-31"))  # the 490s BC
    assert bc_interval("BC05") == (np.datetime64("-499-01-01"), np.datetime64("-400-12-31"))    # 5th century BC
    assert bc_interval("1939") is None
    assert day_count(start) < day_count(date(1, 1, 1)) < day_count(pd.Timestamp("1970-01-02")) == 1
    with pytest.raises(TypeError, match="not a date"):
        day_count("1939-09-01")


def test_load_table_gives_datetimes_of_any_era(outputs):
    events = load_table("events", outputs)
    assert str(events.date_start.dtype) == "datetime64[s]"
    assert list(events.date_start.dt.year.dropna()) == [1939, -489, 1940]
    assert list(events.event_id[events.date_start >= "1939-01-01"]) == [0, 2]
    assert list(events.event_id[events.date_start < pd.Timestamp("1000-01-01")]) == [1]
    assert iso_day(events.date_end[1]) == "-489-12-31"


def test_timeline_sorts_bc_first_and_undated_last(outputs):
    assert list(timeline(outputs=outputs).event_id) == [1, 0, 2, 3]


def test_show_where_understands_dates_and_membership(outputs):
    assert list(select_rows(outputs, "events", where="date_start >= '1939-01-01'").event_id) == [0, 2]
    assert list(select_rows(outputs, "events", where="'Norway' in participants").event_id) == [2]
    assert list(select_rows(outputs, "events", where="'Poland' not in participants and trigger == 'invade'")
                .event_id) == [2]
    assert list(select_rows(outputs, "events", where="date_start.dt.year < 0").event_id) == [1]
    assert list(select_rows(outputs, "events", where="trigger in ['sign', 'fight']").event_id) == [1, 3]
    text = show_table(outputs, "events", columns="event_id,date_start", where="event_id == 1", fmt="csv")
    assert text.splitlines()[1] == "1,-489-01-01"


@pytest.mark.parametrize("where, message", [
    ("participants == 'Poland'", "participants is a list; test membership with 'Poland' in participants"),
    ("trigger == 5", "holds text, compared with the number 5"),
    ("event_id == '1'", "holds numbers"),
    ("date_start >= 'the autumn'", "not a date"),
    ("date_start >= 1939", "holds dates"),
])
def test_a_filter_that_cannot_run_is_an_error(outputs, where, message):
    with pytest.raises(ShowError, match=message):
        select_rows(outputs, "events", where=where)
