"""Field-level precision/recall/F1 for parsed citations (shared by tests and benchmarks)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pipeline.citations.parse import FIELDS
from pipeline.io.dates import iso_day


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

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


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


# --- temporal expressions ------------------------------------------------------------------

@dataclass
class TimexScores:
    strict: Score
    relaxed: Score
    value_correct: int
    value_total: int
    type_correct: int
    misses: list[dict[str, Any]]
    spurious: list[dict[str, Any]]
    wrong_values: list[tuple[dict[str, Any], dict[str, Any]]]

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.value_total if self.value_total else 1.0

    @property
    def value_f1(self) -> float:
        """TempEval-3's value F1: right values over all system timexes (P) and all gold ones (R)."""
        system = self.relaxed.tp + self.relaxed.fp
        gold = self.relaxed.tp + self.relaxed.fn
        p = self.value_correct / system if system else 1.0
        r = self.value_correct / gold if gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.value_total if self.value_total else 1.0

    def __add__(self, other: "TimexScores") -> "TimexScores":
        return TimexScores(self.strict + other.strict, self.relaxed + other.relaxed,
                           self.value_correct + other.value_correct, self.value_total + other.value_total,
                           self.type_correct + other.type_correct, self.misses + other.misses,
                           self.spurious + other.spurious, self.wrong_values + other.wrong_values)

    def __str__(self) -> str:
        return (f"strict {self.strict}\nrelaxed {self.relaxed}\nvalue accuracy on relaxed matches "
                f"{self.value_accuracy:.3f} ({self.value_correct}/{self.value_total}); "
                f"value F1 {self.value_f1:.3f}; type correct {self.type_correct}/{self.value_total}")


def score_timexes(predicted: list[dict[str, Any]], gold: list[dict[str, Any]], *, compare_mod: bool = True,
                  name: str | None = None) -> TimexScores:
    """TempEval-style scores: strict (same span) and relaxed (overlapping span) P/R/F1,
    and the share of relaxed matches whose value (and, with ``compare_mod``, mod) equal the gold one.

    Rows are dicts with ``start``, ``end``, ``type``, ``value`` and ``mod``; spans
    of one document (or of one sentence, offsets within it). ``name`` is added to
    the listed misses so a corpus-wide score says where each one is.
    """
    if name is not None:
        predicted = [{**p, "doc": name} for p in predicted]
        gold = [{**g, "doc": name} for g in gold]
    strict, relaxed = Score(), Score()
    gold_left = list(gold)
    correct = total = type_ok = 0
    spurious, wrong = [], []
    for p in sorted(predicted, key=lambda r: r["start"]):
        exact = next((g for g in gold_left if (g["start"], g["end"]) == (p["start"], p["end"])), None)
        match = exact or next((g for g in gold_left if g["start"] < p["end"] and p["start"] < g["end"]), None)
        if match is None:
            strict.fp += 1
            relaxed.fp += 1
            spurious.append(p)
            continue
        gold_left.remove(match)
        relaxed.tp += 1
        if exact is not None:
            strict.tp += 1
        else:
            strict.fp += 1
            strict.fn += 1
        total += 1
        if (p["value"] or "") == (match["value"] or "") and (
                not compare_mod or (p.get("mod") or "") == (match.get("mod") or "")):
            correct += 1
        else:
            wrong.append((p, match))
        type_ok += p["type"] == match["type"]
    strict.fn += len(gold_left)
    relaxed.fn += len(gold_left)
    return TimexScores(strict, relaxed, correct, total, type_ok, gold_left, spurious, wrong)


@dataclass
class TimexCase:
    sentence: str
    reference: str | None  # "1939-08-23", "1939", or None
    expected: list[dict[str, Any]]


def read_timex_cases(path: str | Path) -> list[TimexCase]:
    """Read the hand-written single-sentence cases (format described at the top of the file).

    Expected texts are located in the sentence in order, so a word that occurs
    twice is found at its next occurrence after the previous expression.
    """
    cases: list[TimexCase] = []
    reference: str | None = None
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("ref:"):
            ref = line[4:].strip()
            reference = None if ref == "none" else ref
        elif line.startswith("> "):
            cases.append(TimexCase(line[2:], reference, []))
        else:
            if not cases:
                raise ValueError(f"{path}:{number}: expected expression before any '> sentence' line")
            parts = [p.strip() for p in line.split("|")]
            if len(parts) not in (3, 4):
                raise ValueError(f"{path}:{number}: want 'text | TYPE | value [| mod]', got {line!r}")
            case = cases[-1]
            after = case.expected[-1]["end"] if case.expected else 0
            start = case.sentence.find(parts[0], after)
            if start < 0:
                raise ValueError(f"{path}:{number}: {parts[0]!r} not found in {case.sentence!r}")
            case.expected.append({"start": start, "end": start + len(parts[0]), "text": parts[0],
                                  "type": parts[1], "value": parts[2], "mod": parts[3] if len(parts) == 4 else None})
    return cases


