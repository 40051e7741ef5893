"""Days of the week, deictic days and clock times: ``Friday``, ``yesterday``, ``4:30 p.m.``, ``at dawn``."""

from __future__ import annotations

import re

from pipeline.timex.context import Tokens
from pipeline.timex.lexicon import MONTH_RE, PART_OF_DAY_CODES, WEEKDAY_RE
from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import Resolved, Resolving, ex, rule
from pipeline.timex.rules.patterns import DEICTIC, ANAPHOR, PART_OF_DAY, anaphor_step, piece, weekday_number
from pipeline.timex.values import RefTime, format_value, shift


def _resolve_weekend(p: Piece, c: Resolving) -> Resolved:
    ref, step = c.ref, p.rel_n or 0
    if not step and c.kind == "news" and c.reference_date is not None and c.tense < 0 and ref.day is not None \
            and ref.as_date().isoweekday() < 6:
        step = -1  # "over the weekend" in a weekday's report of the past: the one just gone
    moved = shift(ref, "week", step)
    value = format_value(moved, "isoweek") if moved else None
    return Resolved(f"{value}-WE" if value else "XXXX-WXX-WE", value is not None)


def _resolve_deictic_day(p: Piece, c: Resolving) -> Resolved:
    """Counted from when the text was written; without a known date, "today" is PRESENT_REF."""
    if c.reference_date is not None:
        base = RefTime(c.reference_date.year, c.reference_date.month, c.reference_date.day)
    elif p.rel_n == 0:
        return Resolved("PRESENT_REF", False)
    else:
        base = c.ref
    moved = shift(base, "day", p.rel_n or 0)
    return Resolved(format_value(moved, "day") if moved else None, True)


@rule("weekend", r"(?P<ana>[Tt]he|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext)\s+weekend(?![\w-])", "unit", resolve=_resolve_weekend,
      examples=[ex("The talks resumed over [the weekend].", "DATE 1989-W42-WE", news="1989-10-27")])
def _weekend(m: re.Match) -> list[Piece]:
    """``the weekend``, ``last weekend``: the Saturday and Sunday of a calendar week (``1989-W43-WE``)."""
    ana = m["ana"].lower()
    return [piece(m, rel_unit="week", rel_n={"last": -1, "next": 1}.get(ana, 0),
                   deictic=" ".join(ana.split()) in (*DEICTIC, "the"))]


@rule("part_of_day", rf"{ANAPHOR}\s+{PART_OF_DAY}(?![a-z])", "part_of_day",
      examples=[ex("Ribbentrop flew home [that night].", "TIME 1939-08-23TNI", ref="1939-08-23"),
                ex("[The following morning] the news broke.", "TIME 1939-08-24TMO", ref="1939-08-23")])
def _part_of_day(m: re.Match) -> list[Piece]:
    code = PART_OF_DAY_CODES[m["pod"]]
    ana = m["ana"].lower()
    return [piece(m, "TIME", rel_unit="day", rel_n=anaphor_step(ana), time=code,
                   deictic=ana in ("this", "last"))]


_TITLE_AFTER = re.compile(rf"\s+(?!{MONTH_RE}\b|(?:Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]")


def _keep_weekday(p: Piece, text: str, tokens: Tokens) -> bool:
    """"the Sunday Times", "the Saturday Evening Post": a weekday opening a capitalised name is no day;
    nor one a capitalised word modifies ("Gloomy Sunday", "Ruby Tuesday", "Remembrance Sunday": a
    title or a named day), which "said in Tokyo Monday" is not (the parse tells them apart)."""
    if re.search(r"\b[Tt]he\s+$", text[max(0, p.start - 5):p.start]) and _TITLE_AFTER.match(text, p.end):
        return False
    token = tokens.at(p.start)
    if token is not None and token.i > 0:
        before = token.doc[token.i - 1]
        if before.head.i == token.i and before.dep_ in ("compound", "amod") and before.text[:1].isupper() \
                and before.lower_ not in _WEEKDAY_WORDS:
            return False
    return True


# A day of the month after the weekday ("Friday 13th", "Monday, 26 October", "Tuesday 3."): the
# weekday is part of a longer date. A count that cannot be a day, or one a noun follows ("on
# Saturday, 69 percent said", "Friday, 12 people died"), leaves the weekday its own date.
_DAY_AFTER = r"(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th\b|(?![\d,.])(?!\s+[a-z]))"

# Words that may stand before a weekday inside the weekday's own expression.
_WEEKDAY_WORDS = {"last", "next", "this", "that", "early", "late", "earlier", "later", "on", "every", "each"}


@rule("weekday", rf"(?:(?P<ana>[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|"
                 rf"[Tt]he\s+(?:previous|preceding|following))\s+)?(?P<wd>{WEEKDAY_RE})"
                 rf"(?!,?\s+(?:{_DAY_AFTER}|{MONTH_RE}))(?:\s+{PART_OF_DAY}(?![a-z]))?", "weekday",
      keep=_keep_weekday,
      examples=[ex("The ministers met on [Friday].", "DATE 1998-10-02", news="1998-10-05"),
                ex("He told the Sunday Times that he would resign."),
                ex("She wrote the song Gloomy Sunday for the film.")])
