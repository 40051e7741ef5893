"""Score story merging on real news: AQUAINT's articles retell each other's happenings.

    python -m evaluation.stories_aquaint [--show] [--pairs PATH] [--outputs DIR [--reuse]]

``evaluation/data/aquaint_pairs.jsonl`` holds pairs of event mentions in two
different AQUAINT articles (each: the file, the character offsets of the
trigger word in the TimeML plain text, the word, its sentence), labelled
``same`` or ``different`` happening by a labeller who saw neither the merging
rules nor their output. The articles involved go through the real pipeline
path (``pipeline.run``: every stage, then the stories merge) as ``news``
documents dated by their TimeML creation time; each labelled mention is mapped
to the event row that tells it (the row whose sentence covers the mention and
whose trigger is the mention's word, or for a verb that only says its subject
happened, "the shooting occurred", the row of that subject), and a pair counts as merged when both
rows carry one ``story_id``. A mention with no row counts as not merged: the
events table holds dated statements only, so many news mentions have none,
and the report says how many.

The AQUAINT text is read from ``../shared/data/timeml/AQUAINT`` beside the
repository (never copied into it); the pairs file holds only offsets, the
trigger word and its sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from evaluation.shared import SHARED_TIMEML
from evaluation.stories_confidence import confidence_bins, describe_bins

ROOT = Path(__file__).resolve().parents[1]
AQUAINT = SHARED_TIMEML / "AQUAINT"
PAIRS = Path(__file__).resolve().parent / "data" / "aquaint_pairs.jsonl"
CONFIDENT = 0.75  # merges at or above this confidence should be right >= 95% of the time (issue 32)


@dataclass(frozen=True)
class Mention:
    file: str      # the AQUAINT file's stem ("APW19980807.0261"), which is also our doc_id
    start: int     # character offsets of the trigger word in the TimeML plain text
    end: int
    word: str
    sentence: str


@dataclass(frozen=True)
class Pair:
    a: Mention
    b: Mention
    same: bool
    note: str = ""


def _first(d: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        if k in d and d[k] is not None:
            return d[k]
    raise KeyError(f"none of {keys} in {sorted(d)}")


def _mention(d: dict[str, Any]) -> Mention:
    file = Path(str(_first(d, "file", "doc", "doc_id", "document"))).name
    for suffix in (".tml", ".txt"):
        file = file[: -len(suffix)] if file.endswith(suffix) else file
    if "offsets" in d:
        start, end = d["offsets"]
    else:
        start, end = _first(d, "start", "char_start", "begin"), _first(d, "end", "char_end")
    return Mention(file, int(start), int(end), str(_first(d, "trigger", "word", "text")),
                   str(d.get("sentence", "")))


def read_pairs(path: Path) -> tuple[list[Pair], int]:
    """The labelled pairs of a JSON-lines file, and how many the labeller marked ``unsure`` (left out);
    lines without two mentions, such as comments, are skipped."""
    pairs, unsure = [], 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        sides = [row.get(k) for k in ("a", "b")] if "a" in row else row.get("mentions") or row.get("pair")
        if not sides or len(sides) != 2 or not all(isinstance(s, dict) for s in sides):
            continue
        label = row.get("label", row.get("same"))
        if isinstance(label, str):
            if label.lower() == "unsure":
                unsure += 1
                continue
            if label.lower() not in ("same", "different"):
                raise ValueError(f"{path.name}:{n}: label {label!r} is neither 'same' nor 'different'")
            label = label.lower() == "same"
        pairs.append(Pair(_mention(sides[0]), _mention(sides[1]), bool(label), str(row.get("pair_id", row.get("id", "")))))
    return pairs, unsure


def _texts(files: set[str]) -> dict[str, Any]:
    from evaluation.timeml import read_timeml

    if not AQUAINT.is_dir():
        raise SystemExit(f"AQUAINT not found at {AQUAINT}: the shared data must sit beside the repository")
    return {f: read_timeml(AQUAINT / f"{f}.tml") for f in sorted(files)}


def check_offsets(pairs: list[Pair], docs: dict[str, Any]) -> list[str]:
    """Mentions whose offsets do not point at their word in the plain text (each one a labelling slip)."""
    bad = []
    for m in {m for p in pairs for m in (p.a, p.b)}:
        found = docs[m.file].text[m.start:m.end]
        if found.lower() != m.word.lower():
            bad.append(f"{m.file}[{m.start}:{m.end}] is {found!r}, labelled {m.word!r}")
    return sorted(bad)


def run_pipeline(docs: dict[str, Any], outputs: Path) -> None:
    """The AQUAINT documents as a corpus of news, each dated by its creation time, through ``pipeline.run``.

    Every document is processed again (``force``): the run's documents do not change between runs, so an
    incremental run over a kept ``--outputs`` folder would skip them all and score the stale events of
    the code that wrote them, not the current code's."""
    from pipeline import run

    corpus = outputs.parent / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name, tm in docs.items():
        # newline="" keeps the text byte for byte, so raw offsets are TimeML offsets.
        (corpus / f"{name}.txt").write_text(tm.text, encoding="utf-8", newline="")
        meta = "kind: news\n" + (f"reference_date: {tm.creation_date.isoformat()}\n" if tm.creation_date else "")
        (corpus / f"{name}.meta.yaml").write_text(meta, encoding="utf-8")
    summary = run(config_path=ROOT / "config.yaml", corpus=corpus, outputs=outputs, force=True)
    if summary.failed:
        raise SystemExit(f"AQUAINT documents failed: {summary.failed}")


