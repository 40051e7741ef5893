import json

from evaluation.audit_gone import score, sheet


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_rows_only_one_run_wrote_go_on_the_sheet_and_score_by_what_happened(tmp_path):
    kept = {"doc_id": "d", "sentence": "Orm fell.", "date_text": "1990", "trigger": "fall"}
    dropped = {"doc_id": "d", "sentence": "Sales were flat.", "date_text": None, "trigger": "be"}
    found = {"doc_id": "e", "sentence": "Lusk rose.", "date_text": "1991", "trigger": "rise"}
    _write(tmp_path / "first.jsonl", [kept, dropped])
    _write(tmp_path / "final.jsonl", [dict(kept, trigger="collapse"), found])
    counts = sheet([("news", tmp_path / "first.jsonl", tmp_path / "final.jsonl")], tmp_path / "out")
    assert counts == {("news", "removed"): 1, ("news", "added"): 1}
    rows = [json.loads(line) for line in (tmp_path / "out" / "sheet.jsonl").read_text().splitlines()]
    assert sorted(r["sentence"] for r in rows) == ["Lusk rose.", "Sales were flat."]
    assert all(r["doc_id"].startswith("g") for r in rows)  # the judge cannot tell the documents apart
    verdict = {r["row"]: "no" if r["sentence"] == "Sales were flat." else "yes" for r in rows}
    _write(tmp_path / "judged.jsonl", [{"row": i, "real_happening": v} for i, v in verdict.items()])
    totals = score(tmp_path / "judged.jsonl", tmp_path / "out" / "key.json")
    assert totals[("news", "removed")]["no"] == 1 and totals[("news", "added")]["yes"] == 1
