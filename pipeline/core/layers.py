"""The layers a Document carries, declared once: what stages read and write.

A stage names the layers it reads and writes with these objects, not with
free strings, and the check at load (:func:`pipeline.core.registry.check_stage_order`)
uses what each layer says about itself:

- ``offsets="clean"``: the layer stores offsets into the clean text, so once
  it exists no stage may edit the text any more (the offsets would go stale);
- ``offsets="raw"``: it keeps raw positions, which edits never move;
- ``ends_with``: the stage whose edit makes the layer stop holding
  (``line_breaks`` is gone once ``reflow`` joins the lines).

The record types are in :mod:`pipeline.core.records`, beside the Document; each
layer's ``holds`` names its type, so a reader sees in one place what a
Document carries. The lookups from a clean offset to a sentence or section
are here too, for every reader.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Callable, Sequence


@dataclass(frozen=True)
class Layer:
    name: str
    holds: str                  # what the layer is, for messages and readers
    offsets: str | None = None  # "clean", "raw" or None
    ends_with: str | None = None

    def __str__(self) -> str:
        return self.name


RAW = Layer("raw", "the text as read from the file")
CLEAN = Layer("clean", "normalised clean text with its offset map to the raw text")
LINE_BREAKS = Layer("line_breaks", "the source's line structure, which citation cutting reads", ends_with="reflow")
REFLOWED = Layer("reflowed", "paragraphs joined into single lines")
LINKS = Layer("links", "list[LinkRecord]: glossary insertions and piped links", offsets="raw")
CITATIONS = Layer("citations", "list[CitationRecord]: citation strings cut from the body", offsets="raw")
BLOCKS = Layer("blocks", "list[Block]: headings and paragraphs", offsets="clean")
SECTIONS = Layer("sections", "list[Section]: headings with level and path (the first, at level 1, is also "
                 "Document.title)", offsets="clean")
SENTENCES = Layer("sentences", "list[Sentence]: body sentences", offsets="clean")
SPACY_DOCS = Layer("spacy_docs", "list[(clean offset, spacy.tokens.Doc)]: the parsed body chunks", offsets="clean")
ENTITIES = Layer("entities", "list[Entity]: entity mentions", offsets="clean")
TIMEXES = Layer("timexes", "list[Timex]: temporal expressions", offsets="clean")
EVENTS = Layer("events", "list[Event]: dated statements", offsets="clean")
STATS = Layer("stats", "dict[str, int]: what the cleaners counted (glossary insertions, piped commas left alone)")
CITATION_SUPPORT = Layer("citation_support", "dict[int, list[int]]: sentence id -> ids (list positions) of the "
                         "citations supporting it; each CitationRecord's sentence_id is set with it")
UNCUT_CITATION_CHARS = Layer("uncut_citation_chars", "int: citation-like characters left in the text for want of "
                                                     "a safe end")

ALL: tuple[Layer, ...] = (RAW, CLEAN, LINE_BREAKS, REFLOWED, LINKS, CITATIONS, BLOCKS, SECTIONS, SENTENCES,
                          SPACY_DOCS, ENTITIES, TIMEXES, EVENTS, STATS, UNCUT_CITATION_CHARS, CITATION_SUPPORT)
BY_NAME = {layer.name: layer for layer in ALL}


# --- lookups from a clean offset to the record there (one implementation for every layer) ---

def at_or_before(starts: Sequence[int], pos: int) -> int:
    """Index of the last start at or before ``pos`` in sorted ``starts`` (-1 when none is)."""
    return bisect.bisect_right(starts, pos) - 1


def sentence_index(sentences: Sequence[Any]) -> Callable[[int], int | None]:
    """Lookup from a clean offset to the id of the sentence containing it (None between sentences)."""
    starts = [sent.start for sent in sentences]

    def find(pos: int) -> int | None:
        i = at_or_before(starts, pos)
        return sentences[i].sentence_id if i >= 0 and pos < sentences[i].end else None

    return find


def section_index(sections: Sequence[Any]) -> Callable[[int], int | None]:
    """Lookup from a clean offset to the innermost section whose heading precedes it."""
    starts = [sec.start for sec in sections]  # sections are in text order

    def find(pos: int) -> int | None:
        i = at_or_before(starts, pos)
        return sections[i].section_id if i >= 0 else None

    return find
