"""The rows a change removed or added, for one judge: was the removed row no happening, is the added one?

:mod:`evaluation.audit_changed` pairs the rows both runs wrote for one sentence and date; a row only
one run wrote (a filter dropped it, a rule found it) has no pair and would go unjudged. This takes two
every-row samples (``audit_events sample --n 5000 --seed 1`` of each run), keeps the rows of one whose
document, sentence and date text the other lacks, and puts them on one shuffled sheet with placeholder
ids; ``score`` counts, per set, the removed rows judged no happening (removals that were right) and the
added rows judged a happening.

    python -m evaluation.audit_gone sheet --set vital FIRST_ALL.jsonl FINAL_ALL.jsonl --set news ... --out DIR
    python -m evaluation.audit_gone score DIR/judged.jsonl --key DIR/key.json
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path


def _key(row: dict) -> tuple:
    return row["doc_id"], row["sentence"], row.get("date_text")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sheet(sets: list[tuple[str, Path, Path]], out: Path, seed: int = 5) -> Counter:
    """Write ``out/sheet.jsonl`` and ``out/key.json``; return the counts per (set, removed/added)."""
    found = []
    for name, first, final in sets:
        a, b = _rows(first), _rows(final)
        in_a, in_b = {_key(r) for r in a}, {_key(r) for r in b}
        found += [(name, "removed", r) for r in a if _key(r) not in in_b]
        found += [(name, "added", r) for r in b if _key(r) not in in_a]
    random.Random(seed).shuffle(found)
    out.mkdir(parents=True, exist_ok=True)
    rows, key = [], []
    for i, (name, what, r) in enumerate(found, 1):
        rows.append(dict(r, row=i, doc_id=f"g{i:03d}", event_id=0))
        key.append({"row": i, "set": name, "what": what, "doc_id": r["doc_id"]})
    (out / "sheet.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=0), encoding="utf-8")
    return Counter((k["set"], k["what"]) for k in key)


def score(judged: Path, key: Path) -> dict[tuple[str, str], Counter]:
    """Per (set, removed/added): how many rows the judge called a real happening ("yes") or not."""
    by_row = {k["row"]: k for k in json.loads(key.read_text(encoding="utf-8"))}
    totals: dict[tuple[str, str], Counter] = {}
    for row in _rows(judged):
        k = by_row[row["row"]]
        totals.setdefault((k["set"], k["what"]), Counter())[row["real_happening"]] += 1
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("--set", nargs=3, action="append", required=True, metavar=("NAME", "FIRST_ALL", "FINAL_ALL"))
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--seed", type=int, default=5)
    c = sub.add_parser("score")
    c.add_argument("judged", type=Path)
    c.add_argument("--key", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "sheet":
        counts = sheet([(n, Path(a), Path(b)) for n, a, b in args.set], args.out, args.seed)
        print(f"{sum(counts.values())} rows only one run wrote -> {args.out / 'sheet.jsonl'}: {dict(counts)}")
    else:
        print_score(args.judged, args.key)


def print_score(judged: Path, key: Path) -> None:
    """``score``'s totals, a line per set and kind: how many removals or additions the judge bore out."""
    for (name, what), c in sorted(score(judged, key).items()):
        right = c["no"] if what == "removed" else c["yes"]
        print(f"{name:6} {what:8} {sum(c.values()):3} rows | judged a happening {c['yes']}, not {c['no']} | "
              f"right to {'remove' if what == 'removed' else 'add'}: {right}/{sum(c.values())}")


if __name__ == "__main__":
    main()
