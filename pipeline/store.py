"""Parquet store: ``outputs/<table>/`` holds one part file per document.

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
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline.schema import TABLES, schema_for

MANIFEST_DIR = "_manifest"


def part_name(doc_id: str) -> str:
    """File-system-safe, collision-free part name for a doc_id."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", doc_id)[:60].strip("_") or "doc"
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]
    return f"{slug}-{digest}.parquet"


def _write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


class Store:
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
        """Finish commits and removals a killed run left half-done; sweep temporary files.

        Returns the doc_ids whose commit was completed.
        """
        finished = []
        for doc_id, entry in self.entries().items():
            if entry.get("removing"):
                self.remove_document(doc_id)
            elif entry.get("pending"):
                self._finish(doc_id, entry)
                finished.append(doc_id)
        known = {part_name(d) for d in self.entries()}
        for table in TABLES:
            directory = self.root / table
            if not directory.is_dir():
                continue
            for path in directory.iterdir():
                if path.name.startswith(".") and path.name.endswith(".tmp"):
                    path.unlink(missing_ok=True)  # never committed
                elif path.suffix == ".parquet" and path.name not in known:
                    path.unlink(missing_ok=True)  # a part no manifest entry owns
        if self.manifest.is_dir():
            for path in self.manifest.glob(".*.tmp"):
                path.unlink(missing_ok=True)
        return finished

    def _finish(self, doc_id: str, entry: dict[str, Any]) -> None:
        for tmp_rel, final_rel in entry.pop("pending"):
            tmp, final = self.root / tmp_rel, self.root / final_rel
            if tmp.exists():
                os.replace(tmp, final)
        _write_json_atomic(self._entry_path(doc_id), entry)

    # --- writing -------------------------------------------------------------------------

    def write_document(self, doc_id: str, tables: dict[str, pa.Table], entry: dict[str, Any]) -> None:
        """Replace every table's part for ``doc_id`` and its manifest entry, as one commit."""
        name = part_name(doc_id)
        staged: list[tuple[Path, Path]] = []
        try:
            for table in TABLES:
                directory = self.table_dir(table)
                directory.mkdir(parents=True, exist_ok=True)
                tmp = directory / f".{name}.{os.getpid()}.tmp"
                pq.write_table(tables[table], tmp)
                staged.append((tmp, directory / name))
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        self.manifest.mkdir(parents=True, exist_ok=True)
        record = dict(entry, doc_id=doc_id, part=name,
                      pending=[[str(t.relative_to(self.root)), str(f.relative_to(self.root))] for t, f in staged])
        _write_json_atomic(self._entry_path(doc_id), record)  # the commit point
        self._finish(doc_id, record)

    def remove_document(self, doc_id: str) -> None:
        """Delete a document's parts in every table, then its manifest entry."""
        path = self._entry_path(doc_id)
        if path.exists():
            entry = json.loads(path.read_text(encoding="utf-8"))
            if not entry.get("removing"):
                _write_json_atomic(path, dict(entry, removing=True, pending=None))
        name = part_name(doc_id)
        for table in TABLES:
            (self.root / table / name).unlink(missing_ok=True)
        path.unlink(missing_ok=True)

    # --- reading -------------------------------------------------------------------------

    def read(self, table: str, doc_id: str | None = None) -> pd.DataFrame:
        schema = schema_for(table)
        directory = self.root / table
        if not directory.is_dir():
            return schema.empty_table().to_pandas()
        dataset = ds.dataset(directory, schema=schema, format="parquet")
        flt = ds.field("doc_id") == doc_id if doc_id is not None else None
        return dataset.to_table(filter=flt).to_pandas()
