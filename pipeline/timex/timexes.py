"""timexes: temporal expressions of the clean text, resolved in the document's time.

Glossary snippets and citations were cut out before this stage, so none of
their dates can leak in. Headings are tagged too (``zone = "heading"``): a
date a heading states ("1939–1941: The pact", "Spring 1945") is a timex and
the reference time of the section it opens, until the body states one. The
reference carries over from one block to the next, as a history article's
story does.

A ``news`` document starts at its reference (creation) date, and its deictic
expressions ("Friday", "last year", "yesterday") are resolved against that
date rather than against the story's time (see :mod:`pipeline.timex.tagger`).
"""

from __future__ import annotations

from pipeline.core.document import Document
from pipeline.core.layers import BLOCKS, SENTENCES, SPACY_DOCS, TIMEXES, sentence_index
from pipeline.io.dates import bc_interval
from pipeline.nlp.parse_needs import date_cues
from pipeline.core.registry import StageContext, stage
from pipeline.timex.era_carry import carry_bc_era
from pipeline.timex.period_parts import narrow_period_parts
from pipeline.timex.spans import report_spans
from pipeline.timex.tagger import QuarterMemory, Timex, tag
from pipeline.timex.values import RefTime


# sentences: each timex records the sentence it is in
@stage("timexes", reads=(SPACY_DOCS, BLOCKS, SENTENCES), writes=(TIMEXES,), spacy=("ner",), parse=date_cues)
def timexes(doc: Document, ctx: StageContext) -> Document:
    headings = [(b.start, b.end) for b in doc.layers["blocks"] if b.is_heading]
    chunks = [(offset, parsed) for offset, parsed in doc.layers["spacy_docs"]]
    # Walk headings and body chunks in text order.
    items = sorted([(s, "heading", e) for s, e in headings] + [(o, "body", p) for o, p in chunks],
                   key=lambda item: item[0])
    ref = RefTime()
    if doc.kind == "news" and doc.reference_date is not None:
        ref = RefTime(doc.reference_date.year, doc.reference_date.month, doc.reference_date.day)
    next_range = 0
    quarters = QuarterMemory()
    found: list[Timex] = []
    for offset, zone, payload in items:
        # A heading is tagged without a parse (spaCy only sees body paragraphs).
        text, parsed = (doc.text[offset:payload], None) if zone == "heading" else (payload.text, payload)
        timexes, ref, next_range = tag(text, ref, parsed, doc.reference_date, next_range, kind=doc.kind,
                                          quarters=quarters)
        for t in timexes:
            t.start += offset
            t.end += offset
            t.zone = zone
        found.extend(timexes)
    # Fiscal periods, "the quarter ended Aug. 31", "earlier this month": days their calendar unit misstates.
    report_spans(found, doc.text, doc.reference_date if doc.kind == "news" else None)
    sentence_of = sentence_index(doc.layers["sentences"])
    for t in found:
        t.sentence_id = sentence_of(t.start)
    carry_bc_era(found)  # "from 669 BC to his death in 631": 631 BC (pipeline.timex.era_carry)
    for t in found:
        # Set after tagging, so the tagger's reference time never sees a numpy day.
        if t.date_start is None and (bc := bc_interval(t.value)) is not None:
            t.date_start, t.date_end = bc
    narrow_period_parts(found, doc.text)  # "the late Warring States period (476–221 BC)": its last third
    doc.layers["timexes"] = found
    return doc
