"""Find temporal expressions in text with a small rule grammar.

(Over 400 lines because it is the rule table: some sixty small, independent
rules sharing sub-patterns such as ``_YEAR`` and ``_ANAPHOR``. Split by family,
the shared pieces would need yet another module, and a rule is found by its
name, not by its file.)

Each rule is a regex and a builder that turns its match into one or more
:class:`Piece` objects: a span plus what the text states about the time (a
year, a month, a relative step, a duration …). Nothing here knows the
narrative; :mod:`pipeline.timex.tagger` picks the pieces, joins ranges and
resolves what the text leaves out.

Why our own grammar and not only dateparser or spaCy: dateparser normalises
a string you already have but does not find spans, and knows no decades,
centuries, seasons, ranges or modifiers; spaCy's DATE entities find most
spans but bound them loosely (``the 1920s and early 1930s`` as one) and carry
no value. Spans follow the TimeML conventions: determiners and modifiers
inside, the introducing preposition outside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from pipeline.timex.lexicon import (
    APPROX_MODS, DURATION_MODS, FUZZY_QUANTITIES, MONTH_RE, MONTHS, NUMBER_RE, NUMBER_WORDS, ORDINAL_RE, ORDINAL_WORDS,
    PART_OF_DAY_CODES, POINT_MODS, SEASON_CODES, UNITS, WEEKDAY_RE, WEEKDAYS, alternation, number_value,
)


@dataclass(slots=True)
class Piece:
    """One temporal expression as the text states it, before the narrative fills the gaps."""

    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None        # SU, FA, H1, Q3 …
    decade: int | None = None      # 193 for the 1930s
    short_decade: int | None = None  # 3 for "the '30s": century from the narrative
    century: int | None = None     # 19 for the 1900s
    bc: bool = False
    mod: str | None = None
    rel_unit: str | None = None    # "year", "month", "day", "week", "decade", season code, "month:3"
    rel_n: int | None = None       # signed step; 0 for "that year"
    value: str | None = None       # final already (durations, sets, references)
    time: str | None = None        # "T04:45", "TMO"
    weekday: int | None = None
    range_id: int | None = None
    year_from_range: bool = False  # year copied from the other end of a range
    fuzzy: bool = False            # "a few months later": a step of unstated size
    ago: bool = False              # "ten years ago": counted from the document's own date
    within: bool = False           # "within six months": a duration counted from the narrative time
    deictic: bool = False          # "Friday", "last year", "yesterday": counted from when the text was written
                                   # (in a news document), not from the story's time
    quarter: int | None = None     # "the third quarter": a quarter of the reference year
    holiday: str | None = None     # a holiday whose day depends on the year ("thanksgiving")

    @property
    def needs_year(self) -> bool:
        return (self.year is None and self.value is None and self.rel_unit is None and self.decade is None
                and self.century is None and self.short_decade is None and not self.bc)


_YEAR = r"(?<![\d,./])(?:(?<=[Mm]id-)|(?<![A-Za-z]-))(?P<y>1\d{3}|20\d\d)(?!\d|,\d|\.\d|\s*%|-\d\d-)"
_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"  # "June 6: the landing" is a day; "May 4:30" is not
_MOD_WORDS = alternation([w for w in POINT_MODS if w != "mid-"] + list(APPROX_MODS), capital=True)
# "early", "the end of", "mid-", "about" … before a date; "the" only together with a mod word.
_MOD = rf"(?:(?:[Tt]he\s+)?(?P<mod>{_MOD_WORDS})(?:\s+the)?(?:\s+|-)|(?P<mid>[Mm]id-))"
_MOD_THE = rf"(?:{_MOD}|(?P<the>[Tt]he)\s+)"
_ERA = r"(?P<era>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE)(?![A-Za-z])"
_UNIT = r"(?P<u>days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)(?![a-z])"
_QUANT = rf"(?P<q>(?<![\d/.])\d+(?:\.\d+|\s+1/2|½)?|{NUMBER_RE}|{alternation(FUZZY_QUANTITIES, capital=True)}|[Aa]n?)"
_DIRECTION = r"(?P<dir>later|earlier|afterwards?|ago|previously|thereafter|before(?=\s*[,.;:)])|after(?=\s*[,.;:)]))"
_SEASON = r"(?P<s>spring|summer|autumn|winter)"
_PART_OF_DAY = r"(?P<pod>morning|afternoon|evening|night)"
_ANAPHOR = r"(?P<ana>[Tt]he\s+(?:following|next|previous|preceding|same|subsequent)|[Tt]hat(?:\s+same)?|[Tt]his|[Nn]ext|[Ll]ast)"
# "the current year", "the current fiscal year": the one the text is written in
_CURRENT = r"(?P<cur>[Tt]he\s+current(?:\s+fiscal)?)"
_DUR_MOD = rf"(?:(?P<dmod>{alternation(DURATION_MODS, capital=True)})\s+)"


def _mod_of(m: re.Match) -> str | None:
    if m.groupdict().get("mid"):
        return "MID"
    word = m.groupdict().get("mod")
    if not word:
        return None
    key = " ".join(word.lower().split())
    return POINT_MODS.get(key) or APPROX_MODS.get(key)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _year(m: re.Match, name: str = "y") -> int | None:
    y = m.groupdict().get(name)
    return int(y) if y else None


def _ordinal(text: str) -> int:
    """``third`` → 3, ``12th`` → 12."""
    word = " ".join(text.lower().split())
    return ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word)[0])


def _season_mod(m: re.Match) -> str | None:
    """The mod of ``early``/``late``/``mid`` written inside a season ("late summer")."""
    return {"early": "START", "late": "END", "mid": "MID", "mid-": "MID"}.get(m["smod"] or "")


def _weekday(m: re.Match) -> int | None:
    w = m.groupdict().get("wd")
    return WEEKDAYS[w.lower()] if w else None


def _part_for(m: re.Match) -> str | None:
    """``the first half of 1939`` is 1939-H1, not 1939 with a mod."""
    word = " ".join((m.groupdict().get("mod") or "").lower().split())
    return {"first half of": "H1", "second half of": "H2", "latter half of": "H2", "last half of": "H2"}.get(word)


Builder = Callable[[re.Match], list[Piece]]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    build: Builder
    trigger: str  # key of _TRIGGERS: a word every match of the rule contains


_RULES: list[Rule] = []

# Every match of a rule contains its trigger, and the rule only runs in windows around the
# trigger's hits. Running thirty patterns with optional prefixes over every character of a
# long article costs several times more than the rest of the stage; the windows avoid that.
_TRIGGERS = {
    "month": re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"),
    "digits": re.compile(r"\d{3,4}"),
    "decade": re.compile(r"\d0s\b"),
    "era": re.compile(r"\b(?:BCE?|B\.C|AD|A\.D|CE)\b"),
    "clock": re.compile(r"\d(?::\d\d|\s?(?:a\.m|p\.m|[AaPp][Mm]\b|o'clock))"),
    "century": re.compile(r"\b(?:centur|millenni)", re.I),
    "season": re.compile(r"\b(?:spring|summer|autumn|fall|winter)", re.I),
    "unit": re.compile(r"\b(?:day|week|month|year|decade|centur|hour|minute)", re.I),
    "part_of_day": re.compile(r"\b(?:morning|afternoon|evening|night)", re.I),
    "ordinal_day": re.compile(r"\b[Oo]n\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"),
    "weekday": re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "reference": re.compile(r"\b(?:today|now|current|present|recent|future|former)", re.I),
    "set_adverb": re.compile(r"\b(?:annually|yearly|every other)", re.I),
    "named_time": re.compile(r"\b(?:midnight|noon|midday|dawn|daybreak|dusk|nightfall|sunset|sunrise)", re.I),
    "holiday": re.compile(r"\b(?:Christmas|New Year|Bastille|Thanksgiving|Halloween|Independence Day|"
                          r"Valentine|Labor Day|Memorial Day|D-Day|Fourth of July|Easter|Good Friday|Election Day)"),
    "deictic_day": re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"),
    "quarter": re.compile(r"\bquarter", re.I),
    "that_time": re.compile(r"\b(?:that|the)\s+time\b", re.I),
    "fiscal": re.compile(r"\b[Ff]iscal\b"),
    "spelled_year": re.compile(r"\b(?:[Nn]ineteen|[Tt]wo\s+thousand)\b"),
    "set_frequency": re.compile(r"\b(?:daily|weekly|monthly|nightly|hourly|quarterly|(?:every|each)\s+(?:morning|"
                                r"afternoon|evening|night|spring|summer|autumn|fall|winter|Monday|Tuesday|"
                                r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                                r"July|August|September|October|November|December))\b", re.I),
}
_WINDOW = 40  # characters kept on each side of a trigger; more than any expression's prefix or suffix


def rule(name: str, pattern: str, trigger: str) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        _RULES.append(Rule(name, re.compile(pattern), fn, trigger))
        return fn
    return register


def _piece(m: re.Match, rule_name: str, type_: str = "DATE", group: int | str = 0, **kw) -> Piece:
    return Piece(m.start(group), m.end(group), type_, rule_name, **kw)


# --- dates with a month -----------------------------------------------------------------

_WD = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?"


@rule("month_day_year", rf"{_WD}(?:{_MOD})?(?P<m>{MONTH_RE})\s+{_DAY}(?:,?\s+{_YEAR})?", "month")
def _month_day_year(m: re.Match) -> list[Piece]:
    return [_piece(m, "month_day_year", year=_year(m), month=_month(m["m"]), day=int(m["d"]),
                   mod=_mod_of(m), weekday=_weekday(m))]


@rule("day_month_year", rf"{_WD}(?:[Tt]he\s+)?{_DAY}\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+{_YEAR})?", "month")
def _day_month_year(m: re.Match) -> list[Piece]:
    return [_piece(m, "day_month_year", year=_year(m), month=_month(m["m"]), day=int(m["d"]),
                   weekday=_weekday(m))]


@rule("month_year", rf"(?:{_MOD})?(?P<m>{MONTH_RE}),?\s+(?:of\s+)?{_YEAR}", "month")
def _month_year(m: re.Match) -> list[Piece]:
    return [_piece(m, "month_year", year=_year(m), month=_month(m["m"]), mod=_mod_of(m))]


@rule("month", rf"(?:{_MOD})?(?P<m>{MONTH_RE})", "month")
def _bare_month(m: re.Match) -> list[Piece]:
    # Bare month names are checked against their context by the tagger (the modal "May").
    return [_piece(m, "month", month=_month(m["m"]), mod=_mod_of(m))]


def _two_days(m: re.Match, rule_name: str, first: str | None, second: str) -> list[Piece]:
    """Two days of one month (and year) stated once. The first day is group ``first``
    (None: group ``d``, its span running from the match start); the second runs from group
    ``second`` to the match end."""
    month, year = _month(m["m"]), _year(m)
    group = first or "d"
    start, end = (m.start(), m.end("d")) if first is None else (m.start(first), m.end(first))
    return [Piece(start, end, "DATE", rule_name, year=year, month=month, day=int(m[group]),
                  year_from_range=year is not None),
            Piece(m.start(second), m.end(), "DATE", rule_name, year=year, month=month, day=int(m[second]))]


@rule("month_day_range", rf"(?P<m>{MONTH_RE})\s+{_DAY}\s*[–—-]\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?![\d:])(?:,?\s+{_YEAR})?", "month")
def _month_day_range(m: re.Match) -> list[Piece]:
    return _two_days(m, "month_day_range", None, "d2")


@rule("day_day_month_range", rf"(?P<d1>[12]\d|3[01]|0?[1-9])\s*[–—-]\s*{_DAY}\s+(?P<m>{MONTH_RE})(?:,?\s+{_YEAR})?", "month")
def _day_day_month_range(m: re.Match) -> list[Piece]:
    return _two_days(m, "day_day_month_range", "d1", "d")


@rule("month_day_and_day", rf"(?P<m>{MONTH_RE})\s+{_DAY}\s+(?:and|&)\s+(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?:,?\s+{_YEAR})?", "month")
def _month_day_and_day(m: re.Match) -> list[Piece]:
    """``May 4 and 5, 1943``: two days sharing the month (and the year)."""
    return _two_days(m, "month_day_and_day", None, "d2")


@rule("day_to_day_month", rf"(?:[Ff]rom|[Bb]etween)\s+(?:the\s+)?(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:to|until|till|and)\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+{_YEAR})?", "month")
def _day_to_day_month(m: re.Match) -> list[Piece]:
    """``from 15 to 22 February 1945``: the first day shares the second's month and year."""
    return _two_days(m, "day_to_day_month", "d1", "d")


