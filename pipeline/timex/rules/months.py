"""Dates with a month: ``4 May 1943``, ``May 4–5``, ``August of that year``, two calendars' dates."""

from __future__ import annotations

import re

from pipeline.timex.context import Tokens, word_before
from pipeline.timex.lexicon import MONTH_RE, MONTHS, WEEKDAY_RE
from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import ex, rule
from pipeline.timex.rules.patterns import (
    DAY, ERA, MOD, YEAR, anaphor_step, mod_of, month_number, piece, weekday_number, year_group,
)

# Words after which a bare month name is a date: "in May", "by early June", "from March".
_MONTH_CONTEXT = {"in", "of", "since", "until", "till", "by", "during", "from", "to", "through", "before", "after",
                  "between", "and", "or", "on", "late", "early", "mid", "mid-", "the", "that", "last", "next",
                  "following", "until", "throughout", "around", "about", "into", "as", "that", "this", "each", "every"}


def _keep_month(p: Piece, text: str, tokens: Tokens) -> bool:
    """A bare month name is a date only where a date can stand (not the modal "May", "the September Campaign")."""
    if p.mod is not None:
        return True
    word = text[p.start:p.end]
    before = word_before(text, p.start)
    after = text[p.end:p.end + 2]
    if before not in _MONTH_CONTEXT or (len(after) > 1 and after[0] == " " and after[1].isupper()):
        return False  # "the September Campaign", "Operation Barbarossa in May" is kept
    token = tokens.at(p.start)
    if word == "May" and token is not None and token.tag_ == "MD":
        return False
    if word.lower().rstrip(".") not in MONTHS:
        return False
    if word in ("March", "May") and before == "the" and re.match(r"\s+of\s+(?:the\b|[A-Z])", text[p.end:p.end + 9]):
        return False  # "the March of the Combatant Mothers" is a march
    return True


_WD = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?"


# "August, 7, 1948": a stray comma after the month (a slip some writers make) keeps one date.
@rule("month_day_year", rf"{_WD}(?:{MOD})?(?P<m>{MONTH_RE})(?:,(?=\s+\d\d?,?\s+(?:1\d{{3}}|20\d\d)\b))?\s+{DAY}(?:,?\s+{YEAR})?", "month",
      examples=[ex("He arrived on [Sept. 3, 1939], a day late.", "DATE 1939-09-03"),
                ex("The bridge was opened on [March, 3, 1931].", "DATE 1931-03-03"),
                ex("By [August 10] the details had been worked out.", "DATE 1939-08-10", ref="1939-08-23")])
def _month_day_year(m: re.Match) -> list[Piece]:
    return [piece(m, year=year_group(m), month=month_number(m["m"]), day=int(m["d"]),
                   mod=mod_of(m), weekday=weekday_number(m))]


@rule("day_month_year", rf"{_WD}(?:[Tt]he\s+)?{DAY}\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+{YEAR})?", "month",
      examples=[ex("The Bastille was stormed on [14 July 1789].", "DATE 1789-07-14"),
                ex("The ultimatum expired on [17 June].", "DATE 1939-06-17", ref="1939-05")])
def _day_month_year(m: re.Match) -> list[Piece]:
    return [piece(m, year=year_group(m), month=month_number(m["m"]), day=int(m["d"]),
                   weekday=weekday_number(m))]


@rule("month_year", rf"(?:{MOD})?(?P<m>{MONTH_RE}),?\s+(?:of\s+)?{YEAR}", "month",
      examples=[ex("The city fell in [mid-June 1944].", "DATE 1944-06 MID")])
def _month_year(m: re.Match) -> list[Piece]:
    return [piece(m, year=year_group(m), month=month_number(m["m"]), mod=mod_of(m))]


@rule("month", rf"(?:{MOD})?(?P<m>{MONTH_RE})", "month", keep=_keep_month,
      examples=[ex("Relations improved in [October].", "DATE 1939-10", ref="1939-08-23"),
                ex("It may rain, said the September Campaign veteran.")])
def _bare_month(m: re.Match) -> list[Piece]:
    # Bare month names are checked against their context by the tagger (the modal "May").
    return [piece(m, month=month_number(m["m"]), mod=mod_of(m))]


def _two_days(m: re.Match, first: str | None, second: str) -> list[Piece]:
    """Two days of one month (and year) stated once. The first day is group ``first``
    (None: group ``d``, its span running from the match start); the second runs from group
    ``second`` to the match end."""
    month, year = month_number(m["m"]), year_group(m)
    group = first or "d"
    start, end = (m.start(), m.end("d")) if first is None else (m.start(first), m.end(first))
    return [Piece(start, end, "DATE", year=year, month=month, day=int(m[group]),
                  year_from_range=year is not None),
            Piece(m.start(second), m.end(), "DATE", year=year, month=month, day=int(m[second]))]


