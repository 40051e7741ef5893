"""Entity spans a reader can trust: cut where the model overran, dropped where it is not a name.

The small spaCy model makes a few kinds of mistakes that no later stage can
undo, and each has a cue in the parse or in the document itself:

- a span runs over a sentence end (``World War I. Germany``) or stops inside
  a bracket (``Saratov Oblast (``): cut it at the sentence start, trim the
  unbalanced bracket or quote;
- a name label on a word that is not written as a name (``anti-German``,
  ``pro-Soviet``, ``democratic``, ``kulak``) or in another script
  (``Германия`` from a gloss's translation): not a name in this text;
- a PERSON after a determiner (``the Gestapo``) or a one-word PERSON in
  brackets after a common noun (``a short war (Blitzkrieg)``): people's names
  take neither, so the model's guess is dropped;
- a bare surname labelled as something else (``Litvinov`` as GPE,
  ``Ribbentrop`` as ORG) when the document names exactly one person with that
  surname: the document's own usage decides, and the mention carries that
  person's full name.

Functions take spaCy spans and return spans (or None); the ``entities``
stage applies them.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.labels import NAME_LABELS
from pipeline.nlp.name_ends import (family_name_end, legal_form_end, nickname_start, opening_given_names_start,
                                    regnal_numeral_end)
from pipeline.lexicon.person_titles import TITLES_OF_PLACE
# A person's name as a user groups by lives beside the spans (re-exported: callers import it from here).
from pipeline.nlp.person_names import name_like, person_name, surnames  # noqa: F401
from pipeline.lexicon.type_nouns import TYPE_NOUNS

_OPEN, _CLOSE = "([{", ")]}"
_QUOTES = "\"“”'‘’"
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_NUMERAL_STOP = re.compile(r"^[IVX]+\.$")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# A year or its era the model ran into the name after it ("1980 Tarlo Holdings Corp.", "BC the Orm"): no
# party's name starts with a bare number or an era word. Not for a happening's or a work's label: an EVENT
# may ("1984 Summer Olympics"). A widened span may have lost its label: it is read as a name's.
# A year is four digits; a shorter number leads only with its era ("65 BC Orm"): "65 Air Division" is a unit.
_ERA_WORD = re.compile(r"^(?:BC|AD|BCE|CE|B\.C\.|A\.D\.)$")
_LEADING_YEAR = re.compile(r"^[12]\d{3}$")
_NUMBER = re.compile(r"^\d{1,4}$")
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
_DATED_NAME_LABELS = {"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
                      "QUANTITY", "MONEY", "PERCENT"}


_ERA_ALONE = re.compile(r"^(?:BC|AD|BCE|CE|B\.C\.?|A\.D\.?)$")


def _leads_with_a_date(doc: Any, start: int) -> bool:
    """Whether the word at ``start`` is a year or an era word run into the name after it."""
    word, after = doc[start].text, doc[start + 1]
    if _NUMBER.match(word) and _ERA_WORD.match(after.text):
        return True  # "65 BC", "1200 BC": the era goes next
    if word in _MONTHS and start > 0 and doc[start - 1].text.isdigit():
        return True  # "On 4 May Venn & Orme cut": the day's month, not a first name "May"
    dated = _ERA_WORD.match(word) or _LEADING_YEAR.match(word)
    return bool(dated) and (after.is_title or after.is_upper or after.lower_ == "the")


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def trimmed(span: Any) -> Any | None:
    """The span cut at a sentence start inside it and stripped of unbalanced brackets and
    quotes at its edges; None when nothing of a name is left."""
    doc = span.doc
    start, end = span.start, span.end
    while end - start >= 2 and span.label_ not in _DATED_NAME_LABELS and _leads_with_a_date(doc, start):
        start += 1
    for tok in span[1:]:
        if tok.is_sent_start:
            end = tok.i
            break
        # "World War I. Germany": a regnal or ordinal numeral with a full stop ends a sentence the
        # parser did not split ("Franklin D. Roosevelt" has an initial, not a numeral, there).
        if _NUMERAL_STOP.match(tok.text) and tok.i + 1 < end and doc[tok.i + 1].is_title and \
                tok.i > start and len(doc[tok.i - 1].text) > 2:
            end = tok.i + 1
            break
    changed = True
    while changed and start < end:
        changed = False
        text = doc[start:end].text
        first, last = doc[start].text, doc[end - 1].text
        odd_quotes = sum(text.count(q) for q in _QUOTES) % 2 == 1
        if last in _OPEN or (last in _QUOTES and odd_quotes):
            end -= 1
            changed = True
        elif first in _CLOSE or (first in _QUOTES and odd_quotes):
            start += 1
            changed = True
        elif first.lower() in _DETERMINERS and odd_quotes and start + 1 < end and doc[start + 1].text in _QUOTES:
            start += 1  # 'the "Islamic State' (the closing quote outside): the article, then the quote, go
            changed = True
        elif not _balanced(text):
            # "Saratov Oblast ( Russian": keep what comes before the bracket that never closes.
            cut = next((t.i for t in doc[start:end] if t.text in _OPEN and
                        not _balanced(doc[t.i:end].text)), None)
            if cut is None or cut == start:
                return None
            end = cut
            changed = True
    # "Popular Front In the 1970s": a capitalised preposition or article after a name starts the
    # next sentence the parser did not split; no name ends in one.
    while end - start >= 2 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") and doc[end - 1].is_title:
        end -= 1
    end = legal_form_end(doc, start, end) if span.label_ == "ORG" else end  # "Reiss & Co. B.V. of the Netherlands"
    if start >= end or _ERA_ALONE.match(doc[start:end].text):
        return None  # "1046 BC": the model tags the era word alone an organisation
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def widened(span: Any) -> Any:
    """The span over the words the model left off a name: a nickname's closing quote and the surname
    after it ('William "Buckshot' → 'William "Buckshot" May'), and the capitalised proper nouns an
    organisation's name starts with ("Aero" of "Aero Gare", a compound of the name the model did
    not tag)."""
    doc = span.doc
    start, end = span.start, span.end
    text = span.text  # once: spaCy joins the span's tokens on each access (speed only)
    odd_quotes = sum(text.count(q) for q in _QUOTES) % 2 == 1
    if span.label_ == "PERSON" and odd_quotes and end + 1 < len(doc) and doc[end].text in _QUOTES and \
            doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title and not doc[end + 1].is_sent_start:
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
            end += 1
    if span.label_ == "PERSON" and odd_quotes:
        start = nickname_start(doc, start, end)  # 'Marie "Marlene" Dietrich' cut at the nickname's opening quote
    if span.label_ == "PERSON":
        end = family_name_end(doc, start, end)  # "Jacobus Henricus van | 't Hoff": the name split off
        end = regnal_numeral_end(doc, start, end)  # "Pope Leo | I"
    if span.label_ == "PERSON" and start > 0 and doc[start - 1].lower_ in _PLACE_LEADERS and \
            doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ and \
            span.start <= doc[start - 1].head.i < span.end:
        # "Circuit | Park Zandvoort", "Fort | Orme": a place the model took for a person without its first word.
        return type(span)(doc, start - 1, end, label="FAC")
    if span.label_ == "PERSON":
        start = opening_given_names_start(doc, start, end)  # "Benito Amilcare | Andrea Mussolini was"
    joined = _joined_name_end(span)
    if joined is not None:
        # "the Bristol and Western Railway": the model tagged the first place of a company's name;
        # the whole name is the organisation, the place alone no party.
        return type(span)(doc, start, joined, label="ORG")
    if span.label_ == "ORG":
        # "White House Office of the Press | Secretary": the model stopped before the head its last word qualifies.
        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and \
                doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        end = _of_place_end(span, end)
        while start > 0 and not doc[start].is_sent_start:
            prev = doc[start - 1]
            if prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ and prev.dep_ == "compound" and \
                    span.start <= prev.head.i < span.end:
                start -= 1
            elif prev.like_num and prev.text.isdigit() and prev.dep_ in ("nummod", "compound") and \
                    span.start <= prev.head.i < span.end:
                start -= 1  # "65 Air Division": a unit's number is part of its name
                break
            else:
                break
    # (with its label: a bare slice has none, and the rules after it read the label)
    return type(span)(doc, start, end, label=span.label_) if (start, end) != (span.start, span.end) else span


# Last words of a body's name that an "of <Place>" tail belongs to ("Union Savings Association of Ohio").
_OF_HEADS = frozenset(TYPE_NOUNS["ORG"]) | {"association", "society", "institute", "institution", "academy",
                                            "college", "league", "federation", "foundation", "museum", "church"}


def _of_place_end(span: Any, end: int) -> int:
    """The end of a body's name over the "of" and untagged proper nouns the model left off it ("Union
    Savings Association | of Ohio"), else ``end`` (a tagged place after "of": :func:`merged_of_names`)."""
    doc = span.doc
    if doc[end - 1].lower_ not in _OF_HEADS or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    stop = end + 1
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title and not doc[stop].ent_type_ and \
            not doc[stop].is_sent_start:
        stop += 1
    return stop if stop > end + 1 else end


