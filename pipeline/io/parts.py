"""A document's part files: collision-free names, and empty parts written from cached bytes.

Each table holds a part file per document (``outputs/<table>/<slug>-<sha1>.parquet``, :func:`part_name`)
or per batch of documents (``batch-000001.parquet``, their records under ``_manifest/_batches``). Split
from :mod:`pipeline.io.store`, which commits the parts.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.io.schema import schema_for

BATCH_DIR = "_batches"


def part_name(doc_id: str) -> str:
    """File-system-safe, collision-free part name for a doc_id."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", doc_id)[:60].strip("_") or "doc"
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]
    return f"{slug}-{digest}.parquet"


# The Parquet bytes of an empty part, per table (and chunk layout): most documents of a plain-text
# corpus have no sections, links or citations, and pyarrow takes as long to write an empty part's
# schema and footer as a small part's rows. The bytes are what pq.write_table writes, copied.
_EMPTY_PARTS: dict[tuple[str, int], bytes] = {}


def write_part(table_name: str, table: pa.Table, path: Path) -> None:
    """Write ``table`` (a part of ``table_name``) to ``path`` as ``pq.write_table`` does; an empty
    part with the table's own schema is written from the bytes of the first such part."""
    if table.num_rows or not table.schema.equals(schema_for(table_name), check_metadata=True):
        pq.write_table(table, path)
        return
    key = (table_name, table.column(0).num_chunks if table.num_columns else 0)
    data = _EMPTY_PARTS.get(key)
    if data is None:
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        data = _EMPTY_PARTS[key] = sink.getvalue().to_pybytes()
    path.write_bytes(data)
