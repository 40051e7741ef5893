"""Cutting a sequence into consecutive groups bounded by count and by size.

The model's batches (``nlp.batches_by_chars``: paragraph spans by characters) and the Dask
backend's tasks (``batch.backends.dask_groups``: documents by file bytes) are the same cut, so
it is written once here.
"""

from __future__ import annotations

from typing import Callable, Sequence, TypeVar

T = TypeVar("T")


def consecutive_groups(items: Sequence[T], size_of: Callable[[T], int], max_size: int, max_count: int) -> list[list[T]]:
    """``items`` in order, cut so a group holds at most ``max_count`` items and ``max_size`` in
    total size; an item bigger than ``max_size`` goes alone (it is never split or dropped)."""
    groups: list[list[T]] = []
    size = 0
    for item in items:
        length = size_of(item)
        if not groups or len(groups[-1]) >= max_count or size + length > max_size:
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += length
    return groups
