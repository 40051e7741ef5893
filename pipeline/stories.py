"""Stories: the events of every document that tell one happening, merged into one row.

Two events are one story when their dates are compatible (one inside the
other, never two different days), their triggers tell the same kind of
happening (:mod:`pipeline.story_triggers`), their parties overlap once
canonicalised (:mod:`pipeline.party_names`) — or one names none and everything
else agrees — and they are not two events of one sentence. Within one
document a party-less mention is never merged: two happenings on one day there
stay apart.

Cost: candidates are blocked by kind of happening and date (a month bucket for
a day or a month, its year for a year or season), so the work grows with the
events that share dates, not with the square of the corpus. Clusters grow by
complete linkage (every pair inside a story is compatible), strongest pairs
first, so "September 1939" cannot chain the invasions of the 1st and the 17th.

Ids come from content: a story's id is a hash of its first mention's
``doc_id#event_id``, so the same corpus gives the same ids in any processing
order, backend or worker count.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import Any, Iterable

import pandas as pd

from pipeline.dates import day_count
from pipeline.party_names import PartyNames
from pipeline.story_triggers import trigger_class

# Finest first: a story takes the date of its most precise mention.
PRECISION = {"day": 0, "month": 1, "season": 2, "year": 3}


@dataclass
class Mention:
    """One event as the merging sees it."""

    key: str                      # "doc_id#event_id"
    doc_id: str
    sentence_id: int | None
    start: date | None
    end: date | None
    granularity: str | None
    trigger: str | None
    kind: str | None
    also: str | None            # the kind of the happening it happened through ("… with its invasion")
    night: bool                 # dated by a night, which straddles two calendar days
    actors: list[str]
    participants: list[str]
    places: list[str]
    citations: list[str]
    states: set[str] = field(default_factory=set)  # the parties that are states

    @property
    def parties(self) -> set[str]:
        return set(self.actors) | set(self.participants)

    @property
    def state_actors(self) -> set[str]:
        return {a for a in self.actors if a in self.states}

    @property
    def person_actors(self) -> set[str]:
        return {a for a in self.actors if a not in self.states}

    @property
    def kinds(self) -> set[str]:
        """What it tells: its trigger's kind, and the happening it happened through ("terminated the pact
        with its invasion of the Soviet Union" tells the invasion too)."""
        return {k for k in (self.kind, self.also) if k}

    @property
    def mergeable(self) -> bool:
        return self.kind is not None and self.start is not None and self.end is not None and \
            self.granularity in PRECISION


def _listed(value: Any) -> list:
    """A list cell as a list (pandas gives numpy arrays; a missing list is None or NA)."""
    if value is None or isinstance(value, float):
        return []
    return list(value)


def mentions_of(events: pd.DataFrame, names: PartyNames) -> list[Mention]:
    """The events table's rows as mentions, party names canonical."""
    out = []
    for r in events.itertuples(index=False):
        start = r.date_start if not pd.isna(r.date_start) else None
        end = r.date_end if not pd.isna(r.date_end) else None
        actors = names.all(_listed(r.actors))
        participants = names.all(_listed(r.participants))
        out.append(Mention(
            key=f"{r.doc_id}#{r.event_id}", doc_id=r.doc_id,
            sentence_id=None if pd.isna(r.sentence_id) else int(r.sentence_id),
            start=start, end=end, granularity=r.granularity if isinstance(r.granularity, str) else None,
            trigger=r.trigger if isinstance(r.trigger, str) else None,
            kind=trigger_class(r.trigger if isinstance(r.trigger, str) else None,
                               r.theme if isinstance(r.theme, str) else None),
            also=trigger_class(r.means) if isinstance(getattr(r, "means", None), str) else None,
            night="night" in str(r.date_text).lower() if isinstance(getattr(r, "date_text", None), str) else False,
            actors=actors, participants=[p for p in participants if p not in actors],
            states={n for n in [*actors, *participants] if names.is_state(n)},
            places=names.all(_listed(r.places)),
            citations=[f"{r.doc_id}#{c}" for c in _listed(r.citation_ids)]))
    return out


def content_score(a: Mention, b: Mention) -> float | None:
    """How surely two mentions tell one happening (0–1) by what they say, or None when they cannot;
    where they are (document, sentence) is :func:`pair_score`'s business."""
    if not (a.mergeable and b.mergeable and a.kinds & b.kinds):
        return None
    score = 1.0 if (a.start, a.end) == (b.start, b.end) else 0.8
    if a.granularity == "day" and b.granularity == "day" and (a.start, a.end) != (b.start, b.end):
        # A night straddles two days: "on August 23 … in the following night" may be the 23rd or the 24th.
        later = a if a.start > b.start else b
        if not (later.night and (later.start - min(a.start, b.start)).days == 1):
            return None
        score = 0.8
    elif not ((a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)):
        return None
    # Parties are compared kind with kind: "Molotov and Ribbentrop signed" and "Germany and the Soviet
    # Union signed" name the same signing by its people and by its states.
    for side_a, side_b in ((a.state_actors, b.state_actors), (a.person_actors, b.person_actors)):
        if side_a and side_b and not side_a & side_b:
            return None  # "Germany invaded Poland" and "the Soviet Union invaded Poland" in one month
    if a.parties and b.parties:
        if a.parties & b.parties:
            return score
        if (a.states and b.states) and not (a.states & b.states):
            return None
        return score * 0.85  # parties of different kinds: nothing contradicts, nothing confirms
    return score * 0.75


