"""events: one row per dated statement, read off the parse around each date.

Every DATE (or dated TIME) expression in a body sentence gives one event; the
two ends of a range give one. Its trigger, actors, participants and places
come from :mod:`pipeline.events`. Names are the link target where the
document links an entity, so ``Molotov``, ``Vyacheslav Molotov`` and
``Molotov's`` come out as one name.
"""

from __future__ import annotations

import bisect

from pipeline.document import Document
from pipeline.events import (
    Names, SentenceNames, dated_groups, lemma_of, roles_under, sentence_names, trigger_of, unique_names,
)
from pipeline.layers import ENTITIES, EVENTS, SENTENCES, SPACY_DOCS, TIMEXES, at_or_before, sentence_index
from pipeline.records import Event
from pipeline.registry import StageContext, stage
from pipeline.stages.nlp import get_model
from pipeline.timex.values import granularity


@stage("events", reads=(SPACY_DOCS, SENTENCES, ENTITIES, TIMEXES), writes=(EVENTS,), spacy=("ner",))
def events(doc: Document, ctx: StageContext) -> Document:
    model = get_model(ctx)
    lemmatizer = model.get_pipe("lemmatizer") if "lemmatizer" in model.component_names else None
    chunks = doc.layers["spacy_docs"]
    chunk_starts = [offset for offset, _ in chunks]
    entities = sorted(doc.layers["entities"], key=lambda e: e.start)
    entity_starts = [e.start for e in entities]
    names = Names(entities)
    timexes = doc.layers["timexes"]
    sentences = doc.layers["sentences"]  # ids are list positions
    sentence_of = sentence_index(sentences)
    by_sentence: dict[int, SentenceNames] = {}
    by_trigger: dict[tuple[int, int], list] = {}
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
        trigger = trigger_of(span)
        actors, participants, places = [], [], []
        if trigger is not None:
            if sentence_id not in by_sentence:
                lo = bisect.bisect_left(entity_starts, s_start)
                hi = bisect.bisect_left(entity_starts, s_end)
                by_sentence[sentence_id] = sentence_names(
                    [e for e in entities[lo:hi] if e.end <= s_end], parsed, offset, names)
            key = (k, trigger.i)
            if key not in by_trigger:
                by_trigger[key] = roles_under(trigger, by_sentence[sentence_id])
            for e, role, name, is_adjective in by_trigger[key]:
                if e.start < last.end and first.start < e.end:
                    continue  # the date itself ("the Spring 1945 offensive" names no one)
                {"actor": actors, "place": places, "participant": participants}[role].append(
                    (name, is_adjective) if role == "actor" else name)
        has_noun = any(not is_adjective for _, is_adjective in actors)
        actors = unique_names(a for a, is_adjective in actors if not (is_adjective and has_noun))
        events.append(Event(
            timex_index=group[0], date_text=doc.text[first.start:last.end],
            date_start=first.date_start, date_end=last.date_end or first.date_end,
            granularity="day" if first.type == "TIME" else granularity(first.value),
            trigger=lemma_of(trigger, lemmatizer) if trigger is not None else None, actors=actors,
            participants=[p for p in unique_names(participants) if p not in actors],
            places=[p for p in unique_names(places) if p not in actors],
            sentence_start=s_start, sentence_end=s_end))
    doc.layers["events"] = events
    return doc
