"""Relative and anaphoric dates, counted from the story's time: ``two days later``, ``the following year``, ``on the 16th``."""

from __future__ import annotations

import re

from pipeline.timex.context import Tokens
from pipeline.timex.lexicon import APPROX_MODS, FUZZY_QUANTITIES, MONTH_RE, POINT_MODS, number_value
from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import DROPPED, Resolved, Resolving, ex, rule
from pipeline.timex.rules.patterns import (
    DEICTIC, ANAPHOR, CURRENT, DAY, DIRECTION, QUANT, UNIT, YEAR, anaphor_step, duration_value, month_number, piece, unit_name,
)
from pipeline.timex.values import date_value, finest, format_value, shift


def _resolve_that_decade(p: Piece, c: Resolving) -> Resolved | None:
    """"that decade": the one the paragraph named (decades set no reference time of their own)."""
    if p.rel_unit == "decade" and p.rel_n == 0 and not p.deictic and c.last_decade is not None:
        return Resolved(c.last_decade, True)
    return None


def _resolve_nth_day(p: Piece, c: Resolving) -> Resolved:
    moved = shift(c.ref, "day", p.rel_n) if p.rel_n is not None and c.ref.day is not None else None
    value = format_value(moved, "day") if moved else None
    return Resolved(value, True) if value else Resolved("XXXX-XX-XX", False)


def _never_moves(p: Piece, text: str, tokens: Tokens) -> bool:
    return False  # "the second day of the battle": the days count from the battle's start, which stays


def _resolve_that_time(p: Piece, c: Resolving) -> Resolved:
    if c.kind == "news" and c.text[p.start:p.end].lower().startswith("the"):
        return DROPPED  # "at the time": TIMEX2 marks it, TimeBank never does (0 of 3)
    value = finest(c.ref)
    return Resolved(value, True) if value else Resolved("PAST_REF", False)


def _resolve_ordinal_day(p: Piece, c: Resolving) -> Resolved:
    """"on the 16th": a day of the story's month."""
    if c.ref.month is None or c.ref.bc:
        return Resolved("XXXX-XX-XX", False)
    return Resolved(date_value(c.ref.year, c.ref.month, p.day), True)


@rule("day_before", r"(?P<the>[Tt]he)\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after)(?=\s*[,.;:)]|\s+(?:the|his|her|its|their|that|this)\s)",
      "unit",
      examples=[ex("He had arrived [the day before], tired.", "DATE 1939-08-22", ref="1939-08-23")])
def _day_before(m: re.Match) -> list[Piece]:
    """``the day before``, ``the year after``: one unit from the story's time."""
    return [piece(m, rel_unit=m["u"], rel_n=-1 if m["dir"] == "before" else 1)]


@rule("relative", rf"(?:(?P<dmod>[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Ss]ome|[Oo]nly|[Jj]ust|[Nn]early|[Aa]lmost|[Bb]arely|"
                  rf"[Ll]ess\s+than|[Mm]ore\s+than|[Oo]ver|[Uu]nder)\s+)?"
                  rf"{QUANT}(?P<half>\s+and\s+a\s+half)?\s+{UNIT}(?P<orso>\s+or\s+so)?\s+{DIRECTION}", "unit",
      examples=[ex("[Two days later], Britain declared war.", "DATE 1939-09-03", ref="1939-09-01"),
                ex("He proclaimed himself emperor [a year later].", "DATE 1852", ref="1851-12"),
                ex("The mill closed [two decades later].", "DATE 1951", ref="1931")])