# First words of a place's or a venue's name ("Circuit Park Zandvoort", "Fort Orme").
_PLACE_LEADERS = {"circuit", "fort", "camp", "lake", "mount", "port", "cape", "stadium", "autodromo", "raceway"}


def _joined_name_end(span: Any) -> int | None:
    """The end of the name a span is the first part of when it is joined by "and"/"&" to more
    capitalised words ending in an untagged proper noun it modifies ("Bristol | and Western
    Railway"), else None."""
    root, doc = span.root, span.doc
    head = root.head
    if span.label_ not in ("GPE", "ORG", "LOC") or root.dep_ not in ("nmod", "compound") or head.i <= span.end or \
            head.pos_ != "PROPN" or not head.is_title or head.ent_type_ or \
            doc[span.end].lower_ not in ("and", "&"):
        return None
    if not all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in doc[span.end + 1:head.i + 1]):
        return None
    return head.i + 1


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def ordinal_unit(span: Any) -> Any | None:
    """A numbered unit the text names by its number alone ("the 139th was formed", "the 65th
    participated"): an ordinal standing as a noun (a subject or an object, nothing after it to count)
    names an organisation, labelled ORG without its article; None for any other span."""
    if span.label_ not in ("ORDINAL", "CARDINAL", "FAC", "LOC", "GPE", "PRODUCT", "NORP"):
        return None
    tokens = [t for t in span if t.lower_ != "the"]
    if len(tokens) != 1 or not _ORDINAL.match(tokens[0].text):
        return None
    tok = tokens[0]
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    from spacy.tokens import Span

    return Span(span.doc, tok.i, tok.i + 1, label="ORG")