@rule("month_of_that_year", rf"(?P<m>{MONTH_RE})\s+of\s+(?P<ana>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year(?![a-z])", "month")
def _month_of_that_year(m: re.Match) -> list[Piece]:
    """``August of that year``: one expression, the month in the year the story is in (or next/previous)."""
    ana = " ".join(m["ana"].lower().split())
    step = _anaphor_step(ana)
    return [_piece(m, "month_of_that_year", rel_unit="year_month", rel_n=step, month=_month(m["m"]))]


@rule("week_of_month", rf"(?:[Tt]he\s+)?(?P<w>first|second|third|fourth|last|final)\s+(?:week|days)\s+of\s+(?P<m>{MONTH_RE})(?:,?\s+{_YEAR})?", "month")
def _week_of_month(m: re.Match) -> list[Piece]:
    """``the last week of August``: the month, with where in it."""
    mod = {"first": "START", "last": "END", "final": "END"}.get(m["w"], "MID")
    return [_piece(m, "week_of_month", year=_year(m), month=_month(m["m"]), mod=mod)]


@rule("early_in", rf"(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)\s+in\s+(?:(?P<m>{MONTH_RE})\s+)?{_YEAR}", "digits")
def _early_in(m: re.Match) -> list[Piece]:
    """``early in 1940``, ``late in March 1941``: the modifier belongs to the expression."""
    mod = {"early": "START", "late": "END", "mid": "MID"}[m["mod"].lower()]
    return [_piece(m, "early_in", year=_year(m), month=_month(m["m"]) if m["m"] else None, mod=mod)]


@rule("day_before", r"(?P<the>[Tt]he)\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after)(?=\s*[,.;:)]|\s+(?:the|his|her|its|their|that|this)\s)",
      "unit")
def _day_before(m: re.Match) -> list[Piece]:
    """``the day before``, ``the year after``: one unit from the story's time."""
    return [_piece(m, "day_before", rel_unit=m["u"], rel_n=-1 if m["dir"] == "before" else 1)]


@rule("month_month_range", rf"(?P<m1>{MONTH_RE})\s*[–—-]\s*(?P<m>{MONTH_RE}),?\s+{_YEAR}", "month")
def _month_month_range(m: re.Match) -> list[Piece]:
    year = _year(m)
    m1, m2 = _month(m["m1"]), _month(m["m"])
    return [Piece(m.start("m1"), m.end("m1"), "DATE", "month_month_range", year=year - (m1 > m2), month=m1,
                  year_from_range=True),
            Piece(m.start("m"), m.end(), "DATE", "month_month_range", year=year, month=m2)]


# --- years, decades, centuries, eras --------------------------------------------------------

@rule("year", rf"(?:{_MOD})?{_YEAR}", "digits")
def _bare_year(m: re.Match) -> list[Piece]:
    part = _part_for(m)
    return [_piece(m, "year", year=_year(m), part=part, mod=None if part else _mod_of(m))]


@rule("numeric_date", r"(?<![\d.])(?:(?P<iy>1\d{3}|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)"
                      r"|(?P<num>[0-3]?\d[./][01]?\d[./](?:1\d{3}|20\d\d)))(?![\d])", "digits")
