"""Run the configured stages over the corpus and write the tables."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyarrow as pa

from pipeline import __version__
from pipeline.config import Config, load_config
from pipeline.document import Document
from pipeline.errors import FatalError
from pipeline.loader import InputError, SourceFile, read_document
from pipeline.registry import Stage, StageContext, check_stage_order
from pipeline.status import CorpusState, classify
from pipeline.store import Store
from pipeline.tables import document_row, document_tables

log = logging.getLogger("pipeline")


@dataclass
class RunSummary:
    processed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        text = (f"processed {len(self.processed)}, unchanged {len(self.skipped)}, "
                f"failed {len(self.failed)}, removed {len(self.removed)}")
        if self.failed:
            names = ", ".join(sorted(self.failed))
            text += f"; failed: {names}; first error: {self.failed[min(self.failed)]}"
        return text


def run_stages(doc: Document, stages: list[Stage], ctx: StageContext,
               timings: dict[str, float] | None = None) -> Document:
    """Run stages in order, checking each returns a Document with the layers it promised.

    With ``timings``, each stage's wall-clock seconds are added to it under the stage name.
    """
    for st in stages:
        started = time.perf_counter()
        try:
            result = st.fn(doc, ctx)
        except FatalError:
            raise
        except Exception as exc:
            raise StageFailure(st.name, f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(result, Document):
            raise StageFailure(st.name, f"stage {st.name!r} returned {type(result).__name__}, not a Document")
        missing = [p for p in st.provides if p not in result.layers]
        if missing:
            raise StageFailure(st.name, f"stage {st.name!r} did not add the layers it declares: {missing}")
        if len(result.offsets) != len(result.text):
            raise StageFailure(st.name, f"stage {st.name!r} left the offset map out of step with the text")
        if timings is not None:
            timings[st.name] = timings.get(st.name, 0.0) + time.perf_counter() - started
        doc = result
    return doc


class DocumentTimeout(Exception):
    """The document took longer than ``doc_timeout_s``."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the running stage once ``seconds`` have passed (0: no limit).

    Uses SIGALRM, so it works in the main thread of the driver and of every
    worker process; elsewhere (a thread) it cannot interrupt and does nothing.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"stopped after the per-document time limit of {seconds:g} s (doc_timeout_s)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class StageFailure(Exception):
    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"stage {stage}: {reason}")
        self.stage = stage
        self.reason = reason


def process_source(source: SourceFile, sha256: str, config: Config, ctx: StageContext,
                   stages: list[Stage]) -> dict[str, pa.Table]:
    """Load and process one file; failures become a failed documents row, never an exception."""
    common = dict(doc_id=source.doc_id, source_path=source.relpath, sha256=sha256,
                  version=__version__, config_hash=config.result_hash())
    try:
        doc = read_document(source, config.input, config.corpus)
    except InputError as exc:
        return document_tables(None, document_row(**common, error=str(exc), failed_stage="load"))
    try:
        with time_limit(config.doc_timeout_s):
            doc = run_stages(doc, stages, ctx)
        return document_tables(doc, document_row(**common, doc=doc))
    except StageFailure as exc:
        log.debug("%s failed:\n%s", source.relpath, traceback.format_exc())
        return document_tables(None, document_row(**common, n_chars_raw=len(doc.raw),
                                                  error=f"{source.relpath}: {exc}", failed_stage=exc.stage))


# --- worker-process side -----------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _worker_init(config: Config) -> None:
    # One context per worker process: the spaCy model is loaded once, on first use.
    _WORKER["config"] = config
    _WORKER["ctx"] = StageContext(config)
    _WORKER["stages"] = check_stage_order(config.stages)


def _worker_process(item: tuple[SourceFile, str]) -> tuple[str, dict[str, pa.Table]]:
    source, sha = item
    return source.doc_id, process_source(source, sha, _WORKER["config"], _WORKER["ctx"], _WORKER["stages"])


def manifest_entry(row: dict) -> dict:
    """The manifest's record of one processed document, taken from its documents row."""
    keys = ("source_path", "sha256", "pipeline_version", "config_hash", "status", "error")
    return {k: row[k] for k in keys}


# --- driver ---------------------------------------------------------------------------------

def plan(config: Config, store: Store, force: bool = False) -> tuple[list[tuple[SourceFile, str]], CorpusState]:
    """What to process (new, changed, and with ``force`` everything) and the corpus state."""
    state = classify(config, store.entries())
    todo = state.files["pending"] + state.files["changed"]
    if force:
        todo += state.files["processed"] + state.files["failed"]
    return sorted(todo, key=lambda item: item[0].relpath), state


def _results(config: Config, todo: list[tuple[SourceFile, str]]) -> Iterator[tuple[str, dict[str, pa.Table]]]:
    if config.backend == "processes" and config.workers > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=config.workers, initializer=_worker_init,
                                 initargs=(config,)) as pool:
            yield from pool.map(_worker_process, todo, chunksize=1)
        return
    ctx = StageContext(config)
    stages = check_stage_order(config.stages)
    for source, sha in todo:
        yield source.doc_id, process_source(source, sha, config, ctx, stages)


def run(config: Config | None = None, *, config_path: str | Path | None = None, force: bool = False,
        progress: bool = False, **overrides: object) -> RunSummary:
    """Process new and changed documents of the corpus and write their tables.

    Pass a loaded ``config``, or ``config_path`` plus overrides such as
    ``corpus=``, ``outputs=``, ``backend=``, ``workers=``.
    """
    if config is None:
        config = load_config(config_path, **overrides)
    store = Store(config.outputs)
    store.recover()
    todo, state = plan(config, store, force)
    redo = {source.doc_id for source, _ in todo}
    summary = RunSummary(skipped=[d for d in state.ids("processed") + state.ids("failed") if d not in redo])
    for doc_id in state.removed:
        store.remove_document(doc_id)
        summary.removed.append(doc_id)
    bar = None
    if progress and sys.stderr.isatty() and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="doc", file=sys.stderr)
    for doc_id, tables in _results(config, todo):
        row = tables["documents"].to_pylist()[0]
        store.write_document(doc_id, tables, manifest_entry(row))
        if row["status"] == "failed":
            summary.failed[doc_id] = row["error"]
            log.error("%s", row["error"])
        else:
            summary.processed.append(doc_id)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    # Documents that failed earlier and did not change are still failed.
    for doc_id, error in state.errors.items():
        if doc_id not in redo:
            summary.failed.setdefault(doc_id, error)
    return summary
