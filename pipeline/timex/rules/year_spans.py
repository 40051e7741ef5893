"""Spans of years whose first end borrows what only the last end writes (issue "when and what", item 1 and 3).

* ``approximately 2040 to 1782 or 1700 BC``, ``1782 or 1700 BC``: an era written once, after an
  alternative end, is the era of every year before it (read alone, "2040" and "1782" would be years AD);
  the pieces are one range, from the first year to the alternative written last.
* ``409/8 BC``: one year of a calendar that straddles two of ours, the second written short.
* ``from the late 50s to mid-1960s``: a decade written without its century ("50s") takes the century
  of the full decade that closes the span (the 1950s), never alone (an age: "in his 50s").
"""

from __future__ import annotations

import re

from pipeline.timex.lexicon import APPROX_MODS
from pipeline.timex.piece import Piece
from pipeline.timex.rules.patterns import ERA, MOD, MOD_THE, mod_of
from pipeline.timex.rules.registry import ex, rule

_HEDGE = r"(?:c\.|ca\.|circa|about|around|approximately)\s*"
_TO = r"\s*(?:[–—-]|\s(?:to|until|till)\s)\s*"


def _hedge(m: re.Match, group: str) -> str | None:
    return APPROX_MODS.get(" ".join(m[group].lower().split())) if m[group] else None


@rule("era_alternative", rf"(?P<m1>(?:{MOD})?)(?P<a>\d{{1,4}})(?:{_TO}(?P<m2>{_HEDGE})?(?P<b>\d{{1,4}}))?"
                         rf"\s+or\s+(?P<m3>{_HEDGE})?(?P<c>\d{{1,4}})\s*{ERA}", "era",
      examples=[ex("The kingdom lasted from [approximately 2040] to [1782] or [1700 BC].",
                   "DATE BC2040 APPROX", "DATE BC1782", "DATE BC1700"),
                ex("The temple was raised in [1782] or [1700 BC].", "DATE BC1782", "DATE BC1700"),
                ex("The walls stood from 300 to 2 or 3 km away.")])
def _era_alternative(m: re.Match) -> list[Piece]:
    """``2040 to 1782 or 1700 BC``, ``1782 or 1700 BC``: every year takes the era written after the last;
    a span's ends in the era's order (BC years count down), the alternative near the end it replaces."""
    if any(m[g] and m[g].startswith("0") for g in ("a", "b", "c")):
        return []
    bc = m["era"].startswith("B")
    a, c = int(m["a"]), int(m["c"])
    b = int(m["b"]) if m["b"] else None
    near = b if b is not None else a
    if b is not None and ((bc and a <= b) or (not bc and a >= b)):
        return []
    if abs(c - near) > max(200, near // 4):
        return []  # "300 to 2 or 3 BC" is no pair of alternatives

    def era(year: int) -> dict:
        return {"value": f"BC{year:04d}", "bc": True} if bc else {"year": year}

    pieces = [Piece(m.start(), m.end("a"), "DATE", mod=mod_of(m) if m["m1"] else None, **era(a))]
    if b is not None:
        pieces.append(Piece(m.start("m2") if m["m2"] else m.start("b"), m.end("b"), "DATE", mod=_hedge(m, "m2"), **era(b)))
    pieces.append(Piece(m.start("m3") if m["m3"] else m.start("c"), m.end(), "DATE", mod=_hedge(m, "m3"), **era(c)))
    return pieces


_PART = {"early": "START", "mid": "MID", "middle": "MID", "late": "END"}


@rule("short_decade_span", rf"(?:{MOD_THE})?(?<![\d'’])(?P<short>(?P<d>[1-9]0)['’]?s){_TO}"
                           r"(?P<far>(?:the\s+)?(?:(?P<p>early|mid|middle|late)(?:\s+|\s*-\s*))?(?P<dec>1\d\d0|20\d0)['’]?s)(?![a-z])",
      "decade",
      examples=[ex("Styles grew from [the late 50s] to [mid-1960s].", "DATE 195 END", "DATE 196 MID"),
                ex("The band toured from [the 90s] to [the early 2000s].", "DATE 199", "DATE 200 START"),
                ex("He was in his 50s to 60s then.")])
def _short_decade_span(m: re.Match) -> list[Piece]:
    """``the late 50s to mid-1960s``: the first decade in the century of the last (the one before it when
    it would come later: "the 90s to the 2000s")."""
    last = int(m["dec"][:3])
    first = last - last % 10 + int(m["d"]) // 10
    if first > last:
        first -= 10
    if first == last:
        return []
    return [Piece(m.start(), m.end("short"), "DATE", decade=first, mod=mod_of(m)),
            Piece(m.start("far"), m.end(), "DATE", decade=last, mod=_PART.get((m["p"] or "").lower()))]


@rule("split_year", rf"(?<![\d/])(?P<a>\d{{2,4}})/(?P<b>\d{{1,4}})\s*{ERA}", "era",
      examples=[ex("An inscription from [409]/[8 BC] names the archons.", "DATE BC0409", "DATE BC0408"),
                ex("The tax of [1066]/[7 AD] was paid.", "DATE 1066", "DATE 1067")])
def _split_year(m: re.Match) -> list[Piece]:
    """``409/8 BC``: a year of a calendar that straddles two of ours (an Athenian archon's year), written
    with the second year short; the two years are the range's ends (never "8 BC" alone)."""
    a, short = int(m["a"]), m["b"]
    b = a - a % 10 ** len(short) + int(short)
    bc = m["era"].startswith("B")
    if b != (a - 1 if bc else a + 1):
        return []  # "1/2 BC", "24/7": no two neighbouring years
    if bc:
        return [Piece(m.start("a"), m.end("a"), "DATE", value=f"BC{a:04d}", bc=True),
                Piece(m.start("b"), m.end(), "DATE", value=f"BC{b:04d}", bc=True)]
    return [Piece(m.start("a"), m.end("a"), "DATE", year=a), Piece(m.start("b"), m.end(), "DATE", year=b)]
