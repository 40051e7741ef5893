"""Where a whole run's CPU time goes, on the bench corpus (reference article + WikiGold, as in
test_bench_speed): the spaCy model over the grouped documents (parse_ahead), each stage's own
work, making the Arrow tables, writing the Parquet parts, merging stories and parties, and what
is left (reading files, the runner, the manifest).

CPU time of this process (one thread), best of 2 runs per mode, model load left out: the
machine is shared, and CPU time is the steadier measure there. The spaCy components' own shares
are in test_bench_speed (test_time_per_spacy_component_and_parse_plan).
"""

from __future__ import annotations

import time

import pytest

from bench.profile_run import timed
from bench.test_bench_speed import _chunks, _corpus_texts

pytestmark = pytest.mark.slow
REPEATS = 2


def _timed(monkeypatch, module, name: str, label: str, seconds: dict[str, float]) -> None:
    monkeypatch.setattr(module, name, timed(getattr(module, name), label, seconds))


def test_where_a_whole_run_spends_its_time(tmp_path, monkeypatch):
    import pipeline.batch.processing as processing
    import pipeline.batch.runner as runner
    import pipeline.io.store as store
    import pipeline.nlp.model as nlp_model
    import pipeline.nlp.nlp as nlp_stage
    from pipeline.core.config import load_config
    from pipeline.core.registrations import resolve_stages

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = _corpus_texts()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    words = sum(len(c.split()) for cs in _chunks(texts).values() for c in cs)  # clean body words
    seconds: dict[str, float] = {}

    def run_stages(doc, stages, ctx, timings=None):  # the runner's, with each stage's CPU time
        for st in stages:
            started = time.process_time()
            doc = st.fn(doc, ctx)
            seconds[f"stage {st.name}"] = seconds.get(f"stage {st.name}", 0.0) + time.process_time() - started
        return doc

    monkeypatch.setattr(processing, "run_stages", run_stages)
    _timed(monkeypatch, nlp_stage, "parse_ahead", "spaCy model (parse_ahead, grouped documents)", seconds)
    _timed(monkeypatch, processing, "document_tables", "Arrow tables (document_tables)", seconds)
    _timed(monkeypatch, store.Store, "write_documents", "Parquet parts + manifest (write_documents)", seconds)
    _timed(monkeypatch, runner, "update_stories", "stories merge + events' story_id (update_stories)", seconds)
    _timed(monkeypatch, runner, "update_parties", "parties (update_parties)", seconds)
    for mode in ("all", "needed"):
        base = load_config(None, corpus=str(corpus), outputs=str(tmp_path / f"out-{mode}"))
        config = base.model_copy(update={"nlp": base.nlp.model_copy(update={"parse": mode})})
        model = nlp_model.model_for(config, resolve_stages(config.stages))
        monkeypatch.setattr(nlp_model, "load_model", lambda name, disable=None, m=model: m)
        runner.run(config, force=True)  # warm-up
        best: tuple[float, dict[str, float]] | None = None
        for _ in range(REPEATS):
            seconds.clear()
            started = time.process_time()
            summary = runner.run(config, force=True)
            total = time.process_time() - started
            assert not summary.failed, summary.failed
            if best is None or total < best[0]:
                best = (total, dict(seconds))
        total, parts = best
        parts["the rest (reading files, runner, manifest, locks)"] = total - sum(parts.values())
        print(f"\nparse: {mode}: whole run {total:.2f} s CPU over {words:,} words (best of {REPEATS}, one thread):")
        for label, s in sorted(parts.items(), key=lambda item: -item[1]):
            print(f"  {label:54s} {s:6.2f} s  {100 * s / total:5.1f}%")
    assert total > 0
