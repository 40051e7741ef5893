"""Process one document: its stages in order, under a time limit, failures recorded not raised.

:class:`Pipeline` is the one way to run the configured stages: built from a
config (stage order checked, one StageContext, so the spaCy model loads
once), callable on a Document or a text, and able to turn a source file into
its tables. Backends, tests, benchmarks and the TimeML harness all use it.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
import traceback
from contextlib import contextmanager
from typing import Iterable, Iterator

import pyarrow as pa

from pipeline.version import __version__
from pipeline.core.config import Config
from pipeline.core.document import Document
from pipeline.core.errors import FatalError
from pipeline.io.metadata import fingerprint
from pipeline.io.loader import InputError, SourceFile, read_document
from pipeline.core.registrations import resolve_stages
from pipeline.core.registry import Stage, StageContext
from pipeline.io.tables import document_row, document_tables

log = logging.getLogger("pipeline")


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
        if result.offsets_handed_out_by is None and any(layer.offsets == "clean" for layer in st.writes):
            result.offsets_handed_out_by = st.name
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


def _common(source: SourceFile, sha256: str, config: Config) -> dict:
    return dict(doc_id=source.doc_id, source_path=source.relpath, sha256=sha256,
                version=__version__, config_hash=config.document_hash(fingerprint(source.path)))


def failed_tables(source: SourceFile, sha256: str, config: Config, error: str, stage: str) -> dict[str, pa.Table]:
    """The tables of a document that failed before or outside its stages (unreadable, its worker died):
    one failed documents row."""
    return document_tables(None, document_row(**_common(source, sha256, config), error=error, failed_stage=stage))


def process_source(source: SourceFile, sha256: str, config: Config, ctx: StageContext,
                   stages: list[Stage]) -> dict[str, pa.Table]:
    """Load and process one file; failures become a failed documents row, never an exception."""
    loaded = _load(source, sha256, config)
    if isinstance(loaded, dict):
        return loaded
    done = _run_part(source, loaded, ctx, stages, config.doc_timeout_s)
    return done if isinstance(done, dict) else document_tables(done, document_row(**loaded[1], doc=done))


def _load(source: SourceFile, sha256: str, config: Config) -> "tuple[Document, dict] | dict[str, pa.Table]":
    """The document and its common row values, or the failed tables of an unreadable file."""
    try:
        doc = read_document(source, config.input, config.corpus, config.timexes.kind, config.timexes.reference_date)
    except InputError as exc:
        return failed_tables(source, sha256, config, str(exc), "load")
    return doc, _common(source, sha256, config)


def _run_part(source: SourceFile, loaded: "tuple[Document, dict]", ctx: StageContext, stages: list[Stage],
              seconds: float) -> "Document | dict[str, pa.Table]":
    """``stages`` run over a loaded document within ``seconds`` (0: no limit), or its failed tables."""
    doc, common = loaded
    try:
        with time_limit(seconds):
            return run_stages(doc, stages, ctx)
    except StageFailure as exc:
        log.debug("%s failed:\n%s", source.relpath, traceback.format_exc())
        return document_tables(None, document_row(**common, n_chars_raw=len(doc.raw),
                                                  error=f"{source.relpath}: {exc}", failed_stage=exc.stage))


# A group of documents parsed together holds at most 1/GROUP_SHARE of ``nlp.batch_chars``: on the
# bench corpus (reference article + WikiGold) groups of 25,000 characters peaked at 325 MiB, of
# 100,000 at 541 MiB (one document at a time: 409 MiB), and batches of a few thousand words
# already run the model's matrix products at full speed.
GROUP_SHARE = 4


class Pipeline:
    """The configured stages, checked once, with the context they share."""

    def __init__(self, config: Config, stages: list[Stage] | None = None) -> None:
        self.config = config
        self.stages = stages if stages is not None else resolve_stages(config.stages)
        self.ctx = StageContext(config, stages=tuple(self.stages))

    def __call__(self, doc: Document, timings: dict[str, float] | None = None) -> Document:
        """Run every stage over ``doc`` (see :func:`run_stages`)."""
        return run_stages(doc, self.stages, self.ctx, timings)

    def text(self, text: str, doc_id: str = "doc") -> Document:
        """Run every stage over a text given as a string."""
        return self(Document.from_raw(doc_id, f"{doc_id}.txt", text))

    def process(self, source: SourceFile, sha256: str) -> dict[str, pa.Table]:
        """A corpus file's tables; a failure becomes a failed documents row (see :func:`process_source`)."""
        return process_source(source, sha256, self.config, self.ctx, self.stages)

    def process_many(self, items: Iterable[tuple[SourceFile, str]]) -> Iterator[tuple[str, dict[str, pa.Table]]]:
        """``(doc_id, tables)`` for each item, in order, as :meth:`process` gives them, but with the
        spaCy model run over several documents' paragraphs at once.

        Documents go in groups of at most ``nlp.batch_size`` documents and a quarter of
        ``nlp.batch_chars`` characters of clean text: each runs its stages up to the nlp stage, the group is parsed
        together (:func:`pipeline.nlp.nlp.parse_ahead`), then each runs the rest. A document's
        time limit covers its own stages, split in two; the shared parse is no one document's."""
        from pipeline.nlp.nlp import parse_ahead

        at = next((i for i, st in enumerate(self.stages) if st.name == "nlp"), None)
        if at is None:
            for source, sha in items:
                yield source.doc_id, self.process(source, sha)
            return
        before, after = self.stages[:at], self.stages[at:]
        limit = self.config.doc_timeout_s
        # (source, failed tables) or (source, (document, common row values), seconds left)
        group: list[tuple] = []
        chars = 0

        def flush() -> Iterator[tuple[str, dict[str, pa.Table]]]:
            waiting = [entry[1][0] for entry in group if len(entry) == 3]
            if waiting:
                parse_ahead(waiting, self.ctx)
            for entry in group:
                if len(entry) == 2:
                    yield entry[0].doc_id, entry[1]
                    continue
                source, loaded, seconds = entry
                done = _run_part(source, loaded, self.ctx, after, seconds)
                yield source.doc_id, done if isinstance(done, dict) else \
                    document_tables(done, document_row(**loaded[1], doc=done))
            group.clear()

        for source, sha in items:
            loaded = _load(source, sha, self.config)
            if isinstance(loaded, dict):
                group.append((source, loaded))
                continue
            started = time.monotonic()
            done = _run_part(source, loaded, self.ctx, before, limit)
            if isinstance(done, dict):
                group.append((source, done))
                continue
            left = max(limit - (time.monotonic() - started), 0.001) if limit > 0 else 0
            group.append((source, (done, loaded[1]), left))
            chars += len(done.text)
            if len(group) >= self.config.nlp.batch_size or chars >= self.config.nlp.batch_chars // GROUP_SHARE:
                yield from flush()
                chars = 0
        yield from flush()

    def only(self, names: list[str] | tuple[str, ...]) -> "Pipeline":
        """The same pipeline (same context, same loaded model) restricted to some of its stages."""
        part = Pipeline.__new__(Pipeline)
        part.config, part.ctx = self.config, self.ctx
        part.stages = [st for st in self.stages if st.name in names]
        return part
