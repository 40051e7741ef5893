"""Tag the temporal expressions of a text and resolve them in the narrative's time.

:func:`tag` runs the grammar, drops matches their rule's context check rules
out (the modal ``May``, ``1500 soldiers``, page numbers; see
:mod:`pipeline.timex.rules`), joins ranges, and resolves each expression against a :class:`~pipeline.timex.values.RefTime` that moves
as the text states dates. The caller carries the reference from one text to
the next, so a section inherits the time the previous one ended in.

(Over 400 lines because context rules, value resolution and the moving
reference are one algorithm over one state; the pure value arithmetic is
already apart, in :mod:`pipeline.timex.values`.)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from pipeline.core.records import Timex
from pipeline.timex.context import Tokens
from pipeline.timex.grammar import Piece, candidates, select
from pipeline.timex.lexicon import MONTHS, PART_OF_DAY_CODES, WEEKDAYS
from pipeline.timex.quotes import speaker_relative
from pipeline.timex.rules import Resolved, Resolving, rule_named
from pipeline.timex.rules.business import QUARTER_REACH
from pipeline.timex.rules.holidays import HOLIDAY_WEEKEND_AFTER, holiday_weekend
from pipeline.timex.rules.model import MODEL
from pipeline.timex.values import (
    SEASONS, RefTime, after_anchor, date_value, finest, format_value, from_value, interval, narrowed, shift,
)


_RANGE_DASH = re.compile(r"\s*[–—-]\s*$")
# "from around 9500 BCE to at least 8000 BCE": a hedge before the far end leaves it the range's end.
_RANGE_WORD = re.compile(r"\s+(to|until|till|through|and|-)\s+(?:(?:at\s+least|about|around|approximately|circa|c\.)\s+)?$")
# "between the years 1983 and 1987": the unit word may stand between the opener and the first end.
_RANGE_OPENER = re.compile(r"(?:\b[Ff]rom|\b[Bb]etween)\s+(?:the\s+years\s+)?$")
_PART_OF_DAY_BEFORE = re.compile(r"(?:[Tt]he|[Tt]hat)\s+(?:early\s+|late\s+)?(morning|afternoon|evening|night)\s+of\s+$")
# "up to December", "by 1874": a bound the happening reaches, not the time it fills.
_UP_TO_BEFORE = re.compile(r"\b[Uu]p\s+(?:(?:un)?to|(?:un)?till?)\s+$")  # "up to", "up until", "up till"
# "(?<!\S)": a paragraph may start with "By 1920" (its text then has no space before "By").
_BY_BEFORE = re.compile(r"(?<![Ss]tand)(?<![Dd]ay)(?<!\S)[Bb]y\s+$")


def after_by(text: str, start: int) -> bool:
    """Whether the date written at ``start`` follows a deadline's "by" ("by 1874", "By mid-2007")."""
    return _BY_BEFORE.search(text[max(0, start - 8):start]) is not None
_WITHIN_BEFORE = re.compile(r"\b(?:[Ww]ithin|[Ii]n\s+the\s+next)\s+$")


def _keep(pieces: list[Piece], text: str, tokens: Tokens) -> bool:
    """Context rules a regex cannot express: the rule's own check, then those every rule shares."""
    first = pieces[0]
    check = rule_named(first.rule).keep
    if check is not None and not check(first, text, tokens):
        return False
    if first.type == "DURATION" and re.match(r"\s+(?:old|of\s+age)\b", text[first.end:first.end + 8]):
        return False  # "Mr. Reupke, 52 years old": an age, not a time (TimeBank tags 0 of 4)
    return True


# Years that are no step of the story: "until 1990" (a flash-forward), "the largest since 1871"
# (a comparison), "the wreck, found in 1998" (a discovery or publication), "planned for 1945".
_RANGE_FAR_END = re.compile(r"(?:[–—-]|\b(?:to|until|till|through|and))\s*$")
_FLASH_FORWARD = re.compile(r"\b(?:until|till|up\s+to|as\s+late\s+as|planned\s+for|scheduled\s+for|due\s+in|expected\s+in|"
                            r"forecasts?\s+for|by)\s+(?:the\s+(?:end|middle|spring|summer|autumn|fall|winter)\s+of\s+)?$")
_INCIDENTAL = re.compile(r"(?:\b(?:\w+est|first|most|highest|lowest|largest|worst|best|ever)\b[^.;]{0,40}\bsince\s+$)|"
                         r"(?:\b(?:found|discovered|rediscovered|published|written|excavated|identified|released|"
                         r"reissued|translated|unearthed|located|recovered|declassified|reprinted)\s+(?:only\s+)?in\s+$)")


