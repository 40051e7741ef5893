"""Piped-link remnants `Target, display`: which commas are one (used by the strip_links stage).

A wiki link ``[[Hanko, Finland|Hanko]]`` reaches the mirror's text as
``Hanko, Finland, Hanko``. A comma is also the most common punctuation in
prose, so we collapse only on strong evidence and count what we leave:

- a ``#`` section anchor in the target (``Secretary of State#Germany, State Secretary``);
- a parenthetical disambiguator (``Kaleva (airplane), Kaleva``);
- the display repeating the target's start or end (``Brest, Belarus, Brest``,
  ``German battleship Bismarck, Bismarck``);
- a shared stem between a target word and the display's first word, with the
  target's last word closing the display (``remilitarization of the
  Rhineland, remilitarized the Rhineland``).
"""

from __future__ import annotations

import bisect
import re


_CAP = r"[A-Z\u00C0-\u024F][\w'’.-]*"
_CONNECT = r"(?:of|the|and|in|on|for|de|von|la|le|du|des|del|di|zu|am|an|im)"
# Repetitions are bounded: an unbounded name run would make a long line of
# capitalised words quadratic to scan.
_NAME = rf"{_CAP}(?: (?:{_CONNECT} ){{0,2}}{_CAP}){{0,8}}"

# Displays are capitalised word runs without connectors: "Estonia and
# Latvia#Latvia" is two links, not one display.
_DISPLAY = r"[A-Z\u00C0-\u024F][\w-]*(?: [A-Z\u00C0-\u024F][\w-]*){0,6}"
# Target#Section, Display (the target may be an interlanguage link ":ru:…").
_SECTION_LINK = re.compile(
    rf"(?<![\w#])(?P<target>(?::[a-z]{{2,3}}:[^#\n]{{1,60}}?|{_NAME})#[^,\n#]{{1,60}}?), (?P<display>{_DISPLAY})")
# Target (disambiguator), Display — the display starts with the target's first word.
_PAREN_LINK = re.compile(
    rf"(?<![\w#])(?P<target>(?P<head>{_CAP})(?: (?:{_CONNECT} ){{0,2}}{_CAP}){{0,6}} \([^()\n]{{1,40}}\)), "
    rf"(?P<display>(?P=head)\b(?: [A-Z\u00C0-\u024F][\w.-]*){{0,6}})")
# Place, Region, Place
_REPEAT_FIRST = re.compile(rf"(?P<target>(?P<head>{_CAP}(?: {_CAP}){{0,2}}), {_CAP}(?: {_CAP}){{0,2}}), (?P<display>(?P=head))\b")
# Some words ending in X, X
_REPEAT_LAST = re.compile(rf"(?P<target>{_CAP}(?: [\w'’-]+){{0,4}} (?P<tail>{_CAP})), (?P<display>(?P=tail))\b(?!,)")
# prefix-word of the Thing, prefixed-word the Thing
_STEM_LINK = re.compile(
    r"(?P<target>\b(?P<stem>[a-z]{5})[a-z]*(?: [\w'’-]+){0,5} (?P<tail>[A-Z][\w'’-]+)), "
    r"(?P<display>(?P=stem)[a-z]*(?: [\w'’-]+){0,5}? (?P=tail))\b")
# Doubtful: "Word, word…" where a stem is shared but nothing else confirms it.
_DOUBTFUL = re.compile(r"\b(?P<stem>[A-Za-z]{5})[a-z]*(?: [\w-]+){0,4}, (?P=stem)[a-z]*\b", re.I)

# A target must be a whole name: "Treaty of Berlin (1926), Berlin Treaty" is
# not "Berlin (1926)" → "Berlin Treaty", and collapsing there would garble it.
_NAME_BEFORE = re.compile(rf"{_CAP} (?:{_CONNECT} )*$")
_NAME_TARGET_RULES = {"paren", "repeat-first", "repeat-last"}

_RULES = (("section", _SECTION_LINK), ("paren", _PAREN_LINK), ("repeat-first", _REPEAT_FIRST),
          ("stem", _STEM_LINK), ("repeat-last", _REPEAT_LAST))


class _Taken:
    """Non-overlapping spans already claimed, searchable in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def find_remnants(text: str) -> tuple[list[tuple[int, int, str, str]], int]:
    """The piped-link remnants to collapse, as (target start, display start, target, display) in
    text order, and how many doubtful candidates were left alone."""
    taken = _Taken()
    found: list[tuple[int, int, str, str]] = []
    for rule, pattern in _RULES:
        for m in pattern.finditer(text):
            start, end = m.start("target"), m.end("display")
            if taken.overlaps(start, end):
                continue
            if rule in _NAME_TARGET_RULES and _NAME_BEFORE.search(text, max(0, start - 60), start):
                continue
            taken.add(start, end)
            found.append((start, m.start("display"), m.group("target"), m.group("display")))
    left_alone = sum(1 for m in _DOUBTFUL.finditer(text) if not taken.overlaps(m.start(), m.end()))
    return sorted(found), left_alone
