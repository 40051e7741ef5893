"""Incremental runs: no-op re-run time and add-one-document time on a corpus of 50."""

import time

import pytest

from pipeline.io.add import add_files
from pipeline.core.config import load_config
from pipeline.batch.runner import run
from bench.synthetic import build_corpus

pytestmark = pytest.mark.slow


def test_noop_and_add_one(tmp_path):
    corpus, outputs = tmp_path / "corpus", tmp_path / "out"
    build_corpus(corpus, 50)
    t = time.perf_counter()
    first = run(corpus=str(corpus), outputs=str(outputs))
    full = time.perf_counter() - t
    assert len(first.processed) == 50
    t = time.perf_counter()
    noop = run(corpus=str(corpus), outputs=str(outputs))
    noop_s = time.perf_counter() - t
    assert noop.processed == [] and len(noop.skipped) == 50
    extra = tmp_path / "new.txt"
    build_corpus(tmp_path / "extra", 51)
    extra.write_bytes((tmp_path / "extra" / "doc_00050.txt").read_bytes())
    config = load_config(None, corpus=str(corpus), outputs=str(outputs))
    t = time.perf_counter()
    added = add_files(config, [extra])
    one = run(config)
    add_s = time.perf_counter() - t
    assert added.added == ["new"] and one.processed == ["new"]
    print(f"\nfirst run of 50 documents: {full:.1f} s; no-op re-run: {noop_s * 1000:.0f} ms; "
          f"add and process one new document: {add_s:.2f} s")
