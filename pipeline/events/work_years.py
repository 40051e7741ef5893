"""Dates that pick out a thing, not a happening: a work's year (``the 2005 film``), a feast's day.

A bare year before the common noun of a film, an album, a book, a team or a convention picks out
which one; it dates the work (its making, its season), not what a person did with it later or
around it ("she starred in the 2005 film", "53 lettermen return from the 2006 team"). Only the
work's own making or happening keeps the year ("the 2005 film was shot in Tarsk", "released the
1999 album"). A day with no year that a feast is kept on recurs every year: "the saint's feast
was moved to 4 May in 1969" is a change of 1969, not of some 4 May. Read off spaCy's dependency parse.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.happenings import EVENT_NOUNS

# Nouns of a work, a team or a gathering that a year before them names.
WORK_NOUNS = {"film", "films", "movie", "movies", "album", "albums", "novel", "novels", "book", "books", "song",
              "songs", "single", "singles", "play", "plays", "series", "show", "documentary", "musical", "opera",
              "team", "teams", "squad", "squads", "roster", "class", "convention", "worldcon", "westercon",
              "remake", "sequel", "model", "edition", "version", "video", "game", "record"}
# Stems of the verbs that make or put out a work, or in which the named thing happens: the year dates them.
_MAKING = ("releas", "publish", "film", "shot", "shoot", "record", "produc", "direct", "writ", "wrote", "premier",
           "open", "air", "broadcast", "compos", "made", "mak", "creat", "launch", "held", "hold", "stag", "won",
           "win", "play", "finish", "compet", "debut", "issu", "print", "complet", "form", "found", "assembl")


def year_names_a_work(span: Any, trigger: Any) -> bool:
    """Whether the date is a bare year naming a work or a team that is not what the trigger made."""
    if len(span) != 1 or not re.fullmatch(r"\d{4}", span.text):
        return False
    year = span[0]
    if _in_a_title(year, trigger) or _a_findings_name(year, trigger):
        return True
    work = year.head
    if year.dep_ not in ("nummod", "compound", "amod", "nmod", "npadvmod") or work.i <= year.i or \
            work.pos_ != "NOUN" or work.lower_ not in WORK_NOUNS or work.i == trigger.i:
        return False
    if work.head.i == trigger.i and trigger.lower_.startswith(_MAKING):
        return False  # "released the 1999 album", "the 2005 film was shot in Tarsk": the work's own year
    return not any(t.i == trigger.i for t in work.subtree)


# Nouns of a day kept every year: "his feast day", "the saint's feast", "a name day".
_FEASTS = {"feast", "feasts", "feast-day", "solemnity"}  # not "a memorial service", "took a holiday"


def a_feasts_day(span: Any, trigger: Any) -> bool:
    """A day and month without a year that a feast (the trigger's subject or object) is kept on."""
    if re.search(r"\d{3,4}", span.text) or not re.search(r"[A-Za-z]", span.text):
        return False
    parties = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(c.lower_ in _FEASTS or any(g.lower_ in _FEASTS for g in c.children if g.dep_ == "compound")
               or (c.lower_ == "day" and any(g.lower_ in ("feast", "name", "saint") for g in c.children))
               for c in parties)


# Lower-case words a title runs through: "Conversations on His Aims 1934".
_TITLE_JOINERS = {"of", "on", "in", "the", "a", "an", "and", "for", "to", "with", "at", "by", "from", ":", "'s", "-", "–"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def _in_a_title(year: Any, trigger: Any) -> bool:
    """``his 1940 book Orm Speaks: Conversations on His Aims 1934 records …``: a year closing a run of
    capitalised words that holds the trigger is part of a work's title; the title's noun is no happening
    of that year. The run must hold two capitalised words at least, none a month or the sentence's first."""
    doc = year.doc
    if not trigger.is_title or trigger.i >= year.i or trigger.i == trigger.sent.start or \
            trigger.lower_ in EVENT_NOUNS:
        return False  # ("the Siege of Tarsk 1920" names a happening: a listed happening word keeps its row)
    between = doc[trigger.i + 1:year.i]
    if not len(between) or not doc[year.i - 1].is_title or doc[year.i - 1].lower_ in _MONTHS:
        return False
    return all(t.is_title or t.lower_ in _TITLE_JOINERS for t in between)


def _a_findings_name(year: Any, trigger: Any) -> bool:
    """``Global Lusk Assessment 2025 found that forests were shrinking``: a year after a capitalised name
    that is the subject of a verb of finding or saying with a clause: the year names the study, and its
    finding is what it says, no happening of that year (``the 2025 Assessment was published`` is one)."""
    doc = year.doc
    name = doc[year.i - 1] if year.i > year.sent.start else None
    if name is None or name.pos_ != "PROPN" or not name.is_title or name.lower_ in _MONTHS or \
            year.head.i != name.i or name.dep_ != "nsubj" or name.head.i != trigger.i:
        return False
    return trigger.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in trigger.children)
