"""Scale benchmarks on the synthetic corpus (bench/synthetic.py); each prints its numbers.

1. whole pipeline words/s against bare nlp.pipe on the same clean text, same run;
2. speed-up of 2 worker processes over 1 on 40 documents;
3. peak memory for 200 documents against 20;
4. (clean MB/s and per-stage ms per 1,000 words: test_bench_clean.py, test_bench_stages.py);
5. read time of every table for a 2,000-document corpus, before and after `compact`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bench.synthetic import build_corpus
from pipeline import load_table
from pipeline.batch.runner import run
from pipeline.io.schema import TABLES
from pipeline.io.parts import part_name
from pipeline.io.store import Store
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _body_blocks(corpus: Path) -> list[str]:
    """What the nlp stage gives spaCy: the clean body blocks of every document."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None, stages=["normalize", "strip_glossary", "strip_links", "cut_citations",
                                                  "reflow", "sections"]))
    blocks = []
    for path in sorted(corpus.glob("*.txt")):
        doc = pipeline.text(path.read_text(encoding="utf-8"), "x")
        blocks += [doc.text[b.start:b.end] for b in doc.layers["blocks"] if not b.is_heading]
    return blocks


def test_whole_pipeline_against_bare_nlp_pipe(tmp_path):
    from pipeline.core.config import load_config
    from pipeline.core.registrations import resolve_stages
    from pipeline.core.registry import StageContext

    corpus = tmp_path / "corpus"
    build_corpus(corpus, 10, sections_per_doc=6, seed=1)
    config = load_config(None)
    blocks = _body_blocks(corpus)
    words = sum(len(b.split()) for b in blocks)

    run(corpus=str(corpus), outputs=str(tmp_path / "warm"))  # warm the file cache for both sides
    # Bare: one nlp.pipe pass of a freshly loaded model over the same text, as the pipeline's
    # own (fresh) model sees it; a second pass is faster because the vocabulary has learnt
    # the words, and is printed too.
    t = time.perf_counter()
    model = StageContext(config, stages=tuple(resolve_stages(config.stages))).model()  # a fresh context loads afresh
    load_s = time.perf_counter() - t
    passes = []
    for _ in range(2):
        t = time.perf_counter()
        list(model.pipe(blocks, batch_size=config.nlp.batch_size))
        passes.append(time.perf_counter() - t)
    bare_wps, warm_wps = words / passes[0], words / passes[1]

    t = time.perf_counter()
    summary = run(corpus=str(corpus), outputs=str(tmp_path / "out"))
    run_s = time.perf_counter() - t
    assert len(summary.processed) == 10
    pipeline_wps = words / (run_s - load_s)
    print(f"\n10 documents, {words:,} body words. bare nlp.pipe: {bare_wps:,.0f} words/s "
          f"({warm_wps:,.0f} on a second pass); whole pipeline "
          f"(load, clean, nlp, entities, timexes, events, tables, store): {pipeline_wps:,.0f} words/s "
          f"without the one model load ({load_s:.1f} s), {words / run_s:,.0f} words/s with it; "
          f"ratio {pipeline_wps / bare_wps:.2f}")
    assert pipeline_wps / bare_wps > 0.5


def test_two_workers_against_one(tmp_path):
    corpus = tmp_path / "corpus"
    build_corpus(corpus, 40, sections_per_doc=5, seed=2)
    times = {}
    for workers in (1, 2):
        t = time.perf_counter()
        summary = run(corpus=str(corpus), outputs=str(tmp_path / f"out{workers}"), backend="processes",
                      workers=workers)
        times[workers] = time.perf_counter() - t
        assert len(summary.processed) == 40
    print(f"\n40 documents: 1 worker {times[1]:.1f} s, 2 workers {times[2]:.1f} s; "
          f"speed-up {times[1] / times[2]:.2f}x (model loads included)")
    assert times[1] / times[2] > 1.2