def _moves_narrative(p: Piece, text: str, tokens: Tokens, kind: str = "narrative", story_dated: bool = True) -> bool:
    """Whether a stated date becomes the story's current time.

    Asides do not: a date in parentheses ("Mein Kampf (which first appeared in
    1926)"), or a year used as a name's modifier ("the 1932 Soviet-Finnish Pact").
    """
    if text.rfind("(", 0, p.start) > text.rfind(")", 0, p.start) or \
            text.rfind("[", 0, p.start) > text.rfind("]", 0, p.start):
        return False  # an aside, or the Old Style date of "7 November [O.S. 25 October] 1917"
    if p.range_id is not None and _RANGE_FAR_END.search(text[max(0, p.start - 12):p.start]):
        return False  # the far end of a range ("1919–1921") is not where the story is
    if p.range_id is not None and re.search(r"\bof\s+$", text[max(0, p.start - 6):p.start]):
        return False  # "the policy of 1934–1939", "the Great Purge of 1934–1940": a name's dates, an aside
    before = text[max(0, p.start - 60):p.start]
    if _FLASH_FORWARD.search(before) or _INCIDENTAL.search(before):
        return False
    moves = rule_named(p.rule).moves
    if moves is not None and story_dated and not moves(p, text, tokens):
        return False  # before the story has any year, even a name's year ("the 2007 event") dates what follows
    if kind != "narrative":
        # A news report's own time is its writing date, from which its deictic dates count; which
        # stated dates move its reference was tuned on TimeML news (TimeBank, AQUAINT) and stays so.
        return True
    if p.rel_unit is not None and (p.rel_n or 0) < 0:
        return False  # "the previous year", "five years earlier": a look back; the story stays where it was
    if _OTHER_HAPPENING.search(before) and re.match(r"\s*(?:[.;]|$)", text[p.end:p.end + 3]):
        return False  # "... lasted until the fall of the capital in March 1815.": that fall's date, not the story's
    if _in_side_clause(p, tokens) or _looks_ahead(p, tokens):
        return False  # "the duke, who had been born in 1770,"; "the road would open in 1815"
    return True


# A story's plans and forecasts: "would open in 1815", "was to be finished in 1815",
# "was planned to open in 1815", "hoped to finish by 1815". Matched on word forms (no lemmatizer).
_AHEAD_AUX = {"will", "would", "shall", "'ll", "'d"}
_PLAN_WORDS = {"plan", "plans", "planned", "planning", "schedule", "scheduled", "expect", "expected", "expecting",
               "intend", "intended", "intending", "hope", "hoped", "hoping", "aim", "aimed", "propose", "proposed",
               "project", "projected", "forecast", "forecasts", "due", "meant", "supposed",
               # "predicted a recovery in 1816", "anticipated a harvest in 1816": a forecast's date
               "predict", "predicts", "predicted", "predicting", "forecasted", "anticipate", "anticipated",
               "foresee", "foresaw", "foreseen", "envisage", "envisaged"}


def _looks_ahead(p: Piece, tokens: Tokens) -> bool:
    """Whether the clause a date hangs from tells a plan or a forecast rather than what happened."""
    verb = tokens.covering(p.start)
    for _ in range(8):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    chain = [verb]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        chain.append(verb.head)  # "was planned to open in 1815", "hoped to finish by 1815"
    for v in chain:
        if v.lower_ in _PLAN_WORDS:
            return True
        aux = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a in _AHEAD_AUX for a in aux):
            return True
        if any(c.tag_ == "TO" for c in v.children) and v.head.lower_ in ("was", "were", "is", "are"):
            return True  # "was to be finished in 1815"
    return False


# A date closing a phrase about another happening the clause is measured against.
_OTHER_HAPPENING = re.compile(r"\b(?:[Uu]ntil|[Tt]ill|[Aa]fter|[Bb]efore|[Ss]ince)\s+(?:the|his|her|its|their|a|an)\s+"
                              r"[^,;:.()]{1,60}?\s+(?:in|on|of|at)\s+$")
# Clauses that describe a participant rather than tell the story: relative clauses ("who was born
# in 1770"), appositions ("the duke, a veteran of 1770") and participle modifiers ("the treaty, signed in 1795").
_SIDE_CLAUSES = {"relcl", "appos", "acl"}


def _in_side_clause(p: Piece, tokens: Tokens) -> bool:
    token = tokens.covering(p.start)
    steps = 0
    while token is not None and token.head.i != token.i and steps < 12:
        if token.dep_ in _SIDE_CLAUSES:
            return True
        token, steps = token.head, steps + 1
    return False


def _aside_start(text: str, pos: int) -> int | None:
    """Where the parenthesis holding ``pos`` opens, if ``pos`` is inside one."""
    opening = text.rfind("(", 0, pos)
    return opening if opening > text.rfind(")", 0, pos) else None


def _ends_span(p: Piece, text: str) -> bool:
    """Whether ``p`` closes a stated span outside an aside ("from 1920 until 1931", "1920–1931")."""
    return p.range_id is not None and bool(_RANGE_FAR_END.search(text[max(0, p.start - 12):p.start])) and \
        text.rfind("(", 0, p.start) <= text.rfind(")", 0, p.start)


def _steps_forward(p: Piece) -> bool:
    """"Two years later", "a few months later", "the following year": a step ahead of the story in
    units a span of years or months is counted in."""
    return (p.rel_n or 0) > 0 and p.rel_unit in ("year", "decade", "month") and not p.ago and not p.deictic


def _stated_ends(left: Piece, right: Piece, word: str) -> bool:
    """"(December 1944 through January 1945)": two dates with their years, in order, joined by
    "through" or "until" are one span's ends even without a "from"."""
    if word in ("to", "through", "until", "till") and _centuries_in_order(left, right):
        return True  # "the period spans the end of the 10th century to the 16th century": centuries are no list
    if word not in ("through", "until", "till") or left.year is None or right.year is None or \
            left.needs_year or right.needs_year or left.bc or right.bc:
        return False
    return (left.year, left.month or 0, left.day or 0) < (right.year, right.month or 0, right.day or 0)


def _centuries_in_order(left: Piece, right: Piece) -> bool:
    """Two centuries, the left one earlier ("the 2nd century BC to the 11th century")."""
    def key(p: Piece) -> int | None:  # BC centuries count down ("BC01" is the 2nd century BC)
        if p.bc and p.value is not None and re.fullmatch(r"BC\d\d", p.value):
            return -int(p.value[2:]) - 1
        if p.century is None or p.year is not None or p.decade is not None or p.rel_unit is not None:
            return None
        return p.century

    return None not in (key(left), key(right)) and key(left) < key(right)


