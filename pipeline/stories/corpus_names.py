"""One name for an organisation across the corpus: an abbreviation that one document writes alone
("the PLO") and another spells out ("the Palestine Liberation Organization (PLO)") is one party.

Names are canonicalised per document by the events stage (:mod:`pipeline.events.names`); a document
that writes only the abbreviation cannot know the full name. After every run this pass folds such an
abbreviation to the one full name the corpus gives for it, in ``events.actors``, ``participants``,
``resolved`` and ``entities.party_id`` (the parties table reads the same folds,
:mod:`pipeline.stories.parties`). The words as written stay in ``actor_mentions`` and
``participant_mentions``, and the entities' text.

Precision first: an abbreviation folds only where some document ties it to a full name (writes the
name before it in brackets, or writes both and only that name spells its capitals), every full name
the corpus gives for it (so tied, or spelling its capitals, three letters at least, in any document)
is that one name, it names no state ("USSR" is the state's business,
:mod:`pipeline.stories.party_names`), and the document does not write that full name itself without
tying the abbreviation to it (it had the text to decide and kept them apart). A bracketing name is
cut to the part the abbreviation spells ("U.S. Federal Bureau of Investigation (FBI)").

Same tables from a clean run and from any order of incremental ``add`` + ``run``: the folds come from
the stored entities (their text is never rewritten), and each document's stored names are first
taken back to what the document alone gives (a full name the document never writes, standing where
the document writes one abbreviation it may stand for, is that abbreviation), then folded again. So
a fold a later document makes ambiguous is undone in the documents folded before it; a document that
ties the abbreviation to a full name itself keeps that name whatever the corpus holds (else a fold
made while it stood alone would stay, and a clean run would not make it: "AU" or "African Union").
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Iterable

import pandas as pd

from pipeline.core.records import Entity
from pipeline.events.names import Names
from pipeline.events.organisation_names import initials
from pipeline.io.doc_groups import column_lists
from pipeline.stories.party_names import country_name, party_id

# An abbreviation written alone: capitals (and "&"), two to eight.
_ABBREVIATION = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_BRACKETED = re.compile(r" \(([A-Z][A-Z&]{1,7})\)")
_NOT_NAMES = {"PERSON", "DATE", "CARDINAL", "ORDINAL", "TIME", "MONEY", "PERCENT", "QUANTITY"}


STORED_ENTITY_COLUMNS = ("clean_start", "clean_end", "text", "label", "source", "link_target")


def stored_entities(rows: pd.DataFrame | dict[str, list]) -> list[Entity]:
    """A document's stored entity rows (a frame, or its columns as lists) as entities, in text order (what :class:`Names` reads)."""
    # Whole columns as lists: itertuples cost more than the rest of the corpus names (speed only).
    columns = [rows[c] if isinstance(rows, dict) else rows[c].tolist() for c in STORED_ENTITY_COLUMNS]
    found = [Entity(int(start), int(end), text, label, source, link if isinstance(link, str) else None)
             for start, end, text, label, source, link in zip(*columns)]
    found.sort(key=lambda e: e.start)
    return found


def document_texts(sentences: pd.DataFrame | None) -> dict[str, str]:
    """Each document's clean text as far as its stored sentences give it (blanks between them, where a
    heading or a gap was): what tells "Orme Timber (OT)" from "Orme Timber, OT" to :class:`Names`."""
    if sentences is None:
        return {}
    out: dict[str, str] = {}
    for doc_id, rows in column_lists(sentences, ("clean_start", "text")).items():  # speed: no frame per document
        parts, end = [], 0
        for start, text in sorted(zip(map(int, rows["clean_start"]), rows["text"])):
            if start < end:
                continue
            parts += [" " * (start - end), text]
            end = start + len(text)
        out[doc_id] = "".join(parts)
    return out


