"""timexes: temporal expressions of the clean body, resolved in the narrative's time.

Only body text is tagged: glossary snippets and citations were cut out before
this stage, so none of their dates can leak in. Headings are not tagged, but
a date a heading states ("1939–1941") becomes the reference time of the
section it opens. The reference carries over from one block to the next, as
a history article's story does.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.registry import StageContext, stage
from pipeline.timex.tagger import Timex, tag
from pipeline.timex.values import RefTime


@stage("timexes", requires=("spacy_docs", "blocks"), provides=("timexes",))
def timexes_stage(doc: Document, ctx: StageContext) -> Document:
    reference_date = ctx.config.timexes.reference_date
    headings = [(b.start, b.end) for b in doc.layers["blocks"] if b.is_heading]
    chunks = [(offset, parsed) for offset, parsed in doc.layers["spacy_docs"]]
    # Walk headings and body chunks in text order.
    items = sorted([(s, "heading", e) for s, e in headings] + [(o, "body", p) for o, p in chunks],
                   key=lambda item: item[0])
    ref, next_range = RefTime(), 0
    found: list[Timex] = []
    for offset, kind, payload in items:
        if kind == "heading":
            _, ref, _ = tag(doc.text[offset:payload], ref, reference_date=reference_date)
            continue
        timexes, ref, next_range = tag(payload.text, ref, payload, reference_date, next_range)
        for t in timexes:
            t.start += offset
            t.end += offset
        found.extend(timexes)
    doc.layers["timexes"] = found
    return doc