def _join_ranges(groups: list[list[Piece]], text: str) -> None:
    """Give consecutive dates joined by a dash or ``from … to`` a shared range_id; fill a missing year.

    The ids are provisional: :func:`tag` renumbers them in text order.
    """
    next_range = 0
    for a, b in zip(groups, groups[1:]):
        left, right = a[-1], b[0]
        if len(a) > 1 or len(b) > 1 or left.type != "DATE" or right.type != "DATE":
            continue
        gap = text[left.end:right.start]
        joined = bool(_RANGE_DASH.fullmatch(gap)) or (
            gap == "/" and left.year is not None and right.year is not None)
        word = _RANGE_WORD.fullmatch(gap)
        if word and not joined:
            opener = _RANGE_OPENER.search(text[max(0, left.start - 20):left.start])
            if word.group(1) == "and":
                joined = bool(opener) and opener.group(0).lower().startswith("between")
            else:
                joined = bool(opener) or (left.rule == right.rule and rule_named(left.rule).range_by_word) or \
                    _stated_ends(left, right, word.group(1))
        if not joined:
            continue
        left.range_id = right.range_id = next_range
        next_range += 1
        if left.needs_year and right.year is not None:
            left.year = right.year - (1 if (left.month or 0) > (right.month or 0) else 0)
            left.year_from_range = True
    for group in groups:
        if len(group) > 1 and group[0].type == "DATE" and not rule_named(group[0].rule).one_day:
            for p in group:
                p.range_id = next_range
            next_range += 1


# "the spring and into early summer of 1864", "May and through June 1944": a preposition may follow the "and".
_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:into|in|through|until|till|to)\s+)?")
_SET_AFTER_POS = {"NOUN", "PROPN", "NUM", "ADJ", "SYM"}


def _share_list_year(groups: list[list[Piece]], text: str) -> None:
    """``September 28, October 5, and October 10, 1939``, ``the summer and autumn of 1848``: the listed
    dates (or seasons) take the last one's year."""
    def dated(p: Piece) -> bool:  # a month or a season, the kinds a list shares a year between
        return p.month is not None or p.part in SEASONS

    for i in range(len(groups) - 1, 0, -1):
        last = groups[i][0]
        if len(groups[i]) > 1 or last.year is None or not dated(last) or last.needs_year:
            continue
        j = i - 1
        while j >= 0 and len(groups[j]) == 1 and groups[j][0].needs_year and dated(groups[j][0]) \
                and (groups[j][0].month is None) == (last.month is None) \
                and (groups[j][0].day is None) == (last.day is None) \
                and _LIST_GAP.fullmatch(text[groups[j][0].end:groups[j + 1][0].start]):
            groups[j][0].year = last.year
            groups[j][0].year_from_range = True
            j -= 1


# "Easter in 1962", "Memorial Day weekend of 1962", "on 10th December in 1962": the year written
# right after a holiday or a day is its year (TimeML tags the two apart, so they stay two spans; the
# day must not take the story's year).
_HOLIDAY_YEAR_GAP = re.compile(r"\s+(?:(?:weekend|week|holiday)\s+)?(?:of|in),?\s+")
_DAY_YEAR_GAP = re.compile(r",?\s+in\s+")


def _holiday_takes_following_year(groups: list[list[Piece]], text: str) -> None:
    for k in range(len(groups) - 1):
        first, nxt = groups[k][0], groups[k + 1][0]
        if len(groups[k]) != 1 or len(groups[k + 1]) != 1 or not first.needs_year or nxt.rule != "year" \
                or nxt.year is None or nxt.mod is not None:
            continue
        gap = text[first.end:nxt.start]
        if (first.rule == "holiday" and _HOLIDAY_YEAR_GAP.fullmatch(gap)) or \
                (first.day is not None and first.month is not None and _DAY_YEAR_GAP.fullmatch(gap)):
            first.year = nxt.year


_APPOSED_YEAR_GAP = re.compile(r"\s*(?:,|\(|[–—]|--)\s*")


def _apposed_year(groups: list[list[Piece]], text: str) -> None:
    """"the following spring, 1973", "the next year (1911)": the year the text sets beside an anaphor is
    its year, whatever the story's time was (the anaphor may count from a date the text left behind)."""
    for k in range(len(groups) - 1):
        first, nxt = groups[k][0], groups[k + 1][0]
        if len(groups[k]) != 1 or len(groups[k + 1]) != 1 or first.type != "DATE" or first.value is not None \
                or nxt.rule != "year" or nxt.year is None or nxt.bc or nxt.range_id is not None \
                or not _APPOSED_YEAR_GAP.fullmatch(text[first.end:nxt.start]):
            continue
        unit = first.rel_unit or ""
        if unit == "year":
            first.year = nxt.year
        elif unit.startswith("season:"):
            first.year, first.part = nxt.year, unit.split(":")[1]
        elif unit.startswith("month:"):
            first.year, first.month = nxt.year, int(unit.split(":")[1])
        else:
            continue
        first.rel_unit, first.rel_n, first.deictic, first.fuzzy = None, None, False, False


