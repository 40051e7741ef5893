"""The thing acted on in full, for a common noun: its modifiers, "of"-complements and coordinated nouns.

"annexed the Polish areas" → Polish areas, "proposed spheres of interest" → spheres of interest, "the
destabilization and rise of extremism" whole; without determiners, counts, clauses, brackets or other
prepositions, and never a clause's worth of words. Split from :mod:`pipeline.events.themes` (the theme
finder), which calls :func:`noun_phrase` where the thing has no name.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.person_titles import REGNAL_TITLES
from pipeline.lexicon.theme_words import PEOPLE_NOUNS
from pipeline.lexicon.type_nouns import PERSON_NOUNS, PRIVATE_PERSON_NOUNS, RELATIONAL_NOUNS


def names_people(head: Any) -> bool:
    """Whether a common noun names a person or people ("the ambassador", "his father", "the new queen")."""
    word = head.lower_
    return word.rstrip("s") in _PERSON_WORDS or word in _PERSON_WORDS or word in PEOPLE_NOUNS


_PERSON_WORDS = PERSON_NOUNS | PRIVATE_PERSON_NOUNS | RELATIONAL_NOUNS | REGNAL_TITLES


# Modifiers that are part of what a thing is ("the Polish areas", "mutual assistance treaties", "the
# Orm tank school"); a determiner, a possessive or a count only points at it.
_KEPT_MODIFIERS = {"amod", "compound", "nmod"}
# Words that count or point at a thing rather than say what it is ("several members", "the entire embassy").
COUNTING_WORDS = {"several", "many", "few", "numerous", "various", "entire", "whole", "same", "such", "similar", "other",
                  "some", "all", "both", "each", "every", "more", "most", "resulting", "ensuing", "subsequent",
                  "following", "aforementioned"}
# Verbs whose "of" is their own ("accused the troops of the provocation", "robbed him of", "informed of").
_OF_TAKING_STEMS = ("accus", "convict", "suspect", "rob", "depriv", "inform", "remind", "warn", "notif", "clear",
                    "reliev", "strip", "cur", "rid")
_MEASURES = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
_ERAS = {"bc", "bce", "ad", "ce"}
# A theme longer than this is a clause's worth of words, not a name for the thing.
_MAX_THEME_WORDS = 10


def noun_phrase(head: Any) -> str | None:
    """The thing acted on in full, for a common noun: its modifiers and its "of"-complements ("annexed
    the Polish areas" → Polish areas, "proposed spheres of interest" → spheres of interest), without
    determiners, clauses, brackets or other prepositions. None when the noun has nothing to add."""
    if head.pos_ != "NOUN":
        return None
    full = _phrase(head, with_of=True)
    return full if full is not None else _phrase(head, with_of=False)  # "a microfilmed copy of … (ten words)"


def _phrase(head: Any, with_of: bool) -> str | None:
    """The noun with its modifiers and, ``with_of``, its "of"-complements, as one stretch of the text."""
    kept = {head.i}
    for c in head.children:
        if c.dep_ in _KEPT_MODIFIERS and c.i < head.i and c.lower_ not in COUNTING_WORDS and not any(
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in _ERAS for t in c.subtree):  # "the 5th century BC war"
            kept.update(t.i for t in c.subtree)
    # "accused Finnish troops of the provocation": the verb's own "of", whatever the parser hangs it on.
    own_of = head.head.lower_.startswith(_OF_TAKING_STEMS) or not with_of
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > head.i and not own_of:
            for obj in prep.children:
                words = _plain_subtree(obj) if obj.dep_ == "pobj" else []
                # "an area of 243 km2", "a population of 5 million": a measure, not what the thing is.
                if words and not any(head.doc[i].like_num or head.doc[i].ent_type_ in _MEASURES for i in words):
                    kept.add(prep.i)
                    kept.update(words)
    _add_coordinated(head, kept)
    if len(kept) == 1 or len(kept) > _MAX_THEME_WORDS:
        return None
    doc = head.doc
    start, end = min(kept), max(kept) + 1
    # "self-determination": the hyphen the parser hangs on the noun as punctuation joins two kept words.
    kept.update(i for i in range(start, end) if doc[i].text in ("-", "–") and i - 1 in kept and i + 1 in kept)
    # Only one unbroken stretch of words: a gap is a word the phrase leaves out, which would misquote it.
    if any(i not in kept for i in range(start, end)) or any(
            doc[i].is_punct and doc[i].text not in ("-", "–", ",") for i in range(start, end)):
        return None
    words = doc[start:end]
    text = words.text
    first = words[0]
    if first.i == first.sent.start and first.pos_ != "PROPN" and not first.ent_type_:
        text = text[:1].lower() + text[1:]  # "Mutual assistance treaties were signed": a capital of the sentence
    return text


def _add_coordinated(head: Any, kept: set[int]) -> None:
    """Add the common nouns coordinated with ``head`` ("the destabilization and rise of extremism"): a
    list of things acted on is named whole, not cut at its first "and". Parties (named or people) in
    the list are no things: the list is then left as it is."""
    conjs = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    if not conjs or any(c.pos_ != "NOUN" or c.ent_type_ or names_people(c) for c in conjs):
        return
    for c in head.children:
        if c.dep_ in ("cc", "punct") and c.i > head.i and c.i < conjs[-1].i:
            kept.add(c.i)
    for c in conjs:
        kept.update(_plain_subtree(c))


def _plain_subtree(obj: Any) -> list[int]:
    """An "of"-complement's words without its clauses, brackets and appositions ("of interest", "of the
    Tarsk Treaty", not "of the treaty, which …")."""
    kept = [obj.i]
    for c in obj.children:
        if c.dep_ in ("relcl", "acl", "appos", "advcl", "punct", "parataxis", "cc", "conj"):
            continue
        if c.dep_ == "prep" and c.lower_ != "of":
            continue
        kept.extend(_plain_subtree(c) if c.dep_ in ("prep", "pobj") else [t.i for t in c.subtree])
    # "a blockade of Tarsk, Lusk and Vell": the whole list of names or nouns, not a clause joined by "and"
    conjs = [c for c in obj.children if c.dep_ == "conj" and c.i > obj.i]
    if conjs and all(c.pos_ in ("NOUN", "PROPN") for c in conjs):
        kept.extend(c.i for c in obj.children if c.dep_ in ("cc", "punct") and obj.i < c.i < conjs[-1].i)
        for c in conjs:
            kept.extend(_plain_subtree(c))
    return kept
