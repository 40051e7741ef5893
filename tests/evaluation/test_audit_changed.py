"""The changed-rows audit: its day strings and its totals per set and run."""

from __future__ import annotations

import json

from evaluation.audit_changed import score
from evaluation.audit_events import iso_day_text as _day


def test_a_bc_day_keeps_its_sign_and_an_open_side_is_none():
    assert _day("-0399-01-01 00:00:00") == "-0399-01-01"
    assert _day("-205-12-31 00:00:00") == "-205-12-31"  # a three-digit BC year: no trailing space (session 18's sheets had one)
    assert _day("1912-04-15 00:00:00") == "1912-04-15"
    assert _day("NaT") is None


def test_score_counts_each_run_apart(tmp_path, capsys):
    key = [{"row": 1, "set": "s", "source": "first", "doc_id": "d"},
           {"row": 2, "set": "s", "source": "final", "doc_id": "d"}]
    verdicts = [{"row": 1, "date_right": "no", "actors_right": "yes"},
                {"row": 2, "date_right": "yes", "actors_right": "yes"}]
    (tmp_path / "key.json").write_text(json.dumps(key))
    (tmp_path / "judged.jsonl").write_text("\n".join(map(json.dumps, verdicts)) + "\n")
    score(tmp_path / "judged.jsonl", tmp_path / "key.json")
    lines = capsys.readouterr().out.splitlines()
    first = next(line for line in lines if line.startswith("s ") and " first " in line)
    final = next(line for line in lines if line.startswith("s ") and " final " in line)
    assert "date 0/1" in first and "fully 0" in first
    assert "date 1/1" in final and "fully 1" in final