def _attach_context(groups: list[list[Piece]], text: str, tokens: Tokens) -> None:
    """``the night of June 22`` is a TIME; ``within six months`` counts from the narrative;
    ``2 million tons a year`` is a rate; ``noon the following day`` is one time."""
    _share_list_year(groups, text)
    _holiday_takes_following_year(groups, text)
    _apposed_year(groups, text)
    for k, group in enumerate(groups):
        first = group[0]
        if first.type == "DURATION" and first.value == "P1" + first.value[-1:] and \
                text[first.start:first.end].split()[0].lower() in ("a", "an"):
            token = tokens.at(first.start)
            if token is not None and token.i > 0 and token.doc[token.i - 1].pos_ in _SET_AFTER_POS:
                first.type = "SET"  # "twice a year": a rate
        if first.type == "TIME" and first.time and k + 1 < len(groups):
            nxt = groups[k + 1][0]
            if nxt.type == "DATE" and (nxt.day is not None or nxt.rel_unit == "day" or nxt.weekday is not None) and \
                    re.fullmatch(r",?\s+(?:on\s+)?", text[first.end:nxt.start]) and len(groups[k + 1]) == 1:
                # Fold the day into the time; the later group becomes this one.
                nxt.start, nxt.type, nxt.time = first.start, "TIME", first.time
                first.type = "DROP"
        if first.type == "DATE" and first.day is not None:
            m = _PART_OF_DAY_BEFORE.search(text[max(0, first.start - 30):first.start])
            if m:
                first.start -= len(m.group(0))
                first.type = "TIME"
                first.time = PART_OF_DAY_CODES[m.group(1)]
        if first.type == "DURATION" and _WITHIN_BEFORE.search(text[max(0, first.start - 15):first.start]):
            first.within = True
        if first.type == "DATE" and first.mod is None and len(group) == 1 and \
                (_UP_TO_BEFORE.search(text[max(0, first.start - 10):first.start]) or (  # "up until " is 9 long
                    (first.year is not None or first.bc) and after_by(text, first.start))):
            # "by" only with a written year: "by winter it was retreating" tells the state in winter.
            first.mod = "ON_OR_BEFORE"  # "up to December", "by 1874": the end of what the sentence tells, not all of it


_FUTURE_AUX = {"will", "'ll", "shall", "wo", "going", "would"}
# Modals of possibility look ahead ("can take part in the summit in April", "might come Tuesday")
# unless a perfect makes them guesses about the past ("may have left in April").
_MODAL_AUX = {"can", "ca", "may", "might", "must", "should"}
_FUTURE_VERBS = {"expect", "expects", "expected", "plan", "plans", "planned", "schedule", "scheduled", "due", "set"}
# "set" looks ahead only as a plan ("is set for Tuesday", "set to expire"), not as "the record high set on Aug. 6".
# Words a date hangs from that set it ahead: "payable Dec. 7", "effective Feb. 1", "due by June".
_FUTURE_WORDS = {"payable", "effective", "due", "expiring"}


# Words right before a date that say which side of the writing it lies on, whatever the verb's
# tense: "since Tuesday" is past; "as early as Tuesday" is ahead even in "could come as early as".
_PAST_BEFORE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")
_AHEAD_BEFORE = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$")
# "until"/"to" after a verb that moves a deadline looks ahead even in the past tense:
# "postponed until Tuesday", "was extended to Nov. 16", "has given them until 9 a.m. Tuesday".
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|to)\s+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+"
                              r"(?:[A-Z]{2,3}T?,?\s+)?)?$")
# Matched on the word form: the pipeline's parse runs without the lemmatizer (see stages/nlp.py).
_DEADLINE_VERBS = re.compile(r"(?:postpon|extend|delay|defer|adjourn|giv|gave|push|mov|reschedul)\w*$")


def _tense(tokens: Tokens, char: int, text: str) -> int:
    """-1 when the clause of the word at ``char`` is in the past, 1 in the future, 0 when the parse
    does not say. "will meet Friday", "is scheduled to ... Friday" look ahead; "met", "had met" back."""
    token = tokens.at(char)
    if token is None:
        return 0
    before = text[max(0, char - 40):char]  # not token.doc.text: spaCy joins the whole text on each access
    if _PAST_BEFORE.search(before):
        return -1
    if _AHEAD_BEFORE.search(before):
        return 1
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS":
        return -1  # "Wednesday's ruling": an event already reported
    if _DEADLINE_BEFORE.search(before) and any(
            _DEADLINE_VERBS.match(t.lower_) for t in token.doc[max(0, token.i - 12):token.i] if t.pos_ == "VERB"):
        return 1
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.lower_ in _FUTURE_WORDS:
            return 1  # "payable Dec. 7", "effective Feb. 1": a date set for what is to come
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        verb = token.sent.root
    chain = [verb]
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        chain.append(verb.head)  # "is expected to announce Friday"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.pos_ in ("VERB", "AUX"):
        chain.append(verb.head.head)  # "would leave on Mondays, with the third departing from August 6"
    if chain[-1].dep_ == "acomp":
        chain.append(chain[-1].head)  # "had been due to expire": the tense is on the copula
    if any(c.dep_ == "aux" and c.lower_ == "had" for v in chain for c in v.children):
        return -1  # "it had been due to expire Friday": a plan of the past
    for v in chain:
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        planned = v.lower_ in _FUTURE_VERBS and (v.lower_ != "set" or aux or any(
            c.lower_ in ("for", "to") or c.tag_ == "TO" for c in v.children))
        if any(a.lower_ in _FUTURE_AUX for a in aux) or planned:
            return 1
        if any(a.lower_ in _MODAL_AUX for a in aux) and not any(a.lower_ in ("have", "has") for a in aux):
            return 1
    if any(c.tag_ == "TO" for c in verb.children) and verb.head.tag_ != "VBD":
        return 1  # "is to resume trading Tuesday", "plans to meet Monday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in verb.children if a.dep_ in ("aux", "auxpass")):
        return -1
    if verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had") for a in verb.children):
        return -1
    return 0




