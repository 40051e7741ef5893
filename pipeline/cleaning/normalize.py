"""normalize: drop the mirror's page header, decode HTML entities, tidy whitespace, Unicode to NFC."""

from __future__ import annotations

import html
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


# An HTML character reference the mirror left in the prose ("Shell Trading &amp; Transport", "&#8211;").
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An ampersand whose "&" and ";" a scraper dropped, left as the bare word between two capitalised
# words of a name ("Trading amp Transport"); "10 amp fuse" (a number before it) is the unit.
_STRIPPED_AMPERSAND = re.compile(r"\b[A-Z][\w.'’-]*(?P<amp> amp;? )(?=[A-Z])")


def _entity_edits(text: str) -> list[Edit]:
    """Each HTML character reference as its character, and a stripped "amp" as "&"; a reference
    decodes to itself when it names no character ("&foo;" stays). Edits, so offsets stay mapped."""
    edits = []
    for m in _HTML_ENTITY.finditer(text):
        decoded = html.unescape(m.group())
        if decoded != m.group():
            edits.append(Edit(m.start(), m.end(), decoded))
    edits += [Edit(m.start("amp"), m.end("amp"), " & ") for m in _STRIPPED_AMPERSAND.finditer(text)]
    return sorted(edits, key=lambda e: e.start)


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
    # Entities first: a decoded "&nbsp;" is then tidied as the space it is.
    for make_edits in (_entity_edits, _header_edits, _space_edits, _edge_edits, _nfc_edits):
        doc.edit(make_edits(doc.text), removed_kind="residue")
    doc.layers["clean"] = True
    doc.layers["line_breaks"] = True  # until reflow joins the lines
    return doc
