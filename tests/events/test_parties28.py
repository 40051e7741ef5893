"""Named parties of issue 31 (session 28): gapped lists whose first verb took a later name, and names a user
can group by. Invented sentences of the shapes measured on held-out leads."""

from __future__ import annotations


def _rows(events, trigger):
    return [e for e in events if e.trigger == trigger]


def test_gapped_list_first_row_keeps_only_its_own_names(process):
    # The parser hangs "West Germany" (of 1955) on "adding" with the 1952 names: each year keeps its own.
    events = process("The alliance has expanded three times, adding Greece and Turkey in 1952, "
                     "West Germany in 1955 and Spain in 1982.")
    rows = {e.date_start.year: e.participants for e in _rows(events, "add")}
    assert rows == {1952: ["Greece", "Turkey"], 1955: ["West Germany"], 1982: ["Spain"]}
