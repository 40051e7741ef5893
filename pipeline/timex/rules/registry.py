"""The rule machinery: Rule, its examples and hooks, the @rule decorator and the rule list.

The families (one module each) import it; :func:`pipeline.timex.rules.populate` imports the families.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable

from pipeline.timex.context import Tokens
from pipeline.timex.piece import Piece
from pipeline.timex.values import RefTime

Builder = Callable[[re.Match], list[Piece]]
Keep = Callable[[Piece, str, Tokens], bool]
Moves = Callable[[Piece, str, Tokens], bool]


@dataclass(frozen=True)
class Resolving:
    """What a resolve hook may read: the narrative's time and what the tagger remembers."""

    ref: RefTime                 # the story's current time (in news, the writing's for deictic pieces)
    reference_date: date | None  # when the text was written
    kind: str                    # "narrative" or "news"
    tense: int                   # -1 past, 1 future, 0 unknown (news only)
    text: str
    last_decade: str | None = None   # the decade the paragraph last named ("that decade")
    last_quarter: str | None = None  # the quarter an earnings report last stated
    quarter_end: int = 0             # where that quarter's expression ended


@dataclass(frozen=True)
class Resolved:
    """A resolve hook's answer: the value and whether context supplied it; ``dropped``: no timex at all."""

    value: str | None
    anchored: bool
    dropped: bool = False


DROPPED = Resolved(None, False, dropped=True)
Resolve = Callable[[Piece, Resolving], "Resolved | None"]  # None: resolve as any other piece


@dataclass(frozen=True)
class Example:
    """A sentence with the rule's expected timexes in [brackets], each with "TYPE value [MOD]"."""

    text: str
    expect: tuple[str, ...]
    ref: str | None = None    # the narrative's time before the sentence ("1939-05")
    news: str | None = None   # a news document written on this day ("1998-10-02")

    @property
    def sentence(self) -> str:
        return self.text.replace("[", "").replace("]", "")

    def spans(self) -> list[tuple[int, int]]:
        """Where the bracketed expressions are in :attr:`sentence`."""
        out, removed = [], 0
        for m in re.finditer(r"\[([^\]]*)\]", self.text):
            start = m.start() - removed
            out.append((start, start + len(m.group(1))))
            removed += 2
        return out


def ex(text: str, *expect: str, ref: str | None = None, news: str | None = None) -> Example:
    return Example(text, tuple(expect), ref, news)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern | None  # None: a rule the tagger fires itself (the model's spans)
    build: Builder
    trigger: str  # key of grammar.TRIGGERS: a word every match of the rule contains
    examples: tuple[Example, ...] = ()
    keep: Keep | None = None
    resolve: Resolve | None = None
    moves: Moves | None = None
    # Several pieces of one match are two calendars' names of one day, not a range's two ends.
    one_day: bool = False
    # Two of its dates joined by "to"/"until" make a range even without "from" ("1919 to 1921").
    range_by_word: bool = False
    # A "week" it counts is a calendar week ("last week": 1989-W43), not seven days from a day.
    calendar_week: bool = False
    # It states the quarter an earnings report is about ("the third quarter").
    states_quarter: bool = False
    # "a year earlier" after a quarter may mean that quarter a year before; "last year" never does.
    quarter_echo: bool = True
    doc: str = field(default="", compare=False)


RULES: list[Rule] = []
_BY_NAME: dict[str, Rule] = {}


def register(r: Rule) -> Rule:
    if r.name in _BY_NAME:
        raise ValueError(f"two date rules are named {r.name!r}")
    RULES.append(r)
    _BY_NAME[r.name] = r
    return r


def rule(name: str, pattern: str, trigger: str, *, examples: Iterable[Example] = (), keep: Keep | None = None,
         resolve: Resolve | None = None, moves: Moves | None = None, **traits: bool) -> Callable[[Builder], Builder]:
    """Declare a rule: its regex, trigger, examples and hooks (see the module docstring)."""
    def decorate(fn: Builder) -> Builder:
        register(Rule(name, re.compile(pattern), fn, trigger, tuple(examples), keep, resolve, moves,
                      doc=(fn.__doc__ or "").strip(), **traits))
        return fn
    return decorate


def rule_named(name: str) -> Rule:
    return _BY_NAME[name]