def is_hyphen_fragment(span: Any) -> bool:
    """Whether a name is one end of a hyphenated word ("Consensus All" of "All-SWC", "Franco" of
    "Franco-Prussian"): a part of a longer word, no name of its own."""
    doc = span.doc
    after = span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") and not doc[span.end - 1].whitespace_ \
        and not doc[span.end].whitespace_ and doc[span.end + 1].text[:1].isupper()
    before = span.start >= 2 and doc[span.start - 1].text in ("-", "–") and not doc[span.start - 1].whitespace_ \
        and not doc[span.start - 2].whitespace_ and doc[span.start - 2].text[:1].isupper()
    return after or before


def written_as_name(span: Any, label: str) -> bool:
    """Whether a span with a name label is written like a name: a capital or a digit first
    (after "the"), in Latin script, and not a PERSON the grammar says is not one."""
    if label not in NAME_LABELS:
        return True
    text = _LEADING_THE.sub("", span.text)
    if not text or not (text[0].isupper() or text[0].isdigit()) or not _LATIN.search(text):
        return False
    if label == "PERSON" and len(span) == 1 and span.start > 0:
        before = span.doc[span.start - 1]
        if before.lower_ in _DETERMINERS:
            return False  # "the Gestapo", "the Blitzkrieg": names of people take no article
        if before.text == "(" and span.end < len(span.doc) and span.doc[span.end].text == ")" and \
                span.start > 1 and span.doc[span.start - 2].pos_ == "NOUN":
            return False  # "a short war (Blitzkrieg)": a term glossing the noun before it
    return True