def _relative(m: re.Match) -> list[Piece]:
    q = " ".join(m["q"].lower().split())
    fuzzy = q in FUZZY_QUANTITIES
    n = FUZZY_QUANTITIES.get(q) if fuzzy else number_value(q)
    if n is None:
        n, fuzzy = 3, True
    sign = -1 if m["dir"] in ("earlier", "ago", "previously", "before") else 1
    unit = unit_name(m["u"])
    if unit == "decade" and not fuzzy:
        unit, n = "year", n * 10  # "a decade later" after 1931 is 1941, not the 1940s
    approx = fuzzy or bool(m["half"] or m["orso"]) or (m["dmod"] or "").lower() in APPROX_MODS or \
        (m["dmod"] or "").lower() == "barely"
    return [piece(m, rel_unit=unit, rel_n=sign * int(round(n)), mod="APPROX" if approx else None,
                   ago=m["dir"] == "ago", fuzzy=fuzzy)]


@rule("relative_plural", r"\b(?P<u>[Hh]ours|[Mm]inutes|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades)\s+(?P<dir>later|earlier|afterwards?|ago)\b",
      "unit",
      examples=[ex("[Years later], the protocol was published.", "DATE 1942 APPROX", ref="1939-08-23")])
def _relative_plural(m: re.Match) -> list[Piece]:
    """"Years later", "decades earlier": a step of several units, of unstated size."""
    unit = unit_name(m["u"])
    sign = -1 if m["dir"] in ("earlier", "ago") else 1
    return [piece(m, rel_unit=unit, rel_n=sign * FUZZY_QUANTITIES["several"], mod="APPROX",
                   ago=m["dir"] == "ago", fuzzy=True)]


@rule("units_around", r"(?<=\b[Tt]he\s)(?P<u>days|weeks|months|years)\s+(?P<rel>(?:before|after|leading\s+up\s+to)"
                      r"(?=\s+(?:the|his|her|its|their|a|an|[A-Z]|he|she|they|it)\b)|that\s+followed)", "unit",
      examples=[ex("In the [weeks] before the signing, talks stalled.", "DATE 1939-08", ref="1939-08-23")])
def _units_around(m: re.Match) -> list[Piece]:
    """"in the weeks before the shooting": a stretch around an event, at the story's time (AQUAINT marks
    the unit word: ``weeks`` 1998-10); "the years that followed" is a length of unstated size."""
    unit = m["u"].lower()
    if m["rel"].startswith("that"):
        return [Piece(m.start("u"), m.end("u"), "DURATION", value=duration_value(None, unit_name(unit)))]
    coarser = {"days": "month", "weeks": "month", "months": "year", "years": "year"}[unit]
    return [Piece(m.start("u"), m.end("u"), "DATE", rel_unit=coarser, rel_n=0)]


@rule("current_unit", rf"{CURRENT}\s+(?P<u>week|month|year)(?![\w-])", "unit", calendar_week=True,
      examples=[ex("Sales rose in [the current year].", "DATE 1998", news="1998-10-02")])
def _current_unit(m: re.Match) -> list[Piece]:
    """``the current fiscal year``, ``the current month``: the one the text is written in."""
    return [piece(m, rel_unit=m["u"].lower(), rel_n=0, deictic=True)]


@rule("anaphoric", rf"(?:(?P<early>[Ee]arl(?:y|ier)|[Ll]ater?)\s+)?{ANAPHOR}\s+(?P<u>day|week|month|year|decade|century)(?![a-z])", "unit",
      resolve=_resolve_that_decade, calendar_week=True, quarter_echo=False,
      examples=[ex("[That year] the harvest failed.", "DATE 1939", ref="1939-08-23"),
                ex("[The next year] brought new demands.", "DATE 1940", ref="1939-08-23"),
                ex("It was among the worst disasters of [this century].", "DATE 19", news="1999-03-12")])
def _anaphoric(m: re.Match) -> list[Piece]:
    ana = " ".join(m["ana"].lower().split())
    if ana in ("next", "last") and m["u"] == "day":
        return []
    if ana == "last" and re.search(r"\b[Tt]he\s+$", m.string[max(0, m.start() - 4):m.start()]):
        return []  # "the last year of the war" is no deictic "last year" ("the past year" has its rule)
    if m["u"] == "century" and ana not in ("this", "that", "the same"):
        return []  # "this century", "that century": the one of the writing or of the story; a step is years
    early = (m["early"] or "").lower()
    if early in ("earlier", "later") and ana not in ("this", "that", "the same"):
        return []  # "later the next year" is two phrases
    if early in ("early", "late") and ana not in ("this", "that", "next", "last"):
        return []
    # "this/next/last year" count from when the text was written; "that year", "the following year"
    # from the story. "early next year" is its start, "late last year" its end.
    return [piece(m, rel_unit=m["u"], rel_n=anaphor_step(ana), deictic=" ".join(ana.split()) in DEICTIC,
                   mod={"earlier": "START", "early": "START", "late": "END"}.get(early))]


