"""strip_links: collapse piped-link remnants ``Target, display`` to ``display``.

Which ``X, Y`` are remnants is :mod:`pipeline.cleaning.piped_links`; this stage keeps
each as a ``links`` row (kind ``piped``) and edits the target out only where
the evidence is enough (``collapsed``); a suspected remnant stays in the text
and keeps its row (pointing at the display, the target right before it), so a
user can review it.
"""

from __future__ import annotations

from pipeline.core.document import Document
from pipeline.core.layers import CLEAN, LINKS, STATS
from pipeline.core.offsets import Edit
from pipeline.cleaning.piped_links import CERTAIN_DISPLAY, find_remnants
from pipeline.core.records import LinkRecord
from pipeline.core.registry import StageContext, stage


@stage("strip_links", reads=(CLEAN,), writes=(LINKS, STATS), edits_text=True)
def strip_links(doc: Document, ctx: StageContext) -> Document:
    links: list[LinkRecord] = doc.layers.setdefault("links", [])
    found, left_alone = find_remnants(doc.text)
    edits = []
    for remnant in found:
        display_end = remnant.display_start + len(remnant.display)
        # The row points at the display; a suspected remnant kept in the text has its target right before.
        raw_start, raw_end = doc.raw_span(remnant.display_start, display_end)
        links.append(LinkRecord(kind="piped", anchor=remnant.display, target=remnant.target.lstrip(":"), gloss=None,
                                target_type=None, anchor_raw_start=raw_start, anchor_raw_end=raw_end,
                                evidence=remnant.evidence, confident=remnant.evidence in CERTAIN_DISPLAY,
                                collapsed=remnant.collapse))
        if remnant.collapse:
            edits.append(Edit(remnant.start, remnant.display_start))
    stats = doc.layers.setdefault("stats", {})
    stats["piped_collapsed"] = len(edits)
    stats["piped_left_alone"] = left_alone + sum(1 for remnant in found if not remnant.collapse)
    doc.edit(edits, removed_kind="piped_target")
    return doc
