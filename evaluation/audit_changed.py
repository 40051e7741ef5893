"""The rows a change made different, both versions for one judge: the comparison that isolates a change.

Two audit samples of the first and final code are mostly different rows, so their difference
carries the noise of two samples. This takes every sentence (and date text) either sample drew,
finds that one row in each run's outputs, and keeps the pairs whose date, trigger, parties or theme
differ; both versions go into one shuffled sheet with placeholder ids, so the judge cannot tell
which run wrote a row. ``score`` totals a judged sheet per set and run.

    python -m evaluation.audit_changed sheet --set vital FIRST.jsonl FINAL.jsonl FIRST_OUT FINAL_OUT \\
        --set ref ... --out DIR
    python -m evaluation.audit_changed score DIR/judged.jsonl --key DIR/key.json
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from evaluation.audit_events import iso_day_text

CRITERIA = ("real_happening", "date_right", "trigger_right", "actors_right", "all_parties", "names_canonical",
            "theme_right")
COMPARED = ("date_start", "date_end", "trigger", "actors", "participants", "theme")


def _rows_of(events, doc_id: str, sentence: str, date_text: str | None) -> list:
    """The rows of one sentence and date text, in the order their triggers are written."""
    rows = events[(events.doc_id == doc_id) & (events.sentence == sentence)]
    rows = rows[rows.date_text.isna()] if date_text is None else rows[rows.date_text == date_text]
    return list(rows.sort_values("trigger_start").itertuples())


def _as_sheet_row(sampled: dict, row) -> dict:
    out = dict(sampled)
    out.update(date_start=iso_day_text(row.date_start), date_end=iso_day_text(row.date_end), granularity=row.granularity,
               trigger=row.trigger, actors=list(row.actors), participants=list(row.participants),
               places=list(row.places), theme=None if str(row.theme) == "nan" else row.theme)
    return out


def changed_pairs(first_sheet: Path, final_sheet: Path, first_outputs: Path, final_outputs: Path) -> list[tuple]:
    """(doc_id, first version, final version) of every sampled sentence whose one row changed."""
    from pipeline import load_table

    first, final = load_table("events", first_outputs), load_table("events", final_outputs)
    sampled = [json.loads(line) for sheet in (first_sheet, final_sheet)
               for line in sheet.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen, pairs = set(), []
    for s in sampled:
        key = (s["doc_id"], s["sentence"], s["date_text"])
        if key in seen:
            continue
        seen.add(key)
        ours, theirs = _rows_of(first, *key), _rows_of(final, *key)
        if not ours or len(ours) != len(theirs):
            continue  # a row only one run has: evaluation.audit_gone's sheet covers it
        # Several rows of one sentence and date ("In 1925 Orm broke ... and took part ..."): paired in
        # the order their triggers are written, as both runs read the same words.
        for a, b in zip(ours, theirs):
            a, b = _as_sheet_row(s, a), _as_sheet_row(s, b)
            if any(a[f] != b[f] for f in COMPARED):
                pairs.append((s["doc_id"], a, b))
    return pairs


def write_sheet(sets: list[list[str]], out: Path, seed: int = 1414) -> None:
    items = []
    for name, first_sheet, final_sheet, first_outputs, final_outputs in sets:
        for doc_id, a, b in changed_pairs(Path(first_sheet), Path(final_sheet), Path(first_outputs), Path(final_outputs)):
            items += [(name, "first", doc_id, a), (name, "final", doc_id, b)]
    random.Random(seed).shuffle(items)
    out.mkdir(parents=True, exist_ok=True)
    key = []
    with (out / "sheet.jsonl").open("w", encoding="utf-8") as sheet:
        for i, (name, run, doc_id, row) in enumerate(items, 1):
            sheet.write(json.dumps({**row, "row": i, "doc_id": f"c{i:03d}", "event_id": 0}, ensure_ascii=False) + "\n")
            key.append({"row": i, "set": name, "source": run, "doc_id": doc_id})
    (out / "key.json").write_text(json.dumps(key, indent=0), encoding="utf-8")
    print(f"{len(items) // 2} changed rows, both versions -> {out / 'sheet.jsonl'}: "
          f"{dict(Counter(k['set'] for k in key if k['source'] == 'final'))}")


def score(judged: Path, key: Path) -> None:
    verdicts = {v["row"]: v for v in map(json.loads, judged.read_text(encoding="utf-8").splitlines()) if v}
    sources = json.loads(key.read_text(encoding="utf-8"))
    for name in sorted({k["set"] for k in sources}) + ["all"]:
        for run in ("first", "final"):
            rows = [verdicts[k["row"]] for k in sources if k["source"] == run and name in ("all", k["set"])]
            parts = []
            for c in CRITERIA:
                yes, no = (sum(v.get(c) == answer for v in rows) for answer in ("yes", "no"))
                parts.append(f"{c.split('_')[0]} {yes}/{yes + no}")
            fully = sum(all(v.get(c) != "no" for c in CRITERIA) for v in rows)
            print(f"{name:6} {run:5} {len(rows):3} rows | " + " | ".join(parts) + f" | fully {fully}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("--set", nargs=5, action="append", required=True,
                   metavar=("NAME", "FIRST_SHEET", "FINAL_SHEET", "FIRST_OUTPUTS", "FINAL_OUTPUTS"))
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--seed", type=int, default=1414)
    c = sub.add_parser("score")
    c.add_argument("judged", type=Path)
    c.add_argument("--key", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "sheet":
        write_sheet(args.set, args.out, args.seed)
    else:
        score(args.judged, args.key)


if __name__ == "__main__":
    main()
