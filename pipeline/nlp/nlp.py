"""nlp: entities and sentences over the body paragraphs, a dependency parse where a stage reads one.

The model is loaded once per process (``ctx.model()``, kept in the run's StageContext) and
paragraphs go through ``nlp.pipe`` in batches of at most ``batch_size`` texts and
``batch_chars`` characters, so memory does not depend on how long lines are.
Headings are not sentences, so only body blocks are parsed; a paragraph longer
than ``max_chunk_chars`` is cut at sentence-like boundaries first. Where several
documents are at hand (the serial backend, a Dask task), their paragraphs share
batches (:func:`parse_ahead`): short documents alone would leave them nearly empty.

With ``nlp.parse: needed`` (the default) two passes run. The model's sentence
recogniser (``senter``) and entity recogniser (``ner``), each with a small
network of its own, go over every paragraph. Then the shared tok2vec, the
tagger, the parser and the attribute ruler (more than half of the model's time)
go over only the sentences some configured stage declares it reads a parse in
(``@stage(..., parse=...)``, see :mod:`pipeline.nlp.parse_needs`): consecutive such
sentences as one text, so they keep each other as context, their boundaries
fixed to the senter's. Their annotations are copied into the paragraph's Doc,
which every later stage reads as before.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from pipeline.core.document import Document
from pipeline.core.grouping import consecutive_groups
from pipeline.core.layers import BLOCKS, SECTIONS, SENTENCES, SPACY_DOCS, section_index
from pipeline.core.registry import StageContext, get_stage, stage
from pipeline.core.records import Sentence

_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]?\s+")


# Components that run over the whole text when only part of it is parsed; the rest of the
# enabled pipeline (tok2vec, tagger, parser, attribute_ruler …) runs on the needed sentences.
_WHOLE_TEXT = ("senter", "ner")


def whole_text_components(model: Any) -> list[str]:
    """The enabled components of the first pass (empty when the model has no senter: then the
    parser must set the sentence boundaries, and everything is parsed)."""
    if "senter" not in model.pipe_names:
        return []
    return [name for name in model.pipe_names if name in _WHOLE_TEXT]


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
    return consecutive_groups(spans, lambda span: span[1] - span[0], max_chars, max_docs)


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


def _needs_of(stages: tuple[str, ...] | list[str]) -> list:
    return [st.parse for st in (get_stage(name) for name in stages) if st.parse is not None]


def needed_runs(doc: Document, chunks: list, needs: list) -> dict[int, list[tuple[int, int]]]:
    """Per chunk, the token ranges to parse: runs of consecutive sentences holding a character
    some stage's need names."""
    import numpy
    from spacy.attrs import IDX, SENT_START

    wanted: dict[int, list[int]] = {}
    for need in needs:
        for k, char in need(doc, chunks):
            wanted.setdefault(k, []).append(char)
    runs: dict[int, list[tuple[int, int]]] = {}
    for k, chars in wanted.items():
        parsed = chunks[k][1]
        tokens = numpy.searchsorted(parsed.to_array(IDX), numpy.array(chars), side="right") - 1
        starts = numpy.flatnonzero(parsed.to_array(SENT_START).astype("int64") == 1)
        if not len(starts) or starts[0] != 0:
            starts = numpy.concatenate(([0], starts))
        ends = numpy.append(starts[1:], len(parsed))
        spans = runs.setdefault(k, [])
        for s in numpy.unique(numpy.searchsorted(starts, tokens, side="right") - 1):
            if spans and spans[-1][1] == starts[s]:
                spans[-1] = (spans[-1][0], int(ends[s]))
            else:
                spans.append((int(starts[s]), int(ends[s])))
    return runs


def context_width(model: Any) -> int:
    """How many tokens on each side change a token's vector in the shared tok2vec (window size
    times depth of its CNN: 4 for the en_core_web models); 4 when the config does not say."""
    try:
        encode = model.config["components"]["tok2vec"]["model"]["encode"]
        return int(encode["window_size"]) * int(encode["depth"])
    except (KeyError, TypeError, ValueError):
        return 4


