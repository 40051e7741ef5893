"""Piped-link remnants `Target, display`: which commas are one (used by the strip_links stage).

A wiki link ``[[Hanko, Finland|Hanko]]`` reaches the mirror's text as
``Hanko, Finland, Hanko``. A comma is also the most common punctuation in
prose, so we collapse only on evidence that the words before it are an
article's title and the words after it the link's text, and count what we
leave. The fixed shapes (their display is certain):

- a ``#`` section anchor in the target (``Secretary of State#Germany, State Secretary``);
- a parenthetical disambiguator (``Kaleva (airplane), Kaleva``);
- the display repeating the target's start or end (``Brest, Belarus, Brest``,
  ``German battleship Bismarck, Bismarck``, ``Polish resistance movement in
  World War II, Polish resistance movement``);
- a shared stem between a target word and the display's first word, with the
  target's last word closing the display (``remilitarization of the
  Rhineland, remilitarized the Rhineland``); a peer's title.

The weaker ones find the target surely but not the display's right edge, so
only the target is cut: a disambiguator before another display, a target
word coming back in another form or in lower case (``Great Purge, purge``,
``collectivisation in the USSR, collectivization``), a display that takes the
article before the title (``the Battle of France, German invasion of
France``), a title led by a year right after a name. None fires at the comma
closing a sentence's opening phrase, nor on a sentence's first word.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.cleaning.piped_evidence import echo_index, hard_guard, introduced_by_naming, participle_clause, resumptive
from pipeline.cleaning.piped_titles import CONNECTORS, paren_titles, shared_word_titles, title_shapes


_CAP = r"[A-Z\u00C0-\u024F][\w'’.-]*"
_CONNECT = CONNECTORS
# Repetitions are bounded: an unbounded name run would make a long line of
# capitalised words quadratic to scan.
_NAME = rf"{_CAP}(?: (?:{_CONNECT} ){{0,2}}{_CAP}){{0,8}}"

# Displays are capitalised word runs without connectors: "Estonia and
# Latvia#Latvia" is two links, not one display.
_DISPLAY = r"[A-Z\u00C0-\u024F][\w-]*(?: [A-Z\u00C0-\u024F][\w-]*){0,6}"
# Target#Section, Display (the target may be an interlanguage link ":ru:…").
_SECTION_LINK = re.compile(
    rf"(?<![\w#])(?P<target>(?::[a-z]{{2,3}}:[^#\n]{{1,60}}?|{_NAME})#[^,\n#]{{1,60}}?), (?P<display>{_DISPLAY})")
# Target (disambiguator), Display — the display starts with the target's first word.
_PAREN_LINK = re.compile(
    rf"(?<![\w#])(?P<target>(?P<head>{_CAP})(?: (?:{_CONNECT} ){{0,2}}{_CAP}){{0,6}} \([^()\n]{{1,40}}\)), "
    rf"(?P<display>(?P=head)\b(?: [A-Z\u00C0-\u024F][\w.-]*){{0,6}})")
# Place, Region, Place
_REPEAT_FIRST = re.compile(rf"(?P<target>(?P<head>{_CAP}(?: {_CAP}){{0,2}}), {_CAP}(?: {_CAP}){{0,2}}), (?P<display>(?P=head))\b")
# Some words ending in X, X
_REPEAT_LAST = re.compile(rf"(?P<target>{_CAP}(?: [\w'’-]+){{0,4}} (?P<tail>{_CAP})), (?P<display>(?P=tail))\b(?!,)")
# prefix-word of the Thing, prefixed-word the Thing
_STEM_LINK = re.compile(
    r"(?P<target>\b(?P<stem>[a-z]{5})[a-z]*(?: [\w'’-]+){0,5} (?P<tail>[A-Z][\w'’-]+)), "
    r"(?P<display>(?P=stem)[a-z]*(?: [\w'’-]+){0,5}? (?P=tail))\b")
# Doubtful: "Word, word…" where a stem is shared but nothing else confirms it.
_DOUBTFUL = re.compile(r"\b(?P<stem>[A-Za-z]{5})[a-z]*(?: [\w-]+){0,4}, (?P=stem)[a-z]*\b", re.I)

# A target must be a whole name: "Treaty of Berlin (1926), Berlin Treaty" is
# not "Berlin (1926)" → "Berlin Treaty", and collapsing there would garble it.
_NAME_BEFORE = re.compile(rf"{_CAP} (?:(?:{_CONNECT}|with|to|at|by|from) )*$")
_NAME_TARGET_RULES = {"paren", "repeat-first", "repeat-last"}
# Rules whose display is the link's whole visible text: the fixed shapes. The others find the target
# surely but the display's right edge only by its words, so their rows are marked not confident and
# lend their target to no entity.
CERTAIN_DISPLAY = {"section", "paren", "repeat-first", "repeat-last", "stem", "peer", "prefix-repeat", "paraphrase"}
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.")

_RULES = (("section", _SECTION_LINK), ("paren", _PAREN_LINK), ("repeat-first", _REPEAT_FIRST),
          ("stem", _STEM_LINK), ("repeat-last", _REPEAT_LAST))


class _Taken:
    """Non-overlapping spans already claimed, searchable in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


# Words that open a sentence with a phrase a comma closes: "After the fall of X, …", "In X, …".
_FRONTED = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:After|Before|During|In|On|At|Following|Upon|With|Without|Since|Until|When|While|"
    r"Although|Though|As|Because|If|Under|Throughout|Despite|For|By|From|Through|Within|Amid|Among|Against|"
    r"Unlike|Like|Once|Outside|Inside|Across|Beyond|Between|Toward|Towards|Behind)\b[^,.;:!?\n]*$")