class _Document:
    """What one document gives: the names it writes or links (``own``), the abbreviations it writes,
    the (abbreviation, full name) pairs it ties (``pairs``), and its bracketing names cut to the part
    the abbreviation spells (``trimmed``)."""

    def __init__(self, found: list[Entity], text: str | None) -> None:
        self.entities = found
        self.names = Names(found, text)
        self.own: set[str] = set()
        self.abbreviations: set[str] = set()
        written: set[str] = set()
        for e in found:
            clean = Names.clean(e.text)
            written.add(clean)
            self.own.update(n for n in (clean, self.names.target(e), self.names(e)) if n)
            if e.label == "ORG" and _ABBREVIATION.match(clean) and country_name(clean) is None:
                self.abbreviations.add(clean)
        # Tied: the one name of the document the capitals spell, where it writes the abbreviation too;
        # the name written right before the abbreviation in brackets (the model often leaves a bracketed
        # "(TLF)" untagged). Only a name, not "about 7,700 (FSU)".
        pairs = {(a, f) for a, f in self.names.by_abbreviation.items()
                 if a in written or (text is not None and re.search(rf"\b{re.escape(a)}\b", text))}
        self.trimmed: dict[str, str] = {}
        for e in found if text is not None else ():
            m = _BRACKETED.match(text, e.end)
            if m and e.label not in _NOT_NAMES and len(Names.clean(e.text).split()) >= 2:
                whole = self.names.target(e) or Names.clean(e.text)
                part = _spelled_part(whole, m.group(1))
                pairs.add((m.group(1), part))
                if part != whole:
                    self.trimmed[whole] = part
        self.pairs = {(a, f) for a, f in pairs if f[:1].isupper()}
        self.own |= set(self.trimmed.values())
        # The one full name the document itself ties an abbreviation to: its own mentions take it
        # whatever the rest of the corpus says, so the name does not hang on which documents came first.
        tied: dict[str, set[str]] = defaultdict(set)
        for a, f in self.pairs:
            tied[a].add(f)
        self.tied = {a: next(iter(f)) for a, f in tied.items() if len(f) == 1}


def _spelled_part(name: str, abbreviation: str) -> str:
    """The words of a bracketing name its abbreviation spells: "U.S. Federal Bureau of Investigation
    (FBI)" is the Federal Bureau of Investigation, its state written before it; a name the capitals
    do not spell at all ("Workers' Party of Orme (PKO)") stays whole."""
    words = name.split()
    for cut in range(1, len(words) - 1):
        rest = " ".join(words[cut:])
        if initials(rest) == abbreviation.replace("&", "") and words[cut][:1].isupper():
            return rest
    return name


class CorpusNames:
    """The corpus's folds of an abbreviation to its one full name; build it from the stored entities
    (columns doc_id, text, label, source, link_target, clean_start, clean_end) and sentences
    (doc_id, text, clean_start; without them a name beside an abbreviation is taken as bracketing it)."""

    def __init__(self, entities: pd.DataFrame, sentences: pd.DataFrame | None = None) -> None:
        texts = document_texts(sentences)
        self._documents: dict[str, _Document] = {}
        full_names: set[str] = set()
        attested: dict[str, set[str]] = defaultdict(set)
        for doc_id, rows in column_lists(entities, STORED_ENTITY_COLUMNS).items():  # speed: no frame per document
            found = stored_entities(rows)
            document = self._documents[doc_id] = _Document(found, texts.get(doc_id))
            for abbreviation, full in document.pairs:
                attested[abbreviation].add(full)
            full_names.update(document.names(e) for e in found if e.label not in _NOT_NAMES)
        written_alone = {a for d in self._documents.values() for a in d.abbreviations}
        candidates: dict[str, set[str]] = defaultdict(set, {a: set(f) for a, f in attested.items()})
        by_letters: dict[str, set[str]] = defaultdict(set)  # "B&OR" is spelled by "B… and O… Railway"
        for abbreviation in written_alone:
            by_letters[abbreviation.replace("&", "")].add(abbreviation)
        for name in full_names:
            spelled = initials(name)
            if spelled is not None and len(spelled) >= 3:
                for abbreviation in by_letters.get(spelled, ()):
                    candidates[abbreviation].add(name)
        self.candidates = {a: frozenset(c) for a, c in candidates.items() if a in written_alone}
        # Precision first: a full name that only spells the capitals in another document is no evidence
        # ("TAB" of a betting board and "Torrejon Air Base"); two full names fold it to neither.
        self.folds = {a: next(iter(c)) for a, c in self.candidates.items() if len(c) == 1 and c <= attested[a]}
        self._back: dict[str, dict[str, str]] = {}

    def _taken_back(self, doc_id: str) -> dict[str, str]:
        """Full name → the abbreviation it was folded from, in one document: a candidate full name the
        document never writes, of exactly one abbreviation the document writes."""
        if doc_id not in self._back:
            document = self._documents.get(doc_id)
            back: dict[str, set[str]] = defaultdict(set)
            for abbreviation in (document.abbreviations if document else ()):
                for full in self.candidates.get(abbreviation, ()):
                    if full not in document.own:
                        back[full].add(abbreviation)
            self._back[doc_id] = {full: next(iter(a)) for full, a in back.items() if len(a) == 1}
        return self._back[doc_id]

    def name(self, doc_id: str, name: str) -> str:
        """The corpus's name for a party one document's events name ``name``."""
        document = self._documents.get(doc_id)
        if document is None:
            return name
        name = document.trimmed.get(name, name)
        base = self._taken_back(doc_id).get(name, name)
        if base in document.tied:
            return document.tied[base]
        full = self.folds.get(base)
        if full is None or (full in document.own and (base, full) not in document.pairs):
            return base  # a document that writes the full name apart from the abbreviation keeps them apart
        return full

    def names(self, doc_id: str, names: Iterable[str]) -> list[str]:
        return [self.name(doc_id, n) for n in names]

    def document_names(self, doc_id: str) -> tuple[list[Entity], Names] | None:
        """The document's entities and its own :class:`Names`, built with its text as the events stage
        builds them (so the parties table reads each mention as the events did; :class:`Names` knows its
        entities by identity, hence both), or None for a document it has not seen."""
        document = self._documents.get(doc_id)
        return (document.entities, document.names) if document is not None else None

    def party(self, doc_id: str, party: str | None) -> str | None:
        """The party id of a mention whose document-level party id is ``party``."""
        if party is None:
            return None
        ids = self._ids(doc_id)
        return party_id(self.name(doc_id, ids[party])) if party in ids else party

    def _ids(self, doc_id: str) -> dict[str, str]:
        """Party id → name, for the names this pass may change in one document (its abbreviations and
        their full names)."""
        document = self._documents.get(doc_id)
        if document is None:
            return {}
        names = set(document.abbreviations) | set(self._taken_back(doc_id)) | set(document.trimmed)
        return {party_id(n): n for n in names}


