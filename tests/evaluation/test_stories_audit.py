import json

from evaluation import stories_audit


def test_a_paired_sheet_hides_the_run_and_the_score_counts_each_run(tmp_path, monkeypatch, capsys):
    told = {
        "first": [{"story_id": "s1", "confidence": 0.9, "evidence": ["party:Tarvia"],
                   "tellings": [{"article": "A", "sentence": "Tarvia fell.", "trigger": "fall", "date": "x"}]}],
        "final": [{"story_id": "s2", "confidence": 0.5, "evidence": [], "tellings": []},
                  {"story_id": "s3", "confidence": 0.8, "evidence": [], "tellings": []}],
    }
    monkeypatch.setattr(stories_audit, "cross_document_stories", lambda folder: told[folder.name])
    stories_audit.sheet([tmp_path / "first", tmp_path / "final"], tmp_path / "out")
    rows = [json.loads(line) for line in (tmp_path / "out" / "sheet.jsonl").read_text().splitlines()]
    assert len(rows) == 3 and all(set(r) == {"row", "tellings"} for r in rows)
    key = json.loads((tmp_path / "out" / "key.json").read_text())
    wrong = next(k["row"] for k in key if k["story_id"] == "s3")
    (tmp_path / "judged.jsonl").write_text("\n".join(
        json.dumps({"row": r["row"], "same_happening": "no" if r["row"] == wrong else "yes"}) for r in rows))
    stories_audit.score(tmp_path / "judged.jsonl", tmp_path / "out" / "key.json")
    out = capsys.readouterr().out
    assert "final: 1/2 cross-article stories right = 0.500; confidence >= 0.75: 0/1" in out
    assert "first: 1/1 cross-article stories right = 1.000; confidence >= 0.75: 1/1" in out
