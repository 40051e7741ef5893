"""label_roles: the actors, participants and places of event words a user points at in a text.

The text is taken as plain prose (no mirror noise to clean): its paragraphs (blank-line
separated) go through the project's own ``nlp`` and ``entities`` stages, and every trigger
through :class:`pipeline.events.roles.RoleReader`, the code the events stage runs, so a word labelled
here gets the roles the events table would give it. Names are canonical
(:mod:`pipeline.stories.party_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

from pipeline.core.document import Document
from pipeline.events.document_names import document_names
from pipeline.core.layers import at_or_before, sentence_index
from pipeline.core.records import Block
from pipeline.events.coreference import Paragraphs
from pipeline.core.registry import StageContext
from pipeline.events.role_reader import RoleReader

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@lru_cache(maxsize=2)
def _context(model: str | None) -> StageContext:
    """One stage context per model, so repeated calls load the spaCy model once.

    Every sentence is parsed (``nlp.parse: all``): the events stage parses only the sentences
    its dates point at, but a user's trigger may stand anywhere, and a pronoun's or a
    description's antecedent sits in the sentences before it."""
    from pipeline.core.config import load_config
    from pipeline.core.registrations import resolve_stages

    config = load_config(nlp={"parse": "all", **({"model": model} if model else {})})
    return StageContext(config, stages=tuple(resolve_stages(config.stages)))


def _paragraphs(text: str) -> list[Block]:
    blocks, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start:m.start()].strip():
            blocks.append(Block(start, m.start(), False))
        start = m.end()
    if text[start:].strip():
        blocks.append(Block(start, len(text.rstrip()), False))
    return blocks


def parse_text(text: str, ctx: StageContext, doc_id: str = "text") -> Document:
    """A plain text through the ``nlp`` and ``entities`` stages (no links or headings: plain prose has none)."""
    from pipeline.nlp.entities import entities
    from pipeline.nlp.nlp import nlp

    doc = Document.from_raw(doc_id, f"{doc_id}.txt", text)
    doc.layers["blocks"] = _paragraphs(text)
    doc.layers["links"] = []
    doc.layers["sections"] = []
    return entities(nlp(doc, ctx), ctx)


def label_roles(text: str, triggers: Sequence[tuple[int, int]], model: str | None = None) -> list[dict[str, Any]]:
    """For each trigger (a ``(start, end)`` character span of ``text``) a dict with ``actors``,
    ``participants`` and ``places`` (canonical names), ``actor_mentions`` and
    ``participant_mentions`` (aligned: the words as written) and ``resolved`` (names inferred
    from a pronoun or a collective phrase), read by the events stage's own code.

    A span that covers no word of a parsed sentence gets empty lists. ``model`` names an installed
    spaCy pipeline (default: the configured one).
    """
    from pipeline.stories.party_names import document_canonicaliser

    for span in triggers:
        if not (isinstance(span, (tuple, list)) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)):
            raise ValueError(f"label_roles: trigger {span!r} is not a (start, end) span inside the text "
                             f"of {len(text)} characters")
    doc = parse_text(text, _context(model))
    chunks = doc.layers["spacy_docs"]
    chunk_starts = [offset for offset, _ in chunks]
    entities = sorted(doc.layers["entities"], key=lambda e: e.start)
    names = document_names(entities, doc.text)
    paragraphs = Paragraphs(chunks, entities, names)
    read_roles = RoleReader(paragraphs, document_canonicaliser(entities, names), None)
    sentences = doc.layers["sentences"]
    sentence_of = sentence_index(sentences)
    out = []
    for start, end in triggers:
        k = at_or_before(chunk_starts, start)
        sentence_id = sentence_of(start)
        roles = None
        if k >= 0 and sentence_id is not None:
            offset, parsed = chunks[k]
            span = parsed.char_span(start - offset, end - offset, alignment_mode="expand")
            if span is not None and len(span):
                sentence = sentences[sentence_id]
                roles = read_roles(k, span.root, sentence.start, sentence.end)
        out.append({
            "actors": roles.actors if roles else [], "participants": roles.participants if roles else [],
            "places": roles.places if roles else [],
            "actor_mentions": roles.actor_mentions if roles else [],
            "participant_mentions": roles.participant_mentions if roles else [],
            "resolved": roles.resolved if roles else []})
    return out