@dataclass
class QuarterMemory:
    """The last quarter a document stated, carried from one paragraph to the next."""

    value: str | None = None
    since: int = QUARTER_REACH + 1  # characters from its end to the end of the text tagged so far


def _year_before_quarter(p: Piece, text: str, quarter_end: int) -> bool:
    """Whether ``p`` is "a year earlier/ago" (or "year-earlier") in a sentence about a quarter,
    or in the stretch of text after one (the quarter stated ended at ``quarter_end``)."""
    if not (p.rel_unit == "year" and p.rel_n == -1 and not p.fuzzy):
        return False
    if 0 <= p.start - quarter_end <= QUARTER_REACH and rule_named(p.rule).quarter_echo:
        return True  # "a year ago" reaches back to the quarter; "last year" alone means the year
    start = max(text.rfind(". ", 0, p.start), 0)
    end = text.find(". ", p.end)
    return "quarter" in text[start:end if end >= 0 else len(text)].lower()


def _in_years(value: str) -> str:
    """A length in decades as TimeML news annotation writes it: "two decades" P20Y, not TIMEX2's P2DE
    (TimeBank and AQUAINT: 4 of 5 decade lengths in years)."""
    m = re.fullmatch(r"P(\d+|X)DE", value)
    if not m:
        return value
    return "PXY" if m.group(1) == "X" else f"P{int(m.group(1)) * 10}Y"


def _year_of(month: int, step: int, ref: RefTime) -> int:
    """The year of "the following March" (step 1), "the previous spring" (-1) or "that autumn" (0),
    given the month it starts in: the next one after the reference, the last one before it, or its own."""
    if step > 0 and not (ref.month and ref.month < month):
        return ref.year + 1
    if step < 0 and not (ref.month and ref.month > month):
        return ref.year - 1
    return ref.year


def _relative(p: Piece, ref: RefTime) -> tuple[str | None, str | None]:
    """Value and mod of a relative or anaphoric piece against the reference."""
    unit, n = p.rel_unit or "", p.rel_n or 0
    if ref.year is None:
        return None, p.mod
    if unit == "year_month":  # "August of that year"
        return f"{ref.year + n:04d}-{p.month:02d}", p.mod
    if unit.startswith("season:"):
        code = unit.split(":")[1]
        first, last = SEASONS[code]
        year = _year_of(first, n, ref)
        inside = ref.month is not None and (first <= ref.month <= last if first <= last else
                                            ref.month >= first or ref.month <= last)
        if n < 0 and inside and ref.month != first:
            year -= 1  # "last fall" written in October is the fall before, not the one still going on
        return f"{year:04d}-{code}", p.mod
    if unit.startswith("month:"):
        month = int(unit.split(":")[1])
        return date_value(_year_of(month, n, ref), month, p.day), p.mod
    if unit in ("hour", "minute"):
        return finest(ref), "APPROX"
    if unit == "century":
        if not n:  # "the end of the century": the story's century
            return (f"BC{ref.year // 100:02d}" if ref.bc else f"{ref.year // 100:02d}"), p.mod
        unit, n = "year", n * 100
    moved = shift(ref, unit, n)
    # "a few weeks later" cannot name a day, nor "a few months later" a month: say the coarser unit.
    shown = {"day": "month", "week": "month", "month": "year"}.get(unit, unit) if p.fuzzy else unit
    calendar_week = rule_named(p.rule).calendar_week or (p.ago and not p.fuzzy)
    if unit == "week" and calendar_week:
        shown = "isoweek"  # "last week", "that week", "six weeks ago": the calendar week, 1989-W43
    if moved is None and unit in ("year", "decade"):
        # "eighteen centuries earlier" than an AD year crosses into the years before Christ, where the
        # story's year is too loose an anchor: no date (never the anchor's own year, as the fallback gave).
        return None, p.mod
    value = format_value(moved, shown) if moved else None
    if value is None:
        # The reference lacks the part the step needs ("two weeks later" after "in 1939"): say what we know.
        return finest(ref), "APPROX" if n else p.mod
    return value, p.mod


def _weekday_value(weekday: int, ref: RefTime, direction: int = 1, strict: bool = False) -> tuple[str, bool]:
    """The ``weekday`` nearest the reference day in ``direction`` (1: on or after it, -1: on or before it;
    ``strict``: not the reference day itself)."""
    if ref.day is None:
        return f"XXXX-WXX-{weekday}", False
    base = date(ref.year, ref.month, ref.day)
    if direction >= 0:
        ahead = (weekday - base.isoweekday()) % 7
        ordinal = base.toordinal() + (ahead or (7 if strict else 0))
    else:
        back = (base.isoweekday() - weekday) % 7
        ordinal = base.toordinal() - (back or (7 if strict else 0))
    if not 1 <= ordinal <= date.max.toordinal():
        return f"XXXX-WXX-{weekday}", False
    return date.fromordinal(ordinal).isoformat(), True