def _piece(model: Any, parsed: Any, text: str, idx: Any, a: int, b: int) -> Any:
    """Tokens ``a:b`` of ``parsed`` as a Doc of their own, with the same tokens."""
    from spacy.attrs import IDX
    from spacy.tokens import Doc

    first, last = parsed[a], parsed[b - 1]
    piece = model.make_doc(text[first.idx:last.idx + len(last)])
    if len(piece) == b - a and (piece.to_array(IDX) + first.idx == idx[a:b]).all():
        return piece
    # The tokenizer cut a stretch differently on its own (it started mid-word): take the tokens.
    span = parsed[a:b]
    return Doc(model.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span])


def parse_runs(model: Any, chunks: list, texts: list[str], runs: dict[int, list[tuple[int, int]]],
               skip: list[str], max_chars: int, max_docs: int, context: int) -> int:
    """Parse the runs (batched through ``nlp.pipe`` like whole paragraphs) and copy tags, POS,
    morphology, lemmas and dependencies into the chunks' Docs; the senter's boundaries stay.

    Each run goes with ``context`` tokens on each side, so its words get the same vectors as in
    the whole paragraph (the tagger reads nothing else); the senter's boundaries are set on the
    piece, and the parser keeps them, so no dependency leaves the run. Returns tokens parsed."""
    import numpy
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, MORPH, POS, SENT_START, TAG

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    pieces = []   # (chunk, run start, run end, piece start, Doc)
    for k in sorted(runs):
        parsed = chunks[k][1]
        idx = parsed.to_array(IDX)
        boundaries = parsed.to_array(SENT_START)
        for start, end in runs[k]:
            a, b = max(0, start - context), min(len(parsed), end + context)
            piece = _piece(model, parsed, texts[k], idx, a, b)
            marks = boundaries[a:b].copy()
            marks[0] = 1
            piece.from_array([SENT_START], marks)
            pieces.append((k, start, end, a, piece))
    # batches_by_chars groups consecutive spans; here a span is a piece's range in characters.
    ranges, at = [], 0
    for *_, piece in pieces:
        length = piece[-1].idx + len(piece[-1]) if len(piece) else 0
        ranges.append((at, at + length))
        at += length
    done: list = []
    for batch in batches_by_chars(ranges, max_chars, max_docs):
        group = [pieces[len(done) + j][4] for j in range(len(batch))]
        done.extend(model.pipe(group, batch_size=len(group), disable=skip))
    values: dict[int, Any] = {}
    parsed_tokens = 0
    for (k, start, end, a, _), piece in zip(pieces, done):
        rows = piece.to_array(attrs)[start - a:end - a]
        heads = numpy.arange(start, end) + rows[:, attrs.index(HEAD)].astype("int64")
        if ((heads < start) | (heads >= end)).any():
            # The parser crossed a preset boundary into the context (not seen on our corpora):
            # parse the run alone, where every head is inside it.
            alone = _piece(model, chunks[k][1], texts[k], chunks[k][1].to_array(IDX), start, end)
            marks = chunks[k][1].to_array(SENT_START)[start:end].copy()
            marks[0] = 1
            alone.from_array([SENT_START], marks)
            rows = next(iter(model.pipe([alone], disable=skip))).to_array(attrs)
        if k not in values:
            values[k] = numpy.zeros((len(chunks[k][1]), len(attrs)), dtype="uint64")
        values[k][start:end] = rows
        parsed_tokens += end - start
    for k, table in values.items():
        target = chunks[k][1]
        boundaries = target.to_array([SENT_START])
        target.from_array(attrs, table)
        # Unparsed tokens are their own heads, which spaCy would read as one-word sentences.
        target.from_array([SENT_START], boundaries)
    return parsed_tokens


def body_spans(doc: Document, max_chunk_chars: int) -> list[tuple[int, int]]:
    """The clean-text ranges the model reads: body blocks (not headings), list items apart, long
    paragraphs cut (:func:`chunk_block`)."""
    spans = []
    for block in doc.layers["blocks"]:
        if not block.is_heading:
            for item_start, item_end in list_items(doc.text, block.start, block.end):
                spans.extend(chunk_block(doc.text, item_start, item_end, max_chunk_chars))
    return spans


