"""``nlp.parse: all`` (the whole model on every sentence, as before) against ``needed`` (the
tagger and parser only where a stage reads them): peak memory of a serial run and throughput
of the Dask backend on 2 workers, on the synthetic corpus (bench/synthetic.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from bench.synthetic import build_corpus
from bench.test_bench_scale import _body_blocks
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

MODES = ("all", "needed")

_PEAK_CHILD = """
import json, re, sys
from pipeline.batch.runner import run
summary = run(corpus=sys.argv[1], outputs=sys.argv[2], nlp={"parse": sys.argv[3]})
hwm = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
print(json.dumps({"processed": len(summary.processed), "peak_kb": hwm}))
"""


def test_peak_memory_by_parse_mode(tmp_path):
    corpus = tmp_path / "corpus"
    build_corpus(corpus, 20, sections_per_doc=3, seed=5)
    lines = []
    for mode in MODES:
        out = subprocess.run([sys.executable, "-c", _PEAK_CHILD, str(corpus), str(tmp_path / f"out-{mode}"), mode],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        assert result["processed"] == 20
        lines.append(f"parse: {mode:6s} peak RSS {result['peak_kb'] / 1024:.0f} MB (serial, 20 documents)")
    print("\n" + "\n".join(lines))


def test_dask_two_workers_by_parse_mode(tmp_path):
    pytest.importorskip("distributed")
    from pipeline.batch.runner import run

    corpus = tmp_path / "corpus"
    build_corpus(corpus, 16, sections_per_doc=5, seed=6)
    words = sum(len(b.split()) for b in _body_blocks(corpus))
    lines = []
    for mode in MODES:
        t = time.perf_counter()
        summary = run(corpus=str(corpus), outputs=str(tmp_path / f"out-{mode}"), backend="dask", workers=2,
                      nlp={"parse": mode})
        seconds = time.perf_counter() - t
        assert len(summary.processed) == 16 and not summary.failed
        lines.append(f"parse: {mode:6s} Dask, 2 workers: {words / seconds:,.0f} words/s "
                     f"({words:,} words in {seconds:.1f} s, cluster start and model loads included)")
    print("\n" + "\n".join(lines))
