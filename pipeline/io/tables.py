"""Turn a processed Document into rows of the output tables.

Rows copy what the stages stored on their records (ids, the clean gloss, dates); what is done
here is writing: numbering rows, and mapping clean offsets to raw ones (and a raw-kept layer's
positions to clean ones, final only now). Which sentence a citation was glued to and which
citations support an event's sentence are the cite stage's (pipeline.citations.cite), copied here.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pyarrow as pa

from pipeline.core.document import Document
from pipeline.io.schema import REMOVED_KINDS, TABLES, to_table
from pipeline.io.titles import filename_title


def _offsets(doc: Document, start: int, end: int) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(start, end)
    return {"clean_start": start, "clean_end": end, "raw_start": raw_start, "raw_end": raw_end}


def document_row(*, doc_id: str, source_path: str, sha256: str, version: str, config_hash: str,
                 doc: Document | None = None, n_chars_raw: int | None = None,
                 error: str | None = None, failed_stage: str | None = None) -> dict[str, Any]:
    return {
        # A document that failed before it was read is still titled, by its file name (pipeline.io.titles).
        "doc_id": doc_id, "source_path": source_path, "title": doc.title if doc else filename_title(source_path),
        "kind": doc.kind if doc else None, "reference_date": doc.reference_date if doc else None,
        "sha256": sha256, "n_chars_raw": len(doc.raw) if doc else n_chars_raw,
        "n_chars_clean": len(doc.text) if doc and error is None else None,
        **removed_chars(doc if error is None else None),
        "status": "failed" if error else "ok", "error": error, "failed_stage": failed_stage,
        "pipeline_version": version, "config_hash": config_hash,
        "processed_at": datetime.now(timezone.utc),
    }


def removed_chars(doc: Document | None) -> dict[str, int | None]:
    """Raw characters each kind of cut removed, and what was left in place (null for a failed document)."""
    counts = {f"n_chars_removed_{kind}": 0 if doc else None for kind in REMOVED_KINDS}
    for span in doc.removed if doc else ():
        key = f"n_chars_removed_{span.kind}"
        if key not in counts:
            raise ValueError(f"removed span of unknown kind {span.kind!r}; add it to the documents schema")
        counts[key] += span.raw_end - span.raw_start
    counts["n_chars_citation_uncut"] = doc.layers.get("uncut_citation_chars", 0) if doc else None
    counts["n_piped_left_alone"] = doc.layers.get("stats", {}).get("piped_left_alone", 0) if doc else None
    return counts


def section_rows(doc: Document) -> list[dict[str, Any]]:
    return [{"doc_id": doc.doc_id, "section_id": s.section_id, "heading": s.heading, "level": s.level,
             "path": s.path, **_offsets(doc, s.start, s.end)}
            for s in doc.layers.get("sections", [])]


def sentence_rows(doc: Document) -> list[dict[str, Any]]:
    return [{"doc_id": doc.doc_id, "sentence_id": s.sentence_id, "section_id": s.section_id,
             "text": doc.text[s.start:s.end], **_offsets(doc, s.start, s.end)}
            for s in doc.layers.get("sentences", [])]


def link_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    links = sorted(doc.layers.get("links", []), key=lambda link: link.anchor_raw_start)
    for i, link in enumerate(links):
        clean_start, clean_end = doc.clean_span(link.anchor_raw_start, link.anchor_raw_end)
        rows.append({"doc_id": doc.doc_id, "link_id": i, "kind": link.kind, "anchor": link.anchor,
                     "target": link.target, "gloss": link.gloss, "gloss_clean": link.gloss_clean,
                     "target_type": link.target_type, "confident": link.confident, "evidence": link.evidence,
                     "collapsed": link.collapsed, "clean_start": clean_start, "clean_end": clean_end,
                     "raw_start": link.anchor_raw_start, "raw_end": link.anchor_raw_end})
    return rows


def entity_rows(doc: Document) -> list[dict[str, Any]]:
    return [{"doc_id": doc.doc_id, "entity_id": i, "text": e.text, "label": e.label, "source": e.source,
             "link_target": e.link_target, "sentence_id": e.sentence_id, "section_id": e.section_id,
             **_offsets(doc, e.start, e.end), "party_id": e.party_id}
            for i, e in enumerate(doc.layers.get("entities", []))]


def citation_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for i, c in enumerate(doc.layers.get("citations", [])):
        clean_offset = doc.clean_span(c.raw_start, c.raw_end)[0]
        f = c.fields
        rows.append({"doc_id": doc.doc_id, "citation_id": i, "kind": c.kind, "raw_text": c.text,
                     "authors": f["authors"], "year": f["year"], "title": f["title"], "container": f["container"],
                     "publisher": f["publisher"], "volume": f["volume"], "issue": f["issue"], "pages": f["pages"],
                     "url": f["url"], "sentence_id": c.sentence_id, "clean_offset": clean_offset,
                     "raw_start": c.raw_start, "raw_end": c.raw_end})
    return rows


def timex_rows(doc: Document) -> list[dict[str, Any]]:
    return [{"doc_id": doc.doc_id, "timex_id": i, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
             "range_id": t.range_id, "anchored": t.anchored, "zone": t.zone, "date_start": t.date_start,
             "date_end": t.date_end, "sentence_id": t.sentence_id, **_offsets(doc, t.start, t.end), "rule": t.rule}
            for i, t in enumerate(doc.layers.get("timexes", []))]


def event_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for i, e in enumerate(doc.layers.get("events", [])):
        sentence_id = e.sentence_id
        rows.append({"doc_id": doc.doc_id, "event_id": i, "timex_id": e.timex_index, "date_text": e.date_text,
                     "date_start": e.date_start, "date_end": e.date_end, "granularity": e.granularity,
                     "trigger": e.trigger, "actors": e.actors, "participants": e.participants,
                     "theme": e.theme, "places": e.places, "resolved": e.resolved,
                     "resolved_from": e.resolved_from, "means": e.means,
                     "sentence": doc.text[e.sentence_start:e.sentence_end],
                     "section_path": e.section_path,
                     "citation_ids": e.citation_ids,
                     "sentence_id": sentence_id, **_offsets(doc, e.sentence_start, e.sentence_end),
                     "story_id": None, **_trigger_offsets(doc, e), "actor_mentions": e.actor_mentions,
                     "participant_mentions": e.participant_mentions, "modality": e.modality,
                     "doc_title": doc.title, "dated_by": e.dated_by})
    return rows


def _trigger_offsets(doc: Document, e: Any) -> dict[str, int | None]:
    if e.trigger_start is None:
        return {"trigger_start": None, "trigger_end": None, "raw_trigger_start": None, "raw_trigger_end": None}
    raw = _offsets(doc, e.trigger_start, e.trigger_end)
    return {"trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
            "raw_trigger_start": raw["raw_start"], "raw_trigger_end": raw["raw_end"]}


_BUILDERS = {"sections": section_rows, "sentences": sentence_rows, "links": link_rows,
             "entities": entity_rows, "citations": citation_rows,
             "timexes": timex_rows, "events": event_rows}


# Each table's empty part, built once (Arrow tables are immutable): most documents of a plain-text
# corpus have no sections, links or citations.
_EMPTY = {table: to_table(table, []) for table in TABLES}


def document_tables(doc: Document | None, doc_row: dict[str, Any]) -> dict[str, pa.Table]:
    """Every table's part for one document; tables with nothing to say get an empty part."""
    out = {"documents": to_table("documents", [doc_row])}
    for table in TABLES:
        if table == "documents":
            continue
        builder = _BUILDERS.get(table)
        rows = builder(doc) if (builder and doc is not None) else []
        out[table] = to_table(table, rows) if rows else _EMPTY[table]
    return out
