"""Stories: the events of every document that tell one happening, merged into one row.

Two events are one story when they are asserted (a plan, a denial or a
conditional is not the happening: :mod:`pipeline.events.modality`), their dates are
compatible (one inside the other, never two different days), their triggers
tell the same kind of happening (:mod:`pipeline.stories.triggers`), and they
share evidence of one happening: a canonical party (:mod:`pipeline.stories.party_names`),
the same named theme, or the same place. Date and kind alone never merge two
mentions. Nothing they name may contradict: themes named by both agree, actors
of one kind named by both overlap. Two events of one sentence are two
happenings, and within one document a happening is told twice only with the
same actors and date. Each story says what its merges rest on (``evidence``)
and how sure the weakest of them is (``confidence``). What two mentions say
of one happening is :mod:`pipeline.stories.evidence`; this module groups them.

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
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import chain, combinations
from typing import Any, Iterable

import pandas as pd

from pipeline.io.dates import day_count
from pipeline.stories.party_names import PartyNames
from pipeline.stories.evidence import BEFORE, PRECISION, Judgement, Mention, _listed, same_document_allowed, compatible, \
    judge
from pipeline.stories.mentions import mentions_of

# A story one of whose mentions shares evidence with another story as well (nothing contradicts) is a
# guess between them, however strong its own evidence.
AMBIGUOUS_CAP = 0.7
# A happening told over some years ("the civil war, 1936–1939") is compared within those years; a longer
# span (a reign, a career) is no date of one happening.
SPAN_YEARS = 10


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
            if m.granularity == BEFORE:
                # a report's weeks: compared with every month and year they touch
                months = {(m.start.year, m.start.month)}
                while max(months) < (m.end.year, m.end.month):
                    y, mo = max(months)
                    months.add((y + mo // 12, mo % 12 + 1))
                for y, mo in sorted(months):
                    by_month[(kind, y, mo)].append(i)
                for y in sorted({m.start.year, m.end.year}):
                    by_year[(kind, y)].append(i)
            elif m.granularity in ("day", "week", "month") and (m.start.year, m.start.month) == (m.end.year, m.end.month):
                by_month[(kind, m.start.year, m.start.month)].append(i)
                if m.night and m.start.day == 1:
                    # a night on the 1st may be the last day of the month before
                    before = m.start - timedelta(days=1)
                    by_month[(kind, before.year, before.month)].append(i)
                by_year[(kind, m.start.year)].append(i)
            elif m.start.year == m.end.year:
                coarse[(kind, m.start.year)].append(i)
            elif m.end.year - m.start.year <= SPAN_YEARS:
                # "from 1936 to 1939": compared with the spans and the years it covers
                for y in range(m.start.year, m.end.year + 1):
                    coarse[(kind, y)].append(i)
    yield from by_month.values()
    for key, members in coarse.items():
        yield members + by_year.get(key, [])


def _open_pairs(mentions: list[Mention]) -> Iterable[tuple[int, int]]:
    """Pairs of an open-start mention (told as before its report, no start: "the agency had ruled") with
    every dated mention of its kind begun by its end (:func:`compatible` says which may be it). The corpus
    holds few mentions per kind, and :func:`judge` keeps only those sharing the actor or a named theme."""
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.mergeable:
            for kind in m.kinds:
                by_kind[kind].append(i)
    for i, m in enumerate(mentions):
        if m.open_start:
            dated = {j for kind in m.kinds for j in by_kind.get(kind, ()) if mentions[j].start <= m.end}
            for j in sorted(dated):
                yield min(i, j), max(i, j)


def _one_candidate(judged: dict[tuple[int, int], Judgement], reps: list[Mention],
                   fits: set[tuple[int, int]]) -> None:
    """Drop the pairs of an open-start mention that fits two dated happenings which are not one: its
    date is only a bound, so which of them it tells ("the agency had ruled", two rulings before) is a
    guess. In doubt, apart."""
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j in judged:
        for open_one, other in ((i, j), (j, i)):
            if reps[open_one].open_start:
                partners[open_one].append(other)
    for open_one, found in partners.items():
        if any((min(a, b), max(a, b)) not in fits for a, b in combinations(found, 2)):
            for other in found:
                judged.pop((min(open_one, other), max(open_one, other)), None)


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
    confidence: float = 1.0  # the weakest pair score among its mentions; a story of one mention is sure
    evidence: list[str] = field(default_factory=list)  # what its merges rest on (Judgement.evidence)

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
            "confidence": round(self.confidence, 3), "evidence": sorted(set(self.evidence)),
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
    words: set[tuple[str, int]] = field(default_factory=set)  # its trigger words: (doc_id, offset)

    def add(self, i: int, m: Mention) -> None:
        self.members.append(i)
        self.docs.add(m.doc_id)
        self.places.add((m.doc_id, m.sentence_id))
        if m.trigger_at is not None:
            self.words.add((m.doc_id, m.trigger_at))

    def admits(self, m: Mention) -> bool:
        if m.doc_id not in self.docs or (m.doc_id, m.trigger_at) in self.words:
            return True  # another document, or another date of the same word ("at 10:35 a.m. Friday")
        return (m.doc_id, m.sentence_id) not in self.places and same_document_allowed(m, self.rep)


def _lent(m: Mention) -> tuple:
    """What a mention's lender names (its parties are checked against the other's: party_conflicts)."""
    lender = m.lender
    return () if lender is None else (tuple(sorted(lender.actors)), tuple(sorted(lender.participants)),
                                      tuple(sorted(lender.states)))


def _groups(mentions: list[Mention]) -> list[_Group]:
    by_signature: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        # Mentions that say exactly the same, and say enough to merge on (see judge), are compared once.
        signature = (tuple(sorted(m.kinds)), m.night, m.start, m.end, m.granularity, tuple(sorted(m.actors)),
                     tuple(sorted(m.participants)), tuple(sorted(m.states)), tuple(sorted(m.places)), m.theme,
                     m.modality, m.number == "several", m.said, tuple(m.nearby), tuple(m.borrowed), m.told_with, _lent(m),
                     m.venue, m.body_of) \
            if m.mergeable and judge(m, m) is not None else ("alone", m.key)
        by_signature[signature].append(i)
    groups: list[_Group] = []
    for members in by_signature.values():
        mine: list[_Group] = []
        # The same groups whatever the row order; a singular noun first, so that a plural one ("the
        # bombings") is compared with it (noun_number), not with a verb of the same words.
        for i in sorted(members, key=lambda k: (mentions[k].number is None, mentions[k].key)):
            home = next((g for g in mine if g.admits(mentions[i])), None)
            if home is None:
                home = _Group([], mentions[i])
                mine.append(home)
            home.add(i, mentions[i])
        groups += mine
    return groups


def _groups_compatible(a: _Group, b: _Group) -> bool:
    if compatible(a.rep, b.rep) is None:
        return False
    if a.words & b.words:
        return True  # one word dated twice in its sentence ("at 10:35 a.m. Friday") tells one happening
    if a.rep.told_with is not None and a.rep.told_with == b.rep.key and len(a.members) == len(b.members) == 1:
        return True  # "an explosion ripped through": the noun and its verb tell one happening
    return not (a.docs & b.docs and (a.places & b.places or not same_document_allowed(a.rep, b.rep)))


def _torn(judged: dict[tuple[int, int], Judgement], story_of_group: dict[int, int], groups: list[_Group]) \
        -> set[int]:
    """The stories one of whose mentions fits another story at least as well as its own: it shares
    evidence (a party, a theme, a place; nothing contradicting) with a mention of another story as
    strongly as with its best-linked mention of its own, so which of the two it tells is a guess.
    Compatible alone is not enough (a mention naming nothing fits every story of its kind and weeks and
    says nothing of which one it is), nor is a weaker fit elsewhere: a mention tied to its story by three
    shared parties that day is not made a guess by an undated mention sharing one of them."""
    best: dict[int, float] = {}
    for gi, g in enumerate(groups):
        if len(g.members) > 1:
            found = judge(g.rep, g.rep)  # mentions saying exactly the same were merged as one group
            best[gi] = found.score if found is not None else 0.0
    for (i, j), found in judged.items():
        if story_of_group[i] == story_of_group[j]:
            best[i] = max(best.get(i, 0.0), found.score)
            best[j] = max(best.get(j, 0.0), found.score)
    torn = set()
    for (i, j), found in judged.items():
        if story_of_group[i] != story_of_group[j]:
            for g in (i, j):
                if found.score >= best.get(g, 0.0):
                    torn.add(story_of_group[g])
    return torn


def cluster(mentions: list[Mention]) -> list[Story]:
    """Group mentions into stories within blocks, strongest evidence first: a merge joins two stories
    when the pair that links them shares evidence and every pair across them is compatible."""
    groups = _groups(mentions)
    reps = [g.rep for g in groups]
    key = [min(mentions[i].key for i in g.members) for g in groups]
    # Every pair inside a story must be compatible (complete linkage); each merge rests on evidence
    # shared by the two mentions it joins, so a mention naming no one, nothing and nowhere joins none.
    fits: set[tuple[int, int]] = set()
    judged: dict[tuple[int, int], Judgement] = {}
    blocked = (pair for block in _blocks(reps) for pair in combinations(sorted(set(block)), 2))
    for i, j in chain(blocked, _open_pairs(reps)):
        if (i, j) in fits or not _groups_compatible(groups[i], groups[j]):
            continue
        fits.add((i, j))
        found = judge(reps[i], reps[j])
        if found is not None:
            judged[(i, j)] = found
    _one_candidate(judged, reps, fits)
    scores = {pair: j.score for pair, j in judged.items()}
    cluster_of = list(range(len(groups)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(groups))}
    links: dict[int, list[Judgement]] = {i: [] for i in range(len(groups))}  # the merges each story rests on
    # Retellings in other documents first, strongest first; repetitions within one document after them.
    # Another article telling it is the better sign of one happening, and a document's own second
    # telling ("the war ended on 22 June" beside "terminated the pact with its invasion") must not shut
    # out another article's telling that is compatible with only one of the two.
    def order(item: tuple[tuple[int, int], float]) -> tuple:
        (i, j), s = item
        return (bool(groups[i].docs & groups[j].docs), -s, key[i], key[j])

    for (i, j), s in sorted(scores.items(), key=order):
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if not all((min(a, b), max(a, b)) in fits for a in members[ci] for b in members[cj]):
            continue  # some pair across the two would be two happenings
        for b in members[cj]:
            cluster_of[b] = ci
        members[ci] += members.pop(cj)
        links[ci] += [judged[(i, j)], *links.pop(cj)]
    story_of_group = {g: root for root, found in members.items() for g in found}
    torn = _torn(judged, story_of_group, groups)
    stories = []
    for root, found in members.items():
        # Confidence: the weakest merge (a story is as sure as its least sure link); evidence: what
        # every merge inside it rests on. Mentions that say exactly the same were merged as one group.
        pairs = [judge(groups[gi].rep, groups[gi].rep) for gi in found if len(groups[gi].members) > 1]
        pairs += links[root]
        confidence = min((p.score for p in pairs), default=1.0)
        evidence = [e for p in pairs for e in p.evidence]
        if pairs and root in torn:
            confidence = min(confidence, AMBIGUOUS_CAP)
            evidence.append("ambiguous:fits another story")
        stories.append(Story([mentions[i] for gi in found for i in groups[gi].members], confidence, evidence))
    return stories


def build_stories(events: pd.DataFrame, states: Iterable[str] = ()) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Story rows (sorted by date, then id) and each event's story id, keyed "doc_id#event_id"."""
    used = [n for column in ("actors", "participants", "places") for value in events[column] for n in _listed(value)]
    # "NATO" in one report, spelled out in another: the events' names were folded across the corpus
    # before the stories (pipeline.stories.corpus_names, the one place that does it), so none here.
    names = PartyNames(used, states)
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
    # An entity's text keeps its article ("the Soviet Union"); the events name the state without it.
    return sorted({target or re.sub(r"^[Tt]he\s+", "", text)
                   for text, target in zip(table["text"].to_pylist(), table["link_target"].to_pylist())})


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
    from pipeline.io.schema import to_table

    fingerprint = corpus_fingerprint(store.entries())
    if store.stories_fingerprint() == fingerprint:
        return False
    events = store.read("events")
    rows, story_of = build_stories(events, _states(store))
    changed = {doc for doc, eid, old in zip(events.doc_id, events.event_id, events.story_id)
               if story_of.get(f"{doc}#{eid}") != (old if isinstance(old, str) else None)}
    store.write_stories(to_table("stories", rows), story_of, changed, fingerprint)
    return True
