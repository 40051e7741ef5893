"""Where one serial run's CPU time goes, on any corpus folder, against bare ``nlp.pipe``.

``python -m bench.profile_run CORPUS [--repeats 3] [--cprofile FILE]`` prints, in CPU seconds of
this process (``time.process_time``, the steady measure on a shared machine; best of the
repeats): each stage's own work, the spaCy model over grouped documents (parse_ahead), the
Arrow tables, the Parquet parts, the stories and parties merges; the packaged model's
``nlp.pipe`` over the same clean body chunks; their ratio in words per second; and the peak
resident memory of the process. The model load is left out of both sides. With ``--cprofile``
one extra run is profiled and its stats written to FILE (``python -m pstats FILE``).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path


def timed(original, label: str, seconds: dict[str, float]):
    """``original`` wrapped to add its process CPU seconds to ``seconds[label]`` (shared with the slow bench test)."""

    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            seconds[label] = seconds.get(label, 0.0) + time.process_time() - started

    return wrapper


def _patch(module, name: str, label: str, seconds: dict[str, float]) -> None:
    setattr(module, name, timed(getattr(module, name), label, seconds))


def _chunk_texts(config, corpus: Path) -> list[str]:
    """The clean body chunks the nlp stage gives spaCy, over every document of ``corpus``."""
    from pipeline.batch.processing import Pipeline
    from pipeline.io.loader import discover
    from pipeline.nlp.nlp import body_spans

    pre = Pipeline(config).only(["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow",
                                 "sections"])
    out = []
    # The documents the run reads (sidecars such as TimeML's ``.meta.yaml`` are not documents).
    for source in discover(corpus):
        doc = pre.text(source.path.read_text(encoding="utf-8"), source.doc_id)
        out.extend(doc.text[s:e] for s, e in body_spans(doc, config.nlp.max_chunk_chars))
    return out


def main(argv: list[str] | None = None) -> int:
    import spacy

    import pipeline.batch.processing as processing
    import pipeline.batch.runner as runner
    import pipeline.io.store as store
    import pipeline.nlp.model as nlp_model
    import pipeline.nlp.nlp as nlp_stage
    from pipeline.core.config import load_config
    from pipeline.core.registrations import resolve_stages

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--parse", choices=("all", "needed"), default=None)
    parser.add_argument("--cprofile", type=Path, default=None)
    args = parser.parse_args(argv)

    out = Path(tempfile.mkdtemp(prefix="profile_run-"))
    config = load_config(None, corpus=str(args.corpus), outputs=str(out), backend="serial")
    if args.parse:
        config = config.model_copy(update={"nlp": config.nlp.model_copy(update={"parse": args.parse})})
    chunks = _chunk_texts(config, args.corpus)
    words = sum(len(c.split()) for c in chunks)
    model = nlp_model.model_for(config, resolve_stages(config.stages))
    nlp_model.load_model = lambda name, disable=None: model  # one load, outside both sides
    bare = spacy.load(config.nlp.model)  # the packaged pipeline, as spacy.load gives it

    seconds: dict[str, float] = {}

    def run_stages(doc, stages, ctx, timings=None):
        for st in stages:
            started = time.process_time()
            doc = st.fn(doc, ctx)
            seconds[f"stage {st.name}"] = seconds.get(f"stage {st.name}", 0.0) + time.process_time() - started
        return doc

    processing.run_stages = run_stages
    _patch(nlp_stage, "parse_ahead", "spaCy model (parse_ahead)", seconds)
    _patch(processing, "document_tables", "Arrow tables", seconds)
    _patch(store.Store, "write_documents", "Parquet parts + manifest", seconds)
    _patch(runner, "update_stories", "stories merge", seconds)
    _patch(runner, "update_parties", "parties merge", seconds)

    runner.run(config, force=True)  # warm-up
    list(bare.pipe(chunks[:20], batch_size=config.nlp.batch_size))
    runs, bares = [], []
    for _ in range(args.repeats):
        seconds.clear()
        started = time.process_time()
        summary = runner.run(config, force=True)
        runs.append((time.process_time() - started, dict(seconds)))
        assert not summary.failed, summary.failed
        started = time.process_time()
        list(bare.pipe(chunks, batch_size=config.nlp.batch_size))
        bares.append(time.process_time() - started)
    total, parts = min(runs, key=lambda r: r[0])
    parts["the rest (reading, runner, manifest)"] = total - sum(parts.values())
    bare_s = min(bares)
    print(f"{args.corpus}: {words:,} clean body words, parse: {config.nlp.parse}; CPU s, best of {args.repeats}")
    print(f"  runs {', '.join(f'{t:.2f}' for t, _ in runs)}; bare nlp.pipe {', '.join(f'{b:.2f}' for b in bares)}")
    for label, s in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"  {label:40s} {s:7.2f} s {100 * s / total:5.1f}%")
    print(f"  whole pipeline {words / total:,.0f} words/s, bare packaged nlp.pipe {words / bare_s:,.0f} words/s: "
          f"{bare_s / total:.2f}x")
    print(f"  peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if args.cprofile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        runner.run(config, force=True)
        profiler.disable()
        profiler.dump_stats(str(args.cprofile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
