"""events: one row per dated statement, read off the parse around each date.

Every DATE (or dated TIME) expression in a body sentence gives one event; the
two ends of a range give one. Its trigger, actors, participants and places
come from :mod:`pipeline.events`. Names are the link target where the
document links an entity, so ``Molotov``, ``Vyacheslav Molotov`` and
``Molotov's`` come out as one name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.events import (
    ACTOR_LABELS, PLACE_LABELS, clause_head, expand_conjuncts, is_located, phrase_tokens, subject_of, trigger_of,
)
from pipeline.layers import ENTITIES, EVENTS, SENTENCES, SPACY_DOCS, TIMEXES
from pipeline.registry import StageContext, stage
from pipeline.layers import at_or_before, sentence_index
from pipeline.stages.nlp import get_model
from pipeline.timex.values import granularity
from pipeline.records import Event


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_EDGE_PUNCT = re.compile(r"^[\s(\[\"'“‘,;:]+|[\s(\[\"”’,;:]+$")
_DISAMBIGUATOR = re.compile(r"\s*\([^()]*\)$")


class Names:
    """Canonical names: link targets where the document links a mention, else the cleaned text.

    A bare surname ("Molotov", "Litvinov's") becomes the full name of the one person
    the document names with it; spellings of one person that differ only in the
    middle ("Joachim Ribbentrop", "Joachim von Ribbentrop") become the longest one.
    """

    def __init__(self, entities: list) -> None:
        self.by_text: dict[str, str] = {}
        people: dict[str, set[str]] = {}
        for e in entities:
            target = self.target(e)
            if target:
                self.by_text.setdefault(self.clean(e.text), target)
            full = target if target and e.label == "PERSON" else (self.clean(e.text) if e.label == "PERSON" else None)
            if full and len(full.split()) >= 2 and full.split()[-1][:1].isupper():
                people.setdefault(full.split()[-1], set()).add(full)
        self.by_surname: dict[str, str] = {}
        for surname, fulls in people.items():
            if len({f.split()[0] for f in fulls}) == 1:  # one first name: one person
                canonical = max(fulls, key=len)
                self.by_surname[surname] = canonical
                for f in fulls:
                    self.by_text.setdefault(f, canonical)

    @staticmethod
    def clean(text: str) -> str:
        return _LEADING_THE.sub("", _POSSESSIVE.sub("", _EDGE_PUNCT.sub("", text)))

    @staticmethod
    def target(entity) -> str | None:
        """The link target without its Wikipedia disambiguator: "Fascist Italy (1922–1943)" → "Fascist Italy"."""
        if not entity.link_target:
            return None
        return _DISAMBIGUATOR.sub("", entity.link_target) or entity.link_target

    def __call__(self, entity, text: str | None = None) -> str:
        target = self.target(entity) if text is None else None
        if target:
            return target
        text = self.clean(text if text is not None else entity.text)
        if text in self.by_text:
            return self.by_text[text]
        # The model sometimes labels a bare surname a place ("Litvinov" GPE); the name decides.
        return self.by_surname.get(text, text)


def lemma_of(token, lemmatizer) -> str:
    """The token's lemma: the attribute ruler's where it set one ("was" → "be"), else the
    (disabled) rule lemmatizer's, asked for this one token. Of several candidates the
    longest is the verb ("staged" → stage, not stag)."""
    if token.lemma_:
        return token.lemma_.lower()
    if lemmatizer is None:
        return token.lower_
    candidates = lemmatizer.rule_lemmatize(token) or [token.lower_]
    return max(candidates, key=len).lower()


def _unique(names) -> list[str]:
    seen: dict[str, None] = {}
    for n in names:
        if n:
            seen.setdefault(n, None)
    return list(seen)


def _modified_name(span, named: set[int]) -> int | None:
    """The token of another name this entity span modifies ("German" in "German Foreign Minister
    Walther Rathenau"), or None when it stands on its own."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i in named and \
            not span.start <= root.head.i < span.end:
        return root.head.i
    return None


def _dated(timex) -> bool:
    # A heading's date sets its section's time but is no statement of something happening.
    if timex.zone != "body":
        return False
    return timex.type in ("DATE", "TIME") and (timex.date_start is not None or (timex.value or "").startswith("BC"))


def _groups(timexes: list) -> list[list[int]]:
    """Indices of dated timexes, the two ends of a range together."""
    groups: list[list[int]] = []
    for i, t in enumerate(timexes):
        if not _dated(t):
            continue
        prev = timexes[groups[-1][-1]] if groups else None
        if prev is not None and t.range_id is not None and prev.range_id == t.range_id:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


@dataclass(slots=True)
class _SentenceNames:
    """A sentence's entities as parse spans, each with the name it stands for; computed once per sentence."""

    spans: list   # (entity, span, name) of the entities that stand on their own


def _sentence_names(entities: list, parsed, offset: int, names: Names) -> _SentenceNames:
    spans = [(e, parsed.char_span(e.start - offset, e.end - offset, alignment_mode="expand")) for e in entities]
    spans = [(e, sp) for e, sp in spans if sp is not None]
    named = {t.i for _, sp in spans for t in sp}
    # "German Foreign Minister Walther Rathenau", "Soviet Russia": a name modifying another
    # is not a name of its own; "Nazi Germany" is one name when the document knows it as one.
    modifying = [_modified_name(sp, named) for _, sp in spans]
    modifiers = {head: e.text for (e, _), head in zip(spans, modifying) if head is not None}
    out = []
    for (e, sp), head in zip(spans, modifying):
        if head is not None:
            continue
        joined = f"{modifiers[sp.root.i]} {names.clean(e.text)}" if sp.root.i in modifiers else None
        out.append((e, sp, names(e, joined) if joined and names.clean(joined) in names.by_text else names(e)))
    return _SentenceNames(out)


def _roles(trigger, sentence: _SentenceNames) -> list[tuple[object, str, str, bool]]:
    """(entity, role, name, is_adjective) for every entity of the sentence with a role under ``trigger``.

    Computed once per trigger: every date of a long list hanging from one verb shares it,
    which keeps the stage linear in the sentence length.
    """
    actor_tokens = phrase_tokens(expand_conjuncts(subject_of(trigger)))
    out = []
    for e, sp, name in sentence.spans:
        root = sp.root
        if e.label in ACTOR_LABELS and all(t.i in actor_tokens for t in sp):
            # "German officers": the adjective stands for the actor only when nothing better does.
            out.append((e, "actor", name, e.label == "NORP" and (root.dep_ == "amod" or root.pos_ == "ADJ")))
        elif e.label in PLACE_LABELS and is_located(root, trigger):
            out.append((e, "place", name, False))
        elif e.label in ACTOR_LABELS and clause_head(root, trigger).i == trigger.i:
            out.append((e, "participant", name, False))
    return out


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
    by_sentence: dict[int, _SentenceNames] = {}
    by_trigger: dict[tuple[int, int], list] = {}
    events: list[Event] = []
    for group in _groups(timexes):
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
                by_sentence[sentence_id] = _sentence_names(
                    [e for e in entities[lo:hi] if e.end <= s_end], parsed, offset, names)
            key = (k, trigger.i)
            if key not in by_trigger:
                by_trigger[key] = _roles(trigger, by_sentence[sentence_id])
            for e, role, name, is_adjective in by_trigger[key]:
                if e.start < last.end and first.start < e.end:
                    continue  # the date itself ("the Spring 1945 offensive" names no one)
                {"actor": actors, "place": places, "participant": participants}[role].append(
                    (name, is_adjective) if role == "actor" else name)
        has_noun = any(not is_adjective for _, is_adjective in actors)
        actors = _unique(a for a, is_adjective in actors if not (is_adjective and has_noun))
        events.append(Event(
            timex_index=group[0], date_text=doc.text[first.start:last.end],
            date_start=first.date_start, date_end=last.date_end or first.date_end,
            granularity="day" if first.type == "TIME" else granularity(first.value),
            trigger=lemma_of(trigger, lemmatizer) if trigger is not None else None, actors=actors,
            participants=[p for p in _unique(participants) if p not in actors],
            places=[p for p in _unique(places) if p not in actors],
            sentence_start=s_start, sentence_end=s_end))
    doc.layers["events"] = events
    return doc
