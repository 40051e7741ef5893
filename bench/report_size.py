"""How big the corpus report's index gets: the reference article's tables copied as N documents.

    python -m bench.report_size [N] [OUTPUTS]

Prints the index size in MB and the seconds to build it; the bar is under 20 MB for 1,000 documents
(the per-document pages are separate files beside it).
"""

from __future__ import annotations

import sys
import time

import pandas as pd

from pipeline import load_table
from pipeline.report.page import _NAMES, _anchor, corpus_page


def replicated(outputs: str, n: int) -> dict[str, pd.DataFrame]:
    tables = {name: load_table(name, outputs) for name in _NAMES}
    ids = sorted(tables["documents"].doc_id)
    return {name: pd.concat([frame.assign(doc_id=frame.doc_id.map({d: f"{d}-{i:04d}" for d in ids}))
                             for i in range(n)], ignore_index=True) for name, frame in tables.items()}


def measure(outputs: str, n: int) -> tuple[int, float]:
    tables = replicated(outputs, n)
    started = time.perf_counter()
    page = corpus_page(tables, {d: f"report_docs/{_anchor(d)}.html" for d in tables["documents"].doc_id})
    return len(page.encode("utf-8")), time.perf_counter() - started


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    size, seconds = measure(sys.argv[2] if len(sys.argv) > 2 else "outputs", n)
    print(f"{n} documents: index {size / 1e6:.1f} MB, built in {seconds:.1f} s")
