"""Regex pieces and match helpers the rule families share ("1939", "early", "three weeks")."""

from __future__ import annotations

import re

from pipeline.timex.lexicon import (
    APPROX_MODS, DURATION_MODS, FUZZY_QUANTITIES, MONTHS, NUMBER_RE, ORDINAL_WORDS, POINT_MODS, UNITS, WEEKDAYS,
    alternation,
)
from pipeline.timex.piece import Piece

YEAR = r"(?<![\d,./])(?:(?<=[Mm]id-)|(?<![A-Za-z]-))(?P<y>1\d{3}|20\d\d)(?!\d|,\d|\.\d|\s*%|-\d\d-)"
DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"  # "June 6: the landing" is a day; "May 4:30" is not
MOD_WORDS = alternation([w for w in POINT_MODS if w != "mid-"] + list(APPROX_MODS), capital=True)
# "early", "the end of", "mid-", "about" … before a date; "the" only together with a mod word.
# The word boundary keeps "weekend of 1962" or "the legend of 1900" from reading as "end of"
# (a match starting inside a word is thrown away, and the year after it would be lost with it).
MOD = rf"(?:\b(?:[Tt]he\s+)?(?P<mod>{MOD_WORDS})(?:\s+the)?(?:\s+|-)|\b(?P<mid>[Mm]id-))"
MOD_THE = rf"(?:{MOD}|(?P<the>[Tt]he)\s+)"
ERA = r"(?P<era>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE)(?![A-Za-z])"
UNIT = r"(?P<u>days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)(?![a-z])"
QUANT = rf"(?P<q>(?<![\d/.])(?<!\d,)(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+|\s+1/2|½)?)|{NUMBER_RE}|{alternation(FUZZY_QUANTITIES, capital=True)}|[Aa]n?)"
DIRECTION = r"(?P<dir>later|earlier|afterwards?|ago|previously|thereafter|before(?=\s*[,.;:)])|after(?=\s*[,.;:)]))"
SEASON = r"(?P<s>spring|summer|autumn|winter)"
PART_OF_DAY = r"(?P<pod>morning|afternoon|evening|night)"
ANAPHOR = r"(?P<ana>[Tt]he\s+(?:following|next|previous|preceding|same|subsequent)|[Tt]hat(?:\s+same)?|[Tt]his\s+past|[Tt]his|[Nn]ext|[Ll]ast)"
# Anaphors that count from the time of writing in news ("this past spring" is the last spring before it).
DEICTIC = ("this", "next", "last", "this past")
# "the current year", "the current fiscal year": the one the text is written in
CURRENT = r"(?P<cur>[Tt]he\s+current(?:\s+fiscal)?)"
DUR_MOD = rf"(?:(?P<dmod>{alternation(DURATION_MODS, capital=True)})\s+)"


def mod_of(m: re.Match) -> str | None:
    if m.groupdict().get("mid"):
        return "MID"
    word = m.groupdict().get("mod")
    if not word:
        return None
    key = " ".join(word.lower().split())
    return POINT_MODS.get(key) or APPROX_MODS.get(key)


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def year_group(m: re.Match, name: str = "y") -> int | None:
    y = m.groupdict().get(name)
    return int(y) if y else None


def ordinal_number(text: str) -> int:
    """``third`` → 3, ``12th`` → 12."""
    word = " ".join(text.lower().split())
    return ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word)[0])


def season_mod(m: re.Match) -> str | None:
    """The mod of ``early``/``late``/``mid`` written inside a season ("late summer")."""
    return {"early": "START", "late": "END", "mid": "MID", "mid-": "MID"}.get(m["smod"] or "")


def weekday_number(m: re.Match) -> int | None:
    w = m.groupdict().get("wd")
    return WEEKDAYS[w.lower()] if w else None


def part_for(m: re.Match) -> str | None:
    """``the first half of 1939`` is 1939-H1, not 1939 with a mod."""
    word = " ".join((m.groupdict().get("mod") or "").lower().split())
    return {"first half of": "H1", "second half of": "H2", "latter half of": "H2", "last half of": "H2"}.get(word)


def piece(m: re.Match, type_: str = "DATE", group: int | str = 0, **kw) -> Piece:
    """One piece spanning the match (or one of its groups); the rule's name is set when it fires."""
    return Piece(m.start(group), m.end(group), type_, **kw)


def anaphor_step(ana: str) -> int:
    ana = " ".join(ana.split())
    if ana.endswith(("following", "next", "subsequent")):
        return 1
    if ana.endswith(("previous", "preceding", "last", "past")):
        return -1
    return 0


def unit_name(word: str) -> str:
    w = word.lower()
    return "century" if w.startswith("centur") else w.rstrip("s")


def duration_value(n: float | None, unit: str) -> str:
    letter, is_time, _ = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    whole, part = divmod(n, 1)
    # A fraction says the next smaller unit, as TIMEX3 does: 5 1/2 hours is PT5H30M, 2 1/2 years P2Y6M.
    smaller = {"year": ("M", 12, ""), "day": ("H", 24, "T"), "hour": ("M", 60, ""), "minute": ("S", 60, "")}
    if part and unit in smaller and (part * smaller[unit][1]).is_integer():
        sub_letter, per, time_mark = smaller[unit]
        head = f"{prefix}{int(whole)}{letter}" if whole else prefix
        return f"{head}{time_mark}{int(part * per)}{sub_letter}"
    amount = f"{n:g}"
    return f"{prefix}{amount}{letter}"