def _inner_word_phrase(text: str, target: str, display_start: int) -> bool:
    """"the Second Polish Republic, Polish state": the display opens with an inner word of the title,
    as it is, and goes on in lower case. A clause after an opening phrase does not do that (it
    would start with the name itself, or another form of it: "the German Empire, Germany became")."""
    words = text[display_start:display_start + 60].split()
    return len(words) >= 2 and words[0] in target.split()[1:] and words[1][:1].islower()


def _ends_fronted_phrase(text: str, start: int, display_start: int) -> bool:
    """Whether the candidate at ``start`` ends a sentence's opening phrase (no comma since the sentence
    began with a preposition or subordinator) and its comma is the phrase's own: no other comma
    follows before the sentence ends ("In the event of … the Second Polish Republic, Polish state,
    the spheres …" has one, where the display ends the phrase)."""
    if not _FRONTED.search(text, max(0, start - 200), start):
        return False
    rest = re.match(r"[^,.;:!?\n]*", text[display_start:display_start + 400]).group()
    return display_start + len(rest) >= len(text) or text[display_start + len(rest)] != ","


@dataclass(frozen=True)
class Remnant:
    """A suspected ``Target, display``: where it is, the rule that found it, and whether its target goes."""

    start: int  # the target's start
    display_start: int
    target: str
    display: str
    evidence: str  # the rule that found it
    collapse: bool  # the evidence is enough to remove the target; otherwise the text stays as written


def _fixed_shape_holds(rule: str, m: re.Match, text: str) -> bool:
    """The checks a fixed shape needs beyond its pattern."""
    target, display = m.group("target"), m.group("display")
    if rule == "paren":
        # The display is the title's own words ("Kaleva (airplane), Kaleva"); a further capitalised word
        # makes it another name of a list ("Poetry (Chicago), Poetry London, The Australian").
        return set(display.split()) <= set(target.split(" (")[0].split())
    if rule == "repeat-first":
        # "Zhang, J., Zhang, K.": an author list, two people of one surname; "Paris, France, Paris, Texas": a list.
        return not _INITIAL.search(target) and not re.match(r",? [A-Z\u00C0-\u024F]", text[m.end("display"):])
    if rule == "repeat-last":
        # A descriptive title ("German battleship Bismarck, Bismarck"); a bare name then its surname is
        # prose ("President Obama, Obama said").
        return any(w[:1].islower() and len(w) >= 4 for w in target.split())
    if rule == "stem":
        # "attacked Ruritania, attacking ten airfields …": two forms of one verb are prose; a title is a noun.
        first, shown = target.split()[0], display.split()[0]
        return not (_VERB_FORM.search(first) and _VERB_FORM.search(shown))
    return True


_VERB_FORM = re.compile(r"(?:ed|ing|es)$")


def find_remnants(text: str) -> tuple[list[Remnant], int]:
    """The suspected piped-link remnants in text order, and how many doubtful candidates were refused.

    A remnant with ``collapse`` False stays in the text and is only recorded: the words after its comma
    do not echo its title, so removing it could delete prose."""
    taken = _Taken()
    found: list[Remnant] = []
    refused = 0
    for rule, pattern in _RULES:
        for m in pattern.finditer(text):
            start, end = m.start("target"), m.end("display")
            if taken.overlaps(start, end):
                continue
            if rule in _NAME_TARGET_RULES and _NAME_BEFORE.search(text, max(0, start - 60), start):
                continue
            if not _fixed_shape_holds(rule, m, text) or hard_guard(text, start, end, m.group("target")) or \
                    participle_clause(m.group("target"), m.group("display")):
                refused += 1
                continue
            taken.add(start, end)
            collapse = rule == "section" or not introduced_by_naming(text, start)
            found.append(Remnant(start, m.start("display"), m.group("target"), m.group("display"), rule, collapse))
    # Weaker shapes only where the fixed ones found nothing; only the target is cut, so a display
    # whose right edge is uncertain stays as written.
    weak = [(*found_, "paren-title") for found_ in paren_titles(text)] + \
        [(*found_, "shared-word") for found_ in shared_word_titles(text)] + list(title_shapes(text))
    for start, display_start, target, display, evidence in sorted(weak):
        end = display_start + max(1, len(display))
        if taken.overlaps(start, end):
            continue
        if evidence not in ("paren-title", "peer", "paraphrase", "bare-title") and not _inner_word_phrase(text, target, display_start) \
                and _ends_fronted_phrase(text, start, display_start):
            continue  # "After the fall of the German Empire, Germany became …": the comma ends the opening phrase
        if evidence in ("paren-title", "prefix-repeat", "echo") and \
                _NAME_BEFORE.search(text, max(0, start - 60), start):
            continue  # (the shared-word rule checks the whole title itself)
        after = text[display_start:display_start + 80]
        if hard_guard(text, start, end, target) or participle_clause(target, after):
            refused += 1
            continue
        collapse = not introduced_by_naming(text, start)
        if evidence == "paren-title":
            # A disambiguator alone is no evidence: prose writes abbreviations, dates and places in
            # brackets after a name. The display must echo the title right after the comma.
            collapse = collapse and echo_index(target, after) is not None and not resumptive(target, after)
        taken.add(start, end)
        found.append(Remnant(start, display_start, target, display, evidence, collapse))
    left_alone = sum(1 for m in _DOUBTFUL.finditer(text) if not taken.overlaps(m.start(), m.end()))
    return sorted(found, key=lambda r: r.start), left_alone + refused