def _numeric_date(m: re.Match) -> list[Piece]:
    if m["iy"]:
        return [_piece(m, "numeric_date", year=int(m["iy"]), month=int(m["im"]), day=int(m["id"]))]
    # 22.06.1941 or 9/1/1939: dateparser knows the orders; day-first, as most of the world writes it
    # (and as it must be when the first number is over 12).
    import dateparser

    parsed = dateparser.parse(m["num"], languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    if parsed is None:
        return []
    return [_piece(m, "numeric_date", year=parsed.year, month=parsed.month, day=parsed.day)]


@rule("year_short_range", rf"(?:{_MOD})?{_YEAR}\s*[–—/-]\s*(?P<y2>\d\d)(?![\d,.]\d|\d|\s*%)", "digits")
def _year_short_range(m: re.Match) -> list[Piece]:
    y1 = int(m["y"])
    y2 = y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1:
        return []
    return [Piece(m.start(), m.end("y"), "DATE", "year_short_range", year=y1, mod=_mod_of(m)),
            Piece(m.start("y2"), m.end("y2"), "DATE", "year_short_range", year=y2)]


@rule("era_year", rf"(?:{_MOD})?(?:(?P<pre>AD|A\.D\.)\s*(?P<y1>\d{{1,4}})(?!\d)|(?<![\d,.])(?P<y>\d{{1,4}})\s*{_ERA})", "era")
def _era_year(m: re.Match) -> list[Piece]:
    year = int(m["y1"] or m["y"])
    bc = bool(m["era"]) and m["era"].startswith("B")
    return [_piece(m, "era_year", year=None if bc else year, bc=bc, value=f"BC{year:04d}" if bc else None,
                   mod=_mod_of(m))]


@rule("era_range", rf"(?P<m1>(?:{_MOD})?)(?P<a>\d{{1,4}})\s*(?:[–—-]|\s(?:to|and|until|till)\s)\s*"
                   rf"(?P<m2>(?:c\.|ca\.|circa|about|around)\s*)?(?P<b>\d{{1,4}})\s*{_ERA}", "era")
def _era_range(m: re.Match) -> list[Piece]:
    """``from 200 to 150 BC``, ``c. 300–250 BC``, ``between c. 950 and c. 920 BC``: both ends take the
    era written after the second (and BC years count down, AD ones up)."""
    a, b = int(m["a"]), int(m["b"])
    bc = m["era"].startswith("B")
    if (bc and a < b) or (not bc and a > b) or (m["a"].startswith("0") or m["b"].startswith("0")):
        return []
    mod2 = APPROX_MODS.get(" ".join((m["m2"] or "").lower().split())) if m["m2"] else None

    def era(year: int) -> dict:
        return {"value": f"BC{year:04d}", "bc": True} if bc else {"year": year}

    return [Piece(m.start(), m.end("a"), "DATE", "era_range", mod=_mod_of(m) if m["m1"] else None, **era(a)),
            Piece(m.start("m2") if m["m2"] else m.start("b"), m.end(), "DATE", "era_range", mod=mod2, **era(b))]


@rule("ad_range", r"(?P<pre>AD|A\.D\.)\s*(?P<a>\d{1,4})\s*[–—-]\s*(?P<b>\d{1,4})(?![\d,.]\d|\d)", "era")
def _ad_range(m: re.Match) -> list[Piece]:
    """``AD 14–37``: both ends are years of the era (the second may be written short: ``AD 1014–37``)."""
    a, b = int(m["a"]), int(m["b"])
    if len(m["b"]) < len(m["a"]):
        b = a - a % 10 ** len(m["b"]) + b
    if b <= a:
        return []
    return [Piece(m.start(), m.end("a"), "DATE", "ad_range", year=a),
            Piece(m.start("b"), m.end("b"), "DATE", "ad_range", year=b)]


@rule("millennium", rf"(?:[Tt]he\s+)?(?P<n>{ORDINAL_RE}|\d(?:st|nd|rd|th))[\s-]+millennium(?:\s+{_ERA})?", "century")
def _millennium(m: re.Match) -> list[Piece]:
    """``the 2nd millennium BC``: TIMEX2 writes a millennium as its first digit (``1`` is 1000–1999)."""
    n = _ordinal(m["n"])
    bc = (m.groupdict().get("era") or "").startswith("B")
    return [_piece(m, "millennium", value=f"BC{n - 1}" if bc else f"{n - 1}", bc=bc)]


@rule("year3", r"\b(?:in|In|since|Since|until|by|from|around|circa|c\.)\s+(?P<y>[1-9]\d\d)(?![\d,.]\d|\d|\s*%)", "digits")
def _three_digit_year(m: re.Match) -> list[Piece]:
    """Early years ("completed in 537"); the tagger drops counts ("in 300 days")."""
    return [_piece(m, "year3", group="y", year=int(m["y"]))]


# Fixed-date holidays: (month, day). Floating ones (a weekday of a month) are in values.FLOATING_HOLIDAYS.
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "bastille day": (7, 14),
             "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
             "the fourth of july": (7, 4), "thanksgiving": (11, None), "thanksgiving day": (11, None),
             "labor day": (9, None), "memorial day": (5, None),
             # Easter moves between March 22 and April 25: the month here is a placeholder the tagger replaces
             "easter": (4, None), "easter sunday": (4, None), "easter day": (4, None), "easter monday": (4, None),
             "good friday": (4, None), "easter week": (4, None), "election day": (11, None)}


@rule("holiday", rf"(?:(?P<ana>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<hol>Christmas\s+Day|Christmas\s+Eve|New\s+Year's\s+Day|New\s+Year's\s+Eve|"
                 rf"Bastille\s+Day|Thanksgiving(?:\s+Day)?|Halloween|Valentine's\s+Day|Independence\s+Day|"
                 rf"[Tt]he\s+Fourth\s+of\s+July|Labor\s+Day|Memorial\s+Day|Good\s+Friday|Election\s+Day|"
                 rf"Easter(?:\s+(?:Sunday|Monday|Day|week))?(?!\s+[A-Z])(?!-)|"
                 rf"\b(?:at|on|by|before|after|until|since)\s+(?P<xmas>Christmas)(?!\s+(?:Day|Eve)))(?:,?\s+(?:of\s+)?{_YEAR})?", "holiday")
def _holiday(m: re.Match) -> list[Piece]:
    name = " ".join((m["xmas"] or m["hol"]).lower().split())
    month, day = _HOLIDAYS[name]
    start = m.start("xmas") if m["xmas"] else m.start()
    ana = (m["ana"] or "").lower()
    return [Piece(start, m.end(), "DATE", "holiday", year=_year(m), month=month, day=day,
                  holiday=name if day is None else None, deictic=bool(ana) or m["xmas"] is None,
                  rel_n={"last": -1, "next": 1}.get(ana, 0))]


@rule("d_day", r"(?<![\w-])D-Day(?![\w-])", "holiday")
def _d_day(m: re.Match) -> list[Piece]:
    """``D-Day``: in a history of 1944 the Normandy landings, 6 June 1944; elsewhere an operation's
    first day, which the text must date itself (see the tagger)."""
    return [_piece(m, "d_day")]


@rule("decade_bc", rf"(?:{_MOD_THE})?(?<![\d'])(?P<dec>\d{{1,3}}0)s\s+(?:BCE|BC|B\.C\.E\.|B\.C\.)(?![A-Za-z])", "era")
def _decade_bc(m: re.Match) -> list[Piece]:
    return [_piece(m, "decade_bc", value=f"BC{int(m['dec']) // 10:03d}", bc=True, mod=_mod_of(m))]


@rule("decade", rf"(?:{_MOD_THE})?(?P<dec>(?<![\d'])\d{{3}}0s|'\d0s)(?![a-z])", "decade")
def _decade(m: re.Match) -> list[Piece]:
    text = m["dec"]
    mod = _mod_of(m)
    if text.startswith("'"):
        return [_piece(m, "decade", short_decade=int(text[1]), mod=mod)]
    if text.endswith("00s") and not text.startswith("20"):
        # "the 1800s" is the century; "the 2000s" is said of the decade ("the 1990s and early 2000s")
        return [_piece(m, "decade", century=int(text[:2]), mod=mod)]
    return [_piece(m, "decade", decade=int(text[:3]), mod=mod)]


