"""One name the model cut in pieces at a word inside it, joined again (issue 31: never a fragment).

Each piece alone would be a false party ("Society of Righteous", "Giray", "Thiếu"), so the join is
made only where the words between leave no other reading:

- a regnal numeral between two capitalised names ("Hadri I Giray", "Mehmed II Orlan"): one person;
  English writes no numeral between two different names;
- a connector of a foreign name between two pieces of a person's name ("von Beneckendorff und von
  Hindenburg", "Ortega y Gasset"): "und", "y" and "e" join no two English names;
- a body's name whose last word modifies a head after "and" ("the Society of Righteous | and
  Harmonious Fists": "Righteous" is an adjective of "Fists", so the of-phrase runs to "Fists"); where
  the words after "of" are themselves the object ("Bank of Tarvia and Lusk" as two parties), the
  parse hangs the second on the first as a conjunct, not the first on the second, and nothing is joined;
- a person's name the model started one word late or stopped one word early, where that word is a
  capitalised compound of the name the model did not tag ("Linus | Benedict Torvalds", "Thiếu | Đế").
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.calendar import MONTH_WORDS
from pipeline.lexicon.person_titles import (
    HONORIFICS, OFFICE_QUALIFIERS, REGNAL_NUMERAL, REGNAL_TITLES, TITLES_OF_PLACE,
)
from pipeline.lexicon.type_nouns import TYPE_NOUNS

# Lower-case words that join two parts of one person's name in German, Spanish, Portuguese, Catalan.
_NAME_CONNECTORS = {"und", "y", "e", "i"}
_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "zu", "bin", "ibn", "al"}
# Words that are a title or the head of a place's or a body's name, never a forename or a surname.
_NOT_NAME_WORDS = HONORIFICS | REGNAL_TITLES | TITLES_OF_PLACE | OFFICE_QUALIFIERS | \
    {w for label in ("ORG", "GPE", "FAC", "LOC") for w in TYPE_NOUNS.get(label, ())} | \
    {"street", "road", "avenue", "park", "square", "school", "college", "university", "hospital", "church", "bridge",
     "award", "prize", "medal", "administration", "government", "dynasty", "family", "house", "war", "battle",
     "memorial", "treaty", "act", "world", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "circuit", "fort", "camp", "lake", "mount", "port", "cape", "stadium", "autodromo", "raceway"} | MONTH_WORDS


def _name_word(token: Any) -> bool:
    return token.is_alpha and token.is_title and not token.ent_type_ and token.lower_ not in _NOT_NAME_WORDS


def joined_names(spans: list) -> list:
    """Sorted, non-overlapping model spans with the pieces of one name joined (see the module)."""
    from spacy.tokens import Span

    out: list = []
    for span in spans:
        doc = span.doc
        prev = out[-1] if out else None
        if prev is not None and _numeral_between(prev, span):
            out[-1] = Span(doc, prev.start, span.end, label="PERSON")
        elif prev is not None and prev.label_ == span.label_ == "PERSON" and span.start - prev.end == 1 and \
                doc[prev.end].lower_ in _NAME_CONNECTORS and doc[prev.end].is_lower:
            out[-1] = Span(doc, prev.start, span.end, label="PERSON")
        elif prev is not None and prev.label_ == "ORG" and _modified_head_end(prev) == span.end:
            out[-1] = Span(doc, prev.start, span.end, label="ORG")
        else:
            out.append(span)
    return [_person_widened(_numeral_widened(s)) for s in out]


def _numeral_between(prev: Any, span: Any) -> bool:
    """"Hadri" + "I" + "Giray" (or "Hadri" + "I Giray"): a capitalised name, a regnal numeral, then a
    capitalised name; English writes no numeral between two different names, so it is one person."""
    doc = span.doc
    if span.start - prev.end == 1:
        numeral = doc[prev.end]
    elif span.start == prev.end and len(span) >= 2:
        numeral = span[0]
    else:
        return False
    labels = ("PERSON", "GPE", "ORG", "NORP")
    return numeral.text != "" and bool(REGNAL_NUMERAL.match(numeral.text)) and prev.label_ in labels and \
        span.label_ in labels and all(t.is_title or t.lower_ in _PARTICLES or t.i == numeral.i for t in (*prev, *span)) and \
        not any(t.lower_ in _NOT_NAME_WORDS for t in (*prev, *span))


def _modified_head_end(span: Any) -> int | None:
    """The end of a body's name whose last word modifies a head beyond "and" ("Society of Righteous |
    and Harmonious Fists"): the words up to the head are capitalised, one of them the conjunction."""
    doc = span.doc
    last = doc[span.end - 1]
    head = last.head
    if last.dep_ not in ("amod", "compound") or head.i <= span.end or not any(t.lower_ == "of" for t in span) or \
            doc[span.end].lower_ not in ("and", "&"):
        return None
    between = doc[span.end + 1:head.i + 1]
    if not all(t.is_title and t.is_alpha for t in between):
        return None
    return head.i + 1


def _numeral_widened(span: Any) -> Any:
    """A name the model cut at its regnal numeral ("Hadri | I Giray", "Mehmed II | Giray"): the span
    over the untagged capitalised name word before or after the numeral, a person."""
    doc = span.doc
    start, end = span.start, span.end
    if REGNAL_NUMERAL.match(span[0].text) and span[0].text and start > 0 and _name_word(doc[start - 1]) and \
            doc[start - 1].pos_ == "PROPN" and len(span) >= 2:
        start -= 1
    if REGNAL_NUMERAL.match(span[-1].text) and span[-1].text and len(span) >= 2 and end < len(doc) and \
            _name_word(doc[end]) and doc[end].pos_ == "PROPN" and not doc[end].is_sent_start and \
            all(_name_word(t) or t.ent_type_ for t in span[:-1]) and \
            not any(t.lower_ in _NOT_NAME_WORDS for t in span):
        end += 1
    if (start, end) == (span.start, span.end):
        return span
    return type(span)(doc, start, end, label="PERSON")


def _person_widened(span: Any) -> Any:
    """A person's span over an untagged capitalised word before or after it that the parse makes a
    compound of the name ("Linus" of "Linus Benedict Torvalds", "Đế" of "Thiếu Đế"): never a title
    ("Emperor"), a place's or a body's word ("Street"), or a word the text also writes in lower case."""
    if span.label_ != "PERSON":
        return span
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" and \
            span.start <= doc[start - 1].head.i < end and not _written_lower(doc, doc[start - 1]):
        start -= 1
    while end < len(doc) and _name_word(doc[end]) and doc[end].pos_ == "PROPN" and not doc[end].is_sent_start and \
            doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        end += 1
    if (start, end) == (span.start, span.end):
        return span
    return type(span)(doc, start, end, label="PERSON")


def _written_lower(doc: Any, token: Any) -> bool:
    """Whether the chunk writes the word in lower case elsewhere ("Yesterday" is a word, "Linus" a name)."""
    return re.search(rf"(?<![\w-]){re.escape(token.lower_)}(?![\w-])", doc.text) is not None