def parse_documents(docs: list[Document], ctx: StageContext) -> list[list[tuple[int, Any]]]:
    """Each document's chunks as ``(clean offset, spaCy Doc)``, the chunks of all ``docs`` going
    through ``nlp.pipe`` together (and, with ``parse: needed``, their needed sentences too).

    One document's paragraphs are often far fewer than a batch (a WikiGold article has 3 to 10),
    and the model's matrix products cost much less per word on full batches, so a caller with
    several documents at hand (:meth:`pipeline.batch.processing.Pipeline.process_many`) parses
    them at once. A chunk's annotations do not depend on the others in its batch."""
    model = ctx.model()
    settings = ctx.config.nlp
    first_pass = whole_text_components(model) if settings.parse == "needed" else []
    # The first pass leaves out what the second runs; with everything parsed, the parser sets
    # the boundaries and the senter (if a previous configuration enabled it) stays out.
    skip = [name for name in model.pipe_names if name not in first_pass] if first_pass else \
        [name for name in ("senter",) if name in model.pipe_names]
    spans_of = [body_spans(doc, settings.max_chunk_chars) for doc in docs]
    texts = [doc.text[s:e] for doc, spans in zip(docs, spans_of) for s, e in spans]
    parsed = iter(_parse_texts(model, texts, settings.batch_chars, settings.batch_size, skip))
    chunks_of = [[(start, next(parsed)) for start, _end in spans] for spans in spans_of]
    if first_pass:
        # One second pass for all documents: chunk indices run on across them.
        needs = _needs_of(ctx.config.stages)
        every: list = []
        runs: dict[int, list[tuple[int, int]]] = {}
        for doc, chunks in zip(docs, chunks_of):
            runs.update({len(every) + k: r for k, r in needed_runs(doc, chunks, needs).items()})
            every.extend(chunks)
        parse_runs(model, every, texts, runs, first_pass, settings.batch_chars, settings.batch_size,
                   context_width(model))
    return chunks_of


def _parse_texts(model: Any, texts: list[str], max_chars: int, max_docs: int, skip: list[str]) -> Iterator[Any]:
    ranges, at = [], 0
    for t in texts:
        ranges.append((at, at + len(t)))
        at += len(t)
    done = 0
    for batch in batches_by_chars(ranges, max_chars, max_docs):
        yield from model.pipe(texts[done:done + len(batch)], batch_size=len(batch), disable=list(skip))
        done += len(batch)


# Where Pipeline.process_many leaves a document's chunks parsed ahead with other documents':
# (the clean text and spans they were parsed from, the chunks). The nlp stage takes them only
# if the text and spans are still those, so a stale parse can never be read.
PARSED_AHEAD = "nlp:parsed_ahead"


def parse_ahead(docs: list[Document], ctx: StageContext) -> None:
    """Parse ``docs`` together now (:func:`parse_documents`); their nlp stage will use it."""
    max_chars = ctx.config.nlp.max_chunk_chars
    for doc, chunks in zip(docs, parse_documents(docs, ctx)):
        doc.layers[PARSED_AHEAD] = (doc.text, body_spans(doc, max_chars), chunks)


# sections: each sentence records the section it is in (sections writes them with the blocks)
@stage("nlp", reads=(BLOCKS, SECTIONS), writes=(SENTENCES, SPACY_DOCS), spacy=("parser",))
def nlp(doc: Document, ctx: StageContext) -> Document:
    ahead = doc.layers.pop(PARSED_AHEAD, None)
    if ahead is not None and ahead[0] == doc.text and ahead[1] == body_spans(doc, ctx.config.nlp.max_chunk_chars):
        chunks = ahead[2]
    else:
        chunks = parse_documents([doc], ctx)[0]
    section_of = section_index(doc.layers["sections"])
    sentences: list[Sentence] = []
    for start, parsed in chunks:
        for sent in parsed.sents:
            s_text = sent.text
            lead = len(s_text) - len(s_text.lstrip())
            trail = len(s_text.rstrip())
            if trail <= lead:
                continue
            s_start = start + sent.start_char + lead
            sentences.append(Sentence(len(sentences), s_start, start + sent.start_char + trail, section_of(s_start)))
    doc.layers["spacy_docs"] = chunks
    doc.layers["sentences"] = sentences
    return doc
