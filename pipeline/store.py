"""Parquet store: ``outputs/<table>/`` holds one part file per document.

Parts are written under a hidden temporary name and renamed into place, so a
reader never sees half a file (pyarrow and pandas skip names starting with
``.``). Re-running a document replaces its parts by name: no duplicates.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline.schema import TABLES, schema_for


def part_name(doc_id: str) -> str:
    """File-system-safe, collision-free part name for a doc_id."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", doc_id)[:60].strip("_") or "doc"
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]
    return f"{slug}-{digest}.parquet"


class Store:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def table_dir(self, table: str) -> Path:
        schema_for(table)  # validates the name
        return self.root / table

    def write_document(self, doc_id: str, tables: dict[str, pa.Table]) -> None:
        """Write every table's part for ``doc_id``; the documents part goes last.

        All parts are first written to temporary files and only then renamed,
        so a failure while writing leaves the previous parts untouched.
        """
        name = part_name(doc_id)
        staged: list[tuple[Path, Path]] = []
        try:
            for table in sorted(tables, key=lambda t: t == "documents"):
                directory = self.table_dir(table)
                directory.mkdir(parents=True, exist_ok=True)
                tmp = directory / f".{name}.{os.getpid()}.tmp"
                pq.write_table(tables[table], tmp)
                staged.append((tmp, directory / name))
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        for tmp, final in staged:
            os.replace(tmp, final)

    def remove_document(self, doc_id: str) -> None:
        name = part_name(doc_id)
        # documents first: a doc without a documents row is simply "not processed".
        for table in sorted(TABLES, key=lambda t: t != "documents"):
            (self.root / table / name).unlink(missing_ok=True)

    def read(self, table: str, doc_id: str | None = None) -> pd.DataFrame:
        schema = schema_for(table)
        directory = self.root / table
        if not directory.is_dir():
            return schema.empty_table().to_pandas()
        dataset = ds.dataset(directory, schema=schema, format="parquet")
        flt = ds.field("doc_id") == doc_id if doc_id is not None else None
        return dataset.to_table(filter=flt).to_pandas()
