"""Cross-article story check: the reference article (corpus/) run with three short articles of our own that
retell some of its happenings and tell others of the same days (evaluation/data/stories_cross).

    python -m evaluation.stories_cross

Each labelled sentence of the three articles either retells a corpus happening of a given day (it must share
a story with a corpus row of that day) or tells a happening no other document tells (it must share no story
with another document). Prints right/wrong merges and missed retellings, and every cross-document story.
Written for issue 32 (sweep32); the held-out measurement uses real encyclopedia articles we do not have.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "evaluation" / "data" / "stories_cross"


def main() -> None:
    from pipeline import load_table, run

    labels = {k: v for k, v in json.loads((DATA / "labels.json").read_text(encoding="utf-8")).items() if k != "_"}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for path in [*(ROOT / "corpus").glob("*.txt"), *DATA.glob("*.txt")]:
            shutil.copy(path, corpus / path.name)
        run(corpus=str(corpus), outputs=str(Path(tmp) / "out"), backend="serial")
        events = load_table("events", Path(tmp) / "out")
        stories = load_table("stories", Path(tmp) / "out")
    reference = set(events.doc_id) - set(labels)
    right = wrong = missed = kept_apart = 0
    for doc, by_sentence in labels.items():
        for sentence, day in by_sentence.items():
            rows = events[(events.doc_id == doc) & (events.sentence_id == int(sentence))]
            others = events[events.story_id.isin(rows.story_id) & (events.doc_id != doc)]
            told = others[others.doc_id.isin(reference)]
            if day is None:
                kept_apart += others.empty
                wrong += not others.empty
            elif (told.date_start.astype(str).str[:10] == day).any():
                right += 1
            else:
                wrong += not others.empty
                missed += others.empty
    n_same = sum(d is not None for v in labels.values() for d in v.values())
    print(f"stories_cross: {right}/{n_same} retellings merged, {missed} missed, {wrong} wrong merges, "
          f"{kept_apart} of {sum(d is None for v in labels.values() for d in v.values())} lone happenings kept apart")
    n_docs = events.groupby("story_id").doc_id.nunique()
    for story_id in n_docs[n_docs > 1].index:
        story = stories[stories.story_id == story_id].iloc[0]
        print(f"  {story_id} {story.confidence:.2f} {list(story.evidence)}")
        for r in events[events.story_id == story_id].itertuples():
            print(f"      {r.doc_id[:24]:24} {r.sentence_id:>4} {r.trigger:12} {r.date_text}")


if __name__ == "__main__":
    main()
