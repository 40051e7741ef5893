"""Score story merging on the hand-labelled dev set: does each labelled pair share a story_id?

    python -m evaluation.stories [--show]

The corpus is the reference article plus three retellings of parts of the same period
(tests/golden/stories_dev/*.txt: an encyclopedia entry, a textbook at month precision with
other party names, a biography). tests/golden/stories_dev/pairs.jsonl labels pairs of event
mentions (doc_id, sentence start, date text) as one happening or two; it was written before
the merging ever ran on them. Precision and recall are of the "same happening" pairs.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from evaluation.stories_confidence import confidence_bins, describe_bins

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT / "tests" / "golden" / "stories_dev"


def pairs() -> list[dict]:
    rows = [json.loads(line) for line in (DEV / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "a" in r]


def run_dev_corpus(outputs: Path) -> None:
    from pipeline import run
    from tests.conftest import REFERENCE

    corpus = outputs.parent / "corpus"
    corpus.mkdir()
    shutil.copy(REFERENCE, corpus / REFERENCE.name)
    for path in sorted(DEV.glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    summary = run(config_path=ROOT / "config.yaml", corpus=corpus, outputs=outputs)
    if summary.failed:
        raise SystemExit(f"the dev corpus failed: {summary.failed}")


def story_of(events, mention: list[str]) -> tuple[str | None, str]:
    """The story id of the event a labelled mention names, and a description of it."""
    doc_id, sentence, date_text = mention
    rows = events[(events.doc_id == doc_id) & events.sentence.str.replace("\n", " ").str.startswith(sentence)
                  & events.date_text.str.startswith(date_text)]
    if rows.empty:
        return None, f"{doc_id}: no event for {sentence!r} @ {date_text!r}"
    r = rows.iloc[0]
    return r.story_id, f"{doc_id}: {r.trigger} {list(r.actors)}→{list(r.participants)} @ {r.date_text}"


CONFIDENT = 0.75  # merges at or above this confidence should be right >= 95% of the time (issue 32)


def score(outputs: Path) -> dict:
    from pipeline import load_table

    events = load_table("events", outputs)
    confidence = dict(zip(*(load_table("stories", outputs)[c] for c in ("story_id", "confidence"))))
    sure_right = sure_wrong = 0
    merges: list[tuple[float, bool]] = []  # each merged pair's story confidence, and whether it is right
    tp = fp = fn = tn = 0
    errors, missing = [], []
    for p in pairs():
        (sa, da), (sb, db) = story_of(events, p["a"]), story_of(events, p["b"])
        if sa is None or sb is None:
            missing.append((p["ids"], da if sa is None else db))
        predicted = sa is not None and sa == sb
        if predicted:
            merges.append((float(confidence.get(sa, 0.0)), bool(p["same"])))
        if predicted and confidence.get(sa, 0.0) >= CONFIDENT:
            sure_right += bool(p["same"])
            sure_wrong += not p["same"]
        if predicted and p["same"]:
            tp += 1
        elif predicted:
            fp += 1
            errors.append(("false merge", p["ids"], da, db))
        elif p["same"]:
            fn += 1
            errors.append(("missed", p["ids"], da, db))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision,
            "recall": recall, "errors": errors, "missing": missing, "confident_merges": sure_right + sure_wrong,
            "confident_precision": sure_right / (sure_right + sure_wrong) if sure_right + sure_wrong else 1.0,
            "bins": confidence_bins(merges)}


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        outputs = Path(tmp) / "outputs"
        run_dev_corpus(outputs)
        result = score(outputs)
    print(f"stories dev set: {result['pairs']} labelled pairs; merge precision {result['precision']:.3f}, "
          f"recall {result['recall']:.3f} (tp={result['tp']} fp={result['fp']} fn={result['fn']} tn={result['tn']}); "
          f"merges with confidence >= {CONFIDENT}: {result['confident_merges']}, "
          f"precision {result['confident_precision']:.3f}; right/merged by confidence {describe_bins(result['bins'])}")
    if "--show" in argv:
        for kind, ids, a, b in result["errors"]:
            print(f"  {kind} {ids}:\n      {a}\n      {b}")
        for ids, what in result["missing"]:
            print(f"  not found {ids}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