def _same_document_allowed(a: Mention, b: Mention) -> bool:
    """One document tells a happening twice only in the same terms: the same actors, the same date."""
    return bool(set(a.actors) & set(b.actors)) and (a.start, a.end) == (b.start, b.end)


def pair_score(a: Mention, b: Mention) -> float | None:
    """How surely two mentions tell one happening (0–1), or None when they cannot."""
    if a.doc_id == b.doc_id:
        if a.sentence_id is not None and a.sentence_id == b.sentence_id:
            return None  # two events of one sentence are two happenings
        if not _same_document_allowed(a, b):
            return None
    return content_score(a, b)


def _blocks(mentions: list[Mention]) -> Iterable[list[int]]:
    """Indices of mentions that may be compared: one kind of happening, one month (a year's or a
    season's mention is compared with its whole year)."""
    by_month: dict[tuple, list[int]] = defaultdict(list)
    by_year: dict[tuple, list[int]] = defaultdict(list)
    coarse: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if not m.mergeable:
            continue
        for kind in sorted(m.kinds):
            if m.granularity in ("day", "month") and (m.start.year, m.start.month) == (m.end.year, m.end.month):
                by_month[(kind, m.start.year, m.start.month)].append(i)
                if m.night and m.start.day == 1:
                    # a night on the 1st may be the last day of the month before
                    before = m.start - timedelta(days=1)
                    by_month[(kind, before.year, before.month)].append(i)
                by_year[(kind, m.start.year)].append(i)
            elif m.start.year == m.end.year:
                coarse[(kind, m.start.year)].append(i)
    yield from by_month.values()
    for key, members in coarse.items():
        yield members + by_year.get(key, [])


def _story_id(keys: Iterable[str]) -> str:
    return "st-" + hashlib.sha1(min(keys).encode("utf-8")).hexdigest()[:12]


def _ranked(values: list[str]) -> list[str]:
    """Most frequent first; ties in first-seen order."""
    counts = Counter(values)
    first: dict[str, int] = {}
    for i, v in enumerate(values):
        first.setdefault(v, i)
    return sorted(counts, key=lambda v: (-counts[v], first[v]))


