"""strip_glossary: cut the glossary snippets the mirror printed after every link, keeping the anchors.

How a line is split into anchor and snippet is :mod:`pipeline.cleaning.glossary`; this
stage records each insertion as a ``links`` row and edits the snippet out.
"""

from __future__ import annotations

from pipeline.core.document import Document
from pipeline.cleaning.glossary import clean_gloss, find_insertions, infer_target, infer_target_type
from pipeline.core.layers import CLEAN, LINKS, STATS
from pipeline.core.offsets import Edit
from pipeline.core.records import LinkRecord
from pipeline.core.registry import StageContext, stage


@stage("strip_glossary", reads=(CLEAN,), writes=(LINKS, STATS), edits_text=True)
def strip_glossary(doc: Document, ctx: StageContext) -> Document:
    links: list[LinkRecord] = doc.layers.setdefault("links", [])
    edits = []
    for ins in find_insertions(doc.text):
        raw_start, raw_end = doc.raw_span(ins.anchor_start, ins.anchor_end)
        links.append(LinkRecord(
            kind="glossary", anchor=ins.anchor, target=infer_target(ins.anchor, ins.gloss, ins.split.rule),
            gloss=ins.gloss, target_type=infer_target_type(ins.anchor, ins.gloss),
            anchor_raw_start=raw_start, anchor_raw_end=raw_end, confident=ins.split.confident,
            evidence=ins.split.rule, collapsed=True, gloss_clean=clean_gloss(ins.gloss)))
        edits.append(Edit(ins.anchor_end, ins.end))
    doc.edit(edits, removed_kind="glossary")
    stats = doc.layers.setdefault("stats", {})
    stats["glossary_insertions"] = len(edits)
    stats["glossary_unconfident"] = sum(1 for link in links if link.kind == "glossary" and not link.confident)
    return doc