def merged_of_names(spans: list) -> list:
    """The model's ``Supreme Soviet`` + ``of the`` + ``Soviet Union`` as the one ORG it names
    ("Communist Party of the Soviet Union", "Bank of England"): an organisation followed by
    ``of (the)`` and a state is that state's organisation. Spans are sorted, non-overlapping."""
    from spacy.tokens import Span

    out: list = []
    for span in spans:
        prev = out[-1] if out else None
        title = _title_of_place(span)
        if title is not None:
            # "the Duke of Orme", "the Sultan of Tarsk": a person named by a title of the place, not the
            # place (nor a bare title); the model's span over the title alone, if any, gives way.
            while out and out[-1].end > title:
                out.pop()
            out.append(Span(span.doc, title, span.end, label="PERSON"))
        elif prev is not None and prev.label_ == "ORG" and span.label_ == "GPE" and \
                prev.doc[prev.end:span.start].text.lower() in ("of", "of the"):
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
        elif prev is not None and _joined_company(out, span) is not None:
            # "Wiscasset" + "," + "Waterville" + "and" + "Farmington Railway": the places a company's
            # name joins are its name, one organisation (no place of its own).
            first = _joined_company(out, span)
            del out[first + 1:]
            out[first] = Span(span.doc, out[first].start, span.end, label="ORG")
        elif prev is not None and prev.doc[prev.end:span.start].text.lower() in ("and", "&") and \
                _abbreviated(prev.doc, prev.start, span.end):
            # "London" + "and" + "South Western Railway" + "(LSWR)": the abbreviation after it
            # spells the whole run, one organisation's name.
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
        else:
            out.append(span)
    return out


def _title_of_place(span: Any) -> int | None:
    """The token where a title "of" this place begins ("Duke of Orme", "Grand Duke of Orme"), for a
    place the text names by a capitalised ruler's, noble's or prelate's title; else None."""
    if span.start < 2 or not (span.label_ in ("GPE", "LOC") or (
            span.label_ in ("ORG", "PERSON", "NORP") and len(span) <= 2 and all(t.pos_ == "PROPN" for t in span))):
        return None  # the small model calls an unknown realm an organisation or a person ("Sultan of Tarsk")
    doc = span.doc
    of, word = doc[span.start - 1], doc[span.start - 2]
    if of.text != "of" or not word.text[:1].isupper() or word.text.lower() not in TITLES_OF_PLACE:
        return None
    start = word.i
    if start > 0 and doc[start - 1].text in ("Grand", "Crown", "Prince"):
        start -= 1  # "Grand Duke of Orme", "Crown Prince of Orme", "Prince Bishop of Orme"
    return start


# Last words of a company's name that joins places ("Bristol and Exeter Railway", "Orme, Lusk and Vell Canal").
_JOINED_HEADS = {"railway", "railroad", "canal", "tramway", "navigation"}


def _joined_company(out: list, span: Any) -> int | None:
    """The index in ``out`` of the first name of a run "A, B and C Railway" that ends in ``span``: each
    name joined to the next by a comma, the last by "and"/"&", and ``span`` ending in a company's word
    (a railway, a canal); None when ``span`` ends no such run."""
    doc = span.doc
    if doc[span.end - 1].lower_ not in _JOINED_HEADS or not out or doc[span.start].lower_ in _DETERMINERS or \
            doc[out[-1].end:span.start].text.lower() not in ("and", "&") or not _place_word(out[-1]):
        return None
    first = len(out) - 1
    while first > 0 and doc[out[first - 1].end:out[first].start].text == "," and _place_word(out[first - 1]):
        first -= 1
    return first


