"""events: one row per dated statement, read off the parse around each date.

Every DATE (or dated TIME) expression in a body sentence gives one event; the
two ends of a range give one. Its trigger and actors come from
:mod:`pipeline.events`, its participants, places and theme from
:mod:`pipeline.roles`; pronouns and collective phrases ("it", "they", "the two
countries") are resolved by :mod:`pipeline.references` and listed in ``resolved``. Names are the link target where the document links
an entity, so ``Molotov``, ``Vyacheslav Molotov`` and ``Molotov's`` come out
as one name.
"""

from __future__ import annotations

from pipeline.agreement_parties import agreement_parties
from pipeline.document import Document
from pipeline.event_names import Names, unique_names
from pipeline.events import dated_groups, describes_a_party, lemma_of, means_of, trigger_of
from pipeline.layers import ENTITIES, EVENTS, SECTIONS, SENTENCES, SPACY_DOCS, TIMEXES, at_or_before, sentence_index
from pipeline.records import Event
from pipeline.references import Paragraphs, document_pair
from pipeline.registry import StageContext, stage
from pipeline.roles import sentence_spans, trigger_roles
from pipeline.stages.nlp import get_model
from pipeline.timex.values import granularity


@stage("events", reads=(SPACY_DOCS, SENTENCES, SECTIONS, ENTITIES, TIMEXES), writes=(EVENTS,), spacy=("ner",))
def events(doc: Document, ctx: StageContext) -> Document:
    model = get_model(ctx)
    lemmatizer = model.get_pipe("lemmatizer") if "lemmatizer" in model.component_names else None
    chunks = doc.layers["spacy_docs"]
    chunk_starts = [offset for offset, _ in chunks]
    entities = sorted(doc.layers["entities"], key=lambda e: e.start)
    names = Names(entities)
    paragraphs = Paragraphs(chunks, entities, names)
    # "X–Y relations" names the pair in the title, or in the first line of a plain file (not its title).
    heads = doc.layers["sections"]
    pair = document_pair(doc.title) or (document_pair(heads[0].heading) if heads and heads[0].level == 1 else None)
    if pair is not None:
        pair = (names.by_text.get(pair[0], pair[0]), names.by_text.get(pair[1], pair[1]))
    timexes = doc.layers["timexes"]
    sentences = doc.layers["sentences"]  # ids are list positions
    sentence_of = sentence_index(sentences)
    by_trigger: dict[tuple[int, int], tuple] = {}
    events: list[Event] = []
    for group in dated_groups(timexes):
        first, last = timexes[group[0]], timexes[group[-1]]
        k = at_or_before(chunk_starts, first.start)
        if k < 0:
            continue
        offset, parsed = chunks[k]
        span = parsed.char_span(first.start - offset, last.end - offset, alignment_mode="expand")
        if span is None:
            continue
        sentence_id = sentence_of(first.start)
        if sentence_id is None:
            continue
        s_start, s_end = sentences[sentence_id].start, sentences[sentence_id].end
        if describes_a_party(span):
            continue
        trigger = trigger_of(span)
        actors, participants, places, resolved, theme = [], [], [], [], None
        if trigger is not None:
            key = (k, trigger.i)
            if key not in by_trigger:
                found, mentions = paragraphs.names_of(k)
                spans = sentence_spans(found, s_start, s_end)
                by_trigger[key] = trigger_roles(trigger, spans, mentions, paragraphs, offset, pair)
            roles, theme, resolved_roles, resolved = by_trigger[key]
            for e, role, name in roles:
                if e is not None and e.start < last.end and first.start < e.end:
                    continue  # the date itself ("the Spring 1945 offensive" names no one)
                {"actor": actors, "place": places, "participant": participants}[role].append(name)
            actors += resolved_roles["actor"]
            participants += resolved_roles["participant"]
        actors = unique_names(actors)
        events.append(Event(
            timex_index=group[0], date_text=doc.text[first.start:last.end],
            date_start=first.date_start, date_end=last.date_end or first.date_end,
            granularity="day" if first.type == "TIME" else granularity(first.value),
            trigger=lemma_of(trigger, lemmatizer) if trigger is not None else None, actors=actors,
            participants=[p for p in unique_names(participants) if p not in actors],
            places=[p for p in unique_names(places) if p not in actors],
            theme=theme, resolved=list(resolved), resolved_from=["reference"] * len(resolved),
            sentence_start=s_start, sentence_end=s_end,
            means=lemma_of(means, lemmatizer) if (means := means_of(trigger)) is not None else None,
            trigger_start=offset + trigger.idx if trigger is not None else None,
            trigger_end=offset + trigger.idx + len(trigger) if trigger is not None else None))
    _add_agreement_parties(doc, events, paragraphs.states)
    doc.layers["events"] = events
    return doc


def _add_agreement_parties(doc: Document, events: list[Event], states: list[str]) -> None:
    """"The Moscow Peace Treaty was signed on …": the parties of an agentless agreement, from its
    link's gloss, its name or the conflict told before it (:mod:`pipeline.agreement_parties`)."""
    glosses: dict[str, str] = {}
    for link in doc.layers.get("links", []):
        if link.kind == "glossary" and link.gloss:
            glosses.setdefault(link.anchor, link.gloss)
            if link.target:
                glosses.setdefault(link.target, link.gloss)
    section_starts = sorted(sec.start for sec in doc.layers.get("sections", []))
    for i, event in enumerate(events):
        k = at_or_before(section_starts, event.sentence_start)
        found = agreement_parties(event, events[:i], glosses, states, section_starts[k] if k >= 0 else 0)
        if found is None:
            continue
        parties, rule = found
        for name in parties:
            if name not in event.resolved:
                event.resolved.append(name)
                event.resolved_from.append(rule)
