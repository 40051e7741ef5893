"""``show TABLE``: filter, pick columns and print a table as text, CSV or JSON."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from pipeline import load_table
from pipeline.errors import UserError

WIDE = 60  # characters a text cell keeps on a terminal


# What a table shows on a terminal when no --columns are given: the columns a reader scans first.
# All of them are a `--columns all` away (or name them); CSV, JSON and pipes always get every column.
COMPACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "title", "kind", "status", "n_chars_clean", "error"),
    "sections": ("doc_id", "section_id", "level", "path"),
    "sentences": ("doc_id", "sentence_id", "text"),
    "links": ("doc_id", "kind", "anchor", "target", "confident"),
    "citations": ("doc_id", "citation_id", "kind", "authors", "year", "title"),
    "entities": ("doc_id", "text", "label", "link_target"),
    "timexes": ("doc_id", "text", "type", "value", "date_start"),
    "events": ("doc_id", "date_start", "granularity", "trigger", "actors", "participants", "places"),
    "stories": ("date_start", "granularity", "trigger", "actors", "participants", "n_docs"),
    "parties": ("name", "kind", "state", "n_events", "n_docs"),
}


class ShowError(UserError, ValueError):
    """A bad --columns or --where; the message names the problem and the table's columns."""


def _shorten(value: object, width: int) -> object:
    if isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    if hasattr(value, "__len__") and not isinstance(value, str):
        text = ", ".join(map(str, value))
        return text if len(text) <= width else text[: width - 1] + "…"
    return value


def select_rows(outputs: str | Path, table: str, doc: str | None = None, columns: str | None = None,
                where: str | None = None) -> pd.DataFrame:
    outputs = Path(outputs)
    if not (outputs / "documents").is_dir():
        raise ShowError(f"no tables in {str(outputs)!r}: run `python -m pipeline run` first, "
                        f"or pass --outputs DIR where a run wrote them")
    frame = load_table(table, outputs, doc)
    if doc is not None and frame.empty and load_table("documents", outputs, doc).empty:
        raise ShowError(f"no document {doc!r} in {str(outputs)!r}; `python -m pipeline status` lists the doc_ids")
    if where:
        try:
            frame = frame.query(where, engine="python")
        except Exception as exc:  # pandas raises many kinds; all mean the expression is wrong
            raise ShowError(f"--where {where!r} failed ({type(exc).__name__}: {exc}); columns of {table}: "
                            f"{', '.join(frame.columns)}") from None
    if columns and columns.strip() != "all":
        wanted = [c.strip() for c in columns.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in frame.columns]
        if unknown:
            raise ShowError(f"unknown column(s) {', '.join(unknown)} for {table}; columns: {', '.join(frame.columns)}")
        frame = frame[wanted]
    return frame


def show_table(outputs: str | Path, table: str, doc: str | None = None, limit: int = 20, columns: str | None = None,
               where: str | None = None, fmt: str = "table", terminal: bool = False) -> str:
    """The rows as text: an aligned table (on a terminal: the table's compact columns unless ``columns``
    names others or "all", long text shortened), CSV or JSON lines."""
    frame = select_rows(outputs, table, doc, columns, where)
    compact = terminal and fmt == "table" and not columns and table in COMPACT_COLUMNS
    hidden = 0
    if compact:
        shown = [c for c in COMPACT_COLUMNS[table] if c in frame.columns]
        hidden = len(frame.columns) - len(shown)
        frame = frame[shown]
    total = len(frame)
    if limit:
        frame = frame.head(limit)
    if fmt == "csv":
        return frame.to_csv(index=False).rstrip("\n")
    if fmt == "json":
        # Dates as YYYY-MM-DD, not as midnight timestamps.
        frame = frame.map(lambda v: v.isoformat() if isinstance(v, date) and not isinstance(v, datetime) else v)
        return frame.to_json(orient="records", lines=True, date_format="iso", force_ascii=False).rstrip("\n")
    if frame.empty:
        return f"(no rows in {table}" + (f" where {where}" if where else "") + ")"
    if terminal:
        width = max(20, min(WIDE, shutil.get_terminal_size((120, 20)).columns // 3))
        frame = frame.map(lambda v: _shorten(v, width))
    with pd.option_context("display.max_columns", None, "display.width", 10_000, "display.max_colwidth", None):
        text = frame.to_string(index=False)
    if total > len(frame):
        text += f"\n({len(frame)} of {total} rows; --limit 0 for all)"
    if hidden:
        text += f"\n({hidden} more columns: --columns all, or name them with --columns A,B)"
    return text