@rule("century", rf"(?:{_MOD_THE})?(?P<c>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century(?:\s+{_ERA})?", "century")
def _century(m: re.Match) -> list[Piece]:
    n = _ordinal(m["c"])
    era = m.groupdict().get("era") or ""
    if era.startswith("B"):
        return [_piece(m, "century", value=f"BC{n - 1:02d}", bc=True, mod=_mod_of(m))]
    return [_piece(m, "century", century=n - 1, mod=_mod_of(m))]


@rule("decade_of_century", rf"(?:[Tt]he\s+)?(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
                           rf"\s+decade\s+of\s+the\s+(?P<c>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century(?![\w-])", "century")
def _decade_of_century(m: re.Match) -> list[Piece]:
    """``the first decade of the 20th century``: a decade (190), not the century."""
    century = _ordinal(m["c"]) - 1
    nth = m["nth"].lower()
    index = 9 if nth in ("last", "final") else ORDINAL_WORDS[nth] - 1
    return [_piece(m, "decade_of_century", decade=century * 10 + index)]


@rule("century_pair", rf"(?:[Tt]he\s+)?(?P<c1>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:and|or|to|through)\s+"
                      rf"(?P<the2>the\s+)?(?P<c2>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+centur(?:ies|y)(?:\s+{_ERA})?",
      "century")
def _century_pair(m: re.Match) -> list[Piece]:
    """``the 10th and 12th centuries``, ``from the 16th to the 18th century``: two centuries sharing
    the noun (and the era)."""
    bc = (m.groupdict().get("era") or "").startswith("B")
    pieces = []
    for group in ("c1", "c2"):
        n = _ordinal(m[group])
        start = m.start() if group == "c1" else m.start("the2") if m["the2"] else m.start(group)
        end = m.end("c1") if group == "c1" else m.end()
        pieces.append(Piece(start, end, "DATE", "century_pair", value=f"BC{n - 1:02d}" if bc else None,
                            century=None if bc else n - 1, bc=bc))
    return pieces


# --- seasons ---------------------------------------------------------------------------

@rule("season_year", rf"(?:{_MOD_THE})?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?,?\s+{_YEAR}"
                     r"(?:[–/-](?:\d\d|1\d{3}|20\d\d)(?![\d–-]))?", "season")
def _season_year(m: re.Match) -> list[Piece]:
    return [_piece(m, "season_year", year=_year(m), part=SEASON_CODES[m["s"].lower()], mod=_mod_of(m))]


@rule("season", rf"(?:{_ANAPHOR}\s+|{_MOD_THE})(?:(?P<smod>early|late|mid-?)\s*)?(?P<s>spring|summer|autumn|winter|fall)(?![a-z])", "season")
def _season(m: re.Match) -> list[Piece]:
    code = SEASON_CODES[m["s"]]
    ana = (m.groupdict().get("ana") or "").lower()
    if m["s"] == "fall" and not ana:  # "the fall of France"
        return []
    step = _anaphor_step(ana)
    smod = _season_mod(m)
    return [_piece(m, "season", part=code, rel_unit=f"season:{code}" if ana else None, rel_n=step,
                   mod=smod or _mod_of(m), deictic=ana in ("this", "next", "last"))]


@rule("season_of_that_year", r"(?P<t>(?:[Tt]he\s+)?(?:(?P<smod>early|late|mid-?)\s*)?(?P<s>spring|summer|autumn|fall|winter)\s+of\s+"
                             r"(?P<ana>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year)(?![\w-])",
      "season")
def _season_of_that_year(m: re.Match) -> list[Piece]:
    """``the summer of that year``: one expression, the season in the year the story is in (or next/previous)."""
    ana = " ".join(m["ana"].lower().split())
    step = _anaphor_step(ana)
    code = SEASON_CODES[m["s"].lower()]
    smod = _season_mod(m)
    # step is a year here, and _year_of counts from the season's first month: from a month before
    # it, "the following year" still means the next calendar year, so say the year outright.
    return [_piece(m, "season_of_that_year", group="t", rel_unit="year", rel_n=step, part=code, mod=smod)]


# Right after a preposition of time (fixed-width lookbehinds, one per word)
_AFTER_TIME_PREPOSITION = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in (
    "[Bb]y", "[Ii]n", "[Uu]ntil", "[Tt]ill", "[Ss]ince", "[Dd]uring", "[Tt]hrough")) + ")"


@rule("bare_season", _AFTER_TIME_PREPOSITION + r"(?:(?P<smod>early|late|mid-?)\s*)?"
                     r"(?P<s>spring|summer|autumn|winter)(?![\w-])(?!\s+of\b)(?!,?\s+\d)", "season")
def _bare_season(m: re.Match) -> list[Piece]:
    """"By spring the campaign was over", "in late summer": a season of the year the story is in."""
    smod = _season_mod(m)
    return [_piece(m, "bare_season", part=SEASON_CODES[m["s"]], mod=smod)]


# --- relative and anaphoric expressions ------------------------------------------------------

def _anaphor_step(ana: str) -> int:
    ana = " ".join(ana.split())
    if ana.endswith(("following", "next", "subsequent")):
        return 1
    if ana.endswith(("previous", "preceding", "last")):
        return -1
    return 0


def _unit(word: str) -> str:
    w = word.lower()
    return "century" if w.startswith("centur") else w.rstrip("s")


@rule("relative", rf"(?:(?P<dmod>[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Ss]ome|[Oo]nly|[Jj]ust|[Nn]early|[Aa]lmost|[Bb]arely|"
                  rf"[Ll]ess\s+than|[Mm]ore\s+than|[Oo]ver|[Uu]nder)\s+)?"
                  rf"{_QUANT}(?P<half>\s+and\s+a\s+half)?\s+{_UNIT}(?P<orso>\s+or\s+so)?\s+{_DIRECTION}", "unit")
def _relative(m: re.Match) -> list[Piece]:
    q = " ".join(m["q"].lower().split())
    fuzzy = q in FUZZY_QUANTITIES
    n = FUZZY_QUANTITIES.get(q) if fuzzy else number_value(q)
    if n is None:
        n, fuzzy = 3, True
    sign = -1 if m["dir"] in ("earlier", "ago", "previously", "before") else 1
    unit = _unit(m["u"])
    approx = fuzzy or bool(m["half"] or m["orso"]) or (m["dmod"] or "").lower() in APPROX_MODS or \
        (m["dmod"] or "").lower() == "barely"
    return [_piece(m, "relative", rel_unit=unit, rel_n=sign * int(round(n)), mod="APPROX" if approx else None,
                   ago=m["dir"] == "ago", fuzzy=fuzzy)]


@rule("relative_plural", r"\b(?P<u>[Hh]ours|[Mm]inutes|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades)\s+(?P<dir>later|earlier|afterwards?|ago)\b",
      "unit")
def _relative_plural(m: re.Match) -> list[Piece]:
    """"Years later", "decades earlier": a step of several units, of unstated size."""
    unit = _unit(m["u"])
    sign = -1 if m["dir"] in ("earlier", "ago") else 1
    return [_piece(m, "relative_plural", rel_unit=unit, rel_n=sign * FUZZY_QUANTITIES["several"], mod="APPROX",
                   ago=m["dir"] == "ago", fuzzy=True)]


@rule("units_around", r"(?<=\b[Tt]he\s)(?P<u>days|weeks|months|years)\s+(?P<rel>(?:before|after|leading\s+up\s+to)"
                      r"(?=\s+(?:the|his|her|its|their|a|an|[A-Z]|he|she|they|it)\b)|that\s+followed)", "unit")
