"""Blind audit of cross-article stories: does every telling a story joins tell the same happening?

The stories table merges event rows of different documents into one story. On a corpus nobody
here wrote (``audit_events sample --source vital`` runs Wikipedia's History leads), ``sheet``
lists every story told by two or more documents, each telling with its sentence, and (with a
second outputs folder) shuffles two runs into one sheet for one judge, with a key; the judge
answers ``same_happening`` yes/no per story; ``score`` gives precision per run, and among the
merges the stories table gave a confidence of at least 0.75.

    python -m evaluation.stories_audit sheet --outputs /tmp/first/outputs [--outputs /tmp/final/outputs] --out DIR
    python -m evaluation.stories_audit score DIR/judged.jsonl --key DIR/key.json
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

CONFIDENT = 0.75


def cross_document_stories(outputs: Path) -> list[dict]:
    """Each story of two or more documents, with each telling's document title and sentence."""
    from pipeline import load_table

    stories = load_table("stories", outputs)
    events = load_table("events", outputs)
    told = stories[stories.n_docs >= 2]
    by_story = {sid: part for sid, part in events.groupby("story_id")}
    found = []
    for story in told.itertuples():
        rows = by_story.get(story.story_id)
        if rows is None:
            continue
        tellings = [{"article": r.doc_title if isinstance(r.doc_title, str) else r.doc_id,
                     "sentence": r.sentence, "trigger": r.trigger,
                     "date": f"{str(r.date_start)[:10]}..{str(r.date_end)[:10]}"}
                    for r in rows.sort_values(["doc_id", "event_id"]).itertuples()]
        found.append({"story_id": story.story_id, "confidence": float(story.confidence),
                      "evidence": [str(e) for e in story.evidence], "tellings": tellings})
    return found


def sheet(outputs: list[Path], out: Path, seed: int = 13) -> None:
    rows = [(str(i), s) for i, folder in enumerate(outputs) for s in cross_document_stories(folder)]
    random.Random(seed).shuffle(rows)
    out.mkdir(parents=True, exist_ok=True)
    key = []
    with (out / "sheet.jsonl").open("w", encoding="utf-8") as f:
        for n, (run, story) in enumerate(rows, 1):
            key.append({"row": n, "run": ["first", "final"][int(run)] if len(outputs) == 2 else "only",
                        "story_id": story["story_id"], "confidence": story["confidence"],
                        "evidence": story["evidence"]})
            f.write(json.dumps({"row": n, "tellings": story["tellings"]}, ensure_ascii=False) + "\n")
    (out / "key.json").write_text(json.dumps(key, indent=0), encoding="utf-8")
    print(f"{len(rows)} cross-article stories -> {out / 'sheet.jsonl'}")


def score(judged: Path, key: Path) -> None:
    verdicts = {v["row"]: v for v in map(json.loads, judged.read_text(encoding="utf-8").splitlines()) if v}
    keyed = json.loads(key.read_text(encoding="utf-8"))
    for run in sorted({k["run"] for k in keyed}):
        part = [k for k in keyed if k["run"] == run]
        right = [k for k in part if verdicts[k["row"]]["same_happening"] == "yes"]
        sure = [k for k in part if k["confidence"] >= CONFIDENT]
        sure_right = [k for k in sure if verdicts[k["row"]]["same_happening"] == "yes"]
        print(f" {run}: {len(right)}/{len(part)} cross-article stories right"
              f" = {len(right) / max(1, len(part)):.3f}; confidence >= {CONFIDENT}: {len(sure_right)}/{len(sure)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("--outputs", type=Path, action="append", required=True, help="one run's outputs (at most two)")
    s.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("score")
    c.add_argument("judged", type=Path)
    c.add_argument("--key", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "sheet":
        sheet(args.outputs[:2], args.out)
    else:
        score(args.judged, args.key)


if __name__ == "__main__":
    main()