def fold_events(events: pd.DataFrame, corpus: CorpusNames) -> dict[str, dict[str, tuple]]:
    """For each document whose events' names fold, "event_id" → (actors, participants, resolved)."""
    out: dict[str, dict[str, tuple]] = {}
    for r in events.itertuples(index=False):
        before = tuple(_listed(getattr(r, c)) for c in ("actors", "participants", "resolved"))
        after = tuple(corpus.names(r.doc_id, names) for names in before)
        out.setdefault(r.doc_id, {})[int(r.event_id)] = after
        if after != before:
            out[r.doc_id]["changed"] = True
    return {doc: rows for doc, rows in out.items() if rows.pop("changed", False)}


def fold_entities(entities: pd.DataFrame, corpus: CorpusNames) -> dict[str, dict[int, str | None]]:
    """For each document whose entities' party ids fold, "entity_id" → party id."""
    out: dict[str, dict[int, str | None]] = {}
    changed: set[str] = set()
    for r in entities.itertuples(index=False):
        before = r.party_id if isinstance(r.party_id, str) else None
        after = corpus.party(r.doc_id, before)
        out.setdefault(r.doc_id, {})[int(r.entity_id)] = after
        if after != before:
            changed.add(r.doc_id)
    return {doc: rows for doc, rows in out.items() if doc in changed}


def _listed(value: Any) -> list:
    if value is None or isinstance(value, float):
        return []
    return list(value)


def update_corpus_names(store, fingerprint: str) -> CorpusNames | None:
    """Fold the stored events' and entities' names to the corpus's, unless they were folded for the
    documents the store holds now (``fingerprint``: :func:`pipeline.stories.merge.corpus_fingerprint`).
    Runs before the stories and the parties, which read the folded names. Returns the folds it built
    (the parties table reuses them: folding changes no name they read), else None."""
    import pyarrow as pa

    if store.names_fingerprint() == fingerprint:
        return None
    entities = store.read("entities")
    corpus = CorpusNames(entities, store.read("sentences"))
    events = fold_events(store.read("events"), corpus)
    parties = fold_entities(entities, corpus)

    def events_change(table: pa.Table) -> pa.Table:
        keys = list(zip(table["doc_id"].to_pylist(), table["event_id"].to_pylist()))
        for i, column in enumerate(("actors", "participants", "resolved")):
            old = table[column].to_pylist()
            new = [events[d][e][i] if d in events else v for (d, e), v in zip(keys, old)]
            table = table.set_column(table.schema.get_field_index(column), column,
                                     pa.array(new, table.schema.field(column).type))
        return table

    def entities_change(table: pa.Table) -> pa.Table:
        keys = zip(table["doc_id"].to_pylist(), table["entity_id"].to_pylist(), table["party_id"].to_pylist())
        new = [parties[d][e] if d in parties else p for d, e, p in keys]
        return table.set_column(table.schema.get_field_index("party_id"), "party_id", pa.array(new, pa.string()))

    store.rewrite_parts("events", set(events), events_change)
    store.rewrite_parts("entities", set(parties), entities_change)
    store.write_names_fingerprint(fingerprint)
    return corpus
