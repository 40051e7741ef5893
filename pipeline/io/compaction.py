"""Compaction: many small per-document parts merged into batch parts, committed through a batch record.

Many small parts read slowly, so :meth:`Compaction.compact` merges documents' parts into batch parts
(``outputs/<table>/batch-000001.parquet``); a document's entry then names its batch. A compaction (and
a run's :meth:`pipeline.io.store.Store.write_documents`) commits through a batch record
(``outputs/_manifest/_batches/``): written atomically once the batch parts are staged, then rolled
forward by ``Compaction._finish_batch``, also by :meth:`pipeline.io.store.Store.recover` after a
killed run. :class:`Compaction` is the part of :class:`pipeline.io.store.Store` that does this; it
uses the store's ``root``, ``manifest``, entries and renames. Split from :mod:`pipeline.io.store`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.io.corpus_tables import write_json_atomic
from pipeline.io.lock import commit_lock, writer_lock
from pipeline.io.parts import BATCH_DIR, part_name
from pipeline.io.schema import TABLES, schema_for


class Compaction:
    """Merging parts into batches (a mixin of :class:`pipeline.io.store.Store`: needs its manifest,
    entries, ``recover``, ``_rename``, ``_relative``, ``_entry`` and ``_next_batch_name``)."""

    def _batch_records(self) -> list[Path]:
        directory = self.manifest / BATCH_DIR
        return [p for p in directory.glob("*.json")] if directory.is_dir() else []

    def compact(self, docs_per_part: int = 500) -> list[str]:
        """Merge the per-document parts of all tables into batch parts of up to ``docs_per_part`` documents.

        Returns the names of the batch parts written. Documents already in a
        batch stay where they are; a document replaced later leaves its batch
        and gets its own part again, until the next compaction.
        """
        with writer_lock(self.root):
            self.recover()
            loose = sorted(d for d, e in self.entries().items() if not e.get("batch"))
            written = []
            for first in range(0, len(loose), docs_per_part):
                docs = loose[first:first + docs_per_part]
                if len(docs) < 2:
                    break
                written.append(self._compact_batch(self._next_batch_name(), docs))
            return written

    def _compact_batch(self, batch: str, docs: list[str]) -> str:
        staged: list[tuple[Path, Path]] = []
        try:
            for table in TABLES:
                parts = [self.root / table / part_name(d) for d in docs]
                merged = pa.concat_tables([pq.read_table(p, schema=schema_for(table)) for p in parts if p.exists()])
                final = self.root / table / batch
                tmp = final.with_name(f".{batch}.{os.getpid()}.tmp")
                pq.write_table(merged, tmp, row_group_size=256_000)
                staged.append((tmp, final))
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        (self.manifest / BATCH_DIR).mkdir(parents=True, exist_ok=True)
        record = self.manifest / BATCH_DIR / batch.replace(".parquet", ".json")
        write_json_atomic(record, {"batch": batch, "docs": docs, "pending": self._relative(staged)})  # commit
        self._finish_batch(record)
        return batch

    def _finish_batch(self, record: Path) -> None:
        """Roll a committed compaction forward: batch parts in, entries pointed at them, loose parts out."""
        data = json.loads(record.read_text(encoding="utf-8"))
        with commit_lock(self.root, shared=False):
            self._rename(data["pending"])
            for rel in data.get("remove") or ():  # batches whose every document moved to this one
                (self.root / rel).unlink(missing_ok=True)
            new_entries = data.get("entries") or {}  # a write_documents commit: the documents' new entries
            for doc_id in data["docs"]:
                entry = self._entry(doc_id)
                if doc_id in new_entries:
                    if entry != new_entries[doc_id]:
                        write_json_atomic(self._entry_path(doc_id), new_entries[doc_id])
                elif entry is not None and entry.get("batch") != data["batch"]:
                    write_json_atomic(self._entry_path(doc_id), dict(entry, batch=data["batch"]))
                for table in TABLES:
                    (self.root / table / part_name(doc_id)).unlink(missing_ok=True)
            record.unlink()
