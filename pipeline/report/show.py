"""``show TABLE``: filter, pick columns and print a table as text, CSV or JSON."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline import load_table
from pipeline.io.dates import iso_day
from pipeline.core.errors import UserError
from pipeline.io.schema import schema_for

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
        frame = _filter(frame, table, where)
    if columns and columns.strip() != "all":
        wanted = [c.strip() for c in columns.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in frame.columns]
        if unknown:
            raise ShowError(f"unknown column(s) {', '.join(unknown)} for {table}; columns: {', '.join(frame.columns)}")
        frame = frame[wanted]
    return frame


# "'Poland' in participants": a value's membership in a list column (pandas' own `in` reads the
# column as the list of candidates and would silently match nothing).
_MEMBERSHIP = re.compile(r"""(?P<value>'[^']*'|"[^"]*")\s+(?P<neg>not\s+)?in\s+(?P<column>`[^`]+`|[A-Za-z_]\w*)""")
_LITERAL = r"""(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?)"""
_COMPARISON = re.compile(rf"(?<![\w.])(?P<column>[A-Za-z_]\w*)\s*(?:==|!=|<=|>=|<|>)\s*(?P<literal>{_LITERAL})"
                         rf"|(?P<literal2>{_LITERAL})\s*(?:==|!=|<=|>=|<|>)\s*(?P<column2>[A-Za-z_]\w*)(?![\w.(])")


def _list_columns(table: str) -> set[str]:
    return {f.name for f in schema_for(table) if pa.types.is_list(f.type)}


def _filter(frame: pd.DataFrame, table: str, where: str) -> pd.DataFrame:
    """The rows ``where`` selects; pandas' query language plus ``'X' in list_column``. A filter that
    cannot mean anything on these columns (a list compared with ==, text with a number) is a
    ShowError, never an empty result that looks like "no such rows"."""
    lists = _list_columns(table)
    work = frame.copy()
    helpers: list[str] = []

    def membership(m: re.Match) -> str:
        column = m["column"].strip("`")
        if column not in lists:
            return m[0]  # a plain column: pandas' own "in" (a value in a list literal) applies
        value = m["value"][1:-1]
        name = f"__in_{len(helpers)}"
        helpers.append(name)
        found = work[column].map(lambda v: v is not None and not isinstance(v, float) and value in list(v))
        work[name] = ~found if m["neg"] else found
        return name

    expression = _MEMBERSHIP.sub(membership, where)
    for m in _COMPARISON.finditer(expression):
        column, literal = m["column"] or m["column2"], m["literal"] or m["literal2"]
        if column not in frame.columns:
            continue
        if column in lists:
            raise ShowError(f"--where {where!r}: {column} is a list; test membership with "
                            f"{literal} in {column}")
        quoted = literal[0] in "'\""
        dtype = frame[column].dtype
        if quoted and pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
            raise ShowError(f"--where {where!r}: {column} holds numbers, compared with the text {literal}; "
                            f"drop the quotes")
        if not quoted and (pd.api.types.is_string_dtype(dtype) or dtype == object) and column not in lists:
            raise ShowError(f"--where {where!r}: {column} holds text, compared with the number {literal}; "
                            f"quote it")
        if not quoted and pd.api.types.is_datetime64_any_dtype(dtype):
            raise ShowError(f"--where {where!r}: {column} holds dates, compared with the number {literal}; "
                            f"write '{literal}-01-01' or {column}.dt.year")
        if quoted and pd.api.types.is_datetime64_any_dtype(dtype):
            try:
                pd.Timestamp(literal[1:-1])
            except (ValueError, TypeError):
                raise ShowError(f"--where {where!r}: {literal} is not a date; write dates as 'YYYY-MM-DD' "
                                f"(years: {column}.dt.year >= 1939)") from None
    try:
        result = work.query(expression, engine="python")
    except Exception as exc:  # pandas raises many kinds; all mean the expression is wrong
        raise ShowError(f"--where {where!r} failed ({type(exc).__name__}: {exc}); columns of {table}: "
                        f"{', '.join(frame.columns)}") from None
    return result.drop(columns=helpers)


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
    # Dates as YYYY-MM-DD (-0489-01-01 for 490 BC), not as midnight timestamps, in every format.
    for name in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[name]):
            frame[name] = frame[name].map(iso_day)
    if fmt == "csv":
        return frame.to_csv(index=False).rstrip("\n")
    if fmt == "json":
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