def _units_around(m: re.Match) -> list[Piece]:
    """"in the weeks before the shooting": a stretch around an event, at the story's time (AQUAINT marks
    the unit word: ``weeks`` 1998-10); "the years that followed" is a length of unstated size."""
    unit = m["u"].lower()
    if m["rel"].startswith("that"):
        return [Piece(m.start("u"), m.end("u"), "DURATION", "units_around", value=_duration_value(None, _unit(unit)))]
    coarser = {"days": "month", "weeks": "month", "months": "year", "years": "year"}[unit]
    return [Piece(m.start("u"), m.end("u"), "DATE", "units_around", rel_unit=coarser, rel_n=0)]


@rule("anaphoric_plural", r"(?P<ana>[Tt]he\s+(?:following|next|previous|preceding|subsequent|past|last))\s+"
                          r"(?P<u>days|weeks|months|years|decades)(?![\w-])", "unit")
def _anaphoric_plural(m: re.Match) -> list[Piece]:
    """"the following years", "the past decades": a stretch of unstated length."""
    return [_piece(m, "anaphoric_plural", "DURATION", value=_duration_value(None, _unit(m["u"])))]


@rule("current_unit", rf"{_CURRENT}\s+(?P<u>week|month|year)(?![\w-])", "unit")
def _current_unit(m: re.Match) -> list[Piece]:
    """``the current fiscal year``, ``the current month``: the one the text is written in."""
    return [_piece(m, "current_unit", rel_unit=m["u"].lower(), rel_n=0, deictic=True)]


@rule("anaphoric", rf"(?:(?P<early>[Ee]arl(?:y|ier)|[Ll]ater?)\s+)?{_ANAPHOR}\s+(?P<u>day|week|month|year|decade)(?![a-z])", "unit")
def _anaphoric(m: re.Match) -> list[Piece]:
    ana = " ".join(m["ana"].lower().split())
    if ana in ("next", "last") and m["u"] == "day":
        return []
    if ana == "last" and re.search(r"\b[Tt]he\s+$", m.string[max(0, m.start() - 4):m.start()]):
        return []  # "the last year of the war" is no deictic "last year" ("the past year" has its rule)
    early = (m["early"] or "").lower()
    if early in ("earlier", "later") and ana not in ("this", "that", "the same"):
        return []  # "later the next year" is two phrases
    if early in ("early", "late") and ana not in ("this", "that", "next", "last"):
        return []
    # "this/next/last year" count from when the text was written; "that year", "the following year"
    # from the story. "early next year" is its start, "late last year" its end.
    return [_piece(m, "anaphoric", rel_unit=m["u"], rel_n=_anaphor_step(ana), deictic=ana in ("this", "next", "last"),
                   mod={"earlier": "START", "early": "START", "late": "END"}.get(early))]


@rule("past_unit", r"(?<![\w-])(?P<t>[Tt]he\s+(?:past|last)\s+(?P<u>week|month|year|decade))(?![\w-])"
                   r"(?!\s+(?:of|or|and|before|when|in|that|which)\b)(?!,?\s+\d)", "unit")
def _past_unit(m: re.Match) -> list[Piece]:
    """``the past year``, ``the last month``: the one before the present (TimeBank: 1997 written in
    1998), as "last year" is; "the last year of the war" is another phrase."""
    return [_piece(m, "past_unit", group="t", rel_unit=m["u"].lower(), rel_n=-1, deictic=True)]


@rule("year_ended", r"(?<![\w-])(?P<t>[Tt]he\s+(?:fiscal\s+)?year)\s+(?:ended|ending)\b", "unit")
def _year_ended(m: re.Match) -> list[Piece]:
    """``the year ended Sept. 30``: a fiscal year's length (TimeBank marks 7 of 8 as P1Y); the
    date that ends it is an expression of its own."""
    return [Piece(m.start("t"), m.end("t"), "DURATION", "year_ended", value="P1Y")]


@rule("full_year", r"(?<![\w-])(?P<t>[Tt]he\s+full\s+year)(?![\w-])(?!\s+(?:of|ended|ending)\b)", "unit")
def _full_year(m: re.Match) -> list[Piece]:
    """``sales for the full year``: the year being reported, as "this year" is."""
    return [_piece(m, "full_year", group="t", rel_unit="year", rel_n=0, deictic=True)]


@rule("year_end", r"(?<![\w-])(?P<t>(?:[Aa]round\s+)?(?:[Yy]ear[- ]end|[Yy]ear's\s+end))(?![\w-])(?!\s+(?:results|bonus|"
                  r"dividend|figures|statement|report|accounts|audit)\b)", "unit")
def _year_end(m: re.Match) -> list[Piece]:
    """``by year-end``, ``by year's end``: the end of the current year (TimeBank tags 5 of 6)."""
    return [_piece(m, "year_end", group="t", rel_unit="year", rel_n=0, deictic=True, mod="END")]


@rule("the_year", r"(?<![\w-])(?:(?P<for>[Ff]or|[Oo]ver)\s+)?(?P<t>[Tt]he\s+year)(?![\w-])"
                  r"(?!\s+(?:ago|earlier|before|after|later|of|ended|ending|to|in|that|when|which|before|\d|two|nineteen)\b)"
                  r"(?!,?\s+\d)", "unit")
def _the_year(m: re.Match) -> list[Piece]:
    """``the year`` on its own: "net for the year" is a year's length (P1Y); "earlier in the year"
    is the year the text is in, as "that year" would be."""
    if m["for"]:
        return [Piece(m.start("t"), m.end("t"), "DURATION", "the_year", value="P1Y")]
    return [Piece(m.start("t"), m.end("t"), "DATE", "the_year", rel_unit="year", rel_n=0)]


_NTH = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
        "last": None, "final": None, "closing": None}


@rule("nth_day_of", r"(?<![\w-])(?P<t>[Tt]he\s+(?P<ord>first|opening|second|third|fourth|fifth|sixth|seventh|last|final|"
                    r"closing)\s+day\s+of\s+(?:the|that|this|its)\s+"
                    r"(?P<ev>(?!(?:week|month|year|decade|century|quarter)\b)[a-z][a-z-]+))(?![\w-])", "unit")
def _nth_day_of(m: re.Match) -> list[Piece]:
    """"the first day of the battle": a day counted from the event the story is at (its date is the
    narrative's current day); "the last day of the conference" cannot be counted and stays undated."""
    return [_piece(m, "nth_day_of", group="t", rel_n=_NTH[m["ord"].lower()])]


@rule("that_time", r"(?<=\b[Aa]t\s)(?P<t>(?:that|the)\s+time)(?![\w-])"
                   r"(?!\s+(?:of|when|that|which|being|for|to|in|it|he|she|they|we|I)\b)(?!,?\s+(?:when|as)\b)",
      "that_time")
def _that_time(m: re.Match) -> list[Piece]:
    """"at that time", "at the time": the time the story is at (TIMEX2 and TimeML tag them with
    its value); "at the time of the signing", "at the time when …" name another time and are left."""
    return [_piece(m, "that_time", group="t")]


@rule("month_of_deictic_year", rf"(?P<m>{MONTH_RE})\s+(?P<ana>last|this|next)\s+year(?![\w-])", "month")
def _month_of_deictic_year(m: re.Match) -> list[Piece]:
    """``June last year``, ``January this year``: a month of a year counted from when the text was written."""
    return [_piece(m, "month_of_deictic_year", rel_unit="year", rel_n=_anaphor_step(m["ana"].lower()),
                   deictic=True, month=_month(m["m"]))]


@rule("weekend", r"(?P<ana>[Tt]he|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext)\s+weekend(?![\w-])", "unit")
def _weekend(m: re.Match) -> list[Piece]:
    """``the weekend``, ``last weekend``: the Saturday and Sunday of a calendar week (``1989-W43-WE``)."""
    ana = m["ana"].lower()
    return [_piece(m, "weekend", rel_unit="week", rel_n={"last": -1, "next": 1}.get(ana, 0),
                   deictic=ana in ("this", "last", "next", "the"))]


