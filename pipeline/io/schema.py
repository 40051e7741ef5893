"""Every output table's pyarrow schema, in one place.

Writers build tables only through :func:`to_table`, and a snapshot test pins
these definitions, so renaming a column is always a deliberate change.
Offsets are Python ``str`` indices (code points), as DESIGN.md fixes.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import pyarrow as pa

from pipeline.io.dates import date32_array
from pipeline.core.errors import UserError

_i64 = pa.int64()
_i32 = pa.int32()
_str = pa.string()
_strs = pa.list_(pa.string())
_i64s = pa.list_(pa.int64())

_CLEAN_RAW = [
    ("clean_start", _i64), ("clean_end", _i64), ("raw_start", _i64), ("raw_end", _i64),
]

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _str), ("source_path", _str), ("title", _str), ("kind", _str),
        ("reference_date", pa.date32()), ("sha256", _str),
        ("n_chars_raw", _i64), ("n_chars_clean", _i64),
        # Characters cut out of the body, by kind (see REMOVED_KINDS), and citation-like text
        # left in place because cutting it would have risked prose: a silent loss shows up here.
        *[(f"n_chars_removed_{kind}", _i64) for kind in ("glossary", "piped_target", "citation",
                                                           "reference_list", "residue")],
        ("n_chars_citation_uncut", _i64),
        # "X, Y" commas that look a little like a piped link but were not collapsed (see strip_links).
        ("n_piped_left_alone", _i64), ("status", _str), ("error", _str),
        ("failed_stage", _str), ("pipeline_version", _str), ("config_hash", _str),
        ("processed_at", pa.timestamp("us", tz="UTC")),
    ]),
    "sections": pa.schema([
        ("doc_id", _str), ("section_id", _i32), ("heading", _str), ("level", _i32),
        ("path", _str), *_CLEAN_RAW,
    ]),
    "sentences": pa.schema([
        ("doc_id", _str), ("sentence_id", _i32), ("section_id", _i32), ("text", _str),
        *_CLEAN_RAW,
    ]),
    "links": pa.schema([
        ("doc_id", _str), ("link_id", _i32), ("kind", _str), ("anchor", _str),
        ("target", _str), ("gloss", _str), ("gloss_clean", _str), ("target_type", _str), ("confident", pa.bool_()),
        ("evidence", _str), ("collapsed", pa.bool_()),
        *_CLEAN_RAW,
    ]),
    "citations": pa.schema([
        ("doc_id", _str), ("citation_id", _i32), ("kind", _str), ("raw_text", _str),
        ("authors", _strs), ("year", _i32), ("title", _str), ("container", _str),
        ("publisher", _str), ("volume", _str), ("issue", _str), ("pages", _str), ("url", _str),
        ("sentence_id", _i32), ("clean_offset", _i64), ("raw_start", _i64), ("raw_end", _i64),
    ]),
    "entities": pa.schema([
        ("doc_id", _str), ("entity_id", _i32), ("text", _str), ("label", _str),
        ("source", _str), ("link_target", _str), ("sentence_id", _i32), ("section_id", _i32),
        *_CLEAN_RAW,
        # The party the mention names (the parties table), null for a place or a thing.
        ("party_id", _str),
    ]),
    "timexes": pa.schema([
        ("doc_id", _str), ("timex_id", _i32), ("text", _str), ("type", _str), ("value", _str),
        ("mod", _str), ("range_id", _i32), ("anchored", pa.bool_()), ("zone", _str),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("sentence_id", _i32),
        *_CLEAN_RAW, ("rule", _str),
    ]),
    "events": pa.schema([
        ("doc_id", _str), ("event_id", _i32), ("timex_id", _i32), ("date_text", _str),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("granularity", _str),
        ("trigger", _str), ("actors", _strs), ("participants", _strs), ("theme", _str), ("places", _strs),
        ("resolved", _strs), ("resolved_from", _strs),
        # The happening through which the trigger's happened ("terminated the pact with its invasion": invasion).
        ("means", _str),
        ("sentence", _str), ("section_path", _str), ("citation_ids", pa.list_(_i32)),
        ("sentence_id", _i32), *_CLEAN_RAW,
        # The happening this event tells, the same in every document that tells it (pipeline.stories.merge).
        ("story_id", _str),
        # The word naming the happening: clean offsets, and raw offsets into the file's text.
        ("trigger_start", _i32), ("trigger_end", _i32), ("raw_trigger_start", _i32), ("raw_trigger_end", _i32),
        # Aligned with actors and participants: each party's words as written ("USSR", "they").
        ("actor_mentions", _strs), ("participant_mentions", _strs),
        # asserted / planned / negated / hypothetical: whether the statement says it happened (pipeline.events.modality).
        ("modality", _str),
        # The title of the document telling it (documents.title), so a row read alone names its article.
        ("doc_title", _str),
        # "text": a date written in its sentence dates it; in a news report also "sentence" (the one date its
        # sentence writes for another word) or "document" (the report's own date): some day of the weeks up to
        # that date (pipeline.events.document_dated; granularity "before", no date_text, no timex_id).
        ("dated_by", _str),
    ]),
    # One happening across the corpus; computed from the stored events after every run.
    "stories": pa.schema([
        ("story_id", _str), ("date_start", pa.date32()), ("date_end", pa.date32()), ("granularity", _str),
        ("trigger", _str), ("actors", _strs), ("participants", _strs), ("places", _strs),
        ("n_mentions", _i32), ("n_docs", _i32), ("doc_ids", _strs),
        # "doc_id#event_id" and "doc_id#citation_id": ids are per document.
        ("event_ids", _strs), ("citation_ids", _strs), ("confidence", pa.float64()),
        # What its merges rest on: "actor:…", "participant:…", "party:…", "theme:…", "place:…", "date:…".
        ("evidence", _strs),
    ]),
    # One party (state, person, organisation, group) across the corpus; computed from the stored
    # entities and events after every run (pipeline.stories.parties).
    "parties": pa.schema([
        ("party_id", _str), ("name", _str), ("kind", _str), ("state", _str), ("aliases", _strs),
        ("n_events", _i32), ("n_docs", _i32), ("doc_ids", _strs),
    ]),
}

# Tables with one part per document; the others are computed over the whole corpus.
CORPUS_TABLES: tuple[str, ...] = ("stories", "parties")
TABLES: tuple[str, ...] = tuple(name for name in SCHEMAS if name not in CORPUS_TABLES)
ALL_TABLES: tuple[str, ...] = TABLES + CORPUS_TABLES
REMOVED_KINDS: tuple[str, ...] = tuple(n[len("n_chars_removed_"):] for n in SCHEMAS["documents"].names
                                       if n.startswith("n_chars_removed_"))


class UnknownTable(UserError, KeyError):
    """A table name that is not one of TABLES; the message lists them."""


def schema_for(table: str) -> pa.Schema:
    """The schema of ``table``; an unknown name is an error listing the tables."""
    try:
        return SCHEMAS[table]
    except KeyError:
        raise UnknownTable(f"unknown table {table!r}; tables are: {', '.join(ALL_TABLES)}") from None


def to_table(table: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Build a typed pyarrow table from row dicts; a missing or extra column is an error."""
    schema = schema_for(table)
    rows = list(rows)
    ordered, names, dates = _columns_of(table)
    for i, row in enumerate(rows):
        if row.keys() != names:
            missing = sorted(names - set(row))
            extra = sorted(set(row) - names)
            raise ValueError(f"{table} row {i}: missing columns {missing}, unexpected columns {extra}")
    columns: dict[str, Any] = {name: [row[name] for row in rows] for name in ordered}
    for name in dates:
        # Through day counts: a BC date (numpy datetime64) has no Python date to pass as.
        columns[name] = date32_array(columns[name])
    return pa.Table.from_pydict(columns, schema=schema)


_COLUMNS: dict[str, tuple[list[str], set[str], list[str]]] = {}


def _columns_of(table: str) -> tuple[list[str], set[str], list[str]]:
    """A table's column names in order, as a set, and its date32 columns: read from the schema once per
    table, not per call (a run builds every table for every document; speed only)."""
    if table not in _COLUMNS:
        schema = schema_for(table)
        _COLUMNS[table] = (list(schema.names), set(schema.names),
                           [f.name for f in schema if pa.types.is_date32(f.type)])
    return _COLUMNS[table]