@rule("early_in_unit", r"(?<![\w-])(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|-)in\s+(?P<ana>the|that|this|the\s+same)\s+"
                       r"(?P<u>year|month|decade|century)(?![\w-])", "unit", calendar_week=True,
      examples=[ex("[Late in the year] the army marched north.", "DATE 1814 END", ref="1814-03"),
                ex("[Early in that month] the envoys left.", "DATE 1814-06 START", ref="1814-06")])
def _early_in_unit(m: re.Match) -> list[Piece]:
    """``late in the year``, ``early in that month``: the narrative's unit, and where in it (its last or
    first third, not the whole year)."""
    ana = " ".join(m["ana"].lower().split())
    return [piece(m, rel_unit=m["u"].lower(), rel_n=0, deictic=ana == "this",
                  mod={"early": "START", "late": "END", "mid": "MID"}[m["mod"].lower()])]


@rule("past_unit", r"(?<![\w-])(?P<t>[Tt]he\s+(?:past|last)\s+(?P<u>week|month|year|decade))(?![\w-])"
                   r"(?!\s+(?:of|or|and|before|when|in|that|which)\b)(?!,?\s+\d)", "unit", calendar_week=True,
      examples=[ex("Prices fell over [the past year].", "DATE 1997", news="1998-10-02")])
def _past_unit(m: re.Match) -> list[Piece]:
    """``the past year``, ``the last month``: the one before the present (TimeBank: 1997 written in
    1998), as "last year" is; "the last year of the war" is another phrase."""
    return [piece(m, group="t", rel_unit=m["u"].lower(), rel_n=-1, deictic=True)]


@rule("the_year", r"(?<![\w-])(?:(?P<for>[Ff]or|[Oo]ver)\s+)?(?P<t>[Tt]he\s+year)(?![\w-])"
                  r"(?!\s+(?:ago|earlier|before|after|later|of|ended|ending|to|in|that|when|which|before|\d|two|nineteen)\b)"
                  r"(?!,?\s+\d)", "unit",
      examples=[ex("Earlier in [the year] the army had mutinied.", "DATE 1917", ref="1917-10")])
def _the_year(m: re.Match) -> list[Piece]:
    """``the year`` on its own: "net for the year" is a year's length (P1Y); "earlier in the year"
    is the year the text is in, as "that year" would be."""
    if m["for"]:
        return [Piece(m.start("t"), m.end("t"), "DURATION", value="P1Y")]
    return [Piece(m.start("t"), m.end("t"), "DATE", rel_unit="year", rel_n=0)]


_NTH = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
        "last": None, "final": None, "closing": None}


@rule("nth_day_of", r"(?<![\w-])(?P<t>[Tt]he\s+(?P<ord>first|opening|second|third|fourth|fifth|sixth|seventh|last|final|"
                    r"closing)\s+day\s+of\s+(?:the|that|this|its)\s+"
                    r"(?P<ev>(?!(?:week|month|year|decade|century|quarter)\b)[a-z][a-z-]+))(?![\w-])", "unit",
      resolve=_resolve_nth_day, moves=_never_moves,
      examples=[ex("On [the second day of the battle] the line broke.", "DATE 1916-07-02", ref="1916-07-01")])
def _nth_day_of(m: re.Match) -> list[Piece]:
    """"the first day of the battle": a day counted from the event the story is at (its date is the
    narrative's current day); "the last day of the conference" cannot be counted and stays undated."""
    return [piece(m, group="t", rel_n=_NTH[m["ord"].lower()])]


