"""evaluation.audit_scores: each judged sheet finds its key and the scorer its key calls for."""
from __future__ import annotations

import json
from pathlib import Path

from evaluation import audit_changed, audit_gone, stories_audit
from evaluation.audit_scores import AUDITS, judged_sheets, scorer_for


def _key(path: Path, row: dict) -> Path:
    path.write_text(json.dumps([row]), encoding="utf-8")
    return path


def test_the_key_s_fields_choose_the_scorer(tmp_path):
    assert scorer_for(None)[0] == "events sample"
    assert scorer_for(_key(tmp_path / "k1.json", {"row": 1, "doc_id": "d", "event_id": 0}))[0] == "events sample"
    assert scorer_for(_key(tmp_path / "k2.json", {"row": 1, "source": "final", "orig_row": 3}))[0] == "events samples"
    assert scorer_for(_key(tmp_path / "k3.json", {"row": 1, "set": "people", "source": "first"}))[1] is audit_changed.score
    assert scorer_for(_key(tmp_path / "k4.json", {"row": 1, "set": "people", "what": "added"}))[1] is audit_gone.print_score
    assert scorer_for(_key(tmp_path / "k5.json", {"row": 1, "run": "first", "story_id": "st-1"}))[1] is stories_audit.score


def test_sheets_pair_with_the_key_of_their_suffix_in_session_order(tmp_path):
    for session, name in ((10, "judgedA.jsonl"), (9, "judged.jsonl"), (10, "judgedB.jsonl")):
        folder = tmp_path / f"session{session}" / "changed"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("", encoding="utf-8")
    (tmp_path / "session10" / "changed" / "keyB.json").write_text("[]", encoding="utf-8")
    found = [(str(j.relative_to(tmp_path)), k.name if k else None) for j, k in judged_sheets(tmp_path)]
    assert found == [("session9/changed/judged.jsonl", None), ("session10/changed/judgedA.jsonl", None),
                     ("session10/changed/judgedB.jsonl", "keyB.json")]
    assert [j.name for j, _ in judged_sheets(tmp_path, session=9)] == ["judged.jsonl"]


def test_every_committed_audit_is_scored_with_its_key():
    sheets = judged_sheets(AUDITS)
    assert len(sheets) >= 80
    for judged, key in sheets:
        if key is not None:
            assert key.stem[len("key"):] == judged.stem[len("judged"):]
    kinds = {scorer_for(key)[0] for _, key in sheets}
    assert kinds == {"events sample", "events samples", "changed rows", "rows gone", "stories"}
