"""Parquet store: ``outputs/<table>/`` holds a part file per document or per batch of documents.

A run commits its finished documents together (:meth:`Store.write_documents`: one batch part
per table, through a batch record as a compaction does); one document alone gets its own part.

A document's parts in all tables change together. The manifest
(``outputs/_manifest/<part>.json``, one small file per document) is the
commit record:

1. every table's new part is written under a hidden temporary name
   (pyarrow and pandas skip names starting with ``.``);
2. the manifest entry is rewritten, atomically, listing those pending renames:
   from here on the new version *is* the document's state;
3. the parts are renamed into place and the entry rewritten without them.

If the process dies before step 2 the old parts and entry stand and the
temporary files are swept away; after step 2 :meth:`Store.recover` finishes
the renames. Either way the next run sees every table at one version.

Only one process writes an outputs folder at a time (:func:`pipeline.io.lock.writer_lock`;
every writing method takes it), and the renames of a commit happen under the
exclusive commit lock that :meth:`Store.read` shares, so a reader never sees a
document half-way between two versions.

Many small parts read slowly, so :meth:`Store.compact` merges documents'
parts into batch parts (``outputs/<table>/batch-000001.parquet``); a
document's entry then names its batch. Replacing or removing such a document
rewrites its batch without it, inside the same commit, so per-document
replacement keeps working. A compaction commits through a batch record
(``outputs/_manifest/_batches/``) the same way (:mod:`pipeline.io.compaction`). Part names and
empty parts: :mod:`pipeline.io.parts`; reading tables back: :mod:`pipeline.io.store_reads`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.io.compaction import Compaction
from pipeline.io.corpus_tables import CorpusTables, write_json_atomic
from pipeline.io.parts import BATCH_DIR, part_name, write_part
from pipeline.io.store_reads import TableReads
from pipeline.io.lock import commit_lock, writer_lock
from pipeline.io.schema import CORPUS_TABLES, TABLES, schema_for

MANIFEST_DIR = "_manifest"


class Store(CorpusTables, Compaction, TableReads):
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.manifest = self.root / MANIFEST_DIR

    def table_dir(self, table: str) -> Path:
        schema_for(table)  # validates the name
        return self.root / table

    def _entry_path(self, doc_id: str) -> Path:
        return self.manifest / part_name(doc_id).replace(".parquet", ".json")

    # --- manifest ------------------------------------------------------------------------

    def entries(self) -> dict[str, dict[str, Any]]:
        """Manifest entries by doc_id: what was processed, from which file hash, with which settings."""
        if not self.manifest.is_dir():
            return {}
        out = {}
        for path in sorted(self.manifest.glob("*.json")):
            entry = json.loads(path.read_text(encoding="utf-8"))
            out[entry["doc_id"]] = entry
        return out

    def recover(self) -> list[str]:
        """Finish commits, compactions and removals a killed run left half-done; sweep temporary files.

        Returns the doc_ids whose commit was completed. Runs under the writer lock:
        another writer's temporary files are never swept away under it.
        """
        with writer_lock(self.root):
            for record in sorted(self._batch_records()):
                self._finish_batch(record)
            with commit_lock(self.root, shared=False):
                return self._finish_documents()

    def _finish_documents(self) -> list[str]:
        finished = []
        for doc_id, entry in self.entries().items():
            if entry.get("removing"):
                self.remove_document(doc_id)
            elif entry.get("pending"):
                self._finish(doc_id, entry)
                finished.append(doc_id)
        entries = self.entries()
        known = {part_name(d) for d in entries} | {e["batch"] for e in entries.values() if e.get("batch")}
        for table in TABLES:
            directory = self.root / table
            if not directory.is_dir():
                continue
            for path in directory.iterdir():
                if path.name.startswith(".") and path.name.endswith(".tmp"):
                    path.unlink(missing_ok=True)  # never committed
                elif path.suffix == ".parquet" and path.name not in known:
                    path.unlink(missing_ok=True)  # a part no manifest entry owns (or an emptied batch)
        for table in CORPUS_TABLES:
            if (self.root / table).is_dir():
                for path in (self.root / table).glob(".*.tmp"):
                    path.unlink(missing_ok=True)  # a corpus table's file not yet renamed into place
        if self.manifest.is_dir():
            for path in self.manifest.glob(".*.tmp"):
                path.unlink(missing_ok=True)
            for path in (self.manifest / BATCH_DIR).glob(".*.tmp") if (self.manifest / BATCH_DIR).is_dir() else ():
                path.unlink(missing_ok=True)
        return finished

    def _rename(self, pending: list[list[str]]) -> None:
        """Move committed temporary files into place; ones already moved (a re-run after a crash) are skipped."""
        for tmp_rel, final_rel in pending:
            if (self.root / tmp_rel).exists():
                os.replace(self.root / tmp_rel, self.root / final_rel)

    def _finish(self, doc_id: str, entry: dict[str, Any]) -> None:
        with commit_lock(self.root, shared=False):
            self._rename(entry.pop("pending"))
            write_json_atomic(self._entry_path(doc_id), entry)

    # --- writing -------------------------------------------------------------------------

    def write_document(self, doc_id: str, tables: dict[str, pa.Table], entry: dict[str, Any]) -> None:
        """Replace every table's part for ``doc_id`` and its manifest entry, as one commit."""
        with writer_lock(self.root):
            name = part_name(doc_id)
            old = self._entry(doc_id)
            staged: list[tuple[Path, Path]] = []
            try:
                for table in TABLES:
                    directory = self.table_dir(table)
                    directory.mkdir(parents=True, exist_ok=True)
                    tmp = directory / f".{name}.{os.getpid()}.tmp"
                    write_part(table, tables[table], tmp)
                    staged.append((tmp, directory / name))
                if old and old.get("batch"):
                    staged += self._stage_batch_without(old["batch"], doc_id)
            except BaseException:
                for tmp, _ in staged:
                    tmp.unlink(missing_ok=True)
                raise
            # The new events carry no story ids: the stored stories no longer describe them, even when
            # the document set is the same (``run --force``). Dropped before the commit, so a run
            # killed anywhere after it still merges the stories again.
            self.invalidate_corpus_state()
            self.manifest.mkdir(parents=True, exist_ok=True)
            record = dict(entry, doc_id=doc_id, part=name, batch=None, pending=self._relative(staged))
            write_json_atomic(self._entry_path(doc_id), record)  # the commit point
            self._finish(doc_id, record)

    def write_documents(self, docs: list[tuple[str, dict[str, pa.Table], dict[str, Any]]]) -> None:
        """Replace the parts and manifest entries of several documents ``(doc_id, tables, entry)`` as
        one commit: their rows go into one new batch part per table (as :meth:`compact` would merge
        them), and the batches some of them were in are rewritten without them in the same commit.

        Each Parquet file costs about the same to write whatever its size, so one part per table
        per run's slice of documents is far cheaper than one per document, and the corpus-wide
        rewrites after the run (stories, folded names) touch one file instead of one per document.
        The commit goes through a batch record like a compaction: the record lists the pending
        renames and the documents' new entries, and :meth:`recover` rolls it forward."""
        if len(docs) < 2:
            for doc_id, tables, entry in docs:
                self.write_document(doc_id, tables, entry)
            return
        ids = [doc_id for doc_id, _, _ in docs]
        if len(set(ids)) != len(ids):
            raise ValueError("a document twice in one commit")
        with writer_lock(self.root):
            batch = self._next_batch_name()
            old: dict[str, set[str]] = {}
            for doc_id in ids:
                entry = self._entry(doc_id)
                if entry and entry.get("batch"):
                    old.setdefault(entry["batch"], set()).add(doc_id)
            staged: list[tuple[Path, Path]] = []
            emptied: list[str] = []
            try:
                for table in TABLES:
                    directory = self.table_dir(table)
                    directory.mkdir(parents=True, exist_ok=True)
                    merged = pa.concat_tables([tables[table] for _, tables, _ in docs])
                    final = directory / batch
                    tmp = final.with_name(f".{batch}.{os.getpid()}.tmp")
                    pq.write_table(merged, tmp, row_group_size=256_000)
                    staged.append((tmp, final))
                for previous, gone in sorted(old.items()):
                    if self._batch_documents(previous) <= gone:
                        emptied.append(previous)  # removed at commit, not rewritten empty
                    else:
                        staged += self._stage_batch_without(previous, gone)
            except BaseException:
                for tmp, _ in staged:
                    tmp.unlink(missing_ok=True)
                raise
            self.invalidate_corpus_state()  # as in write_document
            entries = {doc_id: dict(entry, doc_id=doc_id, part=part_name(doc_id), batch=batch)
                       for doc_id, _, entry in docs}
            (self.manifest / BATCH_DIR).mkdir(parents=True, exist_ok=True)
            record = self.manifest / BATCH_DIR / batch.replace(".parquet", ".json")
            write_json_atomic(record, {"batch": batch, "docs": ids, "entries": entries,
                                       "pending": self._relative(staged),
                                       "remove": [f"{t}/{b}" for b in emptied for t in TABLES]})  # the commit point
            self._finish_batch(record)

    def _batch_documents(self, batch: str) -> set[str]:
        """The documents with a row in any table's part of ``batch``."""
        paths = [p for p in (self.root / t / batch for t in TABLES) if p.exists()]
        return {d for p in paths for d in pq.read_table(p, columns=["doc_id"]).column(0).to_pylist()}

    def _next_batch_name(self) -> str:
        """A batch part name no table and no pending batch record uses yet."""
        numbers = [int(m.group(1)) for t in TABLES if (self.root / t).is_dir()
                   for p in (self.root / t).glob("batch-*.parquet") if (m := re.match(r"batch-(\d+)", p.name))]
        numbers += [int(m.group(1)) for p in self._batch_records() if (m := re.match(r"batch-(\d+)", p.name))]
        return f"batch-{max(numbers, default=0) + 1:06d}.parquet"

    def _entry(self, doc_id: str) -> dict[str, Any] | None:
        path = self._entry_path(doc_id)
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def _relative(self, staged: list[tuple[Path, Path]]) -> list[list[str]]:
        return [[str(t.relative_to(self.root)), str(f.relative_to(self.root))] for t, f in staged]

    def _stage_batch_without(self, batch: str, doc_id: str | set[str]) -> list[tuple[Path, Path]]:
        """Temporary copies of a batch's parts without the rows of ``doc_id`` (one id or a set), to
        rename over them at commit."""
        staged = []
        gone = pa.array(sorted({doc_id} if isinstance(doc_id, str) else doc_id), pa.string())
        for table in TABLES:
            final = self.root / table / batch
            if not final.exists():
                continue
            rows = pq.read_table(final)
            kept = rows.filter(pc.invert(pc.is_in(rows["doc_id"], value_set=gone)))
            tmp = final.with_name(f".{batch}.{os.getpid()}.tmp")
            pq.write_table(kept, tmp)
            staged.append((tmp, final))
        return staged

    def remove_document(self, doc_id: str) -> None:
        """Delete a document's parts in every table (and its rows in its batch), then its manifest entry."""
        with writer_lock(self.root), commit_lock(self.root, shared=False):
            path = self._entry_path(doc_id)
            entry = self._entry(doc_id)
            if entry is not None and not entry.get("removing"):
                staged = self._stage_batch_without(entry["batch"], doc_id) if entry.get("batch") else []
                entry = dict(entry, removing=True, pending=self._relative(staged))
                write_json_atomic(path, entry)  # the commit point
            if entry is not None:
                self._rename(entry.get("pending") or [])
            name = part_name(doc_id)
            for table in TABLES:
                (self.root / table / name).unlink(missing_ok=True)
            path.unlink(missing_ok=True)
