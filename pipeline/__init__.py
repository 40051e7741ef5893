"""Wiki-dump extraction pipeline: clean mirror-scraped articles into Parquet tables."""

from __future__ import annotations

__version__ = "0.2.0"

from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402


def load_table(table: str, outputs: str | Path = "outputs", doc_id: str | None = None) -> pd.DataFrame:
    """Read one output table (all documents, or one) as a DataFrame with its declared types."""
    from pipeline.store import Store

    return Store(Path(outputs)).read(table, doc_id)


def run(*args, **kwargs):  # noqa: ANN002, ANN003 - thin re-export, documented on runner.run
    from pipeline.runner import run as _run

    return _run(*args, **kwargs)


run.__doc__ = "Process the corpus; see pipeline.runner.run."
__all__ = ["run", "load_table", "__version__"]