def _nearest_year(month: int, day: int | None, base: date, tense: int) -> int:
    """The year that puts a year-less month (and day) where the tense says, seen from ``base``.

    Past (-1): the last one not after it; future (1): the first one not before it, unless that
    is most of a year away while the other side is days away ("the Jan. 14 deadline" written
    on Jan. 5; "by Jan. 14" written on Jan. 15): the verb then dates something else.
    No tense: news reports the past, so the date falls within the nine months before ``base``
    or the three after it (TimeBank and AQUAINT: 47 year-less months 4-10 months back, 12 ahead).
    """
    def offset(year: int) -> int:
        return date(year, month, min(day or 15, 28)).toordinal() - base.toordinal()

    years = (base.year - 1, base.year, base.year + 1)
    if tense:
        side = [y for y in years if (offset(y) <= 0 if tense < 0 else offset(y) >= 0) or
                (day is None and y == base.year and month == base.month)]
        chosen = max(side) if tense < 0 else min(side)
        other = min(years, key=lambda y: abs(offset(y)))
        if abs(offset(chosen)) > 300 and abs(offset(other)) < 45:
            return other
        return chosen
    return next(y for y in years if -280 <= offset(y) <= 95)


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).isoweekday() == weekday
    except ValueError:  # February 29 of a common year
        return False


def _quarter_value(year: int | None, index: int | None) -> str | None:
    if year is None:
        return None
    if index is None:
        return f"{year:04d}-QX"
    total = year * 4 + index
    return f"{total // 4:04d}-Q{total % 4 + 1}"


_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                   "easter week": 0}


