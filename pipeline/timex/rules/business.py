"""Earnings-report periods: quarters, fiscal years, ``the year ended``, ``year-end``."""

from __future__ import annotations

import re

from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import DROPPED, Resolved, Resolving, ex, rule
from pipeline.timex.rules.patterns import YEAR, piece, year_group

# How far a quarter's results reach: an earnings report states the quarter once and then
# compares "… a year ago" a few sentences on (TimeBank: up to ~900 characters later).
QUARTER_REACH = 1000


@rule("year_ended", r"(?<![\w-])(?P<t>[Tt]he\s+(?:fiscal\s+)?year)\s+(?:ended|ending)\b", "unit",
      examples=[ex("Net income rose in [the year] ended Sept. 30.", "DURATION P1Y", news="1989-10-27")])
def _year_ended(m: re.Match) -> list[Piece]:
    """``the year ended Sept. 30``: a fiscal year's length (TimeBank marks 7 of 8 as P1Y); the
    date that ends it is an expression of its own."""
    return [Piece(m.start("t"), m.end("t"), "DURATION", value="P1Y")]


@rule("full_year", r"(?<![\w-])(?P<t>[Tt]he\s+full\s+year)(?![\w-])(?!\s+(?:of|ended|ending)\b)", "unit",
      examples=[ex("Sales for [the full year] will rise.", "DATE 1989", news="1989-10-27")])
def _full_year(m: re.Match) -> list[Piece]:
    """``sales for the full year``: the year being reported, as "this year" is."""
    return [piece(m, group="t", rel_unit="year", rel_n=0, deictic=True)]


@rule("year_end", r"(?<![\w-])(?P<t>(?:[Aa]round\s+)?(?:[Yy]ear[- ]end|[Yy]ear's\s+end))(?![\w-])(?!\s+(?:results|bonus|"
                  r"dividend|figures|statement|report|accounts|audit)\b)", "unit",
      examples=[ex("The deal should close by [year-end].", "DATE 1989 END", news="1989-10-27")])
def _year_end(m: re.Match) -> list[Piece]:
    """``by year-end``, ``by year's end``: the end of the current year (TimeBank tags 5 of 6)."""
    return [piece(m, group="t", rel_unit="year", rel_n=0, deictic=True, mod="END")]


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@rule("quarter", rf"(?:(?P<det>[Tt]he|[Tt]his\s+year's|[Ll]ast\s+year's|[Nn]ext\s+year's|[Ii]ts|[Tt]heir)\s+)?"
                 rf"(?:(?:[Ff]iscal|[Cc]alendar)\s+)?(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"
                 rf"(?P<sep>[\s-]+)quarter(?:(?:\s+of\s+(?:fiscal\s+)?|,?\s+){YEAR})?(?![\w-])", "quarter", states_quarter=True,
      examples=[ex("Profit fell in [the third quarter of 1989].", "DATE 1989-Q3")])
def _quarter(m: re.Match) -> list[Piece]:
    """``the third quarter (of 1989)``; without a year it is a quarter of the reference year."""
    n = _QUARTERS[m["q"].lower()]
    det = (m["det"] or "").lower()
    # "the third-quarter loss": the article belongs to the noun, not to the date.
    start = m.start("q") if det in ("its", "their") or (det == "the" and "-" in m["sep"]) else m.start()
    year = year_group(m)
    if year is not None:
        return [Piece(start, m.end(), "DATE", year=year, part=f"Q{n}")]
    step = {"last year's": -1, "next year's": 1}.get(" ".join(det.split()), 0)
    return [Piece(start, m.end(), "DATE", quarter=n, rel_n=step, deictic=True)]


@rule("quarter_year_first", r"(?P<det>[Tt]he\s+)?(?P<y>(?:1[6-9]|20)\d\d)\s+(?:fiscal\s+)?(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"
                              r"[\s-]+quarter(?![\w-])", "quarter", states_quarter=True,
      examples=[ex("Profit fell in [the 1988 second quarter].", "DATE 1988-Q2")])
def _quarter_year_first(m: re.Match) -> list[Piece]:
    """``the 1988 second quarter``: a quarter of the year it names."""
    return [piece(m, year=int(m["y"]), part=f"Q{_QUARTERS[m['q'].lower()]}")]


@rule("quarter_anaphor", r"(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Nn]ext|[Ll]ast)\s+(?P<which>(?:latest|most\s+recent|recent|current|"
                         r"year-ago|year-earlier|previous|preceding|just-ended|latest\s+fiscal|fiscal|same)\s+)?"
                         r"quarter(?![\w-])", "quarter", states_quarter=True,
      examples=[ex("Profit will rise in [the current quarter].", "DATE 1989-Q4", news="1989-10-27")])
def _quarter_anaphor(m: re.Match) -> list[Piece]:
    """``the latest quarter`` (the last one completed), ``this quarter``, ``the year-ago quarter``."""
    det, which = m["det"].lower(), " ".join((m["which"] or "").split())
    if which == "same":
        return []
    step = -1  # "the quarter", "the latest quarter", "last quarter": the last one completed
    if det in ("this",) or which == "current":
        step = 0
    elif det == "next":
        step = 1
    elif which in ("year-ago", "year-earlier"):
        step = -5
    elif which in ("previous", "preceding"):
        step = -2
    return [piece(m, rel_unit="quarter", rel_n=step, deictic=True)]


def _resolve_report_period(p: Piece, c: Resolving) -> Resolved:
    if not (c.last_quarter and 0 <= p.start - c.quarter_end <= QUARTER_REACH):
        return DROPPED  # "the latest period" with no quarter stated: nothing to resolve it to
    year = p.year if p.year is not None else int(c.last_quarter[:4]) + (p.rel_n or 0)
    return Resolved(f"{year:04d}{c.last_quarter[4:]}", True)


@rule("report_period", r"(?:(?P<det>[Tt]he)\s+)?(?:(?P<which>latest|most\s+recent|year-earlier|year-ago|(?P<y>(?:19|20)\d\d))\s+period"
                         r"|(?<![\w-])(?P<adj>[Yy]ear-(?:earlier|ago))(?=\s+(?!period|quarter)[\w$]))(?![\w-])", "unit",
      resolve=_resolve_report_period,
      examples=[ex("Net fell in the third quarter, from $5 million in [the year-earlier period].", "DATE 1988-Q3", news="1989-10-27")])
def _report_period(m: re.Match) -> list[Piece]:
    """``the latest period``, ``the year-earlier period``, ``the 1988 period``, ``year-earlier results``:
    in an earnings report, the quarter it states or that quarter a year before. The tagger keeps
    them only where a quarter was stated just before (they mean nothing else)."""
    which = (m["which"] or m["adj"] or "").lower()
    start = m.start("adj") if m["adj"] else m.start()
    if m["y"]:
        return [Piece(start, m.end(), "DATE", year=int(m["y"]))]
    return [Piece(start, m.end(), "DATE", rel_n=-1 if "year" in which else 0)]


@rule("fiscal_year", rf"[Ff]iscal\s+(?:[Yy]ear\s+)?{YEAR}", "fiscal",
      examples=[ex("The budget for [fiscal 1990] was cut.", "DATE 1990")])
def _fiscal_year(m: re.Match) -> list[Piece]:
    return [piece(m, year=year_group(m))]
