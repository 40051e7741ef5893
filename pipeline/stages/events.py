"""events: one row per dated statement, read off the parse around each date.

Every DATE (or dated TIME) expression in a body sentence gives one event; the
two ends of a range give one. Its trigger, actors, participants, places and
theme come from :mod:`pipeline.events`; pronouns and collective phrases
("it", "they", "the two countries") are resolved by :mod:`pipeline.references`
and listed in ``resolved``. Names are the link target where the document links
an entity, so ``Molotov``, ``Vyacheslav Molotov`` and ``Molotov's`` come out
as one name.
"""

from __future__ import annotations

import bisect

from pipeline.document import Document
from pipeline.event_names import Names, SentenceNames, sentence_names, unique_names
from pipeline.events import ACTOR_LABELS, dated_groups, lemma_of, subject_of, trigger_of
from pipeline.glossary import PERSON_NOUNS
from pipeline.roles import is_adjective, object_heads, participant_heads, proper_name, roles_under, theme_head
from pipeline.layers import ENTITIES, EVENTS, SENTENCES, SPACY_DOCS, TIMEXES, at_or_before, sentence_index
from pipeline.records import Event
from pipeline.references import (
    DOCUMENT_WORDS, THING_PRONOUNS, Mention, document_pair, is_document_name, last_group, resolve_people,
)
from pipeline.registry import StageContext, stage
from pipeline.stages.nlp import get_model
from pipeline.timex.values import granularity


class Paragraphs:
    """Per parsed chunk (a paragraph or list item): its names, for roles and for looking back."""

    def __init__(self, chunks: list, entities: list, names: Names) -> None:
        self.chunks = chunks
        self.entities = entities
        self.starts = [e.start for e in entities]
        self.names = names
        self._cache: dict[int, tuple[SentenceNames, list[Mention]]] = {}
        # Named agreements in document order, for "the pact" and "it was signed".
        self.things: list[tuple[int, str]] = sorted(
            (e.start, names(e)) for e in entities if e.label == "LAW" or is_document_name(e.text))
        self.thing_starts = [start for start, _ in self.things]

    def names_of(self, k: int) -> tuple[SentenceNames, list[Mention]]:
        if k not in self._cache:
            offset, parsed = self.chunks[k]
            lo = bisect.bisect_left(self.starts, offset)
            hi = bisect.bisect_left(self.starts, offset + len(parsed.text))
            found = sentence_names(self.entities[lo:hi], parsed, offset, self.names)
            mentions = [Mention(sp, name, e.label, is_adjective(e, sp)) for e, sp, name in found.spans
                        if e.label in ACTOR_LABELS]
            self._cache[k] = (found, mentions)
        return self._cache[k]

    def last_thing(self, before: int, word: str | None = None) -> tuple[int, str] | None:
        """(clean offset, name) of the last named agreement before clean offset ``before``
        (one whose name contains ``word``, if given)."""
        last = bisect.bisect_left(self.thing_starts, before) - 1
        # A reader looks back a little way, not across a whole book: at most 200 named agreements.
        for i in range(last, max(-1, last - 200), -1):
            if word is None or word in self.things[i][1].lower():
                return self.things[i]
        return None


def _sentence_spans(found: SentenceNames, s_start: int, s_end: int) -> SentenceNames:
    return SentenceNames([(e, sp, n) for e, sp, n in found.spans if s_start <= e.start and e.end <= s_end])


def _theme(trigger, spans: SentenceNames, paragraphs: Paragraphs, offset: int):
    """(theme, clean offset of the named agreement it was resolved to or None, tokens of the
    theme's own name) for a trigger."""
    head = theme_head(trigger)
    if head is None:
        return None, None, set()
    if head.lower_ in THING_PRONOUNS and head.pos_ in ("PRON", "DET"):
        # "it was signed": the named agreement last mentioned in this paragraph.
        thing = paragraphs.last_thing(offset + head.idx)
        # The subject is never what its own verb's object refers to ("The treaty ended it").
        subject = [t for s in subject_of(trigger) for t in s.subtree]
        if thing is not None and thing[0] >= offset and not any(
                t.idx <= thing[0] - offset < t.idx + len(t) for t in subject):
            return thing[1], thing[0], set()
        return None, None, set()
    if head.pos_ == "PRON":
        return None, None, set()  # "itself", "them": no thing named
    if head.tag_ == "NNPS" and not head.ent_type_:
        return None, None, set()  # "the Aztecs", "the Allies": a people, a party
    if head.lower_.rstrip("s") in PERSON_NOUNS or any(
            c.dep_ == "appos" and c.ent_type_ in ACTOR_LABELS for c in head.children):
        return None, None, set()  # "told the ambassador", "the ambassador, Mirbach,": a party, not a thing
    name = proper_name(head)
    for e, sp, entity_name in spans.spans:
        if sp.start <= head.i < sp.end:
            if e.label in ACTOR_LABELS and not is_document_name(e.text):
                return None, None, set()  # a party, not a thing: a participant
            if name is None or len(name) <= len(sp):
                return entity_name, None, {t.i for t in sp}
    modifiers = [c for c in head.children if c.dep_ not in ("det", "punct")]
    if head.lower_ in DOCUMENT_WORDS and not modifiers and any(c.dep_ == "det" for c in head.children):
        # "the pact", "the Treaty": the agreement named before.
        thing = paragraphs.last_thing(offset + head.idx, head.lower_)
        if thing is not None:
            return thing[1], thing[0], set()
    if name is not None and len(name) > 1:
        return paragraphs.names.by_text.get(name.text, name.text), None, {t.i for t in name}
    return head.text if head.pos_ == "PROPN" else head.lower_, None, set()


