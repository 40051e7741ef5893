"""Lengths of time and recurring times: ``five years``, ``for months``, ``twice a year``, ``daily``."""

from __future__ import annotations

import re

from pipeline.timex.lexicon import DURATION_MODS, FUZZY_QUANTITIES, MONTH_RE, NUMBER_RE, PART_OF_DAY_CODES, SEASON_CODES, WEEKDAY_RE, number_value
from pipeline.timex.context import Tokens
from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import ex, rule
from pipeline.timex.rules.patterns import DUR_MOD, QUANT, UNIT, duration_value, month_number, piece, unit_name, weekday_number


@rule("anaphoric_plural", r"(?P<ana>[Tt]he\s+(?:following|next|previous|preceding|subsequent|past|last))\s+"
                          r"(?P<u>days|weeks|months|years|decades)(?![\w-])", "unit",
      examples=[ex("In [the following decades] the border moved twice.", "DURATION PXDE", ref="1939-08-23")])
def _anaphoric_plural(m: re.Match) -> list[Piece]:
    """"the following years", "the past decades": a stretch of unstated length."""
    return [piece(m, "DURATION", value=duration_value(None, unit_name(m["u"])))]


# "quarterly" is left out: in "quarterly dividend" it names a kind of payment, and annotators skip it.
_FREQUENCY = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "nightly": "P1D", "hourly": "PT1H"}


@rule("set_frequency", rf"(?<![\w-])(?:(?P<adv>daily|weekly|monthly|nightly|hourly)|"
                       rf"(?:[Ee]very|[Ee]ach)\s+(?:(?P<pod>morning|afternoon|evening|night)|(?P<s>spring|summer|autumn|fall|winter)"
                       rf"|(?P<wd>{WEEKDAY_RE})|(?P<mo>{MONTH_RE})))(?![\w-])", "set_frequency",
      examples=[ex("The guards changed [every evening].", "SET XXXX-XX-XXTEV")])
def _set_frequency(m: re.Match) -> list[Piece]:
    """"daily", "every evening", "each spring", "every Monday": recurring times."""
    if m["adv"]:
        value = _FREQUENCY[m["adv"]]
    elif m["pod"]:
        value = "XXXX-XX-XX" + PART_OF_DAY_CODES[m["pod"]]
    elif m["s"]:
        value = "XXXX-" + SEASON_CODES[m["s"]]
    elif m["mo"]:
        value = f"XXXX-{month_number(m['mo']):02d}"  # "each July"
    else:
        value = f"XXXX-WXX-{weekday_number(m)}"
    return [piece(m, "SET", value=value)]


def _keep_duration(p: Piece, text: str, tokens: Tokens) -> bool:
    """"One day" in a story is an adverb ("one day he left"), not a length of time."""
    return text[p.start:p.end].lower() != "one day"


@rule("duration", rf"{DUR_MOD}?(?:(?P<span_det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:next|past|last|following|previous|first|final|remaining)\s+)?)?"
                  rf"{QUANT}(?:\s+(?:to|or)\s+(?P<q2>\d+|{NUMBER_RE}))?(?P<half>\s+and\s+a\s+half)?\s+"
                  rf"(?:(?:more|additional|further|extra)\s+)?{UNIT}(?P<half2>\s+and\s+a\s+half)?"
                  rf"(?P<orso>\s+or\s+(?:so|two|three|more))?(?![\w-])", "unit", keep=_keep_duration,
      examples=[ex("The siege lasted [872 days].", "DURATION P872D"),
                ex("The delay lasted [almost ten days].", "DURATION P10D LESS_THAN")])
