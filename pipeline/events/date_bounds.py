"""A preposition that makes a written date a bound of the happening, not its time.

"signed before 2001" did not happen in 2001: its row ends the day before the year starts and says nothing
of when it began (``date_start`` empty, as "by 1874" already is). "has repaid $40 million since June",
"had held the shares since February" in a news report: the happening stretches from the date up to the
day the report was written, not over June alone. In a history article "since 1990" and "from the 15th century onwards" reach an end the
text does not give: the row starts with the date and its ``date_end`` is empty (an open end). "after 1822
settlers moved in" did not happen in 1822 either: the row starts the day after the date ends and its end is
open. A time counted from the date ("two years after 1822") is another expression's, and the date is no bound.

"serving from 1933 until his death in 1945" is one span whose end is told by another happening's date: the
row of the serving ends with that date (the death keeps its own row); "emperor from AD 14 until his death"
with no date for the death has an open end (:func:`until_a_happening`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import numpy as np

from pipeline.events.when_clauses import closed_after_when

# The words right before the date (the tagger's expression starts after them).
_BEFORE = re.compile(r"\b(?:(?:[Bb]efore|[Pp]rior\s+to)\s+|[Pp]re-)$")
# "the day before last Tuesday's hearing", "two weeks before 3 May": a time counted back from the date, which
# another expression (or none) holds; the date itself is not bounded.
_COUNTED_BACK = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|night|evening|morning|decades?)\s+before\s+$", re.I)
_SINCE = re.compile(r"\b[Ss]ince\s+(?:at\s+least\s+|as\s+early\s+as\s+)?$")
# "post-14th century writing", "pre-1900 buildings": the prefix bounds the date as "after"/"before" does.
_AFTER = re.compile(r"\b(?:[Aa]fter\s+|[Pp]ost-)$")
# "three years after 1822", "soon after 1822", "the day after 3 May": a time counted from the date, not a bound.
_COUNTED_ON = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|decades?|centur(?:y|ies)|night|evening|morning|"
                         r"soon|shortly|immediately|just|long|right|straight|not|only|even)\s+after\s+$", re.I)
_ONWARDS = re.compile(r"^\s*(?:onwards?\b|on\b(?!\s+(?:the|a|an|his|her|their|its|\d)\b)|and\s+(?:after|later)\b)")
_FROM = re.compile(r"\b[Ff]rom\s+$")
# "Starting in 1917, the government expanded …", "beginning in the 1920s": the date opens a stretch.
_STARTING = re.compile(r"\b(?:[Ss]tarting|[Bb]eginning|[Cc]ommencing)\s+(?:(?:in|on|from|around|about|circa)\s+)?$")
_UNTIL_DATE = re.compile(r"\b(?:[Uu]ntil|[Tt]ill)\s+(?:at\s+least\s+)?$")
# What may follow a "from" date and close its span: "from 1190 to 1250", "from 1190 until his death".
_CLOSED = re.compile(r"\s*(?:,\s*)?(?:to|until|till|through|thru|and|or|[–—-]|onwards?)\b|\s*[–—-]", re.I)
# "continued from 1 August 1927 until Communist victory that led to …": a happening with no article closes the
# span at a date the sentence does not tie to it (the spans it can tie are pipeline.events.date_bounds.until_a_happening's).
_UNTIL_UNDATED = re.compile(r"\s*,?\s*(?:until|till)\s+(?!the\b|his\b|her\b|their\b|its\b|about\b|around\b|c\.|circa\b)"
                            r"[a-z][\w-]*\b", re.I)
# "the church dates from 1190", "a charter from 1190": the year is when the thing was made, no open span.
_DATES_FROM = re.compile(r"\bdat(?:es|ed|ing|e)\s+(?:back\s+)?from\s+$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|only)\b|n't\b", re.I)
# "goes back to at least the early 17th century", "was used at least as early as the sixteenth century",
# "may have existed as early as the 12th century": the date is the latest the happening may have begun,
# an upper bound on its start; how much earlier the sentence does not say (``date_start`` open). A bare
# "as early as" is often only stress ("reached Lusk as early as 1850": in 1850), so it bounds the start
# only after "at least" or in a clause of a guess ("may have", "possibly").
_NO_LATER_THAN = re.compile(r"(?:\b(?:back|dat(?:es|ed|ing|e)|traced?|go(?:es)?|went|reach(?:es|ed)?)\s+(?:back\s+)?"
                            r"to\s+at\s+least|\bat\s+least\s+as\s+early\s+as|\bno\s+later\s+than)\s+$", re.I)
_AS_EARLY_AS = re.compile(r"\bas\s+early\s+as\s+$", re.I)
_GUESS = re.compile(r"\b(?:may|might|could|possibly|perhaps|probably|likely)\b", re.I)


def _clause_before(text: str, at: int) -> str:
    """The words of the sentence before ``at`` (from its last full stop or semicolon)."""
    window = text[max(0, at - 120):at]
    return re.split(r"[.;!?]\s", window)[-1]


def bounded(start: date | None, end: date | None, text: str, date_at: int,
            reference_date: date | None, time_of_day: bool = False, date_stop: int | None = None,
            from_a_verb: bool = False, trigger_at: int | None = None) -> tuple[date | None, date | None]:
    """The row's first and last day for a date whose days are ``start``..``end`` written from ``date_at`` to
    ``date_stop`` in ``text``; ``reference_date`` is a news report's own date (None for a narrative). BC days (numpy),
    dates without days and times of the day ("before dawn" is that day's small hours) pass through.
    ``from_a_verb``: the date is the object of a "from" that hangs from a verb ("occupied it from circa
    1190"), not from a noun ("a charter from 1190"). ``trigger_at``: where the row's word is written (a row of
    the "beginning" itself is the beginning's, at the date)."""
    if start is None or time_of_day:
        return start, end
    before = text[max(0, date_at - 24):date_at]
    whose = date_stop is not None and text.startswith(("'s", "’s"), date_stop)  # "before Tuesday's hearing"
    after = date_stop is not None and text[date_stop:date_stop + 30]
    if reference_date is None and not whose and end is not None:
        # A history's open bounds, any era (a BC day is a numpy day).
        if _AFTER.search(before) and not _COUNTED_ON.search(text[max(0, date_at - 30):date_at]):
            return (end + (timedelta(days=1) if isinstance(end, date) else np.timedelta64(1, "D"))), None
        if _NO_LATER_THAN.search(text[max(0, date_at - 40):date_at]) or (
                _AS_EARLY_AS.search(before) and _GUESS.search(_clause_before(text, date_at))):
            return None, end
        if _UNTIL_DATE.search(before) and not _NEGATED.search(_clause_before(text, date_at)):
            # "remained in use until 985": the state ends with the date, when it began is not told;
            # "was not completed until 1890" is the date's own happening and keeps it.
            return None, end
        if _SINCE.search(before) or (after and _ONWARDS.match(after) and
                                      _FROM.search(text[max(0, date_at - 10):date_at])):
            return start, None
        if (starting := _STARTING.search(before)) is not None and after is not False and not _CLOSED.match(after) \
                and trigger_at != date_at - len(before) + starting.start():
            # "Starting in 1917, the state expanded the railway": from 1917 on, an end the text does not give
            # ("beginning in 1917 and ending in 1920" is closed by its second date, and stays as it was).
            return start, None
        if from_a_verb and after is not False and _FROM.search(before) and (
                not _CLOSED.match(after) or _UNTIL_UNDATED.match(after)) and \
                not _DATES_FROM.search(_clause_before(text, date_at)):
            # "occupied the castle from circa 1190.": a span the text opens and never closes; not "dates from
            # 1190" (the making's year), nor "from 1190 to …" (a range, or a happening that closes it).
            return start, None
    if not isinstance(start, date):
        return start, end
    if _BEFORE.search(before) and not whose and not _COUNTED_BACK.search(text[max(0, date_at - 24):date_at]):
        return None, start - timedelta(days=1)
    if _SINCE.search(before) and reference_date is not None and isinstance(end, date) and end < reference_date:
        return start, reference_date
    return start, end


# "from 1933 …", "from the unification in 1990 …": the date opens a span.
# The opening happening may name its party: "from the establishment of the dynasty by Yekuno Amlak around 1270".
_FROM_OPENER = re.compile(r"\b[Ff]rom\s+(?:(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,8}?(?:in|on|around|about|circa|c\.)\s+)?$")
# "from the founding of the dynasty around 1270": the hedge is the date's own first word.
_FROM_HEDGED = re.compile(r"\b[Ff]rom\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,8}?$")
_HEDGE = re.compile(r"(?:around|about|circa|c\.)\s", re.I)
# "… until his death", "… to the end of the war": a span closed by a happening the sentence names.
# The owner may be a name's possessive: "until Kennedy's assassination in 1963".
_OWNER = r"(?:his|her|their|its|the|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s)"
_UNTIL = re.compile(r"\s*,?\s+(?:until|till|to)\s+" + _OWNER + r"\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*")
# The same, its noun followed by the date's preposition or by the clause's end, each in one pattern so the
# words between may be several ("until her forced abdication on 24 July 1567": the lazy _UNTIL alone stops at "forced");
# the noun may name its party before the date ("until the death of Charles IV in 1328", "to the defeat of Nazi
# Germany in 1945").
_UNTIL_THEN_DATED = re.compile(r"\s*,?\s+(?:until|till|to)\s+" + _OWNER +
                               r"\s+[a-z][\w-]*(?:\s+[\w'’.-]+){0,6}?\s+(?:in|on)\s+")
# "… until the 1974 coup": the closing happening's date written before its noun.
_UNTIL_DATED = re.compile(r"\s*,?\s+(?:until|till|to)\s+" + _OWNER + r"\s+")
# "until the 1974 coup.", "until the 1974 coup d'état by the Derg, which …": the noun, maybe its party, and the clause's end.
_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w'’-]*)?(?:\s+(?:of|by)\s+[^,.;:()]{1,40}?)?\s*(?:[,.;:)]|$)")
_UNTIL_THEN_NOTHING = re.compile(_UNTIL.pattern + r"\s*(?:[,.;:)]|$)")


def until_a_happening(text: str, date_at: int, date_stop: int, later: list, trigger_at: int) -> tuple[bool, Any, Any]:
    """``(True, end, closing)`` when the date written from ``date_at`` to ``date_stop`` opens a span that a named
    happening closes: ``closing`` is the happening's date (a timex of ``later``, the expressions after the date)
    and ``end`` its last day, both None when its date is not written. ``(False, None, None)`` for any other date
    and when the row's word (at ``trigger_at``) is the opening happening itself ("from the unification in 1990":
    the unification is of 1990)."""
    opener = _FROM_OPENER.search(text, max(0, date_at - 100), date_at)
    if opener is None and _HEDGE.match(text, date_at):
        opener = _FROM_HEDGED.search(text, max(0, date_at - 100), date_at)
    if opener is None or opener.start() <= trigger_at < date_stop:
        return False, None, None
    if (closing := closed_after_when(text, date_at, date_stop, later)) is not None:
        return True, closing.date_end, closing  # "from 1588, when the Republic was established, to 1672"
    if (closing := _until_a_dated_clause(text, date_stop, later)) is not None:
        return True, closing.date_end, closing  # "escalated from 1965 until US forces were withdrawn in 1973"
    until = _UNTIL.match(text, date_stop)
    if until is None:
        return _until_a_dated_noun(text, date_stop, later)
    dated = _UNTIL_THEN_DATED.match(text, date_stop)
    if dated is not None:
        closing = next((t for t in later if t.start == dated.end()), None)
        if closing is not None and closing.date_end is not None and closing.range_id is None:
            return True, closing.date_end, closing
        return False, None, None
    if _UNTIL_THEN_NOTHING.match(text, date_stop):
        return True, None, None
    return False, None, None


# "… until US forces were withdrawn in 1973": the words up to the closing date, with no clause break between.
_UNTIL_CLAUSE = re.compile(r"\s*,?\s+(?:until|till)\s+[^,;:.()\[\]]{1,80}?\s(?:in|on)\s+")


def _until_a_dated_clause(text: str, date_stop: int, later: list) -> Any | None:
    """The first later timex, when "until" and a happening told without a clause break lead straight to it."""
    closing = next((t for t in later if t.start > date_stop), None)
    if closing is None or closing.date_end is None or closing.range_id is not None or \
            _UNTIL_CLAUSE.fullmatch(text, date_stop, closing.start) is None:
        return None
    return closing


def _until_a_dated_noun(text: str, date_stop: int, later: list) -> tuple[bool, Any, Any]:
    """"existed from the founding around 1270 until the 1974 coup": the closing happening's date stands
    before its noun (one word, ending the clause); the span ends with that date."""
    until = _UNTIL_DATED.match(text, date_stop)
    if until is None:
        return False, None, None
    closing = next((t for t in later if t.start == until.end()), None)
    if closing is None or closing.date_end is None or closing.range_id is not None or \
            _NOUN_AFTER.match(text, closing.end) is None:
        return False, None, None
    return True, closing.date_end, closing


# "By the Fifth Dynasty, in the 25th and 24th centuries BC, Orm had become the chief god": the date
# apposed to a named time after a clause-opening "by" is that time's, and so as much a bound as "by 1874".
_BY_A_NAMED_TIME = re.compile(r"(?:^|[.;:]\s+|,\s+|\n)[Bb]y\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s*"
                              r"(?:(?:in|during)\s+)?$")


def by_a_named_time(text: str, date_at: int) -> bool:
    """Whether the date written at ``date_at`` is apposed to a time that follows a clause's opening "by"."""
    return _BY_A_NAMED_TIME.search(text, max(0, date_at - 80), date_at) is not None
