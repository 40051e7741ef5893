"""Peak memory of a whole run and the Dask backend's throughput on 2 workers, on the bench corpus
(the reference article + WikiGold, as in test_bench_speed).

Peak memory: a fresh Python process runs the pipeline (serial backend) over the corpus and reports
its own ``ru_maxrss``, the model included. Dask: a local cluster of 2 worker processes, one thread
each; its words per second are wall-clock (the work is in other processes, so this process's CPU
time says nothing), start-up and model loads included, which is what a user of ``--backend dask``
waits for. The machine may be shared: the figures are for people to read, not asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.test_bench_speed import _chunks, _corpus_texts
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

_PEAK = """
import json, resource, sys, time
from pipeline.batch.runner import run
cpu = time.process_time()
summary = run(corpus=sys.argv[1], outputs=sys.argv[2], force=True, backend="serial")
print(json.dumps({"maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "cpu_s": time.process_time() - cpu, "failed": len(summary.failed)}))
"""


def _corpus(tmp_path: Path) -> tuple[Path, int]:
    texts = _corpus_texts()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    return corpus, sum(len(c.split()) for cs in _chunks(texts).values() for c in cs)


def test_peak_memory_of_a_whole_run(tmp_path):
    corpus, words = _corpus(tmp_path)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", _PEAK, str(corpus), str(tmp_path / "out")], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"\npeak memory of a fresh process running the whole pipeline (serial) over {words:,} words: "
          f"{result['maxrss_kib'] / 1024:,.0f} MiB (ru_maxrss; model load included; "
          f"{result['cpu_s']:.1f} s CPU with the load)")
    assert result["failed"] == 0 and result["maxrss_kib"] > 0


def test_dask_backend_on_two_workers(tmp_path):
    pytest.importorskip("dask.distributed", reason="Dask is not installed (the project's dask extra)")
    from pipeline.batch.runner import run

    corpus, words = _corpus(tmp_path)
    started = time.perf_counter()
    summary = run(corpus=str(corpus), outputs=str(tmp_path / "out"), force=True, backend="dask", workers=2)
    seconds = time.perf_counter() - started
    assert not summary.failed, summary.failed
    print(f"\nDask backend, 2 local worker processes x 1 thread, {len(summary.processed)} documents, "
          f"{words:,} words: {seconds:.1f} s wall clock, {words / seconds:,.0f} words per second "
          f"(cluster start-up and a model load per worker included)")