@rule("anaphoric_part", r"(?:[Tt]he\s+)?(?P<mod>beginning|start|end|middle|close|(?:first|second|latter|last)\s+half)\s+of\s+"
                        r"(?P<ana>the|that|this)\s+(?P<u>year|month|week|decade|century)(?![a-z])"
                        r"|(?<![\w-])(?P<mid>[Mm]id-century)(?![\w-])", "unit")
def _anaphoric_part(m: re.Match) -> list[Piece]:
    """``the end of the year``, ``by the end of the century``, ``mid-century``: the narrative's unit,
    with a mod; ``the second half of the year`` is its half (1943-H2)."""
    if m["mid"]:
        return [_piece(m, "anaphoric_part", rel_unit="century", rel_n=0, mod="MID")]
    word = " ".join(m["mod"].lower().split())
    if word.endswith("half"):
        if m["u"] != "year":
            return []  # "the first half of the month" has no TIMEX value of its own
        return [_piece(m, "anaphoric_part", rel_unit="year", rel_n=0, part="H1" if word.startswith("first") else "H2")]
    return [_piece(m, "anaphoric_part", rel_unit=m["u"], rel_n=0, mod=POINT_MODS[word + " of"])]


@rule("ordinal_day", r"(?<=\b[Oo]n\s)(?P<t>the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
                     r"(?=\s*[,.;:)]|\s+(?:the|a|an|he|she|it|they|we|his|her|its|their|this|that)\b)", "ordinal_day")
def _ordinal_day(m: re.Match) -> list[Piece]:
    """"On the 16th the line broke": a day of the month the story is in."""
    return [_piece(m, "ordinal_day", group="t", day=int(m["d"]))]


_STYLE = r"(?:O\.\s?S\.|N\.\s?S\.|Old\s+Style|New\s+Style)"
_D1 = r"(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_D2 = r"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@rule("two_styles_dm", rf"{_D1}\s+(?P<m1>{MONTH_RE})\s*[\[(]{_STYLE}\s*:?\s*{_D2}\s+(?P<m2>{MONTH_RE})\s*[\])]"
                       rf"(?:,?\s+{_YEAR})?", "month")
@rule("two_styles_md", rf"(?P<m1>{MONTH_RE})\s+{_D1}\s*[\[(]{_STYLE}\s*:?\s*(?P<m2>{MONTH_RE})\s+{_D2}\s*[\])]"
                       rf"(?:,?\s+{_YEAR})?", "month")
@rule("two_styles_year_first", rf"{_D1}\s+(?P<m1>{MONTH_RE})(?P<early_year>,?\s+){_YEAR}\s*[\[(]{_STYLE}\s*:?\s*"
                               rf"{_D2}\s+(?P<m2>{MONTH_RE})\s*[\])]", "month")
def _two_styles(m: re.Match) -> list[Piece]:
    """A date given in both calendars: ``7 November [O.S. 25 October] 1917``. Each is a date as
    written (no conversion); both share the year, the Old Style one a year earlier when its month
    is later (``10 January 1700 [O.S. 30 December 1699]``). The year, written once, is no third date."""
    year = _year(m)
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y2 = None if year is None else year - (1 if m2 > m1 else 0)
    first_end = m.end("y") if m.groupdict().get("early_year") else max(m.end("d1"), m.end("m1"))
    second = (min(m.start("d2"), m.start("m2")), max(m.end("d2"), m.end("m2")))
    pieces = [Piece(m.start(), first_end, "DATE", "two_styles", year=year, month=m1, day=int(m["d1"])),
              Piece(*second, "DATE", "two_styles", year=y2, month=m2, day=int(m["d2"]))]
    if m["y"] and not m.groupdict().get("early_year"):
        pieces.append(Piece(m.start("y"), m.end("y"), "DROP", "two_styles"))
    return pieces


@rule("week_of", rf"(?<![\w-])(?P<t>[Tt]he\s+week\s+of\s+(?P<m>{MONTH_RE})\s+{_DAY}(?:,?\s+{_YEAR})?)", "month")
def _week_of(m: re.Match) -> list[Piece]:
    """``the week of March 6``: the calendar week holding that day (2000-W10)."""
    return [_piece(m, "week_of", group="t", year=_year(m), month=_month(m["m"]), day=int(m["d"]), part="week")]


@rule("anaphoric_month", rf"{_ANAPHOR}\s+(?P<m>{MONTH_RE})(?:\s+{_DAY}(?!,?\s+{_YEAR}))?", "month")
def _anaphoric_month(m: re.Match) -> list[Piece]:
    """``last March``, ``next May``, ``last Oct. 23``: a month (and day) counted from the reference."""
    ana = m["ana"].lower()
    return [_piece(m, "anaphoric_month", rel_unit=f"month:{_month(m['m'])}", rel_n=_anaphor_step(ana),
                   deictic=ana in ("this", "next", "last"), day=int(m["d"]) if m["d"] else None)]


@rule("part_of_day", rf"{_ANAPHOR}\s+{_PART_OF_DAY}(?![a-z])", "part_of_day")
def _part_of_day(m: re.Match) -> list[Piece]:
    code = PART_OF_DAY_CODES[m["pod"]]
    ana = m["ana"].lower()
    return [_piece(m, "part_of_day", "TIME", rel_unit="day", rel_n=_anaphor_step(ana), time=code,
                   deictic=ana in ("this", "last"))]


@rule("weekday", rf"(?:(?P<ana>[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|"
                 rf"[Tt]he\s+(?:previous|preceding|following))\s+)?(?P<wd>{WEEKDAY_RE})"
                 rf"(?!,?\s+(?:\d{{1,2}}(?![\d,.])|{MONTH_RE}))(?:\s+{_PART_OF_DAY}(?![a-z]))?", "weekday")
def _weekday_only(m: re.Match) -> list[Piece]:
    ana = " ".join((m["ana"] or "").lower().split())
    pod = m["pod"]
    # "the previous Friday" counts from the story's day, as "that Friday" does; "last Friday" from the writing.
    return [_piece(m, "weekday", "TIME" if pod else "DATE", weekday=_weekday(m),
                   deictic=ana != "that" and not ana.startswith("the"),
                   rel_n={"last": -1, "next": 1, "the previous": -1, "the preceding": -1,
                          "the following": 1}.get(ana, 0), mod={"early": "START", "late": "END"}.get(ana),
                   time=PART_OF_DAY_CODES.get(pod or ""))]


@rule("deictic_day", r"(?<![\w-])(?:(?P<mod>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:\s+(?P<pod>morning|afternoon|evening|night)(?![a-z]))?(?![\w-])",
      "deictic_day")
def _deictic_day(m: re.Match) -> list[Piece]:
    """Days counted from when the text was written; "today" without a known date stays PRESENT_REF."""
    w = m["w"].lower()
    pod = m["pod"] or ("night" if w == "tonight" else None)
    return [_piece(m, "deictic_day", "TIME" if m["pod"] else "DATE", rel_unit="day", deictic=True,
                   rel_n={"yesterday": -1, "tomorrow": 1}.get(w, 0),
                   mod={"early": "START", "late": "END"}.get((m["mod"] or "").lower()),
                   time=PART_OF_DAY_CODES.get(pod or ""))]


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@rule("quarter", rf"(?:(?P<det>[Tt]he|[Tt]his\s+year's|[Ll]ast\s+year's|[Nn]ext\s+year's|[Ii]ts|[Tt]heir)\s+)?"
                 rf"(?:(?:[Ff]iscal|[Cc]alendar)\s+)?(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"
                 rf"(?P<sep>[\s-]+)quarter(?:(?:\s+of\s+(?:fiscal\s+)?|,?\s+){_YEAR})?(?![\w-])", "quarter")
def _quarter(m: re.Match) -> list[Piece]:
    """``the third quarter (of 1989)``; without a year it is a quarter of the reference year."""
    n = _QUARTERS[m["q"].lower()]
    det = (m["det"] or "").lower()
    # "the third-quarter loss": the article belongs to the noun, not to the date.
    start = m.start("q") if det in ("its", "their") or (det == "the" and "-" in m["sep"]) else m.start()
    year = _year(m)
    if year is not None:
        return [Piece(start, m.end(), "DATE", "quarter", year=year, part=f"Q{n}")]
    step = {"last year's": -1, "next year's": 1}.get(" ".join(det.split()), 0)
    return [Piece(start, m.end(), "DATE", "quarter", quarter=n, rel_n=step, deictic=True)]


