"""nlp throughput: bare nlp.pipe against the nlp (+ entities) stages, same text, same run."""

import time

import pytest

from tests.conftest import REFERENCE, clean_document

pytestmark = pytest.mark.slow


def test_nlp_stage_against_bare_pipe():
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    config = load_config(None)
    pipeline = Pipeline(config)
    model = pipeline.ctx.model()
    text = REFERENCE.read_text(encoding="utf-8")
    cleaned = clean_document(text)
    blocks = [cleaned.text[b.start:b.end] for b in cleaned.layers["blocks"] if not b.is_heading]
    words = sum(len(b.split()) for b in blocks)
    list(model.pipe(blocks[:5]))  # warm-up

    start = time.perf_counter()
    for _ in range(3):
        list(model.pipe(blocks, batch_size=config.nlp.batch_size))
    bare = 3 * words / (time.perf_counter() - start)

    nlp_stages = pipeline.only(["nlp", "entities"])
    start = time.perf_counter()
    for _ in range(3):
        doc = clean_document(text)
        nlp_stages(doc)
    clean_seconds = 0.0
    for _ in range(3):
        t = time.perf_counter()
        clean_document(text)
        clean_seconds += time.perf_counter() - t
    staged = 3 * words / (time.perf_counter() - start - clean_seconds)
    print(f"\nbare nlp.pipe: {bare:,.0f} words/s; nlp+entities stages: {staged:,.0f} words/s; "
          f"ratio {staged / bare:.2f} ({words:,} words)")
    assert staged > 0.5 * bare
