"""A stored table's rows grouped by document as plain column lists, without a frame per document.

``frame.groupby("doc_id", sort=True)`` builds a pandas frame for every document, and reading its
columns back costs pandas' indexing machinery each time: over 150 short Wikipedia leads the corpus
names pass spent more on that than on the names themselves. :func:`column_lists` reads each column
once (``Series.tolist``, the values the per-group ``tolist`` gives) and cuts it per document: the same
documents in the same (sorted) order, each one's rows in frame order, as the groupby gives them.
"""

from __future__ import annotations

from typing import Any, Sequence

import pandas as pd


def column_lists(frame: pd.DataFrame, columns: Sequence[str]) -> dict[str, dict[str, list[Any]]]:
    """doc_id → {column → that document's values, in frame order}, doc_ids in sorted order (as
    ``groupby("doc_id", sort=True)``; a missing doc_id is left out, as groupby drops it)."""
    values = {c: frame[c].tolist() for c in columns}
    rows_of: dict[str, list[int]] = {}
    for i, doc_id in enumerate(frame["doc_id"].tolist()):
        if isinstance(doc_id, str):
            rows_of.setdefault(doc_id, []).append(i)
    return {doc_id: {c: [values[c][i] for i in rows_of[doc_id]] for c in columns} for doc_id in sorted(rows_of)}