@rule("quarter_year_first", r"(?P<det>[Tt]he\s+)?(?P<y>(?:1[6-9]|20)\d\d)\s+(?:fiscal\s+)?(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"
                              r"[\s-]+quarter(?![\w-])", "quarter")
def _quarter_year_first(m: re.Match) -> list[Piece]:
    """``the 1988 second quarter``: a quarter of the year it names."""
    return [_piece(m, "quarter_year_first", year=int(m["y"]), part=f"Q{_QUARTERS[m['q'].lower()]}")]


@rule("quarter_anaphor", r"(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Nn]ext|[Ll]ast)\s+(?P<which>(?:latest|most\s+recent|recent|current|"
                         r"year-ago|year-earlier|previous|preceding|just-ended|latest\s+fiscal|fiscal|same)\s+)?"
                         r"quarter(?![\w-])", "quarter")
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
    return [_piece(m, "quarter_anaphor", rel_unit="quarter", rel_n=step, deictic=True)]


@rule("report_period", r"(?:(?P<det>[Tt]he)\s+)?(?:(?P<which>latest|most\s+recent|year-earlier|year-ago|(?P<y>(?:19|20)\d\d))\s+period"
                         r"|(?<![\w-])(?P<adj>[Yy]ear-(?:earlier|ago))(?=\s+(?!period|quarter)[\w$]))(?![\w-])", "unit")
def _report_period(m: re.Match) -> list[Piece]:
    """``the latest period``, ``the year-earlier period``, ``the 1988 period``, ``year-earlier results``:
    in an earnings report, the quarter it states or that quarter a year before. The tagger keeps
    them only where a quarter was stated just before (they mean nothing else)."""
    which = (m["which"] or m["adj"] or "").lower()
    start = m.start("adj") if m["adj"] else m.start()
    if m["y"]:
        return [Piece(start, m.end(), "DATE", "report_period", year=int(m["y"]))]
    return [Piece(start, m.end(), "DATE", "report_period", rel_n=-1 if "year" in which else 0)]


_TENS_WORDS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


@rule("spelled_year", rf"(?:(?P<m>{MONTH_RE})\s+|(?:[Tt]he\s+)?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+of\s+)?"
                      rf"(?:[Tt]he\s+year\s+)?(?:[Nn]ineteen\s+(?:hundred\s+(?:and\s+)?)?(?P<tens>{_TENS_WORDS})"
                      rf"(?:[\s-](?P<ones>{_ONES_WORDS}))?|[Tt]wo\s+thousand(?:\s+(?:and\s+)?(?P<after>{_ONES_WORDS}|{_TEENS_WORDS}))?)"
                      rf"(?![\w-])(?!\s+(?:hundred|thousand|million)\b)", "spelled_year")
def _spelled_year(m: re.Match) -> list[Piece]:
    """Years as broadcast transcripts write them: ``nineteen ninety-six``, ``the year two thousand``.
    Bare "two thousand" is a count ("two thousand troops") unless "the year" or a following year word says so."""
    if m["tens"]:
        year = 1900 + NUMBER_WORDS[m["tens"].lower()] + (NUMBER_WORDS[m["ones"].lower()] if m["ones"] else 0)
    else:
        if not m.group(0).lower().startswith("the year") and not m["after"]:
            return []
        year = 2000 + (NUMBER_WORDS[m["after"].lower()] if m["after"] else 0)
    # "January nineteen ninety-seven", "the winter of nineteen ninety-four": one expression
    return [_piece(m, "spelled_year", year=year, month=_month(m["m"]) if m["m"] else None,
                   part=SEASON_CODES[m["s"].lower()] if m["s"] else None)]


@rule("fiscal_year", rf"[Ff]iscal\s+(?:[Yy]ear\s+)?{_YEAR}", "fiscal")
def _fiscal_year(m: re.Match) -> list[Piece]:
    return [_piece(m, "fiscal_year", year=_year(m))]


# "quarterly" is left out: in "quarterly dividend" it names a kind of payment, and annotators skip it.
_FREQUENCY = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "nightly": "P1D", "hourly": "PT1H"}


@rule("set_frequency", rf"(?<![\w-])(?:(?P<adv>daily|weekly|monthly|nightly|hourly)|"
                       rf"(?:[Ee]very|[Ee]ach)\s+(?:(?P<pod>morning|afternoon|evening|night)|(?P<s>spring|summer|autumn|fall|winter)"
                       rf"|(?P<wd>{WEEKDAY_RE})|(?P<mo>{MONTH_RE})))(?![\w-])", "set_frequency")
def _set_frequency(m: re.Match) -> list[Piece]:
    """"daily", "every evening", "each spring", "every Monday": recurring times."""
    if m["adv"]:
        value = _FREQUENCY[m["adv"]]
    elif m["pod"]:
        value = "XXXX-XX-XX" + PART_OF_DAY_CODES[m["pod"]]
    elif m["s"]:
        value = "XXXX-" + SEASON_CODES[m["s"]]
    elif m["mo"]:
        value = f"XXXX-{_month(m['mo']):02d}"  # "each July"
    else:
        value = f"XXXX-WXX-{_weekday(m)}"
    return [_piece(m, "set_frequency", "SET", value=value)]


@rule("reference", r"(?<![\w-])(?P<r>[Nn]owadays|[Cc]urrently|[Pp]resent-day|[Tt]he\s+present\s+day|[Rr]ight\s+now|"
                   r"[Aa]t\s+present|(?<=\s)now|[Rr]ecent\s+(?:years|decades|months|weeks|days)|[Rr]ecently|"
                   # the adjectives: "current talks", "the recent attacks", "the former premier"
                   r"(?<=\s)(?:current(?!\s+(?:account|accounts|affairs|of|flows?)\b)|recent|former)(?=\s+[a-z])|"
                   # "the future" as a time, not as an adjective ("the future Luftwaffe")
                   r"[Tt]he\s+past(?=\s*[,.;:)]|\s+(?:and|or|as|to|by|in|the|a|an|it|he|she|they|was|is|has|have|had)\b)|"
                   r"[Tt]he\s+(?:near\s+|distant\s+)?future(?=\s*[,.;:)]|\s+(?:and|or|as|to|by|in|the|a|an|it|he|she|they|was|is)\b))(?![\w-])", "reference")
def _reference(m: re.Match) -> list[Piece]:
    r = " ".join(m["r"].lower().split())
    value = ("FUTURE_REF" if r.endswith("future") else
             "PAST_REF" if r.startswith("recent") or r.endswith("past") or r == "former" else "PRESENT_REF")
    return [_piece(m, "reference", value=value)]


# --- durations and sets -------------------------------------------------------------------

def _duration_value(n: float | None, unit: str) -> str:
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


@rule("duration", rf"{_DUR_MOD}?(?:(?P<span_det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:next|past|last|following|previous|first|final|remaining)\s+)?)?"
                  rf"{_QUANT}(?:\s+(?:to|or)\s+(?P<q2>\d+|{NUMBER_RE}))?(?P<half>\s+and\s+a\s+half)?\s+"
                  rf"(?:(?:more|additional|further|extra)\s+)?{_UNIT}(?P<half2>\s+and\s+a\s+half)?"
                  rf"(?P<orso>\s+or\s+(?:so|two|three|more))?(?![\w-])", "unit")
