"""show TABLE: filters, columns, formats, and shortening on a terminal only."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.report.show import ShowError, show_table

REF_ID = "germany_soviet_union_relations_1918_1941"


def test_columns_where_and_formats(full_run):
    out = full_run["outputs"]
    text = show_table(out, "events", doc=REF_ID, columns="date_text,trigger", where="trigger == 'invade'", limit=0)
    lines = text.splitlines()
    assert lines[0].split() == ["date_text", "trigger"] and all(line.endswith("invade") for line in lines[1:])
    body = "zone == 'body'"  # the title's 1918–1941 comes first otherwise
    rows = [json.loads(line) for line in show_table(out, "timexes", limit=3, fmt="json", where=body).splitlines()]
    assert len(rows) == 3 and rows[0]["date_start"] == rows[0]["value"] == "1918-03-03"
    csv_text = show_table(out, "entities", columns="text,label", where="label == 'PERSON'", limit=5, fmt="csv")
    assert csv_text.splitlines()[0] == "text,label" and len(csv_text.splitlines()) == 6


def test_long_text_is_shortened_on_a_terminal_only(full_run):
    out = full_run["outputs"]
    wide = show_table(out, "sentences", columns="text", limit=50, terminal=False)
    narrow = show_table(out, "sentences", columns="text", limit=50, terminal=True)
    assert max(map(len, narrow.splitlines())) < max(map(len, wide.splitlines()))
    assert "…" in narrow and "…" not in wide


def test_bad_columns_and_queries_name_the_problem(full_run, capsys):
    with pytest.raises(ShowError, match="unknown column.*nope.*columns: doc_id"):
        show_table(full_run["outputs"], "entities", columns="text,nope")
    assert main(["show", "events", "--outputs", str(full_run["outputs"]), "--where", "trigger =="]) == 2
    assert "--where 'trigger ==' failed" in capsys.readouterr().err