def _place_word(span: Any) -> bool:
    """Places' names of one or two capitalised words, as a railway's name joins them ("Bristol", "East
    Orme", or the model's one span "the Tarnby, Wexham")."""
    words = [t for t in span if t.text != "," and not (t.i == span.start and t.lower_ in _DETERMINERS)]
    return span.label_ in ("GPE", "LOC", "ORG", "FAC") and 0 < len(words) <= 4 and all(t.is_title for t in words)


def _abbreviated(doc: Any, start: int, end: int) -> bool:
    """Whether ``(ABBR)`` right after tokens ``start``–``end`` spells their capitalised words' initials."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    abbr = doc[end + 1].text
    initials = "".join(t.text[0] for t in doc[start:end] if t.text[:1].isupper())
    return abbr.isupper() and len(abbr) >= 3 and abbr == initials


# What may follow a business named in the possessive ("Orme's was added", "Orme's and Lusk Ltd opened",
# "became Orme's in 1992"): a verb, a joint name or the sentence's end, never a noun it would own.
_AFTER_OWN_NAME = re.compile(r"['’]s(?=\s*(?:[,.;:)]|(?:was|were|is|became|had|has|opened|closed|joined|"
                             r"replaced|moved|merged|in|as|said|says|placed|lowered|raised|cut|downgraded|"
                             r"upgraded|rated|reported|announced)\b|(?:and|or)\s+(?![A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\b)))")
_OWNS = re.compile(r"['’]s\s+[a-z]")
# "Standard & Orme's Corp.", "Orme's Investors Service": the "'s" sits inside a business's own name, before
# its legal form or its trade; the name holds it wherever else it is written ("Orme's lowered its rating").
_S_BEFORE_LEGAL_FORM = re.compile(r"['’]s\s+(?:Corp|Corporation|Inc|Incorporated|Co|Company|Ltd|Limited|LLC|"
                                  r"Ratings|Investors|Holdings)\b")
_PREDICATIVE = re.compile(r"\b(?:was|were|is|are|be|been)\s+$")


def possessive_names(entities: list, text: str | None, clean: Any) -> set[str]:
    """Names a document writes as a business in the possessive ("Orme's", a shop, a store): always with
    the "'s", at least once where it owns nothing after it, never before a noun it owns. "Orme's army",
    or an "Orme" the text also writes bare, keep the owner "Orme"."""
    if not text:
        return set()
    own: set[str] = set()
    bare: set[str] = set()
    named: set[str] = set()
    for e in entities:
        if e.label not in ("ORG", "PERSON", "GPE", "FAC") or not (0 <= e.start < e.end <= len(text)):
            continue
        written = text[e.start:e.end]
        inside = _S_BEFORE_LEGAL_FORM.search(written) if e.label == "ORG" else None
        if inside is not None and inside.start() > 0:
            named.add(clean(written[:inside.start()]))
        end = e.end - 2 if written.endswith(("'s", "’s")) else e.end
        name = clean(text[e.start:end])
        if name[:1].isdigit():
            continue  # "with 36 KO's": a plural count, no name
        if text[end:end + 2] not in ("'s", "’s") or (e.label == "PERSON" and " " in name):
            bare.add(name)  # a person named in full is no shop ("Tom Orme's")
        elif _AFTER_OWN_NAME.match(text, end) and not _PREDICATIVE.search(text[max(0, e.start - 12):e.start]):
            own.add(name)
        elif _OWNS.match(text, end):
            bare.add(name)  # "Orme's army": somewhere it owns a thing, so it is an owner's name
    return (own - bare) | named
