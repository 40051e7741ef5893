"""Which date an event row carries, scored against TimeML's event–time links (TLINKs).

TimeBank and AQUAINT annotate events (``<EVENT>``) and how each relates to a
time expression. A TLINK between an event and a time of the same sentence
with relation IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY or
ENDED_BY says that the event happened at that time: the time is the event's
date. Of the gold events whose word is one of our ``events`` triggers, the
share whose row carries that time is the *anchoring accuracy*; the share of
gold events we have a row for at all is the *coverage*.

    python -m evaluation.anchoring [--show N]

Each document runs through the whole pipeline as a ``news`` document dated
by its creation time, as a user's corpus would.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.core.layers import sentence_index
from evaluation.timeml import TimemlDocument, read_corpus

ANCHOR_RELATIONS = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"}


@dataclass
class AnchoringScore:
    gold_events: int = 0   # events with an anchoring TLINK to a time of their sentence
    covered: int = 0       # ... of which we have a row triggered by the event's word
    anchored: int = 0      # ... of which a row carries the linked time
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (doc, sentence, event, gold time)

    @property
    def coverage(self) -> float:
        return self.covered / self.gold_events if self.gold_events else 0.0

    @property
    def accuracy(self) -> float:
        return self.anchored / self.covered if self.covered else 0.0

    def __add__(self, other: "AnchoringScore") -> "AnchoringScore":
        return AnchoringScore(self.gold_events + other.gold_events, self.covered + other.covered,
                              self.anchored + other.anchored, self.misses + other.misses)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_document(tm: TimemlDocument, doc) -> AnchoringScore:
    """Anchoring of one processed document against its TLINKs."""
    times = {g["tid"]: (g["start"], g["end"]) for g in tm.gold if g.get("tid")}
    events = {e["eid"]: (e["start"], e["end"]) for e in tm.events}
    sentences = [doc.raw_span(s.start, s.end) for s in doc.layers.get("sentences", [])]
    clean_sentence_of = sentence_index(doc.layers.get("sentences", []))

    def sentence_of(raw: int) -> int | None:
        return clean_sentence_of(doc.clean_span(raw, raw + 1)[0])

    gold: dict[str, set[str]] = {}
    for eid, tid, rel in tm.event_time_links:
        if rel not in ANCHOR_RELATIONS or tid not in times or eid not in events:
            continue  # the creation time lies outside the text, and is no date of the sentence
        if sentence_of(events[eid][0]) is None or sentence_of(events[eid][0]) != sentence_of(times[tid][0]):
            continue
        gold.setdefault(eid, set()).add(tid)
    timexes = doc.layers.get("timexes", [])
    rows = []
    for e in doc.layers.get("events", []):
        if e.trigger_start is None or e.timex_index is None:
            continue  # no trigger, or dated by the news report's own date (no written date to anchor)
        first = timexes[e.timex_index]
        date_span = doc.raw_span(first.start, first.end)
        rows.append((doc.raw_span(e.trigger_start, e.trigger_end), date_span))
    score = AnchoringScore(gold_events=len(gold))
    for eid, tids in gold.items():
        mine = [date for trigger, date in rows if _overlaps(trigger, events[eid])]
        if not mine:
            continue
        score.covered += 1
        if any(_overlaps(date, times[tid]) for date in mine for tid in tids):
            score.anchored += 1
        else:
            s = sentences[sentence_of(events[eid][0])]
            tid = sorted(tids)[0]
            score.misses.append((tm.name, tm.text[s[0]:s[1]].strip(), tm.text[slice(*events[eid])],
                                 tm.text[slice(*times[tid])] + " / ours: " + ", ".join(tm.text[slice(*d)] for d in mine)))
    return score


def evaluate(folder: Path) -> tuple[AnchoringScore, float]:
    """Run every document of a TimeML folder through the pipeline and score anchoring."""
    from pipeline.core.config import load_config
    from pipeline.core.document import Document
    from pipeline.batch.processing import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline(load_config(None))
    total = AnchoringScore()
    for tm in read_corpus(folder):
        doc = Document.from_raw(tm.name, f"{tm.name}.tml", tm.text)
        doc.kind = "news"
        doc.reference_date = tm.creation_date
        total = total + score_document(tm, pipeline(doc))
    return total, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    from evaluation.shared import SHARED_TIMEML
    from evaluation.timexes import CORPORA

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeml", type=Path, default=SHARED_TIMEML, help="folder holding TimeBank/ and AQUAINT/")
    parser.add_argument("--show", type=int, default=0, help="print this many misses per corpus")
    args = parser.parse_args(argv)
    if not args.timeml.is_dir():
        print(f"no TimeML corpora at {args.timeml}", file=sys.stderr)
        return 1
    print(f"{'corpus':<10} {'gold events':>11} {'coverage':>9} {'anchoring accuracy':>19}")
    for corpus in CORPORA:
        score, seconds = evaluate(args.timeml / corpus)
        print(f"{corpus:<10} {score.gold_events:>11} {score.coverage:>9.3f} {score.accuracy:>19.3f}"
              f"   ({score.covered} covered, {score.anchored} anchored; {seconds:.0f} s)")
        for doc_name, sentence, event, gold_time in score.misses[:args.show]:
            print(f"  {doc_name}: {event!r} gold {gold_time!r}\n      {sentence[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