# --- events ------------------------------------------------------------------------------

@dataclass
class EventScores:
    """Hand-checked events against the pipeline's. ``people`` scores actors and participants
    together (who took part, whatever the role); ``theme_right`` counts themes equal to one
    of the gold's accepted answers (case-insensitive), a gold ``null`` matching no theme."""

    total: int
    found: int
    date_exact: int
    trigger_right: int
    actors: Score
    errors: list[tuple[dict[str, Any], dict[str, Any] | None]]
    participants: Score = field(default_factory=Score)
    people: Score = field(default_factory=Score)
    theme_right: int = 0
    theme_total: int = 0

    @property
    def date_accuracy(self) -> float:
        return self.date_exact / self.total if self.total else 1.0

    @property
    def trigger_accuracy(self) -> float:
        return self.trigger_right / self.total if self.total else 1.0

    @property
    def theme_accuracy(self) -> float:
        return self.theme_right / self.theme_total if self.theme_total else 1.0

    def __str__(self) -> str:
        text = (f"{self.found}/{self.total} gold events found; date interval exact {self.date_accuracy:.3f}; "
                f"trigger right {self.trigger_accuracy:.3f}; actors {self.actors}")
        if self.theme_total:
            text += (f"; participants {self.participants}; actors+participants {self.people}; "
                     f"theme right {self.theme_accuracy:.3f} ({self.theme_right}/{self.theme_total})")
        return text


def _theme_ok(predicted: str | None, gold: str | list[str] | None) -> bool:
    if gold is None:
        return predicted is None
    accepted = [gold] if isinstance(gold, str) else gold
    return predicted is not None and predicted.lower() in {a.lower() for a in accepted}


def _count(score: Score, predicted: set[str], gold: set[str]) -> None:
    score.tp += len(predicted & gold)
    score.fp += len(predicted - gold)
    score.fn += len(gold - predicted)


def _in_era(names: list[str], gold: dict[str, Any]) -> set[str]:
    """Gold names as the events name a state in the happening's era ("Britain" of 1793 is Great Britain,
    :mod:`pipeline.events.era_states`), by the gold's own dates."""
    from datetime import date

    from pipeline.events.era_states import state_in_its_era

    try:
        start, end = date.fromisoformat(gold["date_start"]), date.fromisoformat(gold["date_end"])
    except (KeyError, TypeError, ValueError):
        # A gold without days (the held-out sentences): the year its own date text writes, if AD.
        year = re.fullmatch(r"(?:.*\D)?(\d{3,4})", str(gold.get("date_text") or "").strip())
        if year is None or re.search(r"\bB\.?C", str(gold.get("date_text"))):
            return set(names)
        start, end = date(int(year.group(1)), 1, 1), date(int(year.group(1)), 12, 31)
    return {state_in_its_era(n, n, start, end) for n in names}


def score_events(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> EventScores:
    """Hand-checked events against the pipeline's: a gold event is found by its sentence
    (which starts with the gold ``sentence`` text) and its ``date_text``; one not found
    counts as wrong on date, trigger and theme and misses all its names. Roles beyond
    actors (``participants``, ``theme``) are scored where the gold has them."""
    from pipeline.stories.party_names import KNOWN_STATES, PartyNames

    # The events hold canonical party names ("USSR", "the Germans": a state's): the gold is read the
    # same way (states only: a surname is each document's own business).
    canonical = PartyNames([], KNOWN_STATES)
    s = EventScores(len(gold), 0, 0, 0, Score(), [])
    for g in gold:
        has_roles = "participants" in g
        s.theme_total += has_roles
        g_actors, g_parts = _in_era(canonical.all(g["actors"]), g), _in_era(canonical.all(g.get("participants") or ()), g)
        match = next((p for p in predicted if p["sentence"].startswith(g["sentence"])
                      and p["date_text"] == g["date_text"]), None)
        if match is None:
            s.actors.fn += len(g_actors)
            s.participants.fn += len(g_parts)
            s.people.fn += len(g_actors | g_parts)
            s.errors.append((g, None))
            continue
        s.found += 1
        dates = (str(iso_day(match["date_start"])), str(iso_day(match["date_end"]))) == (g["date_start"], g["date_end"])
        trigger = match["trigger"] == g["trigger"]
        s.date_exact += dates
        s.trigger_right += trigger
        p_actors = set(match["actors"])
        _count(s.actors, p_actors, g_actors)
        right = dates and trigger and p_actors == g_actors
        if has_roles:
            p_parts = set(match.get("participants") or ())
            _count(s.participants, p_parts, g_parts)
            _count(s.people, p_actors | p_parts, g_actors | g_parts)
            theme = _theme_ok(match.get("theme"), g.get("theme"))
            s.theme_right += theme
            right = right and theme and p_parts == g_parts
        if not right:
            s.errors.append((g, match))
    return s