@dataclass
class Story:
    members: list[Mention]
    confidence: float = 1.0  # the mean pair score of its mentions; a story of one mention is sure

    def row(self) -> dict[str, Any]:
        members = sorted(self.members, key=lambda m: m.key)
        best = min(members, key=lambda m: (PRECISION.get(m.granularity or "", 9), m.key))
        triggers = [m.trigger for m in members if m.trigger]
        lemma = sorted(Counter(triggers).items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if triggers else None
        actors = _ranked([a for m in members for a in m.actors])
        return {
            "story_id": _story_id(m.key for m in members), "date_start": best.start, "date_end": best.end,
            "granularity": best.granularity, "trigger": lemma, "actors": actors,
            "participants": [p for p in _ranked([p for m in members for p in m.participants]) if p not in actors],
            "places": _ranked([p for m in members for p in m.places]),
            "n_mentions": len(members), "n_docs": len({m.doc_id for m in members}),
            "doc_ids": sorted({m.doc_id for m in members}), "event_ids": [m.key for m in members],
            "citation_ids": sorted({c for m in members for c in m.citations}),
            "confidence": round(self.confidence, 3),
        }


@dataclass
class _Group:
    """Mentions that say exactly the same (kind, dates, parties), from places that may be one story:
    compared once for all of them, so a happening told by ten thousand documents costs one comparison
    per other telling, not fifty million."""

    members: list[int]
    rep: Mention
    docs: set[str] = field(default_factory=set)
    places: set[tuple[str, int | None]] = field(default_factory=set)

    def add(self, i: int, m: Mention) -> None:
        self.members.append(i)
        self.docs.add(m.doc_id)
        self.places.add((m.doc_id, m.sentence_id))

    def admits(self, m: Mention) -> bool:
        if m.doc_id not in self.docs:
            return True
        return (m.doc_id, m.sentence_id) not in self.places and _same_document_allowed(m, self.rep)


def _groups(mentions: list[Mention]) -> list[_Group]:
    by_signature: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        signature = (m.kind, m.also, m.night, m.start, m.end, m.granularity, tuple(sorted(m.actors)), tuple(sorted(m.participants)),
                     tuple(sorted(m.states))) if m.mergeable else ("alone", m.key)
        by_signature[signature].append(i)
    groups: list[_Group] = []
    for members in by_signature.values():
        mine: list[_Group] = []
        for i in sorted(members, key=lambda k: mentions[k].key):  # the same groups whatever the row order
            home = next((g for g in mine if g.admits(mentions[i])), None)
            if home is None:
                home = _Group([], mentions[i])
                mine.append(home)
            home.add(i, mentions[i])
        groups += mine
    return groups


def _group_score(a: _Group, b: _Group) -> float | None:
    score = content_score(a.rep, b.rep)
    if score is None:
        return None
    if a.docs & b.docs and (a.places & b.places or not _same_document_allowed(a.rep, b.rep)):
        return None
    return score


def cluster(mentions: list[Mention]) -> list[Story]:
    """Group mentions into stories (complete linkage within blocks, strongest pairs first)."""
    groups = _groups(mentions)
    reps = [g.rep for g in groups]
    key = [min(mentions[i].key for i in g.members) for g in groups]
    scores: dict[tuple[int, int], float] = {}
    for block in _blocks(reps):
        for i, j in combinations(sorted(set(block)), 2):
            if (i, j) not in scores:
                s = _group_score(groups[i], groups[j])
                if s is not None:
                    scores[(i, j)] = s
    cluster_of = list(range(len(groups)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(groups))}
    # Strongest pairs first; at equal strength a retelling in another document before a repetition
    # within one (another article telling it is the better sign of one happening).
    def order(item: tuple[tuple[int, int], float]) -> tuple:
        (i, j), s = item
        return (-s, bool(groups[i].docs & groups[j].docs), key[i], key[j])

    for (i, j), s in sorted(scores.items(), key=order):
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if not all((min(a, b), max(a, b)) in scores for a in members[ci] for b in members[cj]):
            continue  # some pair across the two would be two happenings
        for b in members[cj]:
            cluster_of[b] = ci
        members[ci] += members.pop(cj)
    stories = []
    for found in members.values():
        # Confidence: the mean score over every pair of mentions, weighted by the groups' sizes.
        total = weight = 0.0
        for x, gi in enumerate(found):
            n = len(groups[gi].members)
            if n > 1:
                total += n * (n - 1) / 2 * content_score(groups[gi].rep, groups[gi].rep)
                weight += n * (n - 1) / 2
            for gj in found[x + 1:]:
                pairs = n * len(groups[gj].members)
                total += pairs * scores[(min(gi, gj), max(gi, gj))]
                weight += pairs
        stories.append(Story([mentions[i] for gi in found for i in groups[gi].members],
                             total / weight if weight else 1.0))
    return stories


def build_stories(events: pd.DataFrame, states: Iterable[str] = ()) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Story rows (sorted by date, then id) and each event's story id, keyed "doc_id#event_id"."""
    names = PartyNames([n for column in ("actors", "participants", "places") for value in events[column]
                        for n in _listed(value)], states)
    stories = cluster(mentions_of(events, names))
    rows = [story.row() for story in stories]
    story_of = {key: row["story_id"] for row in rows for key in row["event_ids"]}
    # Day counts, not the dates: a stored date comes back as a pandas Timestamp (any era), a new one as a date.
    rows.sort(key=lambda r: (r["date_start"] is None, day_count(r["date_start"]) or 0, r["story_id"]))
    return rows, story_of


def _states(store) -> list[str]:
    """The names the corpus tags as states (GPE), as the events name them (link target, else text)."""
    import pyarrow.dataset as ds

    table = store.scan("entities", ["text", "link_target"], ds.field("label") == "GPE")
    return sorted({target or text for text, target in zip(table["text"].to_pylist(), table["link_target"].to_pylist())})


def corpus_fingerprint(entries: dict[str, dict[str, Any]]) -> str:
    """A hash of which documents, at which versions, the store's manifest ``entries`` hold."""
    keys = ("sha256", "pipeline_version", "config_hash", "status")
    rows = sorted((doc_id, *(str(e.get(k)) for k in keys)) for doc_id, e in entries.items())
    return hashlib.sha1(repr(rows).encode("utf-8")).hexdigest()


def update_stories(store) -> bool:
    """Merge the stored events of the whole corpus into stories and write them (the ``stories`` table
    and ``events.story_id``), unless the stored stories were merged from the documents the store holds
    now (a killed run leaves them stale, and the next run merges again). Only the documents whose
    events changed story are rewritten, and no document is parsed again. Returns whether the stories
    were merged again."""
    from pipeline.schema import to_table

    fingerprint = corpus_fingerprint(store.entries())
    if store.stories_fingerprint() == fingerprint:
        return False
    events = store.read("events")
    rows, story_of = build_stories(events, _states(store))
    changed = {doc for doc, eid, old in zip(events.doc_id, events.event_id, events.story_id)
               if story_of.get(f"{doc}#{eid}") != (old if isinstance(old, str) else None)}
    store.write_stories(to_table("stories", rows), story_of, changed, fingerprint)
    return True
