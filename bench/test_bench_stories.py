"""Story merging at corpus scale: 1,000 and 10,000 synthetic documents' events (prints its numbers).

Each synthetic document tells 25 events of a shared history: happenings drawn from a pool of
2,000 (a date at day, month or year precision, a kind of happening, two parties), so documents
retell each other as a real corpus of related articles does, plus events of their own. Blocking
by date keeps the work growing with the events that share dates: ten times the documents should
cost about ten times the time, not a hundred.
"""

from __future__ import annotations

import random
import time
import tracemalloc
from datetime import date, timedelta

import pandas as pd
import pytest

from pipeline.stories.merge import build_stories

pytestmark = pytest.mark.slow

STATES = [f"State {i}" for i in range(60)]
PEOPLE = [f"Person {i} Name{i}" for i in range(300)]
TRIGGERS = ["invade", "sign", "declare", "annex", "meet", "occupy", "ratify", "attack", "conclude", "elect"]


def _pool(rng: random.Random, n: int) -> list[tuple]:
    happenings = []
    for _ in range(n):
        day = date(1800, 1, 1) + timedelta(days=rng.randrange(200 * 365))
        parties = rng.sample(STATES, 2) if rng.random() < 0.7 else rng.sample(PEOPLE, 2)
        happenings.append((day, rng.choice(TRIGGERS), parties))
    return happenings


def synthetic_events(n_docs: int, per_doc: int = 25, seed: int = 3) -> pd.DataFrame:
    rng = random.Random(seed)
    pool = _pool(rng, 2_000)
    rows = []
    for d in range(n_docs):
        for i in range(per_doc):
            day, trigger, (a, b) = rng.choice(pool) if rng.random() < 0.6 else _pool(rng, 1)[0]
            precision = rng.choice(["day", "day", "month", "year"])
            start, end = day, day
            if precision == "month":
                start = day.replace(day=1)
                end = (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
            elif precision == "year":
                start, end = date(day.year, 1, 1), date(day.year, 12, 31)
            rows.append({"doc_id": f"doc{d:05d}", "event_id": i, "date_start": start, "date_end": end,
                         "granularity": precision, "trigger": trigger, "actors": [a],
                         "participants": [b] if rng.random() < 0.8 else [], "places": [], "theme": None,
                         "citation_ids": [i % 3], "sentence_id": i})
    return pd.DataFrame(rows)


def _measure(events: pd.DataFrame) -> tuple[float, int, int]:
    """Seconds (untraced: tracemalloc slows Python several times) and peak traced memory, in two passes."""
    started = time.perf_counter()
    stories, _ = build_stories(events, STATES)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    build_stories(events, STATES)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak, len(stories)


def test_story_merging_grows_with_the_corpus_not_its_square():
    results = {}
    for n_docs in (1_000, 10_000):
        events = synthetic_events(n_docs)
        seconds, peak, n_stories = _measure(events)
        results[n_docs] = (seconds, peak)
        print(f"\nstories of {n_docs:,} documents ({len(events):,} events): {seconds:.1f} s, "
              f"peak {peak / 1e6:.0f} MB, {n_stories:,} stories")
    time_ratio = results[10_000][0] / results[1_000][0]
    memory_ratio = results[10_000][1] / results[1_000][1]
    print(f"10,000 / 1,000 documents: time x{time_ratio:.1f}, peak memory x{memory_ratio:.1f}")
    # Linear would be x10; quadratic x100. Shared dates grow denser with more documents, so a
    # little over linear is expected.
    assert time_ratio < 30, results
    assert memory_ratio < 20, results
