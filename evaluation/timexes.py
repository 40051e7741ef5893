"""Score the timexes stage on TimeML corpora (TimeBank, AQUAINT) that we did not write.

Each document goes through the real stages (cleaning, sections, spaCy, timexes)
as a ``news`` document whose creation date is the TimeML DCT; the timexes'
raw offsets are compared with the gold spans in the TimeML plain text, with
TempEval-3's conventions (see :func:`evaluation.scores.score_timexes`).

Run ``make eval`` (``python -m evaluation.timexes``) for the table and the
most frequent misses; ``--cache DIR`` keeps the parsed documents so a change to
the tagger can be re-scored in seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from evaluation.scores import TimexScores, score_timexes
from evaluation.shared import SHARED_TIMEML
from evaluation.timeml import TimemlDocument, read_corpus

CORPORA = ("TimeBank", "AQUAINT")
_PRE_STAGES = ["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections", "nlp"]


@dataclass
class CorpusResult:
    name: str
    documents: int
    words: int
    scores: TimexScores
    seconds: float


def _config():
    from pipeline.core.config import load_config

    return load_config(None, stages=_PRE_STAGES + ["timexes"])


def _prepare(tm: TimemlDocument, pre) -> Any:
    """The document after every stage before timexes (the expensive, tagger-independent part)."""
    from pipeline.core.document import Document

    doc = Document.from_raw(tm.name, f"{tm.name}.tml", tm.text)
    doc.kind = "news"
    doc.reference_date = tm.creation_date
    return pre(doc)


def _code_fingerprint() -> str:
    """A hash of the package's code outside the tagger: a change to cleaning or parsing makes the
    cached documents stale (the tagger itself always runs afresh)."""
    package = Path(__file__).resolve().parents[1] / "pipeline"
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        if "timex" not in path.relative_to(package).parts:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def predict(docs: Iterable[TimemlDocument], cache: Path | None = None) -> list[tuple[TimemlDocument, list[dict]]]:
    """System timexes of each document, as rows with raw offsets."""
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(_config())
    pre, tagger = pipeline.only(_PRE_STAGES), pipeline.only(["timexes"])
    cache = cache / _code_fingerprint() if cache else None
    out = []
    for tm in docs:
        path = cache / f"{tm.name}.pickle" if cache else None
        doc = None
        if path is not None and path.exists():
            try:
                doc = pickle.loads(path.read_bytes())
            except (AttributeError, ImportError, pickle.UnpicklingError, EOFError):
                doc = None  # written by an older version of the pipeline: parse again
        if doc is None:
            doc = _prepare(tm, pre)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(pickle.dumps(doc))
        doc.layers.pop("timexes", None)
        doc = tagger(doc)
        rows = []
        for t in doc.layers["timexes"]:
            rs, re_ = doc.raw_span(t.start, t.end)
            rows.append({"start": rs, "end": re_, "text": tm.text[rs:re_], "type": t.type, "value": t.value,
                         "mod": t.mod})
        out.append((tm, rows))
    return out


def evaluate(folder: Path, cache: Path | None = None) -> tuple[CorpusResult, list[tuple[TimemlDocument, list[dict]]]]:
    started = time.perf_counter()
    docs = read_corpus(folder)
    pairs = predict(docs, cache)
    scores = score_timexes([], [], compare_mod=False)
    for tm, rows in pairs:
        scores = scores + score_timexes(rows, tm.gold, compare_mod=False, name=tm.name)
    words = sum(len(tm.text.split()) for tm in docs)
    return CorpusResult(folder.name, len(docs), words, scores, time.perf_counter() - started), pairs


def _shape(text: str) -> str:
    """Misses grouped by form: digits to 9, case folded."""
    return re.sub(r"\d", "9", " ".join(text.lower().split()))


def miss_kinds(scores: TimexScores, top: int = 20) -> dict[str, list[tuple[str, int]]]:
    """The most frequent missed, spurious and wrongly valued expressions, by form."""
    missed = Counter(f"{g['type']}: {_shape(g['text'])}" for g in scores.misses)
    spurious = Counter(f"{p['type']}: {_shape(p['text'])}" for p in scores.spurious)
    wrong = Counter(f"{_shape(g['text'])}: {g['value']} vs {p['value']}".replace(
        "\n", " ") for p, g in scores.wrong_values)
    wrong_kinds = Counter(f"{_value_shape(g['value'])} vs {_value_shape(p['value'])}" for p, g in scores.wrong_values)
    return {"missed": missed.most_common(top), "spurious": spurious.most_common(top),
            "wrong value (kind)": wrong_kinds.most_common(top), "wrong value": wrong.most_common(top)}


def _value_shape(value: str | None) -> str:
    return re.sub(r"\d", "9", value or "None")


def table(results: list[CorpusResult]) -> str:
    lines = ["| corpus | docs | gold | strict P / R / F1 | relaxed P / R / F1 | value F1 | type acc |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        s = r.scores
        lines.append(f"| {r.name} | {r.documents} | {s.relaxed.tp + s.relaxed.fn} | "
                     f"{s.strict.precision:.3f} / {s.strict.recall:.3f} / {s.strict.f1:.3f} | "
                     f"{s.relaxed.precision:.3f} / {s.relaxed.recall:.3f} / {s.relaxed.f1:.3f} | "
                     f"{s.value_f1:.3f} | {s.type_accuracy:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.timexes",
                                     description="Score the timexes stage on TimeBank and AQUAINT.")
    parser.add_argument("--data", type=Path, default=SHARED_TIMEML, help="folder holding TimeBank/ and AQUAINT/")
    parser.add_argument("--cache", type=Path, help="keep parsed documents here between runs")
    parser.add_argument("--top", type=int, default=20, help="how many misses of each kind to list")
    parser.add_argument("--corpus", choices=CORPORA, action="append", help="score only this corpus")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: TimeML data not found at {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    results = []
    for name in args.corpus or CORPORA:
        result, _ = evaluate(args.data / name, args.cache / name if args.cache else None)
        results.append(result)
        print(f"\n## {name}: {result.documents} documents, {result.words} words, {result.seconds:.1f} s")
        for kind, items in miss_kinds(result.scores, args.top).items():
            print(f"\n{kind}:")
            for text, n in items:
                print(f"  {n:4d}  {text}")
    print()
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
