"""Field-level precision/recall/F1 for parsed citations (shared by tests and benchmarks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from pipeline.citations import FIELDS


def _norm(value: Any) -> str:
    return re.sub(r"[^0-9a-zà-ÿ]+", "", str(value).lower().replace("–", "-"))


def field_items(fields: dict[str, Any]) -> set[tuple[str, str]]:
    """(field, normalised value) pairs; every author is its own item, keyed by position-free surname+given."""
    items = set()
    for name in FIELDS:
        value = fields.get(name)
        if name == "authors":
            items.update(("author", _norm(a)) for a in (value or []) if _norm(a))
        elif value not in (None, "", []):
            items.add((name, _norm(value)))
    return items


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> tuple[Score, dict[str, Score]]:
    """Micro-averaged score over (predicted, gold) field dicts, plus one per field."""
    total = Score()
    per: dict[str, Score] = {}
    for pred, gold in pairs:
        p, g = field_items(pred), field_items(gold)
        for item in p | g:
            s = per.setdefault(item[0], Score())
            if item in p and item in g:
                s.tp += 1
                total.tp += 1
            elif item in p:
                s.fp += 1
                total.fp += 1
            else:
                s.fn += 1
                total.fn += 1
    return total, per
