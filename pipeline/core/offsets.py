"""The clean-to-raw offset map and the one way to edit clean text without losing it.

Cleaning stages never rewrite strings directly. They describe edits
(``Edit(start, end, replacement)`` on the current clean text) and
:func:`apply_edits` produces the new text together with a new map, so every
character of the final clean text still knows where it came from in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` of the current clean text by ``replacement``."""

    start: int
    end: int
    replacement: str = ""


class OffsetMap:
    """Maps every clean character to the raw span it came from.

    ``starts[i]``/``ends[i]`` are the raw start and (exclusive) raw end of clean
    character ``i``. A character that was copied keeps its own position
    (``ends == starts + 1``); a character written by a replacement covers the
    whole raw span it replaced, so a clean span always maps to the raw words
    that produced it. Arrays, not lists: a 50 MB document must stay cheap.
    """

    __slots__ = ("starts", "ends", "raw_length")

    def __init__(self, starts: np.ndarray, ends: np.ndarray, raw_length: int) -> None:
        if starts.shape != ends.shape:
            raise ValueError("offset map arrays differ in length")
        self.starts = starts
        self.ends = ends
        self.raw_length = raw_length

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        starts = np.arange(length, dtype=np.int64)
        return cls(starts, starts + 1, length)

    def __len__(self) -> int:
        return int(self.starts.shape[0])

    def to_raw(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the clean span ``[clean_start, clean_end)``."""
        n = len(self)
        if not 0 <= clean_start <= clean_end <= n:
            raise IndexError(f"clean span {clean_start}:{clean_end} outside 0:{n}")
        if clean_start == clean_end:
            pos = int(self.starts[clean_start]) if clean_start < n else self.raw_length
            return pos, pos
        return int(self.starts[clean_start]), int(self.ends[clean_end - 1])

    def to_clean(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Clean span covering the raw span, or an empty span where it was removed.

        ``starts`` is non-decreasing because edits never reorder text, so a
        binary search finds the first clean character at or after each bound.
        """
        cs = int(np.searchsorted(self.ends, raw_start, side="right"))
        ce = int(np.searchsorted(self.starts, raw_end, side="left"))
        return (cs, ce) if ce > cs else (cs, cs)


def apply_edits(text: str, offsets: OffsetMap, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits to ``text`` and return the new text and map.

    Edits may come in any order; overlapping edits are a bug in the calling
    stage and raise ``ValueError`` naming both.
    """
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    if not ordered:
        return text, offsets
    pieces: list[str] = []
    start_parts: list[np.ndarray] = []
    end_parts: list[np.ndarray] = []
    cursor = 0
    previous: Edit | None = None
    for edit in ordered:
        if edit.start < cursor or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"bad or overlapping edit {edit} (previous {previous}, text length {len(text)})")
        pieces.append(text[cursor:edit.start])
        start_parts.append(offsets.starts[cursor:edit.start])
        end_parts.append(offsets.ends[cursor:edit.start])
        if edit.replacement:
            raw_start, raw_end = offsets.to_raw(edit.start, edit.end)
            if edit.start == edit.end:
                # Pure insertion: anchor it to the raw point between neighbours.
                raw_end = raw_start
            n = len(edit.replacement)
            pieces.append(edit.replacement)
            start_parts.append(np.full(n, raw_start, dtype=np.int64))
            end_parts.append(np.full(n, raw_end, dtype=np.int64))
        cursor = edit.end
        previous = edit
    pieces.append(text[cursor:])
    start_parts.append(offsets.starts[cursor:])
    end_parts.append(offsets.ends[cursor:])
    new_text = "".join(pieces)
    new_map = OffsetMap(np.concatenate(start_parts), np.concatenate(end_parts), offsets.raw_length)
    return new_text, new_map
