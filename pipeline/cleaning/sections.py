"""sections: find headings and paragraphs in the clean text.

The mirror keeps a heading as a short line of its own between blank lines but
drops its level. The first block is the article title (level 1). A heading
directly followed by another heading opens a group (level 2) whose
sub-headings are level 3; reference-list headings are always level 2.
"""

from __future__ import annotations


from pipeline.core.document import Document
from pipeline.core.layers import BLOCKS, REFLOWED, SECTIONS
from pipeline.lexicon.patterns import PARAGRAPH, REFERENCE_HEADINGS
from pipeline.core.registry import StageContext, stage
from pipeline.io.titles import document_title
from pipeline.core.records import Block, Section

MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 15


def _looks_like_heading(text: str) -> bool:
    line = text.strip()
    if not line or "\n" in line or len(line) > MAX_HEADING_CHARS:
        return False
    if len(line.split()) > MAX_HEADING_WORDS or line[-1] in ".,;:!?":
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "'\"("


def _is_prose(text: str) -> bool:
    """A paragraph of running sentences, which no reference list holds."""
    return len(text.split()) >= 25 and text.rstrip()[-1:] in ".!?\"”" and not text.lstrip().startswith(("*", "#"))


def split_blocks(text: str) -> list[Block]:
    """Blocks between blank lines; a heading is a lone short line with text after it."""
    spans = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    blocks = []
    in_references = False
    for i, (s, e) in enumerate(spans):
        is_reference = text[s:e].strip().lower() in REFERENCE_HEADINGS
        # A heading has text after it, except a reference heading whose list was cut out.
        heading = (i + 1 < len(spans) or is_reference) and _looks_like_heading(text[s:e])
        # Reference lists hold short lines ("Nazi-Soviet Relations @ Avalon
        # Project") that look like headings; there only known headings count.
        if heading and in_references and not is_reference:
            heading = False
        if heading:
            in_references = is_reference
        elif in_references and _is_prose(text[s:e]):
            in_references = False  # "Sources" over prose on the historiography: headings count again
        blocks.append(Block(s, e, heading))
    return blocks


def _levels(text: str, blocks: list[Block]) -> list[int]:
    levels = []
    in_group = False
    for i, b in enumerate(blocks):
        if not b.is_heading:
            continue
        name = text[b.start:b.end].strip().lower()
        if i == 0:
            level = 1
        elif name in REFERENCE_HEADINGS:
            level, in_group = 2, False
        elif blocks[i + 1].is_heading:
            level, in_group = 2, True
        else:
            level = 3 if in_group else 2
        levels.append(level)
    return levels


def build_sections(text: str, blocks: list[Block]) -> list[Section]:
    heads = [b for b in blocks if b.is_heading]
    levels = _levels(text, blocks)
    sections: list[Section] = []
    stack: list[Section] = []
    for i, (b, level) in enumerate(zip(heads, levels)):
        name = text[b.start:b.end].strip()
        while stack and stack[-1].level >= level:
            stack.pop()
        path = " > ".join([s.heading for s in stack if s.level > 1] + [name])
        end = next((later.start for later, lv in zip(heads[i + 1:], levels[i + 1:]) if lv <= level), len(text))
        section = Section(i, name, level, path, b.start, end)
        sections.append(section)
        stack.append(section)
    return sections


@stage("sections", reads=(REFLOWED,), writes=(SECTIONS, BLOCKS))
def sections(doc: Document, ctx: StageContext) -> Document:
    blocks = split_blocks(doc.text)
    doc.layers["blocks"] = blocks
    doc.layers["sections"] = build_sections(doc.text, blocks)
    if doc.title is None:  # the loader titles corpus files; this is for text given directly
        doc.title = document_title(doc.raw, doc.source_path)
    return doc