def _weekday_only(m: re.Match) -> list[Piece]:
    ana = " ".join((m["ana"] or "").lower().split())
    pod = m["pod"]
    # "the previous Friday" counts from the story's day, as "that Friday" does; "last Friday" from the writing.
    return [piece(m, "TIME" if pod else "DATE", weekday=weekday_number(m),
                   deictic=ana != "that" and not ana.startswith("the"),
                   rel_n={"last": -1, "next": 1, "the previous": -1, "the preceding": -1,
                          "the following": 1}.get(ana, 0), mod={"early": "START", "late": "END"}.get(ana),
                   time=PART_OF_DAY_CODES.get(pod or ""))]


_NAME_BEFORE = re.compile(r"[\w,&]\s*$")


def _keep_deictic_day(p: Piece, text: str, tokens: Tokens) -> bool:
    """A capitalised "Today" or "Yesterday" inside a sentence is a name ("the Sports Today programme",
    the song "From Yesterday", "USA Today"), not a day; at a sentence's or a quotation's start it is one."""
    return not (text[p.start].isupper() and _NAME_BEFORE.search(text[max(0, p.start - 3):p.start]))


@rule("deictic_day", r"(?<![\w-])(?:(?P<mod>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:\s+(?P<pod>morning|afternoon|evening|night)(?![a-z]))?(?![\w-])",
      "deictic_day", resolve=_resolve_deictic_day, keep=_keep_deictic_day,
      examples=[ex("The border is still disputed [today].", "DATE PRESENT_REF"),
                ex("The bank closed [yesterday].", "DATE 1998-10-01", news="1998-10-02"),
                ex("The band released the single From Yesterday and joined the Sports Today show.")])
def _deictic_day(m: re.Match) -> list[Piece]:
    """Days counted from when the text was written; "today" without a known date stays PRESENT_REF."""
    w = m["w"].lower()
    pod = m["pod"] or ("night" if w == "tonight" else None)
    return [piece(m, "TIME" if m["pod"] else "DATE", rel_unit="day", deictic=True,
                   rel_n={"yesterday": -1, "tomorrow": 1}.get(w, 0),
                   mod={"early": "START", "late": "END"}.get((m["mod"] or "").lower()),
                   time=PART_OF_DAY_CODES.get(pod or ""))]


_ZONE = r"(?:\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MSK|local\s+time)(?![A-Za-z]))?"


def _keep_clock(p: Piece, text: str, tokens: Tokens) -> bool:
    """``the 5:40 express``, ``the 9:15 from the coast``: a clock time between ``the`` and what it names
    is the name of a train or a service, not a time of the story."""
    return not (re.search(r"\b[Tt]he\s+$", text[max(0, p.start - 5):p.start])
                and re.match(r"\s+(?!in\b|on\b|at\b|of\b|and\b|or\b|to\b)[a-z]", text[p.end:p.end + 6]))


@rule("clock", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|[AaPp][Mm](?![A-Za-z])|o'clock)" + _ZONE +
               r"|(?<![\d.:])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])" + _ZONE, "clock", keep=_keep_clock,
      examples=[ex("The first shots were fired at [4:45 a.m.]", "TIME 1939-09-01T04:45", ref="1939-09-01"),
                ex("The coach was hit by the 6:15 mail train from the port.")])
def _clock(m: re.Match) -> list[Piece]:
    h = int(m["h"] or m["h2"])
    minute = int(m["mi"] or m["mi2"] or 0)
    ap = (m["ap"] or "").lower()
    if ap.startswith("p") and h < 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    return [piece(m, "TIME", time=f"T{h:02d}:{minute:02d}")]


@rule("clock_part_of_day", r"(?<![\d.:,])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+"
                           r"(?P<pod>morning|afternoon|evening)(?![\w-])", "part_of_day",
      examples=[ex("The guns opened at [4 in the morning].", "TIME 1916-07-01T04:00", ref="1916-07-01")])
def _clock_part_of_day(m: re.Match) -> list[Piece]:
    """``4 in the morning``, ``9 o'clock in the evening``: a clock time the part of day makes a.m. or p.m."""
    h = int(m["h"]) % 12 + (12 if m["pod"] != "morning" else 0)
    return [piece(m, "TIME", time=f"T{h:02d}:{int(m['mi'] or 0):02d}")]


def _keep_named_time(p: Piece, text: str, tokens: Tokens) -> bool:
    """Not the verb ("it did not dawn on him"), not an era's start ("the dawn of the jet age"), not a
    name ("Operation Dawn", the "Midnight Express")."""
    if re.match(r"\s+of\b", text[p.end:p.end + 4]) or (text[p.start].isupper() and _NAME_BEFORE.search(
            text[max(0, p.start - 3):p.start])):
        return False
    token = tokens.at(p.start)
    return token is None or token.pos_ != "VERB"


@rule("named_time", r"(?<![\w-])(?P<t>[Mm]idnight|[Nn]oon|[Mm]idday|[Dd]awn|[Dd]aybreak|[Dd]usk|[Nn]ightfall|[Ss]unset|"
                    r"[Ss]unrise)(?![\w-])", "named_time", keep=_keep_named_time,
      examples=[ex("The invasion began on 22.06.1941 at [dawn].", "TIME 1941-06-22TMO"),
                ex("It did not dawn on the crew that the ship was lost, at the dawn of the steam age.")])
def _named_time(m: re.Match) -> list[Piece]:
    code = {"midnight": "T24:00", "noon": "T12:00", "midday": "T12:00", "dawn": "TMO", "daybreak": "TMO",
            "sunrise": "TMO", "dusk": "TEV", "nightfall": "TEV", "sunset": "TEV"}[m["t"].lower()]
    return [piece(m, "TIME", time=code)]
