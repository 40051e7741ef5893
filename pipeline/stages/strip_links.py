"""strip_links: collapse piped-link remnants ``Target, display`` to ``display``.

Which ``X, Y`` are remnants is :mod:`pipeline.piped_links`; this stage keeps
each collapse as a ``links`` row (kind ``piped``) and edits the target out.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.layers import CLEAN, LINKS
from pipeline.offsets import Edit
from pipeline.piped_links import CERTAIN_DISPLAY, find_remnants
from pipeline.records import LinkRecord
from pipeline.registry import StageContext, stage


@stage("strip_links", reads=(CLEAN,), writes=(LINKS,), edits_text=True)
def strip_links(doc: Document, ctx: StageContext) -> Document:
    links: list[LinkRecord] = doc.layers.setdefault("links", [])
    found, left_alone = find_remnants(doc.text)
    edits = []
    for start, display_start, target, display, evidence in found:
        raw_start, raw_end = doc.raw_span(display_start, display_start + len(display))
        links.append(LinkRecord(kind="piped", anchor=display, target=target.lstrip(":"), gloss=None,
                                target_type=None, anchor_raw_start=raw_start, anchor_raw_end=raw_end,
                                evidence=evidence, confident=evidence in CERTAIN_DISPLAY))
        edits.append(Edit(start, display_start))
    stats = doc.layers.setdefault("stats", {})
    stats["piped_collapsed"] = len(edits)
    stats["piped_left_alone"] = left_alone
    doc.edit(edits, removed_kind="piped_target")
    return doc
