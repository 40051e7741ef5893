"""Score the events stage's roles: actors, participants, theme, on hand-checked gold.

    python -m evaluation.events [--show]

Three sets: ``tests/golden/events_reference.jsonl`` (64 key events of the reference
article, found by sentence prefix and date text), the held-out sentences of
``tests/golden/event_roles_heldout.jsonl`` (other periods and places, annotated
before the pipeline ran on them; its misses guided the rules) and
``tests/golden/event_roles_fresh.jsonl`` (written and annotated after the rules, run
once before two more fixes). "actors+participants" scores every named party,
whatever its role.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLDEN = ROOT / "tests" / "golden"


def read_gold(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLDEN / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def as_dicts(events) -> list[dict]:
    """Rows as dicts, with pandas' missing values back to None."""
    events = events.astype(object).where(events.notna(), None)
    return [{**r._asdict(), "actors": list(r.actors), "participants": list(r.participants)}
            for r in events.itertuples()]


def reference_events() -> list[dict]:
    import shutil

    from pipeline import load_table, run
    from tests.conftest import REFERENCE

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        shutil.copy(REFERENCE, corpus / REFERENCE.name)
        run(config_path=ROOT / "config.yaml", corpus=corpus, outputs=Path(tmp) / "outputs")
        return as_dicts(load_table("events", Path(tmp) / "outputs"))


def heldout_events(gold: list[dict]) -> tuple[list[dict], list[dict]]:
    """Run each held-out text on its own; the text is the event's sentence key."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipe = Pipeline(load_config(None))
    predicted = []
    for g in gold:
        doc = pipe.text("Title\n\n" + g["text"] + "\n", "t")
        predicted += [{"sentence": g["text"], "date_text": e.date_text, "date_start": None, "date_end": None,
                       "trigger": e.trigger, "actors": e.actors, "participants": e.participants,
                       "theme": getattr(e, "theme", None)} for e in doc.layers["events"]]
    return predicted, [{**g, "sentence": g["text"], "date_start": "None", "date_end": "None"} for g in gold]


def show(scores) -> None:
    for g, p in scores.errors:
        print(f"  - {g['sentence'][:90]!r} @ {g['date_text']!r}")
        print(f"      gold: actors={g['actors']} participants={g.get('participants')} theme={g.get('theme')!r}")
        if p is None:
            print("      not found")
        else:
            print(f"      got:  actors={p['actors']} participants={p.get('participants')} theme={p.get('theme')!r}"
                  f" trigger={p['trigger']!r}")


def main(argv: list[str]) -> int:
    from evaluation.scores import score_events

    t0 = time.perf_counter()
    ref = score_events(reference_events(), read_gold("events_reference.jsonl"))
    print(f"reference article: {ref}")
    if "--show" in argv:
        show(ref)
    for name, label in (("event_roles_heldout.jsonl", "held-out sentences"),
                        ("event_roles_fresh.jsonl", "fresh held-out sentences")):
        predicted, gold = heldout_events(read_gold(name))
        held = score_events(predicted, gold)
        print(f"{label}: {held}")
        if "--show" in argv:
            show(held)
    print(f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
