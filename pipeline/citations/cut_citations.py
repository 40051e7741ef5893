"""cut_citations: take citation strings out of the body and parse them.

Finding them (glued footnotes, reference lists) is :mod:`pipeline.citations.cutting`;
parsing one into fields is :mod:`pipeline.citations.parse`. Runs before ``reflow``
because line breaks and ``''`` are evidence (the stage reads ``line_breaks``).
"""

from __future__ import annotations

from pipeline.citations.cutting import find_cuts, flatten
from pipeline.citations.parse import parse_citation
from pipeline.core.document import Document
from pipeline.core.layers import CITATIONS, CLEAN, LINE_BREAKS, UNCUT_CITATION_CHARS
from pipeline.core.offsets import Edit
from pipeline.core.records import CitationRecord
from pipeline.core.registry import StageContext, stage


@stage("cut_citations", reads=(CLEAN, LINE_BREAKS), writes=(CITATIONS, UNCUT_CITATION_CHARS), edits_text=True)
def cut_citations(doc: Document, ctx: StageContext) -> Document:
    citations, cuts, uncut_chars = find_cuts(doc.text)
    records = []
    for start, end, kind in citations:
        raw_start, raw_end = doc.raw_span(start, end)
        cited = flatten(doc.text[start:end])
        records.append(CitationRecord(kind, raw_start, raw_end, cited, parse_citation(cited)))
    doc.edit([Edit(s, e) for s, e, _ in cuts], removed_kind=[k for _, _, k in cuts])
    doc.layers["uncut_citation_chars"] = uncut_chars
    doc.layers["citations"] = records
    return doc
