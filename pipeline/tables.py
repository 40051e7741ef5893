"""Turn a processed Document into rows of the output tables."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pyarrow as pa

from pipeline.document import Document
from pipeline.schema import TABLES, to_table
from pipeline.stages.nlp import sentence_index
from pipeline.stages.sections import section_index


def _offsets(doc: Document, start: int, end: int) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(start, end)
    return {"clean_start": start, "clean_end": end, "raw_start": raw_start, "raw_end": raw_end}


def document_row(*, doc_id: str, source_path: str, sha256: str, version: str, config_hash: str,
                 doc: Document | None = None, n_chars_raw: int | None = None,
                 error: str | None = None, failed_stage: str | None = None) -> dict[str, Any]:
    return {
        "doc_id": doc_id, "source_path": source_path, "title": doc.title if doc else None,
        "sha256": sha256, "n_chars_raw": len(doc.raw) if doc else n_chars_raw,
        "n_chars_clean": len(doc.text) if doc and error is None else None,
        "status": "failed" if error else "ok", "error": error, "failed_stage": failed_stage,
        "pipeline_version": version, "config_hash": config_hash,
        "processed_at": datetime.now(timezone.utc),
    }


def section_rows(doc: Document) -> list[dict[str, Any]]:
    return [{"doc_id": doc.doc_id, "section_id": s.section_id, "heading": s.heading, "level": s.level,
             "path": s.path, **_offsets(doc, s.start, s.end)}
            for s in doc.layers.get("sections", [])]


def sentence_rows(doc: Document) -> list[dict[str, Any]]:
    section_of = section_index(doc.layers.get("sections", []))
    return [{"doc_id": doc.doc_id, "sentence_id": s.sentence_id, "section_id": section_of(s.start),
             "text": doc.text[s.start:s.end], **_offsets(doc, s.start, s.end)}
            for s in doc.layers.get("sentences", [])]


def link_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    links = sorted(doc.layers.get("links", []), key=lambda link: link.anchor_raw_start)
    for i, link in enumerate(links):
        clean_start, clean_end = doc.clean_span(link.anchor_raw_start, link.anchor_raw_end)
        rows.append({"doc_id": doc.doc_id, "link_id": i, "kind": link.kind, "anchor": link.anchor,
                     "target": link.target, "gloss": link.gloss, "target_type": link.target_type,
                     "confident": link.confident, "clean_start": clean_start, "clean_end": clean_end,
                     "raw_start": link.anchor_raw_start, "raw_end": link.anchor_raw_end})
    return rows


def entity_rows(doc: Document) -> list[dict[str, Any]]:
    section_of = section_index(doc.layers.get("sections", []))
    sentence_of = sentence_index(doc.layers.get("sentences", []))
    return [{"doc_id": doc.doc_id, "entity_id": i, "text": e.text, "label": e.label, "source": e.source,
             "link_target": e.link_target, "sentence_id": sentence_of(e.start),
             "section_id": section_of(e.start), **_offsets(doc, e.start, e.end)}
            for i, e in enumerate(doc.layers.get("entities", []))]


def citation_rows(doc: Document) -> list[dict[str, Any]]:
    sentence_of = sentence_index(doc.layers.get("sentences", []))
    rows = []
    for i, c in enumerate(doc.layers.get("citations", [])):
        clean_offset = doc.clean_span(c.raw_start, c.raw_end)[0]
        # An inline citation supports the sentence it was glued to: the one ending just before it.
        sentence_id = None
        if c.kind in ("inline", "short"):
            pos = clean_offset - 1
            while pos > 0 and doc.text[pos] in " \n":
                pos -= 1
            sentence_id = sentence_of(pos)
        f = c.fields
        rows.append({"doc_id": doc.doc_id, "citation_id": i, "kind": c.kind, "raw_text": c.text,
                     "authors": f["authors"], "year": f["year"], "title": f["title"], "container": f["container"],
                     "publisher": f["publisher"], "volume": f["volume"], "issue": f["issue"], "pages": f["pages"],
                     "url": f["url"], "sentence_id": sentence_id, "clean_offset": clean_offset,
                     "raw_start": c.raw_start, "raw_end": c.raw_end})
    return rows


def timex_rows(doc: Document) -> list[dict[str, Any]]:
    sentence_of = sentence_index(doc.layers.get("sentences", []))
    return [{"doc_id": doc.doc_id, "timex_id": i, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
             "range_id": t.range_id, "anchored": t.anchored, "date_start": t.date_start, "date_end": t.date_end,
             "sentence_id": sentence_of(t.start), **_offsets(doc, t.start, t.end)}
            for i, t in enumerate(doc.layers.get("timexes", []))]


_BUILDERS = {"sections": section_rows, "sentences": sentence_rows, "links": link_rows,
             "entities": entity_rows, "citations": citation_rows,
             "timexes": timex_rows}


def document_tables(doc: Document | None, doc_row: dict[str, Any]) -> dict[str, pa.Table]:
    """Every table's part for one document; tables with nothing to say get an empty part."""
    out = {"documents": to_table("documents", [doc_row])}
    for table in TABLES:
        if table == "documents":
            continue
        builder = _BUILDERS.get(table)
        rows = builder(doc) if (builder and doc is not None) else []
        out[table] = to_table(table, rows)
    return out