@rule("month_day_range", rf"(?P<m>{MONTH_RE})\s+{DAY}\s*[–—-]\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?![\d:])(?:,?\s+{YEAR})?", "month",
      examples=[ex("The Battle of Gettysburg was fought [July 1]–[3, 1863].", "DATE 1863-07-01", "DATE 1863-07-03")])
def _month_day_range(m: re.Match) -> list[Piece]:
    return _two_days(m, None, "d2")


@rule("day_day_month_range", rf"(?P<d1>[12]\d|3[01]|0?[1-9])\s*[–—-]\s*{DAY}\s+(?P<m>{MONTH_RE})(?:,?\s+{YEAR})?", "month",
      examples=[ex("Fighting raged on [17]–[19 September 1939] near Lwów.", "DATE 1939-09-17", "DATE 1939-09-19")])
def _day_day_month_range(m: re.Match) -> list[Piece]:
    return _two_days(m, "d1", "d")


@rule("month_day_and_day", rf"(?P<m>{MONTH_RE})\s+{DAY}\s+(?:and|&)\s+(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?:,?\s+{YEAR})?", "month",
      examples=[ex("The envoys met on [May 4] and [5, 1943] at Tarsk.", "DATE 1943-05-04", "DATE 1943-05-05")])
def _month_day_and_day(m: re.Match) -> list[Piece]:
    """``May 4 and 5, 1943``: two days sharing the month (and the year)."""
    return _two_days(m, None, "d2")


@rule("day_to_day_month", rf"(?:[Ff]rom|[Bb]etween)\s+(?:the\s+)?(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:to|until|till|and)\s+(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+{YEAR})?", "month",
      examples=[ex("The congress sat from [15] to [22 February 1945].", "DATE 1945-02-15", "DATE 1945-02-22")])
def _day_to_day_month(m: re.Match) -> list[Piece]:
    """``from 15 to 22 February 1945``: the first day shares the second's month and year."""
    return _two_days(m, "d1", "d")


@rule("month_of_that_year", rf"(?P<m>{MONTH_RE})\s+of\s+(?P<ana>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year(?![a-z])", "month",
      examples=[ex("The mill burned in [August of that year].", "DATE 1821-08", ref="1821-03")])
def _month_of_that_year(m: re.Match) -> list[Piece]:
    """``August of that year``: one expression, the month in the year the story is in (or next/previous)."""
    ana = " ".join(m["ana"].lower().split())
    step = anaphor_step(ana)
    return [piece(m, rel_unit="year_month", rel_n=step, month=month_number(m["m"]))]


@rule("week_of_month", rf"(?:[Tt]he\s+)?(?P<w>first|second|third|fourth|last|final)\s+(?:week|days)\s+of\s+(?P<m>{MONTH_RE})(?:,?\s+{YEAR})?", "month",
      examples=[ex("The army crossed in [the last week of August 1914].", "DATE 1914-08 END")])
def _week_of_month(m: re.Match) -> list[Piece]:
    """``the last week of August``: the month, with where in it."""
    mod = {"first": "START", "last": "END", "final": "END"}.get(m["w"], "MID")
    return [piece(m, year=year_group(m), month=month_number(m["m"]), mod=mod)]


@rule("early_in", rf"(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)\s+in\s+(?:(?P<m>{MONTH_RE})\s+)?{YEAR}", "digits",
      examples=[ex("The fleet sailed [late in March 1941].", "DATE 1941-03 END")])
def _early_in(m: re.Match) -> list[Piece]:
    """``early in 1940``, ``late in March 1941``: the modifier belongs to the expression."""
    mod = {"early": "START", "late": "END", "mid": "MID"}[m["mod"].lower()]
    return [piece(m, year=year_group(m), month=month_number(m["m"]) if m["m"] else None, mod=mod)]


@rule("month_month_range", rf"(?P<m1>{MONTH_RE})\s*[–—-]\s*(?P<m>{MONTH_RE}),?\s+{YEAR}", "month",
      examples=[ex("The siege lasted [December]–[February 1813].", "DATE 1812-12", "DATE 1813-02")])
def _month_month_range(m: re.Match) -> list[Piece]:
    year = year_group(m)
    m1, m2 = month_number(m["m1"]), month_number(m["m"])
    return [Piece(m.start("m1"), m.end("m1"), "DATE", year=year - (m1 > m2), month=m1,
                  year_from_range=True),
            Piece(m.start("m"), m.end(), "DATE", year=year, month=m2)]


_STYLE = r"(?:O\.\s?S\.|N\.\s?S\.|Old\s+Style|New\s+Style)"
_D1 = r"(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_D2 = r"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@rule("two_styles_dm", rf"{_D1}\s+(?P<m1>{MONTH_RE})\s*[\[(]{_STYLE}\s*:?\s*{_D2}\s+(?P<m2>{MONTH_RE})\s*[\])]"
                       rf"(?:,?\s+{YEAR})?", "month", one_day=True,
      examples=[ex("The palace fell on [7 November] (O.S. [25 October]) 1917.", "DATE 1917-11-07", "DATE 1917-10-25")])
