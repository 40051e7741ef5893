"""Dates in brackets and capitalised runs that belong to a life, a thing or a title, not to the
sentence's happening (split out of :mod:`pipeline.events.filters`, which asks these).

``William May (December 13, 1899 – March 15, 1984) was a pitcher`` (a lifespan), ``the school lies near
Tarsk station (1972)`` (a thing's year), ``Green Rivers Singing (1951) is by …`` (a word of a title).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.event_nouns import _named_happening, names_a_happening


_LIFESPAN_WORDS = {"born", "b.", "b", "died", "d.", "d", "c.", "circa", "ca.", "ca", "fl.", "fl", "about", "–", "-"}


def lifespan(span: Any, trigger: Any) -> bool:
    """``William May (December 13, 1899 – March 15, 1984) was a pitcher``: the bracket after a person's
    name tells when he lived, not when the sentence's verb happened. (``(born 1901)`` with ``born`` as
    the trigger is a birth, and stays.)"""
    doc = span.doc

    def in_bracket(t: Any) -> bool:
        # Life words, the other end ("(c.1240 – c. 1300)": the first end is no timex), a birthplace
        # ("(20 January 1793 Tarsk – 7 July 1866)").
        return t.lower_ in _LIFESPAN_WORDS or t.ent_type_ in ("DATE", "GPE", "LOC") or t.pos_ == "PROPN" or \
            t.text == "," or \
            re.fullmatch(r"(?:c\.)?\d{1,4}", t.lower_) is not None
    i = span.start - 1
    while i >= 0 and in_bracket(doc[i]):
        i -= 1
    j = span.end
    while j < len(doc) and in_bracket(doc[j]):
        j += 1
    if i < 1 or doc[i].text != "(" or j >= len(doc) or doc[j].text != ")":
        return False
    if i <= trigger.i <= j:
        return False
    # Two ends or a life word: one date in a bracket after a name is as often a happening's
    # ("the invasion of Normandy (June 1944)", with a parser that takes Normandy for a person).
    bracket = doc[i + 1:j]
    lived = re.search(r"[–—-]|\bto\b", bracket.text) or any(t.lower_ in _LIFESPAN_WORDS for t in bracket)
    name = doc[i - 2] if doc[i - 1].text == "," and i >= 2 else doc[i - 1]  # "Cabral, (born 1988)"
    # A name the tagger missed ("Buckshot" May, a month to it) before "was a pitcher": the subject's
    # bracket before a copula is a life too.
    copula = ("is", "was", "are", "were")
    return bool(lived) and (name.ent_type_ == "PERSON" or (
        name.pos_ == "PROPN" and (trigger.lower_ in copula or name.head.lower_ in copula)))


def a_things_year(span: Any, trigger: Any) -> bool:
    """``the school lies round the corner from Tarsk station (1972)``: a year alone in brackets after the
    name of a thing (a station, a book) is that thing's (its opening, its publication); a sentence in the
    present tells how things are, so none of its verbs happened then. (``starred in The Tarsk Story
    (1956)`` is told in the past, at about the film's time, and stays.)"""
    doc = span.doc
    if not (re.fullmatch(r"\d{3,4}", span.text) and 1 < span.start and span.end < len(doc) and
            doc[span.start - 1].text == "(" and doc[span.end].text == ")"):
        return False
    thing = doc[span.start - 2]
    if thing.is_quote and span.start > 2:
        thing = doc[span.start - 3]
    if thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in ("PERSON", "DATE") or (
            names_a_happening(thing) and not thing.is_title):
        return False  # "the invasion (1944)" is a happening; "Blue Winds Dancing (1938)" a title
    root = trigger.sent.root
    # "the novel Lucinde (1799) was seen as an account of their affair": a view of the thing, in any
    # tense, is no happening of the thing's year either.
    view = trigger.lower_ in _VIEWS and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children)
    return trigger.i not in range(span.start - 1, span.end + 1) and (view or root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children))


# Participles of a view taken of something ("was seen as", "is regarded as").
_VIEWS = {"seen", "regarded", "considered", "viewed", "described", "known", "hailed", "praised", "criticised",
          "criticized", "remembered", "treated"}


# Lower-case words a title runs on through ("Quiet by Design", "The Lord of the Isles").
_TITLE_JOINERS = {"by", "of", "the", "and", "a", "an", "in", "on", "to", "for", "with", "at", "&"}


def word_of_a_title(trigger: Any) -> bool:
    """``Green Rivers Singing (1951) is by …``, ``was Visiting Fellow at …``: a capitalised word inside a
    run of capitalised words, not the sentence's first, is a piece of a work's or a post's title,
    not the happening. An event noun stays ("the Siege of Tarsk in 1840" is a siege)."""
    if not trigger.is_title or trigger.i == trigger.sent.start or _named_happening(trigger) or \
            trigger.doc[trigger.i - 1].text.endswith((":", ";", "–", "—", "-")):
        return False  # after a colon or a dash a capital starts an entry ("Vol. 2 (2000): Cancelled at …")
    doc, sent = trigger.doc, trigger.sent

    def title_word(i: int, step: int) -> bool:
        while sent.start <= i < sent.end and doc[i].lower_ in _TITLE_JOINERS and not doc[i].is_title:
            i += step
        return sent.start <= i < sent.end and doc[i].is_title and doc[i].is_alpha and \
            (i != sent.start or step == -1)

    return title_word(trigger.i - 1, -1) or title_word(trigger.i + 1, 1)