def _duration(m: re.Match) -> list[Piece]:
    q = " ".join(m["q"].lower().split())
    unit = unit_name(m["u"])
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
        return [Piece(m.start("span_det"), m.end(), "DURATION", value=duration_value(n, unit))]
    if m["q2"]:
        # "9 to 12 months": two lengths sharing the unit, as "from 15 to 22 February" are two dates
        # (TIMEX2); TimeML news marks one span, which the tagger joins (see tagger.tag).
        return [Piece(m.start(), m.end("q"), "DURATION", value=duration_value(n, unit)),
                Piece(m.start("q2"), m.end(), "DURATION",
                      value=duration_value(number_value(m["q2"]), unit))]
    if m["orso"]:
        # "the next year or so", "a year or two": a length stated loosely
        mod = "APPROX" if not dmod else DURATION_MODS.get(dmod)
        return [piece(m, "DURATION", value=duration_value(n, unit), mod=mod)]
    return [piece(m, "DURATION", value=duration_value(n, unit), mod=DURATION_MODS.get(dmod))]


@rule("duration_plural", r"(?:(?<=\b[Ff]or\s)|(?<=\b[Ww]ithin\s))(?P<q>many\s+|several\s+)?(?P<u>days|weeks|months|years|decades|centuries)(?![\w-])"
                         r"|(?<=\b[Oo]ver\s)(?P<the>the\s+(?:past\s+|last\s+|following\s+|next\s+)?)(?P<u2>years|decades|centuries|months)(?![\w-])", "unit",
      examples=[ex("For [decades] the protocol was denied.", "DURATION PXDE")])
def _duration_plural(m: re.Match) -> list[Piece]:
    """"for months", "for decades": a length of time of unstated size."""
    return [piece(m, "DURATION", value=duration_value(None, unit_name(m["u"] or m["u2"])))]


@rule("duration_matter", r"\b[Aa]\s+matter\s+of\s+(?P<u>days|weeks|months|years|hours|minutes)(?![\w-])", "unit",
      examples=[ex("The city fell in [a matter of weeks].", "DURATION PXW")])
def _duration_matter(m: re.Match) -> list[Piece]:
    """"in a matter of weeks": a few of that unit."""
    return [piece(m, "DURATION", value=duration_value(None, unit_name(m["u"])))]


@rule("duration_adjective", rf"(?<![\w-])(?P<q>\d+|{NUMBER_RE})-(?P<u>year|month|week|day|hour|minute|decade|century)(?:-long|-old)?(?![\w-])", "unit",
      examples=[ex("France and the USSR signed a [five-year] treaty.", "DURATION P5Y")])
def _duration_adjective(m: re.Match) -> list[Piece]:
    n = number_value(m["q"])
    if n is None or m[0].endswith("-old"):
        return []  # "a 30-year-old" is an age, not a length of time (TimeML tags no ages)
    return [piece(m, "DURATION", value=duration_value(n, m["u"]))]


@rule("unit_long", r"(?<![\w-])(?P<u>day|week|month|year|decade|century|days|weeks|months|years|decades|centuries)"
                   r"-long(?![\w-])", "unit",
      examples=[ex("A [day-long] meeting followed.", "DURATION P1D")])
def _unit_long(m: re.Match) -> list[Piece]:
    """``a day-long meeting`` (P1D), ``a decades-long battle`` (a length of unstated size)."""
    unit = unit_name(m["u"])
    plural = m["u"] != unit  # "decades" → "decade"; "century" stays itself
    return [piece(m, "DURATION", value=duration_value(None if plural else 1, unit))]


@rule("set", rf"(?:(?P<freq>[Oo]nce|[Tt]wice|\w+\s+times)\s+(?:a|an|per|every|each)|[Ee]very|[Ee]ach|[Pp]er)\s+(?:(?P<q>\d+|{NUMBER_RE})\s+)?{UNIT}", "unit",
      examples=[ex("The council convened [twice a year].", "SET P1Y")])
def _set(m: re.Match) -> list[Piece]:
    n = number_value(m["q"]) if m["q"] else 1
    if n is None:
        return []
    return [piece(m, "SET", value=duration_value(n, unit_name(m["u"])))]


@rule("set_adverb", r"(?<![\w-])(?:[Aa]nnually|[Yy]early(?=[\s,.;])|[Ee]very\s+other\s+year)(?![\w-])", "set_adverb",
      examples=[ex("Reports were filed [annually] with the ministry.", "SET P1Y")])
def _set_adverb(m: re.Match) -> list[Piece]:
    return [piece(m, "SET", value="P2Y" if "other" in m[0] else "P1Y")]
