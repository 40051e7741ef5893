"""The corpus-wide tables of the store: stories, parties and the names folded across documents.

Unlike a document's parts (:mod:`pipeline.io.store`), these are rebuilt from the whole corpus
after a run: each is replaced whole, atomically, and a state file beside it records the
fingerprint (which documents) it was built from, written last, so a run killed half-way leaves
it stale and the next run builds it again. :class:`CorpusTables` is the part of
:class:`pipeline.io.store.Store` that writes them; it uses the store's ``root``, ``entries`` and
locks.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.io.lock import commit_lock, writer_lock
from pipeline.io.schema import schema_for

STORIES_FILE = "stories.parquet"
STORIES_STATE = "_state.json"  # pyarrow and pandas skip names starting with "_"
PARTIES_FILE = "parties.parquet"
NAMES_STATE = "_names_state.json"  # in events/: pyarrow and pandas skip it


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


class CorpusTables:
    """Writing and reading the corpus-wide tables' files and state (mixed into ``Store``)."""

    root: Path  # and ``entries()``: both the Store's

    def write_stories(self, stories: pa.Table, story_of: dict[str, str], docs: set[str], fingerprint: str) -> int:
        """Write the stories table and set ``story_id`` in the events of ``docs`` (the documents whose
        events changed story), each "doc_id#event_id" to ``story_of``'s id. Returns the number of
        event files rewritten.

        Each file is replaced whole: written under a temporary name, renamed under the commit lock,
        so a reader sees it before or after, never half-written. ``fingerprint`` (which documents the
        stories were merged from) is written last: a run killed before it leaves the stories stale,
        and the next run merges them again.
        """
        def set_story(table: pa.Table) -> pa.Table:
            keys = [f"{d}#{i}" for d, i in zip(table["doc_id"].to_pylist(), table["event_id"].to_pylist())]
            column = pa.array([story_of.get(k) for k in keys], pa.string())
            return table.set_column(table.schema.get_field_index("story_id"), "story_id", column)

        with writer_lock(self.root):
            rewritten = self.rewrite_parts("events", docs, set_story)
            self._replace_file(self.root / "stories" / STORIES_FILE, stories)
            self._write_state(self.root / "stories" / STORIES_STATE, fingerprint)
            return rewritten

    def invalidate_corpus_state(self) -> None:
        """Forget the corpus-wide state: which documents the stored stories were merged from, and the
        names and parties folded over them, so the next run does all three again. (A document written anew has its
        entities and events unfolded; keeping the names' state would leave them so.)"""
        for path in (self.root / "stories" / STORIES_STATE, self.root / "events" / NAMES_STATE,
                     self.root / "parties" / STORIES_STATE):
            path.unlink(missing_ok=True)

    def stories_fingerprint(self) -> str | None:
        """The fingerprint the stored stories were written with, or None if there are none."""
        return self._read_state(self.root / "stories" / STORIES_STATE)

    def write_parties(self, parties: pa.Table, fingerprint: str) -> None:
        """Replace the parties table whole (see :meth:`write_stories`); the fingerprint goes last."""
        with writer_lock(self.root):
            self._replace_file(self.root / "parties" / PARTIES_FILE, parties)
            self._write_state(self.root / "parties" / STORIES_STATE, fingerprint)

    def parties_fingerprint(self) -> str | None:
        """The fingerprint the stored parties were built with, or None if there are none."""
        return self._read_state(self.root / "parties" / STORIES_STATE)

    def rewrite_parts(self, table_name: str, docs: set[str], change: Any) -> int:
        """Replace each part file of ``table_name`` that holds one of ``docs`` by ``change(table)``
        (a function that must give back the other documents' rows unchanged), whole and atomically
        as :meth:`write_stories` does. Returns the number of files rewritten."""
        with writer_lock(self.root):
            entries = self.entries()
            files = sorted({entries[d].get("batch") or entries[d]["part"] for d in docs if d in entries})
            paths = [p for p in (self.root / table_name / name for name in files) if p.exists()]
            for path in paths:
                self._replace_file(path, change(pq.read_table(path, schema=schema_for(table_name))))
            return len(paths)

    def write_names_fingerprint(self, fingerprint: str) -> None:
        """Record the documents the stored names were folded for (:mod:`pipeline.stories.corpus_names`)."""
        with writer_lock(self.root):
            (self.root / "events").mkdir(parents=True, exist_ok=True)
            self._write_state(self.root / "events" / NAMES_STATE, fingerprint)

    def names_fingerprint(self) -> str | None:
        return self._read_state(self.root / "events" / NAMES_STATE)

    # A corpus table's state file records the fingerprint it was built with; it is written last.
    @staticmethod
    def _write_state(path: Path, fingerprint: str) -> None:
        write_json_atomic(path, {"fingerprint": fingerprint})

    @staticmethod
    def _read_state(path: Path) -> str | None:
        return json.loads(path.read_text(encoding="utf-8")).get("fingerprint") if path.exists() else None

    def _replace_file(self, path: Path, table: pa.Table) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            pq.write_table(table, tmp)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        with commit_lock(self.root, shared=False):
            os.replace(tmp, path)