@rule("two_styles_md", rf"(?P<m1>{MONTH_RE})\s+{_D1}\s*[\[(]{_STYLE}\s*:?\s*(?P<m2>{MONTH_RE})\s+{_D2}\s*[\])]"
                       rf"(?:,?\s+{YEAR})?", "month", one_day=True,
      examples=[ex("The tsar abdicated on [March 15] (O.S. [March 2]), 1917.", "DATE 1917-03-15", "DATE 1917-03-02")])
@rule("two_styles_year_first", rf"{_D1}\s+(?P<m1>{MONTH_RE})(?P<early_year>,?\s+){YEAR}\s*[\[(]{_STYLE}\s*:?\s*"
                               rf"{_D2}\s+(?P<m2>{MONTH_RE})\s*[\])]", "month", one_day=True,
      examples=[ex("He died on [10 January 1700] (O.S. [30 December]).", "DATE 1700-01-10", "DATE 1699-12-30")])
def _two_styles(m: re.Match) -> list[Piece]:
    """A date given in both calendars: ``7 November [O.S. 25 October] 1917``. Each is a date as
    written (no conversion); both share the year, the Old Style one a year earlier when its month
    is later (``10 January 1700 [O.S. 30 December 1699]``). The year, written once, is no third date."""
    year = year_group(m)
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    y2 = None if year is None else year - (1 if m2 > m1 else 0)
    first_end = m.end("y") if m.groupdict().get("early_year") else max(m.end("d1"), m.end("m1"))
    second = (min(m.start("d2"), m.start("m2")), max(m.end("d2"), m.end("m2")))
    pieces = [Piece(m.start(), first_end, "DATE", year=year, month=m1, day=int(m["d1"])),
              Piece(*second, "DATE", year=y2, month=m2, day=int(m["d2"]))]
    if m["y"] and not m.groupdict().get("early_year"):
        pieces.append(Piece(m.start("y"), m.end("y"), "DROP"))
    return pieces


@rule("week_of", rf"(?<![\w-])(?P<t>[Tt]he\s+week\s+of\s+(?P<m>{MONTH_RE})\s+{DAY}(?:,?\s+{YEAR})?)", "month",
      examples=[ex("The offensive opened [the week of March 6, 2000].", "DATE 2000-W10")])
def _week_of(m: re.Match) -> list[Piece]:
    """``the week of March 6``: the calendar week holding that day (2000-W10)."""
    return [piece(m, group="t", year=year_group(m), month=month_number(m["m"]), day=int(m["d"]), part="week")]


# A day or a month with a year of one to three digits, or a year with its era: "28 May 621",
# "December 25, 800", "May 621", "15 March 44 BC". Without an era, the year must end the phrase
# ("On 5 May 300 soldiers attacked" is a count): punctuation or a word that cannot follow a count.
_OLD_YEAR = (rf",?\s+(?P<oy>\d{{1,4}})(?:\s*{ERA}|(?<=\D\d\d\d)(?=\s*(?:[,.;:)\]]|$)|\s+(?:in|at|on|and|when|during|"
             rf"after|before|by|with|while|he|she|they|it|the)\b))(?![\d,.]\d|\d)")


def _old_year_piece(m: re.Match, day: int | None) -> list[Piece]:
    year, month = int(m["oy"]), month_number(m["m"])
    if (m["era"] or "").upper().startswith("B"):
        value = f"BC{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        return [piece(m, value=value, bc=True, weekday=weekday_number(m))]
    if year < 1:
        return []
    return [piece(m, year=year, month=month, day=day, weekday=weekday_number(m))]


@rule("day_month_old_year", rf"{_WD}(?:[Tt]he\s+)?{DAY}\s+(?:of\s+)?(?P<m>{MONTH_RE}){_OLD_YEAR}", "month",
      examples=[ex("The battle was fought on [28 May 621].", "DATE 0621-05-28"),
                ex("Caesar was killed on [15 March 44 BC].", "DATE BC0044-03-15")])
def _day_month_old_year(m: re.Match) -> list[Piece]:
    return _old_year_piece(m, int(m["d"]))


@rule("month_old_year", rf"{_WD}(?P<m>{MONTH_RE})(?:\s+{DAY})?{_OLD_YEAR}", "month",
      examples=[ex("He was crowned on [December 25, 800], in Rome.", "DATE 0800-12-25"),
                ex("The city fell in [May 621] after a siege.", "DATE 0621-05")])
def _month_old_year(m: re.Match) -> list[Piece]:
    return _old_year_piece(m, int(m["d"]) if m["d"] else None)
