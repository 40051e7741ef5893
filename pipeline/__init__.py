"""Wiki-dump extraction pipeline: clean mirror-scraped articles into Parquet tables."""

from __future__ import annotations

from pipeline.version import __version__

from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402


def load_table(table: str, outputs: str | Path = "outputs", doc_id: str | None = None) -> pd.DataFrame:
    """Read one output table (all documents, or one) as a DataFrame with its declared types.

    Date columns are ``datetime64[s]`` (proleptic Gregorian, astronomical years: 490 BC is -489),
    so ``frame.date_start >= "1939-01-01"`` and ``frame.date_start.dt.year`` work for any era."""
    from pipeline.io.store import Store

    return Store(Path(outputs)).read(table, doc_id)


def timeline(doc_id: str | None = None, outputs: str | Path = "outputs") -> pd.DataFrame:
    """Events of one document (or all) in date order: earliest start first, then the shorter span,
    then document order; BC dates before AD ones, events without a date last."""
    events = load_table("events", outputs, doc_id)  # date columns are datetime64[s]: any era sorts
    order = events.sort_values(["date_start", "date_end", "doc_id", "clean_start"], na_position="last", kind="stable")
    return order.reset_index(drop=True)


def run(*args, **kwargs):  # noqa: ANN002, ANN003 - thin re-export, documented on runner.run
    from pipeline.batch.runner import run as _run

    return _run(*args, **kwargs)


run.__doc__ = "Process the corpus; see pipeline.batch.runner.run."


def label_roles(text: str, triggers, model: str | None = None) -> list[dict]:  # noqa: ANN001 - see labelling
    from pipeline.events.labelling import label_roles as _label_roles

    return _label_roles(text, triggers, model)


label_roles.__doc__ = "Actors, participants and places of trigger spans in a text; see pipeline.events.labelling.label_roles."
__all__ = ["run", "load_table", "label_roles", "timeline", "__version__"]
