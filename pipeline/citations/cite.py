"""cite: which sentence each citation was glued to, and which citations support each sentence.

Runs after ``nlp`` (it needs the sentences, and the text is final by then: the order check
refuses an edit after a stage stored clean offsets, so a citation's raw position maps to its
final clean one). It sets ``CitationRecord.sentence_id`` and writes ``citation_support``, which
the events stage copies onto each event (issue 30: ``tables.py`` only writes).
"""

from __future__ import annotations

from pipeline.core.document import Document
from pipeline.core.layers import BLOCKS, CITATION_SUPPORT, CITATIONS, SENTENCES, at_or_before, sentence_index
from pipeline.core.registry import StageContext, stage

# Only a footnote glued into the body points at a sentence; list entries (further reading, …) do not.
_GLUED_KINDS = ("inline", "short")


def glued_sentence_ids(doc: Document) -> list[int | None]:
    """For each citation, the sentence it was glued to: the one ending just before it (inline and short only)."""
    sentence_of = sentence_index(doc.layers["sentences"])
    ids: list[int | None] = []
    for c in doc.layers["citations"]:
        sentence_id = None
        if c.kind in _GLUED_KINDS:
            pos = doc.clean_span(c.raw_start, c.raw_end)[0] - 1
            while pos > 0 and doc.text[pos] in " \n":
                pos -= 1
            sentence_id = sentence_of(pos)
        ids.append(sentence_id)
    return ids


def support_of(doc: Document, glued: list[int | None]) -> dict[int, list[int]]:
    """Sentence id → ids of the citations that support it.

    As Wikipedia cites, a footnote covers its own sentence and the uncited
    sentences before it in the same paragraph.
    """
    cited: dict[int, list[int]] = {}
    for citation_id, sentence_id in enumerate(glued):
        if sentence_id is not None:
            cited.setdefault(sentence_id, []).append(citation_id)
    sentences = doc.layers["sentences"]
    block_starts = [b.start for b in doc.layers["blocks"] if not b.is_heading]
    block_of = {s.sentence_id: at_or_before(block_starts, s.start) for s in sentences}
    support: dict[int, list[int]] = {}
    pending: list[int] = []
    for s in sentences:
        if pending and block_of[pending[-1]] != block_of[s.sentence_id]:
            pending = []  # a paragraph ended uncited
        pending.append(s.sentence_id)
        if s.sentence_id in cited:
            for sid in pending:
                support[sid] = cited[s.sentence_id]
            pending = []
    return support


@stage("cite", reads=(CITATIONS, SENTENCES, BLOCKS), writes=(CITATION_SUPPORT,))
def cite(doc: Document, ctx: StageContext) -> Document:
    glued = glued_sentence_ids(doc)
    for citation, sentence_id in zip(doc.layers["citations"], glued):
        citation.sentence_id = sentence_id
    doc.layers["citation_support"] = support_of(doc, glued)
    return doc