def must_run(outputs: Path | None, reuse: bool) -> bool:
    """Whether the pipeline runs: always, unless ``--reuse`` names a folder that holds a run's events."""
    return not (reuse and outputs is not None and (outputs / "events").exists())


def stored_stories(outputs: Path, again: bool) -> tuple[pd.DataFrame, dict[str, float], dict[str, str]]:
    """The events, each story's confidence and evidence; with ``again``, the stories merged afresh from
    the stored events by the current code (no document is parsed again)."""
    from pipeline.io.store import Store
    from pipeline.stories.merge import _states, build_stories

    store = Store(outputs)
    events = store.read("events")
    if again:
        rows, story_of = build_stories(events, _states(store))
        events = events.assign(story_id=[story_of.get(f"{d}#{e}") for d, e in zip(events.doc_id, events.event_id)])
    else:
        rows = store.read("stories").to_dict("records")
    confidence = {r["story_id"]: float(r["confidence"]) for r in rows}
    evidence = {r["story_id"]: r.get("evidence") for r in rows}
    return events, confidence, evidence


class Lemmas:
    """The lemma of a word in its sentence, by the pipeline's own model and rule (so "fell" is "fall"
    as the events stage says it)."""

    def __init__(self) -> None:
        import spacy

        from pipeline.core.config import load_config

        self.nlp = spacy.load(load_config(ROOT / "config.yaml").nlp.model)
        self.lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None

    def positions(self, text: str) -> list[tuple[int, str, str]]:
        """(offset, word, lemma) of every token of a text."""
        from pipeline.events.triggers import lemma_of

        return [(t.idx, t.lower_, lemma_of(t, self.lemmatizer)) for t in self.nlp(text)]

    def happened_subject(self, text: str, start: int) -> int | None:
        """The offset of the subject of the verb at ``start`` when that verb only says its subject happened
        ("the shooting occurred", "the talks took place"), else None."""
        from pipeline.events.triggers import lemma_of

        parsed = self.nlp(text)
        verb = next((t for t in parsed if t.idx == start), None)
        if verb is None:
            return None
        lemma = lemma_of(verb, self.lemmatizer)
        if lemma not in ("occur", "happen") and not (lemma == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject.idx if subject is not None else None

    def __call__(self, text: str, start: int, end: int) -> str:
        from pipeline.events.triggers import lemma_of

        parsed = self.nlp(text)
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return text[start:end].lower()
        return lemma_of(span[-1], self.lemmatizer)


def row_of(events: pd.DataFrame, m: Mention, lemmas: Lemmas, by_sentence: bool = False) -> tuple[pd.Series | None, str]:
    """The event row that tells mention ``m``, and why none does. With ``by_sentence``, a mention whose
    sentence has dated rows but none of its word takes the row whose trigger is nearest to it (a looser
    reading: "the suspected car bombings occurred … Friday" is told by the row of "occur")."""
    rows = events[(events.doc_id == m.file) & (events.raw_start <= m.start) & (m.end <= events.raw_end)]
    if rows.empty:
        return None, "no dated event in its sentence"
    if "raw_trigger_start" in rows.columns:
        hit = rows[(rows.raw_trigger_start <= m.start) & (m.start < rows.raw_trigger_end)]
    else:
        # No trigger offsets stored: the row whose trigger lemma is the mention's word's.
        r0 = rows.iloc[0]
        sentence = r0.sentence
        lemma = lemmas(sentence, m.start - int(r0.raw_start), m.end - int(r0.raw_start))
        word = m.word.lower()
        # The sentence parsed alone may lemmatise differently from the document's parse: a row's lemma
        # that begins the word ("spot", "spotted") is the word's too.
        hit = rows[rows.trigger.fillna("").str.lower().map(
            lambda t: t in (lemma, word) or (len(t) >= 3 and word.startswith(t.rstrip("e"))))]
    if hit.empty and "raw_trigger_start" in rows.columns:
        # "when the shooting occurred": a verb that only says its subject happened tells the subject's
        # happening, and the row of that subject is the mention's.
        subject = lemmas.happened_subject(rows.iloc[0].sentence, m.start - int(rows.iloc[0].raw_start))
        if subject is not None:
            hit = rows[rows.raw_trigger_start == int(rows.iloc[0].raw_start) + subject]
    if hit.empty and by_sentence:
        at = m.start - int(rows.iloc[0].raw_start)
        tokens = lemmas.positions(rows.iloc[0].sentence)

        def distance(trigger: Any) -> int:
            spots = [i for i, w, lemma in tokens if isinstance(trigger, str) and trigger.lower() in (w, lemma)]
            return min((abs(i - at) for i in spots), default=10**6)

        return rows.assign(_d=rows.trigger.map(distance)).sort_values(["_d", "event_id"]).iloc[0], ""
    if hit.empty:
        return None, f"its sentence's events tell {sorted(set(rows.trigger.dropna()))}, not {m.word!r}"
    return hit.sort_values("event_id").iloc[0], ""


def score(pairs: list[Pair], events: pd.DataFrame, confidence: dict[str, float],
          evidence: dict[str, str] | None = None, lemmas: Lemmas | None = None,
          by_sentence: bool = False) -> dict[str, Any]:
    lemmas = lemmas or Lemmas()
    rows: dict[Mention, tuple[pd.Series | None, str]] = {}
    for m in {m for p in pairs for m in (p.a, p.b)}:
        rows[m] = row_of(events, m, lemmas, by_sentence)
    tp = fp = fn = tn = 0
    both = [0, 0, 0, 0]  # pairs whose two mentions have rows: same-labelled, merged, merged and same, different
    sure_right = sure_wrong = 0
    merges: list[tuple[float, bool]] = []  # each merged pair's story confidence, and whether it is right
    details = []
    for p in pairs:
        (ra, why_a), (rb, why_b) = rows[p.a], rows[p.b]
        story = ra.story_id if ra is not None else None
        merged = story is not None and rb is not None and story == rb.story_id
        if merged:
            merges.append((confidence.get(story, 0.0), p.same))
            sure = confidence.get(story, 0.0) >= CONFIDENT
            sure_right += sure and p.same
            sure_wrong += sure and not p.same
        if ra is not None and rb is not None:
            both[0] += p.same
            both[1] += merged
            both[2] += merged and p.same
            both[3] += not p.same
        tp += merged and p.same
        fp += merged and not p.same
        fn += (not merged) and p.same
        tn += (not merged) and not p.same
        if merged != p.same:
            details.append(("false merge" if merged else "missed", p, _describe(p.a, ra, why_a),
                            _describe(p.b, rb, why_b),
                            (confidence.get(story), (evidence or {}).get(story)) if merged else None))
    mentions = len(rows)
    return {"pairs": len(pairs), "same": sum(p.same for p in pairs), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "mentions": mentions, "both_rows_same": both[0], "both_rows_recall": both[2] / both[0] if both[0] else 1.0,
            "both_rows_different": both[3], "without_row": sum(r is None for r, _ in rows.values()),
            "confident_merges": sure_right + sure_wrong,
            "confident_precision": sure_right / (sure_right + sure_wrong) if sure_right + sure_wrong else 1.0,
            "bins": confidence_bins(merges), "details": details}


def _describe(m: Mention, row: pd.Series | None, why: str) -> str:
    head = f"{m.file}@{m.start} {m.word!r}"
    if row is None:
        return f"{head}: no row ({why})"
    modality = f" [{row.modality}]" if "modality" in row and isinstance(row.get("modality"), str) else ""
    return (f"{head}: {row.trigger}{modality} {list(row.actors)}→{list(row.participants)} theme={row.theme!r} "
            f"places={list(row.places)} @ {row.date_text!r} ({row.date_start})")


def _print(title: str, result: dict[str, Any], n_docs: int, unsure: int, show: bool) -> None:
    print(f"{title}: {result['pairs']} labelled pairs ({result['same']} same; {unsure} unsure left out) over "
          f"{n_docs} articles; merge precision {result['precision']:.3f}, recall {result['recall']:.3f} "
          f"(tp={result['tp']} fp={result['fp']} fn={result['fn']} tn={result['tn']}); "
          f"{result['without_row']} of {result['mentions']} mentions have no event row; "
          f"recall where both mentions have a row {result['both_rows_recall']:.3f} (of {result['both_rows_same']}; "
          f"{result['both_rows_different']} different-happening pairs with both rows put to the test); "
          f"merges with confidence >= {CONFIDENT}: {result['confident_merges']}, "
          f"precision {result['confident_precision']:.3f}; right/merged by confidence {describe_bins(result['bins'])}")
    if show:
        for kind, p, a, b, sure in result["details"]:
            print(f"  {kind}{f' (confidence {sure[0]}, evidence {sure[1]})' if sure else ''} {p.note}:\n"
                  f"      {a}\n      {b}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.stories_aquaint", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="the labelled pairs (JSON lines)")
    parser.add_argument("--outputs", type=Path, help="keep the run's tables here (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --outputs: do not run the pipeline again; merge the stored events into stories "
                             "afresh with the current code (for tuning the merge)")
    parser.add_argument("--show", action="store_true", help="list every wrong pair")
    parser.add_argument("--by-sentence", action="store_true",
                        help="also score the looser mapping: a mention with no row of its word takes the nearest "
                             "dated row of its sentence")
    args = parser.parse_args(argv)
    pairs, unsure = read_pairs(args.pairs)
    if not pairs:
        raise SystemExit(f"{args.pairs}: no labelled pairs")
    docs = _texts({m.file for p in pairs for m in (p.a, p.b)})
    bad = check_offsets(pairs, docs)
    for line in bad:
        print(f"  offset mismatch: {line}")
    with tempfile.TemporaryDirectory() as tmp:
        outputs = args.outputs or Path(tmp) / "outputs"
        if must_run(args.outputs, args.reuse):
            run_pipeline(docs, outputs)
        events, confidence, evidence = stored_stories(outputs, again=args.reuse)
        lemmas = Lemmas()
        result = score(pairs, events, confidence, evidence, lemmas)
        loose = score(pairs, events, confidence, evidence, lemmas, by_sentence=True) if args.by_sentence else None
    _print("AQUAINT stories", result, len(docs), unsure, args.show)
    if loose is not None:
        _print("by sentence", loose, len(docs), unsure, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