def _duration(m: re.Match) -> list[Piece]:
    q = " ".join(m["q"].lower().split())
    unit = _unit(m["u"])
    if m["span_det"] and (q in ("a", "an") or not m["u"].endswith("s")):
        return []  # "the a year" is no phrase; "the one day" is not a length
    if q in FUZZY_QUANTITIES:
        n = None
    else:
        n = number_value(q)
        if n is None:
            return []
        if m["half"] or m["half2"]:  # "two and a half years", "a minute and a half"
            n += 0.5
    # "a year" is a year's length; plural units with "a"/"an" are not durations ("a years").
    if q in ("a", "an") and m["u"].endswith("s"):
        return []
    dmod = " ".join((m["dmod"] or "").lower().split())
    if m["q2"] and (number_value(m["q2"]) is None or n is None or q in ("a", "an")):
        return []  # "two to three weeks" is a range of lengths; "a to b" is no phrase
    if dmod in ("over", "under") and m["span_det"]:
        # "over the next three years": a preposition, not "more than".
        return [Piece(m.start("span_det"), m.end(), "DURATION", "duration", value=_duration_value(n, unit))]
    if m["q2"]:
        # "9 to 12 months": two lengths sharing the unit, as "from 15 to 22 February" are two dates
        # (TIMEX2); TimeML news marks one span, which the tagger joins (see tagger.tag).
        return [Piece(m.start(), m.end("q"), "DURATION", "duration_range", value=_duration_value(n, unit)),
                Piece(m.start("q2"), m.end(), "DURATION", "duration_range",
                      value=_duration_value(number_value(m["q2"]), unit))]
    if m["orso"]:
        # "the next year or so", "a year or two": a length stated loosely
        mod = "APPROX" if not dmod else DURATION_MODS.get(dmod)
        return [_piece(m, "duration", "DURATION", value=_duration_value(n, unit), mod=mod)]
    return [_piece(m, "duration", "DURATION", value=_duration_value(n, unit), mod=DURATION_MODS.get(dmod))]


@rule("duration_plural", r"(?:(?<=\b[Ff]or\s)|(?<=\b[Ww]ithin\s))(?P<q>many\s+|several\s+)?(?P<u>days|weeks|months|years|decades|centuries)(?![\w-])"
                         r"|(?<=\b[Oo]ver\s)(?P<the>the\s+(?:past\s+|last\s+|following\s+|next\s+)?)(?P<u2>years|decades|centuries|months)(?![\w-])", "unit")
def _duration_plural(m: re.Match) -> list[Piece]:
    """"for months", "for decades": a length of time of unstated size."""
    return [_piece(m, "duration_plural", "DURATION", value=_duration_value(None, _unit(m["u"] or m["u2"])))]


@rule("duration_matter", r"\b[Aa]\s+matter\s+of\s+(?P<u>days|weeks|months|years|hours|minutes)(?![\w-])", "unit")
def _duration_matter(m: re.Match) -> list[Piece]:
    """"in a matter of weeks": a few of that unit."""
    return [_piece(m, "duration_matter", "DURATION", value=_duration_value(None, _unit(m["u"])))]


@rule("duration_adjective", rf"(?<![\w-])(?P<q>\d+|{NUMBER_RE})-(?P<u>year|month|week|day|hour|minute|decade|century)(?:-long|-old)?(?![\w-])", "unit")
def _duration_adjective(m: re.Match) -> list[Piece]:
    n = number_value(m["q"])
    if n is None or m[0].endswith("-old"):
        return []  # "a 30-year-old" is an age, not a length of time (TimeML tags no ages)
    return [_piece(m, "duration_adjective", "DURATION", value=_duration_value(n, m["u"]))]


@rule("unit_long", r"(?<![\w-])(?P<u>day|week|month|year|decade|century|days|weeks|months|years|decades|centuries)"
                   r"-long(?![\w-])", "unit")
def _unit_long(m: re.Match) -> list[Piece]:
    """``a day-long meeting`` (P1D), ``a decades-long battle`` (a length of unstated size)."""
    unit = _unit(m["u"])
    plural = m["u"] != unit  # "decades" → "decade"; "century" stays itself
    return [_piece(m, "unit_long", "DURATION", value=_duration_value(None if plural else 1, unit))]


@rule("set", rf"(?:(?P<freq>[Oo]nce|[Tt]wice|\w+\s+times)\s+(?:a|an|per|every|each)|[Ee]very|[Ee]ach|[Pp]er)\s+(?:(?P<q>\d+|{NUMBER_RE})\s+)?{_UNIT}", "unit")
def _set(m: re.Match) -> list[Piece]:
    n = number_value(m["q"]) if m["q"] else 1
    if n is None:
        return []
    return [_piece(m, "set", "SET", value=_duration_value(n, _unit(m["u"])))]


@rule("set_adverb", r"(?<![\w-])(?:[Aa]nnually|[Yy]early(?=[\s,.;])|[Ee]very\s+other\s+year)(?![\w-])", "set_adverb")
def _set_adverb(m: re.Match) -> list[Piece]:
    return [_piece(m, "set_adverb", "SET", value="P2Y" if "other" in m[0] else "P1Y")]


# --- clock times -------------------------------------------------------------------------

_ZONE = r"(?:\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MSK|local\s+time)(?![A-Za-z]))?"


@rule("clock", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|[AaPp][Mm](?![A-Za-z])|o'clock)" + _ZONE +
               r"|(?<![\d.:])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])" + _ZONE, "clock")
def _clock(m: re.Match) -> list[Piece]:
    h = int(m["h"] or m["h2"])
    minute = int(m["mi"] or m["mi2"] or 0)
    ap = (m["ap"] or "").lower()
    if ap.startswith("p") and h < 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    return [_piece(m, "clock", "TIME", time=f"T{h:02d}:{minute:02d}")]


@rule("clock_part_of_day", r"(?<![\d.:,])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+"
                           r"(?P<pod>morning|afternoon|evening)(?![\w-])", "part_of_day")
def _clock_part_of_day(m: re.Match) -> list[Piece]:
    """``4 in the morning``, ``9 o'clock in the evening``: a clock time the part of day makes a.m. or p.m."""
    h = int(m["h"]) % 12 + (12 if m["pod"] != "morning" else 0)
    return [_piece(m, "clock_part_of_day", "TIME", time=f"T{h:02d}:{int(m['mi'] or 0):02d}")]


@rule("named_time", r"(?<![\w-])(?P<t>[Mm]idnight|[Nn]oon|[Mm]idday|[Dd]awn|[Dd]aybreak|[Dd]usk|[Nn]ightfall|[Ss]unset|"
                    r"[Ss]unrise)(?![\w-])", "named_time")
def _named_time(m: re.Match) -> list[Piece]:
    code = {"midnight": "T24:00", "noon": "T12:00", "midday": "T12:00", "dawn": "TMO", "daybreak": "TMO",
            "sunrise": "TMO", "dusk": "TEV", "nightfall": "TEV", "sunset": "TEV"}[m["t"].lower()]
    return [_piece(m, "named_time", "TIME", time=code)]


def windows(text: str, trigger: re.Pattern) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around a trigger's hits, where a rule's matches can be."""
    spans: list[list[int]] = []
    for m in trigger.finditer(text):
        start, end = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans]


def candidates(text: str) -> Iterator[list[Piece]]:
    """Every rule match in ``text`` (overlapping), as the pieces each would give."""
    spans = {name: windows(text, trigger) for name, trigger in _TRIGGERS.items()}
    for r in _RULES:
        for start, end in spans[r.trigger]:
            for m in r.pattern.finditer(text, start, end):
                # Matches start and end on word boundaries of the whole text ("1939" in "19391"
                # never counts), which also drops words a window's edge cut in half.
                if m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start()].isalnum():
                    continue
                if m.end() < len(text) and text[m.end()].isalnum() and text[m.end() - 1].isalnum():
                    continue
                pieces = r.build(m)
                if pieces:
                    yield pieces


def select(found: list[list[Piece]]) -> list[list[Piece]]:
    """Non-overlapping matches, longest first and then leftmost, in text order."""
    found = sorted(found, key=lambda ps: (-(ps[-1].end - ps[0].start), ps[0].start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for pieces in found:
        s, e = pieces[0].start, pieces[-1].end
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(pieces)
    return sorted(chosen, key=lambda ps: ps[0].start)
