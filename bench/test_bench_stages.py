"""Time per 1,000 words of every stage on the reference article, the extraction stages next to nlp."""

import time

import pytest

from tests.conftest import REFERENCE

pytestmark = pytest.mark.slow

REPEATS = 3


def test_stage_time_per_thousand_words():
    from pipeline.core.config import load_config
    from pipeline.core.document import Document
    from pipeline.batch.processing import Pipeline

    config = load_config(None)
    pipeline = Pipeline(config)
    pipeline.ctx.model()  # loading the model is not a stage's cost
    text = REFERENCE.read_text(encoding="utf-8")
    timings: dict[str, float] = {}
    pipeline.text(text, "warm")  # warm-up
    start = time.perf_counter()
    for _ in range(REPEATS):
        doc = pipeline(Document.from_raw("doc", "doc.txt", text), timings)
    total = time.perf_counter() - start
    words = sum(len(doc.text[s.start:s.end].split()) for s in doc.layers["sentences"])
    per_k = {name: 1000 * seconds / REPEATS / words * 1000 for name, seconds in timings.items()}
    print(f"\nreference article, {words:,} body words, mean of {REPEATS} runs; ms per 1,000 words:")
    for name in config.stages:
        print(f"  {name:15s} {per_k[name]:8.1f}")
    print(f"  {'all stages':15s} {1000 * total / REPEATS / words * 1000:8.1f}")
    extraction = {"citations (cut_citations)": per_k.get("cut_citations"), "timexes": per_k.get("timexes"),
                  "events": per_k.get("events")}
    print("  extraction vs nlp: " + ", ".join(f"{k} {v / per_k['nlp']:.2f}x" for k, v in extraction.items() if v))
    assert per_k["timexes"] < per_k["nlp"]
