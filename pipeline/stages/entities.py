"""entities: spaCy's entities, corrected and extended by the document's own links.

Every glossary anchor is a mention with a known boundary and, where its gloss
says so, a known type. We match the anchors (and their link targets) across
the whole document with a PhraseMatcher and let those spans win over the
model's; the model's other entities stay. Doing it after ``ner`` instead of
with an ``entity_ruler`` keeps the shared model untouched between documents.
"""

from __future__ import annotations


from pipeline.document import Document
from pipeline.layers import ENTITIES, LINKS, SPACY_DOCS
from pipeline.registry import StageContext, stage
from pipeline.stages.nlp import get_model
from pipeline.records import Entity

# Gloss-derived types that name things; common nouns ("armistice") are not entities.
GAZETTEER_LABELS = {"PERSON", "GPE", "ORG", "NORP", "LOC", "EVENT", "LAW", "FAC", "PRODUCT"}


def _looks_like_name(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def gazetteer(doc: Document) -> dict[str, tuple[str, str | None]]:
    """Name → (label, link target) from typed links; the first link of a name decides."""
    names: dict[str, tuple[str, str | None]] = {}
    for link in sorted(doc.layers.get("links", []), key=lambda l: l.anchor_raw_start):
        if link.target_type not in GAZETTEER_LABELS:
            continue
        for name in (link.anchor, link.target):
            if name and _looks_like_name(name) and name not in names:
                names[name] = (link.target_type, link.target)
    # Articles name a linked person by surname afterwards ("Molotov"); the surname is that
    # person when no other linked person shares it.
    surnames: dict[str, set[str]] = {}
    for label, target in list(names.values()):
        if label == "PERSON" and target and len(target.split()) >= 2:
            surname = target.split()[-1]
            if surname[:1].isupper() and surname.isalpha():
                surnames.setdefault(surname, set()).add(target)
    for surname, targets in surnames.items():
        if len(targets) == 1 and surname not in names:
            names[surname] = ("PERSON", next(iter(targets)))
    return names


@stage("entities", reads=(SPACY_DOCS, LINKS), writes=(ENTITIES,), spacy=("ner",))
def entities(doc: Document, ctx: StageContext) -> Document:
    # spaCy is imported here, not at module level: a run with nothing to do must not pay for it.
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    model = get_model(ctx)
    names = gazetteer(doc)
    matcher = PhraseMatcher(model.vocab)
    for name in names:
        matcher.add(name, [model.make_doc(name)])
    # Untyped anchors still tell us the link target of an entity the model finds.
    targets = {link.anchor: link.target for link in doc.layers.get("links", []) if _looks_like_name(link.anchor)}
    found: list[Entity] = []
    for offset, parsed in doc.layers["spacy_docs"]:
        gaz_spans = []
        for match_id, start, end in matcher(parsed):
            name = model.vocab.strings[match_id]
            gaz_spans.append(Span(parsed, start, end, label=names[name][0]))
        gaz_spans = filter_spans(gaz_spans)
        taken = {i for span in gaz_spans for i in range(span.start, span.end)}
        model_spans = [e for e in parsed.ents if not any(i in taken for i in range(e.start, e.end))]
        for span in sorted(gaz_spans + model_spans, key=lambda s: s.start):
            is_gaz = span.start in taken
            text = span.text
            target = names[text][1] if is_gaz and text in names else targets.get(text)
            found.append(Entity(offset + span.start_char, offset + span.end_char, text, span.label_,
                                "gazetteer" if is_gaz else "model", target))
    doc.layers["entities"] = found
    return doc

