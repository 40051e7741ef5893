"""Words temporal expressions are built from, as regex pieces and lookup tables."""

from __future__ import annotations

import re

from pipeline.lexicon.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES

# Month words spelled once (pipeline.lexicon.calendar); here they map to their numbers.
MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)} | {
    abbr.lower(): next(i + 1 for i, name in enumerate(MONTH_NAMES) if name.startswith(abbr[:3]))
    for abbr in MONTH_ABBREVIATIONS}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PART_OF_DAY_CODES = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}

_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_ONES)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "one": 1, "a hundred": 100, "hundred": 100, "a dozen": 12, "dozen": 12})
# Quantities that say "some": resolved as this many, with mod APPROX.
FUZZY_QUANTITIES = {"a few": 3, "few": 3, "several": 3, "some": 3, "many": None, "a couple of": 2, "a number of": None}

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth"]
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORDINALS)}
# "the twenty-fourth century BC", "the thirty-first of May": tens and ones, hyphenated or not.
ORDINAL_WORDS.update({f"{tens}{gap}{one}": base + i + 1 for tens, base in (("twenty", 20), ("thirty", 30))
                      for i, one in enumerate(_ORDINALS[:9]) for gap in ("-", " ")})
ORDINAL_WORDS.update({"thirtieth": 30})

# Unit word → (TIMEX3 duration letter, whether it is a time unit, unit name for arithmetic)
UNITS = {
    "day": ("D", False, "day"), "week": ("W", False, "week"), "month": ("M", False, "month"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
    "hour": ("H", True, "hour"), "minute": ("M", True, "minute"),
}

# Leading words and the TIMEX3 mod they give.
POINT_MODS = {
    "early": "START", "beginning of": "START", "start of": "START", "dawn of": "START", "first half of": "START",
    "mid": "MID", "middle of": "MID", "mid-": "MID",
    "late": "END", "end of": "END", "close of": "END", "second half of": "END", "latter half of": "END",
    "last half of": "END",
    "latter part of": "END", "turn of": "END",
}
APPROX_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
               "circa": "APPROX", "c.": "APPROX", "ca.": "APPROX", "some": "APPROX"}
DURATION_MODS = {**APPROX_MODS, "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
                 "under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
                 "at most": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
                 "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE"}


def alternation(words: list[str] | set[str] | dict[str, object], *, capital: bool = False) -> str:
    """A regex alternation of ``words``, longest first; ``capital`` also allows a capital first letter."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        esc = w.replace(".", r"\.").replace(" ", r"\s+").replace("-", r"-")
        if capital and w[0].isalpha():
            esc = f"[{w[0].upper()}{w[0]}]{esc[1:]}"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


# Undotted "Mar", "Jun", "Jul" are left out: they are words too ("to mar", a name).
MONTH_RE = "(?:" + "|".join(MONTH_NAMES) + "|" \
           r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|" \
           r"Jan|Feb|Apr|Aug|Sept|Oct|Nov|Dec)(?![a-z])"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _capital_words(words: list[str]) -> str:
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(words, key=len, reverse=True))


NUMBER_RE = (rf"(?:(?:{_capital_words(_TENS)})(?:[-\s](?:{_capital_words(_ONES[:9])})(?![\w-]))?"
             rf"|{_capital_words(_ONES)}|(?:[Aa]\s+)?(?:hundred|dozen))")
ORDINAL_RE = alternation(ORDINAL_WORDS, capital=True)


def number_value(text: str) -> float | None:
    """``five`` → 5, ``twenty-two`` → 22, ``18`` → 18, ``2.5`` → 2.5; None when not a number."""
    t = " ".join(text.lower().split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        t = t.replace(",", "")  # "1,800": a thousands separator
    if t.replace(".", "", 1).isdigit():
        return float(t)
    half = re.fullmatch(r"(\d+)(?: 1/2|½)", t)
    if half:
        return int(half.group(1)) + 0.5  # "5 1/2", "5½"
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if "-" in t or " " in t:  # "twenty-four", "twenty four"
        tens, _, ones = t.replace(" ", "-").partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None