# The child reads its own peak from /proc (VmHWM): Linux carries ru_maxrss over from the parent
# across fork and exec, so RUSAGE_SELF would report the (large) pytest process's peak instead.
# Workers' peak is RUSAGE_CHILDREN: the largest worker, forked from the small driver.
_MEMORY_CHILD = """
import json, re, resource, sys
from pipeline.batch.runner import run
summary = run(corpus=sys.argv[1], outputs=sys.argv[2], backend=sys.argv[3], workers=int(sys.argv[4]))
hwm = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
print(json.dumps({"processed": len(summary.processed), "self_kb": hwm,
                  "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def _peak(corpus: Path, outputs: Path, backend: str, workers: int) -> dict:
    out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(corpus), str(outputs), backend, str(workers)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_peak_memory_200_against_20(tmp_path):
    lines = []
    for backend, workers in (("serial", 1), ("processes", 2)):
        peaks = {}
        for n in (20, 200):
            corpus = tmp_path / f"corpus{n}"
            if not corpus.exists():
                build_corpus(corpus, n, sections_per_doc=1, seed=3)
            peaks[n] = _peak(corpus, tmp_path / f"out_{backend}_{n}", backend, workers)
            assert peaks[n]["processed"] == n
        key = "self_kb" if backend == "serial" else "children_kb"
        ratio = peaks[200][key] / peaks[20][key]
        assert ratio <= 1.2, lines
        lines.append(f"{backend} ({workers} worker{'s' if workers > 1 else ''}): peak {key[:-3]} RSS "
                     f"{peaks[20][key] / 1024:.0f} MB for 20 documents, {peaks[200][key] / 1024:.0f} MB for 200; "
                     f"ratio {ratio:.2f} (driver {peaks[200]['self_kb'] / 1024:.0f} MB)")
    print("\n" + "\n".join(lines))


def _clone_corpus_outputs(source: Path, target: Path, n: int) -> None:
    """A 2,000-document output folder: the parts of processed synthetic documents, under new doc_ids,
    written through the store as a run writes them (processing 2,000 documents would take an hour)."""
    store = Store(target)
    entries = Store(source).entries()
    originals = sorted(entries)
    parts = {d: {t: pq.read_table(source / t / part_name(d)) for t in TABLES} for d in originals}
    for i in range(n):
        base = originals[i % len(originals)]
        doc_id = f"doc_{i:05d}"
        tables = {t: tb.set_column(tb.schema.get_field_index("doc_id"), "doc_id", pa.array([doc_id] * len(tb),
                                                                                            pa.string()))
                  for t, tb in parts[base].items()}
        store.write_document(doc_id, tables, {k: v for k, v in entries[base].items()
                                              if k not in ("doc_id", "part", "pending", "batch")})


def _read_times(outputs: Path) -> dict[str, tuple[float, int]]:
    times = {}
    for table in TABLES:
        t = time.perf_counter()
        frame = pd.read_parquet(outputs / table)
        times[table] = (time.perf_counter() - t, len(frame))
    return times


def test_read_time_of_a_2000_document_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    build_corpus(corpus, 20, sections_per_doc=4, seed=4)
    run(corpus=str(corpus), outputs=str(tmp_path / "seed"))
    outputs = tmp_path / "outputs"
    _clone_corpus_outputs(tmp_path / "seed", outputs, 2000)
    loose = _read_times(outputs)
    t = time.perf_counter()
    written = Store(outputs).compact(docs_per_part=500)
    compact_s = time.perf_counter() - t
    compacted = _read_times(outputs)
    t = time.perf_counter()
    load_table("entities", outputs)
    typed_s = time.perf_counter() - t
    print("\n2,000 documents; pandas.read_parquet per table, seconds (rows):")
    for table in TABLES:
        print(f"  {table:10s} per-document parts {loose[table][0]:5.2f}   after compact "
              f"({len(written)} batch parts) {compacted[table][0]:5.2f}   ({loose[table][1]:,} rows)")
    print(f"  compact took {compact_s:.1f} s; load_table('entities') (typed, sorted) {typed_s:.2f} s")
    assert all(compacted[t][1] == loose[t][1] for t in TABLES)
    assert max(s for s, _ in compacted.values()) < 5
