"""Parties: one row per state, person, organisation or group across the corpus.

Built from the stored tables after every run, like the stories: each entity mention with a
``party_id`` (set by the entities stage from its canonical name, :mod:`pipeline.stories.party_names`)
gives the party an alias (the words as written) and a kind; each event naming it among its
actors or participants counts towards ``n_events``. Parties the events name without an entity
(a group the model left untagged, "the Allies") are groups. A party's id is a hash of its
canonical name, so a clean run and any order of incremental ``add`` + ``run`` give one table.

``state``: the state an organisation belongs to where its name says so ("Russia's Defense
Ministry", "Soviet Foreign Ministry" → Soviet Union).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd

from pipeline.events.demonyms import state_of_demonym
from pipeline.events.state_police import is_state_police
from pipeline.events.names import Names
from pipeline.stories.party_names import KNOWN_STATES, country_name, document_canonicaliser, mention_party, party_id
from pipeline.io.doc_groups import column_lists
from pipeline.stories.corpus_names import STORED_ENTITY_COLUMNS, CorpusNames, stored_entities

_POSSESSOR = re.compile(r"^(?:the\s+)?(.+?)['’]s\s", re.I)
_KIND_ORDER = ("state", "person", "organisation", "group")
# Happenings only a person has: a name the model tagged as a place that is the actor of one is a
# person ("Andrianampoinimerina reigned ..."), never a state; a city rules and falls, it neither
# reigns, marries, is born nor dies.
_LIFE_TRIGGERS = {"bear", "born", "birth", "die", "death", "marry", "marriage", "reign", "crown", "coronation",
                  "abdicate", "abdication", "baptise", "baptize", "bury", "burial"}


def _listed(value: Any) -> list:
    if value is None or isinstance(value, float):
        return []
    return list(value)


def owner_state(alias: str) -> str | None:
    """The state an organisation's name puts it under: a possessive ("Russia's Defense Ministry")
    or a leading demonym ("Soviet Foreign Ministry")."""
    m = _POSSESSOR.match(alias)
    if m:
        state = country_name(m.group(1))
        if state:
            return state
    words = alias.split()
    if len(words) >= 2:
        first = words[1] if words[0].lower() == "the" and len(words) >= 3 else words[0]
        return country_name(first) or state_of_demonym(first, sorted(KNOWN_STATES)) if first[:1].isupper() else None
    return None


class _Party:
    def __init__(self, name: str) -> None:
        self.name = name
        self.kinds: Counter = Counter()
        self.aliases: Counter = Counter()
        self.docs: set[str] = set()
        self.events = 0

    def row(self) -> dict[str, Any]:
        kind = min(self.kinds, key=lambda k: (-self.kinds[k], _KIND_ORDER.index(k))) if self.kinds else \
            "organisation" if is_state_police(self.name) else "group"  # ("Tanzania Police": events.state_police)
        aliases = sorted((a for a in self.aliases if a and a != self.name), key=lambda a: (-self.aliases[a], a))
        state = None
        if kind == "organisation":
            owners = Counter(s for a in [self.name, *aliases] for s in [owner_state(a)] if s and s != self.name)
            state = min(owners, key=lambda s: (-owners[s], s)) if owners else None
        return {"party_id": party_id(self.name), "name": self.name, "kind": kind, "state": state,
                "aliases": aliases, "n_events": self.events, "n_docs": len(self.docs), "doc_ids": sorted(self.docs)}


def build_parties(entities: pd.DataFrame, events: pd.DataFrame, sentences: pd.DataFrame | None = None,
                  corpus: CorpusNames | None = None) -> list[dict[str, Any]]:
    """Party rows (sorted by name) from the corpus's entity, event and sentence rows; ``corpus``: the
    folds of these entities and sentences where the caller built them already."""
    parties: dict[str, _Party] = {}
    places: set[str] = set()  # a city acting ("Berlin protested") stands for the government seated there

    def party(name: str) -> _Party:
        if name not in parties:
            parties[name] = _Party(name)
        return parties[name]

    if corpus is None:
        corpus = CorpusNames(entities, sentences)  # "PLO" where another document spells it out: the events name it so
    for doc_id, rows in column_lists(entities, STORED_ENTITY_COLUMNS).items():  # speed: no frame per document
        # The names the document's text gives, as the events stage read them ("his son Tobias" is no
        # Tobias Orme; "Orme Timber (OT)" ties OT): without the text the two tables could disagree.
        known = corpus.document_names(doc_id)
        found, names = known if known is not None else (stored_entities(rows), None)
        names = names or Names(found)
        canonical = document_canonicaliser(found, names)
        states = sorted({names(e) for e in found if e.label == "GPE"})
        for e in found:
            if id(e) in names.fragments:
                continue  # a unit's number alone ("the 139th"): no party
            named = mention_party(canonical(names(e)), e.label, states)
            if named is None:
                if e.label == "GPE":
                    places.add(canonical(names(e)))
                continue
            p = party(corpus.name(doc_id, named[1]))
            p.kinds[named[2]] += 1
            p.aliases[Names.clean(e.text)] += 1
            p.docs.add(doc_id)
    lives: set[str] = set()
    for r in events.itertuples(index=False):
        if str(getattr(r, "trigger", "")).lower() in _LIFE_TRIGGERS:
            lives.update(_listed(r.actors))
        names = list(dict.fromkeys(_listed(r.actors) + _listed(r.participants)))
        mentions = dict(zip(_listed(r.actors), _listed(getattr(r, "actor_mentions", None))))
        mentions.update(zip(_listed(r.participants), _listed(getattr(r, "participant_mentions", None))))
        for name in names:
            p = party(name)
            p.events += 1
            p.docs.add(r.doc_id)
            written = mentions.get(name)
            if written and written[:1].isupper() and name not in _listed(r.resolved):
                p.aliases.setdefault(written, 0)  # listed; the entity mentions count
    for p in parties.values():
        if not p.kinds and p.name in places:
            p.kinds["person" if p.name in lives else "state"] += 1
    return sorted((p.row() for p in parties.values()), key=lambda row: (row["name"], row["party_id"]))


def update_parties(store, fingerprint: str, corpus: CorpusNames | None = None) -> bool:
    """Build the parties of the stored corpus and write them, unless they were built from the
    documents the store holds now (``fingerprint``: :func:`pipeline.stories.merge.corpus_fingerprint`).
    ``corpus``: the folds :func:`pipeline.stories.corpus_names.update_corpus_names` built for these
    documents (built again from the store when None)."""
    from pipeline.io.schema import to_table

    if store.parties_fingerprint() == fingerprint:
        return False
    sentences = store.read("sentences") if corpus is None else None
    rows = build_parties(store.read("entities"), store.read("events"), sentences, corpus)
    store.write_parties(to_table("parties", rows), fingerprint)
    return True

