"""normalize: drop the mirror's page header, tidy whitespace, Unicode to NFC."""

from __future__ import annotations

import re
import unicodedata

from pipeline.core.document import Document
from pipeline.core.offsets import Edit
from pipeline.core.layers import CLEAN, LINE_BREAKS, RAW
from pipeline.lexicon.patterns import MIRROR_HEADER_MARKERS, MIRROR_HEADER_WINDOW
from pipeline.core.registry import StageContext, stage

# Lines the mirror prints above every article (after the title line).
_HEADER_MARKERS, _HEADER_WINDOW = MIRROR_HEADER_MARKERS, MIRROR_HEADER_WINDOW  # shared with pipeline.io.titles

_SPACES = re.compile(
    r"(?P<newline>\r\n?)"
    r"|(?P<invisible>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]+)"
    r"|(?P<space>[ \t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000])")
_SPACE_REPLACEMENT = {"newline": "\n", "invisible": "", "space": " "}
_LINE_BREAKS = re.compile(r" *\n[ \n]*")
_WORD = re.compile(r"\S+")


def _header_edits(text: str) -> list[Edit]:
    """Remove the HOME / TheInfoList / OR: marker lines; the title line stays as the first heading."""
    edits = []
    pos = 0
    for _ in range(_HEADER_WINDOW):
        end = text.find("\n", pos)
        line_end = len(text) if end < 0 else end
        if text[pos:line_end].strip() in _HEADER_MARKERS:
            edits.append(Edit(pos, min(line_end + 1, len(text))))
        if end < 0:
            break
        pos = end + 1
    return edits


def _space_edits(text: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), _SPACE_REPLACEMENT[m.lastgroup]) for m in _SPACES.finditer(text)]


def _edge_edits(text: str) -> list[Edit]:
    """Trim the document and every line; keep at most one blank line between blocks."""
    # Leading/trailing whitespace via strip, not a regex: "\s+\Z" is quadratic on long runs.
    head = len(text) - len(text.lstrip())
    tail = len(text.rstrip())
    if tail <= head:
        return [Edit(0, len(text))] if text else []
    edits = [Edit(0, head)] if head else []
    for m in _LINE_BREAKS.finditer(text, head, tail):
        replacement = "\n\n" if m.group().count("\n") >= 2 else "\n"
        if m.group() != replacement:
            edits.append(Edit(m.start(), m.end(), replacement))
    if tail < len(text):
        edits.append(Edit(tail, len(text)))
    return edits


def _nfc_edits(text: str) -> list[Edit]:
    if unicodedata.is_normalized("NFC", text):
        return []
    return [Edit(m.start(), m.end(), unicodedata.normalize("NFC", m.group()))
            for m in _WORD.finditer(text) if not unicodedata.is_normalized("NFC", m.group())]


@stage("normalize", reads=(RAW,), writes=(CLEAN, LINE_BREAKS), edits_text=True)
def normalize(doc: Document, ctx: StageContext) -> Document:
    for make_edits in (_header_edits, _space_edits, _edge_edits, _nfc_edits):
        doc.edit(make_edits(doc.text), removed_kind="residue")
    doc.layers["clean"] = True
    doc.layers["line_breaks"] = True  # until reflow joins the lines
    return doc