@stage("events", reads=(SPACY_DOCS, SENTENCES, ENTITIES, TIMEXES), writes=(EVENTS,), spacy=("ner",))
def events(doc: Document, ctx: StageContext) -> Document:
    model = get_model(ctx)
    lemmatizer = model.get_pipe("lemmatizer") if "lemmatizer" in model.component_names else None
    chunks = doc.layers["spacy_docs"]
    chunk_starts = [offset for offset, _ in chunks]
    entities = sorted(doc.layers["entities"], key=lambda e: e.start)
    names = Names(entities)
    paragraphs = Paragraphs(chunks, entities, names)
    pair = document_pair(doc.title)
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
        trigger = trigger_of(span)
        actors, participants, places, resolved, theme = [], [], [], [], None
        if trigger is not None:
            key = (k, trigger.i)
            if key not in by_trigger:
                found, mentions = paragraphs.names_of(k)
                spans = _sentence_spans(found, s_start, s_end)
                by_trigger[key] = _roles(trigger, spans, mentions, paragraphs, offset, pair)
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
            theme=theme, resolved=list(resolved),
            sentence_start=s_start, sentence_end=s_end))
    doc.layers["events"] = events
    return doc


def _roles(trigger, spans: SentenceNames, mentions: list[Mention], paragraphs: Paragraphs, offset: int,
           pair: tuple[str, str] | None):
    """Everything about a trigger's roles, computed once per trigger: the named roles, the theme,
    the names resolved from pronouns and collective phrases by role, and every resolved name."""
    theme, thing_at, theme_tokens = _theme(trigger, spans, paragraphs, offset)
    spans_of = {id(e): sp for e, sp, _ in spans.spans}
    roles = [(e, role, name) for e, role, name in roles_under(trigger, spans)
             if not (role == "participant" and all(t.i in theme_tokens for t in spans_of[id(e)]))]
    named = {t.i for _, sp, _ in spans.spans for t in sp}
    # A plural proper noun the model left untagged is a people or a group ("with the Allies").
    roles += [(None, "participant", h.text) for h in participant_heads(trigger, object_heads(trigger))
              if h.tag_ == "NNPS" and h.i not in named and h.i != h.sent.start]
    resolved: list[str] = [theme] if thing_at is not None else []
    extra: dict[str, list[str]] = {"actor": [], "participant": []}
    for role, heads in (("actor", subject_of(trigger)),
                        ("participant", participant_heads(trigger, object_heads(trigger)))):
        for head in heads:
            for h in [head, *head.conjuncts] if role == "actor" else [head]:
                for name in resolve_people(h, mentions, pair):
                    extra[role].append(name)
                    resolved.append(name)
    stated = any(role in ("actor", "participant") for _, role, _ in roles) or extra["actor"]
    if thing_at is not None and thing_at >= offset and not stated:
        # "it was signed": by the parties the agreement was named with.
        for name in _parties_named_with(trigger.doc, thing_at - offset, mentions):
            extra["participant"].append(name)
            resolved.append(name)
    return roles, theme, extra, unique_names(resolved)


def _parties_named_with(parsed, char: int, mentions: list[Mention]) -> list[str]:
    """The parties named in the sentence (of this paragraph) at ``char``: the objects of
    ``between`` there ("ended hostilities between Russia and Germany"), else a pair named
    together ("Britain and France settled their disputes in the Entente Cordiale")."""
    token = parsed.char_span(char, char + 1, alignment_mode="expand")
    if token is None:
        return []
    sent = token.sent
    here = [m for m in mentions if sent.start <= m.span.start and m.span.end <= sent.end and not m.adjective]
    between = []
    for m in here:
        root = m.span.root
        while root.dep_ == "conj":
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "between":
            between.append(m.name)
    if len(set(between)) >= 2:
        return unique_names(between)
    return last_group(here, sent.end, size=2)
