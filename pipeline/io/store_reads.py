"""Reading a table back from the store: every part of a table (or one document's rows) as one frame.

Listing and reading happen under the shared commit lock (:func:`pipeline.io.lock.commit_lock`), so a
reader never sees a document half-way between two versions; rows come in one order (document, then the
table's id) whatever the file layout, per-document parts or compacted batches. :class:`TableReads` is
the part of :class:`pipeline.io.store.Store` that reads; it uses the store's ``root``. Split from
:mod:`pipeline.io.store`.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from pipeline.io.dates import to_frame
from pipeline.io.lock import commit_lock
from pipeline.io.schema import CORPUS_TABLES, schema_for

# The id column of each table, for reading rows in one order whatever the file layout.
ORDER = {"documents": "doc_id", "sections": "section_id", "sentences": "sentence_id", "links": "link_id",
         "citations": "citation_id", "entities": "entity_id", "timexes": "timex_id", "events": "event_id"}


class TableReads:
    """Reading the store's tables (a mixin of :class:`pipeline.io.store.Store`: needs ``root``)."""

    def read(self, table_name: str, doc_id: str | None = None) -> pd.DataFrame:
        schema = schema_for(table_name)
        directory = self.root / table_name
        if not directory.is_dir():
            return to_frame(schema.empty_table())
        if table_name in CORPUS_TABLES:
            return self._read_corpus_table(table_name, doc_id)
        flt = ds.field("doc_id") == doc_id if doc_id is not None else None
        # Listing and reading under the shared commit lock: no part is renamed or deleted meanwhile.
        with commit_lock(self.root, shared=True):
            table = ds.dataset(directory, schema=schema, format="parquet").to_table(filter=flt)
        # One row order whatever the file layout (per-document parts or compacted batches).
        keys = [("doc_id", "ascending")] + ([(ORDER[table_name], "ascending")] if ORDER[table_name] != "doc_id" else [])
        # Integer columns as nullable integers, dates as datetime64[s] (any era): pipeline.io.dates.to_frame.
        return to_frame(table.sort_by(keys))

    def scan(self, table_name: str, columns: list[str], where: ds.Expression | None = None) -> pa.Table:
        """Some columns of a table's rows that match ``where``, in no set order: for a corpus-wide
        look-up that needs neither pandas nor every column (the states the entities name)."""
        directory = self.root / table_name
        if not directory.is_dir():
            return schema_for(table_name).empty_table().select(columns)
        with commit_lock(self.root, shared=True):
            return ds.dataset(directory, schema=schema_for(table_name), format="parquet").to_table(
                columns=columns, filter=where)

    def _read_corpus_table(self, table_name: str, doc_id: str | None) -> pd.DataFrame:
        """A corpus-wide table (stories), in its stored order; with ``doc_id``, the rows that name it."""
        schema = schema_for(table_name)
        with commit_lock(self.root, shared=True):
            table = ds.dataset(self.root / table_name, schema=schema, format="parquet").to_table()
        frame = to_frame(table)
        if doc_id is not None:
            frame = frame[frame.doc_ids.map(lambda ids: doc_id in list(ids))].reset_index(drop=True)
        return frame
