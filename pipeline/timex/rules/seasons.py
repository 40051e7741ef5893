"""Seasons: ``the winter of 1812–13``, ``that summer``, ``by spring``."""

from __future__ import annotations

import re

from pipeline.timex.lexicon import SEASON_CODES
from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import ex, rule
from pipeline.timex.rules.patterns import DEICTIC, ANAPHOR, MOD_THE, YEAR, anaphor_step, mod_of, piece, season_mod, year_group


@rule("season_year", rf"(?:{MOD_THE})?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?,?\s+{YEAR}"
                     r"(?:[–/-](?:\d\d|1\d{3}|20\d\d)(?![\d–-]))?", "season",
      examples=[ex("The offensive stalled in [winter 1941].", "DATE 1941-WI"),
                ex("He negotiated throughout [the summer of 1928].", "DATE 1928-SU")])
def _season_year(m: re.Match) -> list[Piece]:
    return [piece(m, year=year_group(m), part=SEASON_CODES[m["s"].lower()], mod=mod_of(m))]


@rule("season", rf"(?:{ANAPHOR}\s+|{MOD_THE})(?:(?P<smod>early|late|mid-?)\s*)?(?P<s>spring|summer|autumn|winter|fall)(?![a-z])", "season",
      examples=[ex("The army regrouped [that autumn].", "DATE 1939-FA", ref="1939-08-23"),
                ex("The bank sold the bonds [this past spring].", "DATE 2000-SP", news="2001-03-10")])
def _season(m: re.Match) -> list[Piece]:
    code = SEASON_CODES[m["s"]]
    ana = (m.groupdict().get("ana") or "").lower()
    if m["s"] == "fall" and not ana:  # "the fall of France"
        return []
    step = anaphor_step(ana)
    smod = season_mod(m)
    return [piece(m, part=code, rel_unit=f"season:{code}" if ana else None, rel_n=step,
                   mod=smod or mod_of(m), deictic=" ".join(ana.split()) in DEICTIC)]


@rule("season_of_that_year", r"(?P<t>(?:[Tt]he\s+)?(?:(?P<smod>early|late|mid-?)\s*)?(?P<s>spring|summer|autumn|fall|winter)\s+of\s+"
                             r"(?P<ana>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year)(?![\w-])",
      "season",
      examples=[ex("The treaty was signed in [the spring of the following year].", "DATE 1940-SP", ref="1939-08")])
def _season_of_that_year(m: re.Match) -> list[Piece]:
    """``the summer of that year``: one expression, the season in the year the story is in (or next/previous)."""
    ana = " ".join(m["ana"].lower().split())
    step = anaphor_step(ana)
    code = SEASON_CODES[m["s"].lower()]
    smod = season_mod(m)
    # step is a year here, and _year_of counts from the season's first month: from a month before
    # it, "the following year" still means the next calendar year, so say the year outright.
    return [piece(m, group="t", rel_unit="year", rel_n=step, part=code, mod=smod)]


# Right after a preposition of time (fixed-width lookbehinds, one per word)
_AFTER_TIME_PREPOSITION = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in (
    "[Bb]y", "[Ii]n", "[Uu]ntil", "[Tt]ill", "[Ss]ince", "[Dd]uring", "[Tt]hrough")) + ")"


@rule("bare_season", _AFTER_TIME_PREPOSITION + r"(?:(?P<smod>early|late|mid-?)\s*)?"
                     r"(?P<s>spring|summer|autumn|winter)(?![\w-])(?!\s+of\b)(?!,?\s+\d)", "season",
      examples=[ex("By [spring] the campaign was over.", "DATE 1813-SP", ref="1813-01")])
def _bare_season(m: re.Match) -> list[Piece]:
    """"By spring the campaign was over", "in late summer": a season of the year the story is in."""
    smod = season_mod(m)
    return [piece(m, part=SEASON_CODES[m["s"]], mod=smod)]