@rule("that_time", r"(?<=\b[Aa]t\s)(?P<t>(?:that|the)\s+time)(?![\w-])"
                   r"(?!\s+(?:of|when|that|which|being|for|to|in|it|he|she|they|we|I)\b)(?!,?\s+(?:when|as)\b)",
      "that_time", resolve=_resolve_that_time,
      examples=[ex("At [that time] the city was besieged.", "DATE 1941-09", ref="1941-09")])
def _that_time(m: re.Match) -> list[Piece]:
    """"at that time", "at the time": the time the story is at (TIMEX2 and TimeML tag them with
    its value); "at the time of the signing", "at the time when …" name another time and are left."""
    return [piece(m, group="t")]


@rule("month_of_deictic_year", rf"(?P<m>{MONTH_RE})\s+(?P<ana>last|this|next)\s+year(?![\w-])", "month",
      examples=[ex("The plant opened in [June last year].", "DATE 1997-06", news="1998-10-02")])
def _month_of_deictic_year(m: re.Match) -> list[Piece]:
    """``June last year``, ``January this year``: a month of a year counted from when the text was written."""
    return [piece(m, rel_unit="year", rel_n=anaphor_step(m["ana"].lower()),
                   deictic=True, month=month_number(m["m"]))]


@rule("anaphoric_part", r"(?:[Tt]he\s+)?(?P<mod>beginning|start|end|middle|close|(?:first|second|latter|last)\s+half)\s+of\s+"
                        r"(?P<ana>the|that|this)\s+(?P<u>year|month|week|decade|century)(?![a-z])"
                        r"|(?<![\w-])(?P<mid>[Mm]id-century)(?![\w-])", "unit", calendar_week=True,
      examples=[ex("By [the end of the year] most of them had been crushed.", "DATE 1848 END", ref="1848")])
def _anaphoric_part(m: re.Match) -> list[Piece]:
    """``the end of the year``, ``by the end of the century``, ``mid-century``: the narrative's unit,
    with a mod; ``the second half of the year`` is its half (1943-H2)."""
    if m["mid"]:
        return [piece(m, rel_unit="century", rel_n=0, mod="MID")]
    word = " ".join(m["mod"].lower().split())
    if word.endswith("half"):
        if m["u"] != "year":
            return []  # "the first half of the month" has no TIMEX value of its own
        return [piece(m, rel_unit="year", rel_n=0, part="H1" if word.startswith("first") else "H2")]
    return [piece(m, rel_unit=m["u"], rel_n=0, mod=POINT_MODS[word + " of"])]


@rule("ordinal_day", r"(?<=\b[Oo]n\s)(?P<t>the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
                     r"(?=\s*[,.;:)]|\s+(?:the|a|an|he|she|it|they|we|his|her|its|their|this|that)\b)", "ordinal_day",
      resolve=_resolve_ordinal_day,
      examples=[ex("On [the 16th] the line broke.", "DATE 1943-07-16", ref="1943-07-05")])
def _ordinal_day(m: re.Match) -> list[Piece]:
    """"On the 16th the line broke": a day of the month the story is in."""
    return [piece(m, group="t", day=int(m["d"]))]


@rule("anaphoric_month", rf"{ANAPHOR}\s+(?P<m>{MONTH_RE})(?:\s+{DAY}(?!,?\s+{YEAR}))?", "month",
      examples=[ex("The strike ended [last March].", "DATE 1998-03", news="1998-10-02")])
def _anaphoric_month(m: re.Match) -> list[Piece]:
    """``last March``, ``next May``, ``last Oct. 23``: a month (and day) counted from the reference."""
    ana = m["ana"].lower()
    return [piece(m, rel_unit=f"month:{month_number(m['m'])}", rel_n=anaphor_step(ana),
                   deictic=" ".join(ana.split()) in DEICTIC, day=int(m["d"]) if m["d"] else None)]
