"""Whether a story's ``confidence`` means something: how many of the labelled pairs merged at each
confidence are right, by bins (issue 32 asks that merges at or above 0.75 be right at least 95% of the
time). Shared by the two stories harnesses, ``evaluation.stories`` and ``evaluation.stories_aquaint``."""

from __future__ import annotations

from collections.abc import Iterable

EDGES = (0.0, 0.25, 0.5, 0.75, 1.0)


def confidence_bins(merges: Iterable[tuple[float, bool]]) -> list[tuple[float, float, int, int]]:
    """(low, high, right, merged) for each bin of confidence, low inclusive, high exclusive except the
    last (1.0 is in the top bin), from each merged labelled pair's (story confidence, labelled same)."""
    bins = [[low, high, 0, 0] for low, high in zip(EDGES, EDGES[1:])]
    for confidence, right in merges:
        for b in bins:
            if b[0] <= confidence < b[1] or (b[1] == EDGES[-1] and confidence >= b[1]):
                b[2] += bool(right)
                b[3] += 1
                break
    return [tuple(b) for b in bins]  # type: ignore[misc]


def describe_bins(bins: list[tuple[float, float, int, int]]) -> str:
    """"[0.00,0.25) 3/3 · [0.25,0.50) 10/11 …": right of merged per bin."""
    return " · ".join(f"[{low:.2f},{high:.2f}{']' if high == EDGES[-1] else ')'} {right}/{merged}"
                      for low, high, right, merged in bins)