def _easter(year: int) -> date:
    """Easter Sunday: the Gregorian computus from 1583, the Julian one (as a Julian-calendar date,
    which is how histories date medieval Easters) before."""
    if year < 1583:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return date(year, month, day + 1)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lam = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lam) // 433
    month = (h + lam - 7 * m + 90) // 25
    day = (h + lam - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def _floating_holiday(name: str, year: int) -> tuple[int, int]:
    """Month and day of a holiday whose date depends on the year."""
    if name in _EASTER_OFFSETS:
        day = date.fromordinal(_easter(year).toordinal() + _EASTER_OFFSETS[name])
        return day.month, day.day
    if name.startswith("thanksgiving"):  # fourth Thursday of November
        first = date(year, 11, 1).isoweekday()
        return 11, 1 + (4 - first) % 7 + 21
    if name == "labor day":  # first Monday of September
        return 9, 1 + (1 - date(year, 9, 1).isoweekday()) % 7
    if name == "election day":  # (United States) the Tuesday after the first Monday of November
        return 11, 2 + (1 - date(year, 11, 1).isoweekday()) % 7
    last = calendar.monthrange(year, 5)[1]  # memorial day: last Monday of May
    return 5, last - (date(year, 5, last).isoweekday() - 1) % 7


def as_ref(d: date) -> RefTime:
    return RefTime(d.year, d.month, d.day)


def resolve(p: Piece, ref: RefTime, reference_date: date | None, kind: str = "narrative",
            tense: int = 0, *, context: Resolving | None = None) -> Resolved:
    """The TIMEX3 value of a piece and whether context supplied its year (or more).

    In a ``news`` document with a reference (creation) date, deictic pieces ("Friday",
    "last year", year-less "March 3") count from that date, with the verb's ``tense``
    (-1 past, 1 future, 0 unknown) choosing between the last and the next one. A rule's
    own resolve hook answers first; ``context`` carries what the hooks may read besides.
    """
    news = kind == "news" and reference_date is not None
    if news and (p.deictic or (p.needs_year and p.month is not None)):
        ref = as_ref(reference_date)
    hook = rule_named(p.rule).resolve
    if hook is not None:
        base = context or Resolving(ref, reference_date, kind, tense, "")
        answer = hook(p, replace(base, ref=ref, reference_date=reference_date, kind=kind, tense=tense))
        if answer is not None:
            return answer
    return Resolved(*_resolve_general(p, ref, reference_date, news, tense))


def _resolve_general(p: Piece, ref: RefTime, reference_date: date | None, news: bool,
                     tense: int) -> tuple[str | None, bool]:
    if p.value is not None:
        return p.value, False
    if p.quarter is not None:
        year = p.year if p.year is not None else (ref.year + (p.rel_n or 0) if ref.year is not None else None)
        if news and p.year is None and not p.rel_n and tense < 0 and year is not None and ref.month and \
                3 * (p.quarter - 1) + 1 > ref.month:
            year -= 1  # "inventories were reduced in the third quarter", told in March: last year's, the last one past
        return (f"{year:04d}-Q{p.quarter}" if year is not None else f"XXXX-Q{p.quarter}"), True
    if p.rel_unit == "quarter":
        index = (ref.month - 1) // 3 + (p.rel_n or 0) if ref.month else None
        return _quarter_value(ref.year, index), True
    if p.holiday is not None:
        year = p.year
        if year is None and ref.year is not None:
            year = _nearest_year(p.month, 15, ref.as_date(), tense or p.rel_n or 0) if news else ref.year
        if year is None:
            return None, False
        p.month, p.day = _floating_holiday(p.holiday, year)
        # "Easter week": the calendar week that ends on Easter Sunday (AQUAINT: 2000-W16)
        part = "week" if p.holiday == "easter week" else None
        return date_value(year, p.month, p.day, part), p.year is None
    if p.century is not None:
        return f"{p.century:02d}", False
    if p.decade is not None:
        return f"{p.decade:03d}", False
    if p.short_decade is not None:
        century = (ref.year // 100) if ref.year is not None else 19
        return f"{century * 10 + p.short_decade:03d}", True
    if p.rel_unit is not None:
        base = ref
        if p.ago:  # counted from when the text was written, not from the story
            if reference_date is None:
                return "PAST_REF", False
            base = RefTime(reference_date.year, reference_date.month, reference_date.day)
        value, mod = _relative(p, base)
        p.mod = mod
        if p.month is not None and value and re.fullmatch(r"\d{4}", value):
            value = f"{value}-{p.month:02d}"  # "June last year"
        elif p.part is not None and value and re.fullmatch(r"\d{4}", value):
            value = f"{value}-{p.part}"  # "the summer of that year"
        return value, True
    if p.year is not None:
        return date_value(p.year, p.month, p.day, p.part), p.year_from_range
    if p.weekday is not None and p.month is None:
        if p.rel_n:  # "last Friday", "next Monday": not the reference day itself
            return _weekday_value(p.weekday, ref, p.rel_n, strict=True)
        if news and p.deictic:  # news reports the past unless the verb says otherwise
            return _weekday_value(p.weekday, ref, 1 if tense > 0 else -1)
        return _weekday_value(p.weekday, ref)
    if news and p.month is not None and p.year is None and ref.year is not None:
        year = _nearest_year(p.month, p.day, ref.as_date(), tense)
        if p.weekday is not None and p.day is not None:
            # "Monday, Oct. 26": the weekday names the year, when one year near the writing fits it.
            fits = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _is_weekday(y, p.month, p.day, p.weekday)]
            year = fits[0] if len(fits) == 1 else year
        return date_value(year, p.month, p.day, p.part), True
    if ref.bc and ref.year is not None and (p.month is not None or p.part is not None):
        return "BC" + date_value(ref.year, p.month, p.day, p.part), True
    if p.month is not None and ref.month is not None and ref.year is not None and ref.month - p.month >= 8:
        # "In December … In January": the text moved on into the next year.
        return date_value(ref.year + 1, p.month, p.day, p.part), True
    if p.month is None and p.part in SEASONS and ref.month is not None and ref.year is not None and \
            ref.month > SEASONS[p.part][1] and ref.month - SEASONS[p.part][0] >= 6:
        # "the winter of 1812 … by spring": the season after the one the text is in, the next year.
        return date_value(ref.year + 1, None, None, p.part), True
    if p.month is not None or p.part is not None:
        return date_value(ref.year, p.month, p.day, p.part), ref.year is not None
    if p.type == "TIME":
        if ref.day is None and news:
            ref = as_ref(reference_date)  # "at midday", with no day stated since a bare year: the day of writing
        return finest(ref) if ref.day is not None else "XXXX-XX-XX", ref.day is not None
    return None, False


_BARE_ORDINAL = re.compile(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", re.I)
_CENTURY_RULES = ("century", "century_pair", "mod_pair_century")


def _century_echo(ent_text: str, start: int, groups: list[list[Piece]]) -> int | None:
    """The century index of a bare ordinal ("the 20th") said after a century in the same text, else None."""
    m = _BARE_ORDINAL.fullmatch(ent_text.strip())
    if not m or not 1 <= int(m.group(1)) <= 21:
        return None
    before = [p for g in groups for p in g if p.end <= start]
    if not before or max(before, key=lambda p: p.end).rule not in _CENTURY_RULES:
        return None  # only when the date told just before it is a century
    return int(m.group(1)) - 1


_COUNT_OF_UNITS = re.compile(r"(?:about\s+|some\s+|over\s+)?\d+[\s-]+(?:year|month|week|day|decade)s?(?:[\s-]+old)?", re.I)
_FALLBACK_OK = re.compile(r"\d|" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3) + "|"
                          + "|".join(w.capitalize() for w in WEEKDAYS))


def tag(text: str, ref: RefTime | None = None, parsed: Any | None = None, reference_date: date | None = None,
        first_range_id: int = 0, kind: str = "narrative",
        quarters: QuarterMemory | None = None) -> tuple[list[Timex], RefTime, int]:
    """Temporal expressions in ``text``, the reference time after it, and the next free range id.

    ``parsed`` is a spaCy Doc of exactly ``text``; with it, context rules can
    use part-of-speech tags and the model's DATE/TIME entities add spans the
    grammar misses (normalised by dateparser). ``reference_date`` is when the
    text was written; ``kind`` is ``narrative`` or ``news`` (see :func:`resolve`).
    """
    ref = ref or RefTime()
    tokens = Tokens(parsed)
    kept, rejected = [], []
    for g in candidates(text):
        (kept if _keep(g, text, tokens) else rejected).append(g)
    groups = select(kept)
    if parsed is not None:
        # The model may not bring back what a context rule threw out ("2000 aircraft").
        taken = [(g[0].start, g[-1].end) for g in groups + rejected]
        for ent in parsed.ents:
            if ent.label_ not in ("DATE", "TIME") or any(ent.start_char < e and s < ent.end_char for s, e in taken):
                continue
            if not _FALLBACK_OK.search(ent.text) or re.fullmatch(r"\d+", ent.text.strip()):
                # "Kopp, 44, of Vermont": an age; "(0735 GMT)": a clock the grammar leaves alone;
                # "Proclamation No. 4417": a number the grammar did not take for a year is none
                continue
            if re.fullmatch(r"'\d\d", ent.text.strip()) and re.match(r"\s+[A-Z]", text[ent.end_char:ent.end_char + 2]):
                continue  # "the '05 Boys": a short year inside a name
            if _COUNT_OF_UNITS.fullmatch(ent.text.strip()):
                continue  # "its 27 year existence": a length or an age (dateparser would count it back from today)
            if (century := _century_echo(ent.text, ent.start_char, groups)) is not None:
                # "more in the 21st century than in the 20th": the bare ordinal is a century, not a day
                groups.append([Piece(ent.start_char, ent.end_char, "DATE", "century", century=century)])
                continue
            groups.append([Piece(ent.start_char, ent.end_char, ent.label_, MODEL, value=None)])
        groups.sort(key=lambda g: g[0].start)
    if kind == "news":
        # TimeML marks "two to three weeks" as one length, valued by its lower end (TimeBank: P2W).
        groups = [[Piece(g[0].start, g[1].end, "DURATION", g[0].rule, value=g[0].value, mod="APPROX")]
                  if len(g) == 2 and g[0].type == "DURATION" else g for g in groups]
    _join_ranges(groups, text)
    _attach_context(groups, text, tokens)
    out: list[Timex] = []
    quarters = quarters if quarters is not None else QuarterMemory()
    last_quarter, quarter_end = quarters.value, -quarters.since
    last_decade: str | None = None  # "the 1860s … during that decade": decades set no reference time
    stated: list[tuple[int, RefTime]] = []  # the calendar dates the text states (an aside's or a quotation's anchor)
    span_end: tuple[RefTime, RefTime] | None = None  # a range's far end, and the story's time when it was read
    for group in groups:
        for p in group:
            if p.type == "DROP":
                continue
            tense = _tense(tokens, p.start, text) if kind == "news" else 0
            own = ref  # the time this piece counts from
            if kind != "news" and span_end is not None and span_end[1] == ref and _steps_forward(p):
                own = span_end[0]  # "from 1920 until 1931 … A year later": after the span, not its start
            if kind != "news" and p.rel_unit is not None and not p.ago and (aside := _aside_start(text, p.start)) \
                    is not None and (local := [r for at, r in stated if at > aside]):
                own = local[-1]  # "(although in 2007 they fell on the same day)": the aside's own date
            context = Resolving(own, reference_date, kind, tense, text, last_decade, last_quarter, quarter_end)
            answer = resolve(p, own, reference_date, kind, tense, context=context)
            if answer.dropped:
                continue
            value, anchored = answer.value, answer.anchored
            if kind != "news" and value and (p.rel_unit is not None or p.deictic or p.ago) and \
                    speaker_relative(text, p.start, [at for at, _ in stated]):
                value, anchored = None, False  # "'We lost a fortune that year,' says Brown": the speaker's year
            if last_quarter and _year_before_quarter(p, text, quarter_end):
                # "third-quarter net … compared with $5 million a year earlier": the same quarter
                # a year before, as financial news means it.
                value = f"{int(last_quarter[:4]) - 1:04d}{last_quarter[4:]}"
                p.mod = None
            if value and re.fullmatch(r"\d{4}-Q\d", value):
                quarter_end = p.end
                if rule_named(p.rule).states_quarter and p.rel_n != -5:
                    last_quarter = value  # the quarter reported on, not one derived from it
            if kind == "news" and p.type == "DURATION" and value:
                value = _in_years(value)
            if p.decade is not None and value and re.fullmatch(r"\d{3}", value):
                last_decade = value
            if p.time and value and "T" not in value:  # "at 4 a.m. on 3 May", "tonight"
                value = value + p.time
            start_d, end_d = (None, None)
            if p.type in ("DATE", "TIME"):
                start_d, end_d = narrowed(interval(value), p.mod, " half of" in text[p.start:p.end].lower())
                if p.rule == "holiday" and isinstance(start_d, date) and start_d == end_d and \
                        HOLIDAY_WEEKEND_AFTER.match(text, p.end):
                    start_d, end_d = holiday_weekend(start_d)
                if p.rel_unit and p.rel_n and not p.ago and not p.deictic:
                    start_d, end_d = after_anchor((start_d, end_d), finest(own), p.rel_n)
                if value == "PRESENT_REF" and reference_date is not None:
                    start_d = end_d = reference_date  # "now", "at present": when the text was written
            elif p.within and ref.year is not None and value and value[1:-1].isdigit():
                step = shift(ref, {"Y": "year", "M": "month", "W": "week", "D": "day"}.get(value[-1], ""), int(value[1:-1]))
                start_d, end_d = ref.as_date(), (interval(finest(step))[1] if step else None)
                anchored = True
            out.append(Timex(p.start, p.end, text[p.start:p.end], p.type, value, p.mod, p.range_id, anchored,
                             start_d, end_d, rule=p.rule))
            if value and p.rel_unit is None and not p.deictic and (stated_ref := from_value(value)) is not None:
                stated.append((p.start, stated_ref))
            dated = p.type == "DATE" or (p.type == "TIME" and value is not None and value[:1].isdigit())
            if dated and value and _ends_span(p, text):
                span_end = (end_ref, ref) if (end_ref := from_value(value)) is not None else None
            if dated and value and p.mod != "APPROX" and _moves_narrative(p, text, tokens, kind, ref.year is not None):
                moved = from_value(value)
                if moved is not None and p.part in SEASONS and value.endswith(p.part) and (
                        p.part != "WI" or re.search(r"\d\s*[–/-]\s*\d", text[p.start:p.end])):
                    # A season sets its first month, so the text can move on from it ("the winter of
                    # 1812–13 … by spring" is 1813); "the winter of 1944" may be its first months,
                    # so only a winter written with both years sets December.
                    moved = RefTime(moved.year, SEASONS[p.part][0])
                if moved is not None:
                    ref = ref.moved_to(moved.year, moved.month, moved.day, moved.bc)
    quarters.value, quarters.since = last_quarter, len(text) - quarter_end
    # Number ranges in text order, whichever way they were found.
    order: dict[int, int] = {}
    for t in out:
        if t.range_id is not None:
            t.range_id = order.setdefault(t.range_id, first_range_id + len(order))
    return out, ref, first_range_id + len(order)
