"""Run the configured stages over the corpus and write the tables."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch.backends import results
from pipeline.core.config import Config, load_config
from pipeline.core.registrations import resolve_stages
from pipeline.core.errors import FatalError
from pipeline.io.lock import writer_lock
from pipeline.io.loader import SourceFile
from pipeline.batch.progress import Progress
from pipeline.io.status import CorpusState, classify
from pipeline.io.store import Store
from pipeline.stories.corpus_names import update_corpus_names
from pipeline.stories.parties import update_parties
from pipeline.stories.merge import corpus_fingerprint, update_stories

log = logging.getLogger("pipeline")

# Finished documents are committed together (one Parquet part per table for all of them,
# Store.write_documents) once this many are done or their tables hold this many bytes: a file
# per table per document cost the run more than its rows. A run killed in between does those
# documents again next time; Ctrl-C commits them first.
COMMIT_DOCS = 100
COMMIT_BYTES = 64 * 2**20


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


def run(config: Config | None = None, *, config_path: str | Path | None = None, force: bool = False,
        progress: bool = False, **overrides: object) -> RunSummary:
    """Process new and changed documents of the corpus and write their tables.

    Pass a loaded ``config``, or ``config_path`` plus overrides such as
    ``corpus=``, ``outputs=``, ``backend=``, ``workers=``.
    """
    if config is None:
        config = load_config(config_path, **overrides)
    resolve_stages(config.stages)  # a bad stage order is refused here, before anything is touched
    check_folders(config.corpus, config.outputs)
    with writer_lock(config.outputs):
        return _run(config, force, progress)


def check_folders(corpus: Path, outputs: Path) -> None:
    """Refuse a missing corpus, outputs inside the corpus (they would be read back as documents) and the reverse."""
    if not corpus.is_dir():
        # Checked before the writer lock is taken: a mistyped --corpus must not leave an outputs folder behind.
        raise FatalError(f"corpus folder {str(corpus)!r} does not exist; create it (or `python -m pipeline add FILE` "
                         f"creates it) or pass --corpus DIR")
    corpus_abs, outputs_abs = corpus.resolve(), outputs.resolve()
    if outputs_abs == corpus_abs or outputs_abs.is_relative_to(corpus_abs):
        raise FatalError(f"outputs {str(outputs)!r} are inside the corpus {str(corpus)!r}: the tables would be "
                         f"read back as documents; put the outputs folder outside the corpus")
    if corpus_abs.is_relative_to(outputs_abs):
        raise FatalError(f"corpus {str(corpus)!r} is inside the outputs {str(outputs)!r}; "
                         f"put the corpus folder outside the outputs")


def _run(config: Config, force: bool, progress: bool) -> RunSummary:
    store = Store(config.outputs)
    store.recover()
    todo, state = plan(config, store, force)
    redo = {source.doc_id for source, _ in todo}
    summary = RunSummary(skipped=[d for d in state.ids("processed") + state.ids("failed") if d not in redo])
    for doc_id in state.removed:
        store.remove_document(doc_id)
        summary.removed.append(doc_id)
    bar = Progress(len(todo), sys.stderr, enabled=progress)
    finished: list = []  # documents done and not yet committed (store.write_documents)
    finished_bytes = 0
    try:
        for doc_id, tables in results(config, todo):
            row = tables["documents"].to_pylist()[0]
            finished.append((doc_id, tables, manifest_entry(row)))
            finished_bytes += sum(t.nbytes for t in tables.values())
            if row["status"] == "failed":
                summary.failed[doc_id] = row["error"]
                log.error("%s", row["error"])
            else:
                summary.processed.append(doc_id)
            if len(finished) >= COMMIT_DOCS or finished_bytes > COMMIT_BYTES:
                store.write_documents(finished)
                finished, finished_bytes = [], 0
            bar.update(1)
    finally:
        # Ctrl-C or a failure elsewhere: the documents finished so far are saved all the same.
        store.write_documents(finished)
    bar.close()
    # Stories span documents: merged again from the stored events, under the writer lock we hold,
    # whenever the documents differ from those the stored stories were merged from (a killed run too).
    # One name per party across the corpus first ("the PLO" of one article, spelled out in another):
    # the stories and the parties read the folded names.
    folded = corpus_fingerprint(store.entries())
    corpus = update_corpus_names(store, folded)
    update_stories(store)
    fingerprint = corpus_fingerprint(store.entries())
    update_parties(store, fingerprint, corpus if fingerprint == folded else None)  # one build of the folds
    # Documents that failed earlier and did not change are still failed.
    for doc_id, error in state.errors.items():
        if doc_id not in redo:
            summary.failed.setdefault(doc_id, error)
    return summary
