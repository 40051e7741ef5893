"""A name's whole span where the small model cut it: the words of the name it left outside its span.

The model often tags part of a name and leaves the rest untagged or tagged as another name; the
events then list two fragments or a bare word where the text writes one name. Each rule below
widens a span only over words the text writes as part of that name:

- a span ending in "of" or "the" ("Charles IV of", "Cyrus the") runs on over the capitalised words
  after it ("Charles IV of Vell", "Cyrus the Great"); with none after, the connector goes;
- a place or a body after "of" and a state's head word ("Empire of" + "Vell") is the state
  "Empire of Vell"; a name before such a head word it modifies ("Orm" + "Caliphate", "Han" +
  "dynasty") is the state or dynasty "Orm Caliphate", "Han dynasty" (:mod:`pipeline.lexicon.polities`);
- a person's span takes the given names the model left off before it ("Salvador" of "Salvador
  Guillermo Allende"), the first part of a hyphenated given name ("Anni-" of "Anni-Frid Lusk", also where
  the model took "Anni" for a people), and
  for a one-named or regnal name the place it is "of" ("Taejo of Orm", "Charles IV of Vell").
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.agreements import DOCUMENT_NAME_HEADS
from pipeline.lexicon.calendar import MONTH_WORDS
from pipeline.lexicon.person_titles import HONORIFICS, REGNAL_TITLES
from pipeline.lexicon.polities import POLITY_HEADS
from pipeline.lexicon.type_nouns import PERSON_NOUNS
from pipeline.lexicon.stems import singulars
from pipeline.nlp.token_search import tokens_written

_CONNECTORS = ("of", "the")
_ROMAN = re.compile(r"^[IVXL]+$")
_HYPHENS = ("-", "‐")
_QUOTES = ('"', "“", "”")
_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")


def whole_name(span: Any) -> Any:
    """The span over the whole name it is a part of (see the module's rules), else ``span``."""
    if span.label_ not in _NAME_LABELS or len(span) == 0:
        return span
    doc = span.doc
    start, end, label = span.start, span.end, span.label_
    if end - start >= 2 and doc[end - 1].lower_ in _CONNECTORS:
        tail = _capitalised_run(doc, end)
        end = tail if tail > end else end - 1
        if end - start >= 2 and doc[end - 1].lower_ in _CONNECTORS:
            end -= 1  # "Charles of the": nothing after the connectors
    if start >= 2 and doc[start - 1].lower_ == "of" and _polity_head(doc[start - 2]) and \
            not doc[start - 1].is_sent_start and not doc[start - 2].ent_type_:
        start, label = start - 2, "GPE"  # "Empire of" + "Vell"
    elif end < len(doc) and not doc[end].ent_type_ and _polity_head(doc[end], lower_case="dynasty") and \
            span.root.head.i == end and (label != "PERSON" or end - start == 1):
        end, label = end + 1, "GPE"  # "Orm" + "Caliphate", "Han" + "dynasty"
    if label == "NORP" and end - start == 1 and end + 2 < len(doc) and doc[end].text in _HYPHENS and \
            not doc[start].whitespace_ and not doc[end].whitespace_:
        run = end + 1
        while run < len(doc) and doc[run].pos_ == "PROPN" and doc[run].is_title and doc[run].is_alpha and \
                not doc[run].ent_type_:
            run += 1
        if run - (end + 1) >= 2 and doc[run - 1].dep_ not in ("compound", "amod", "nmod") and \
                (run == len(doc) or doc[run].lower_ not in ("and", "&")):
            # (not "German-Soviet Boundary and Friendship Treaty": a name that runs on modifies a thing)
            end, label = run, "PERSON"  # "Anni" + "-Frid Lyngstad": a hyphenated given name and a surname
    if label in ("ORG", "GPE", "NORP") and _ruler_of(doc, start, end):
        label = "PERSON"  # "Philip II of France" tagged a body: a ruler named by his realm, never the realm
    if label in ("PERSON", "ORG", "GPE") and _epithet_after(doc, start, end):
        end, label = end + 2, "PERSON"  # "Cyrus" + "the Great": one ruler, never "Great"
    if label in ("PERSON", "ORG") and _possessive_body_end(doc, end) > end:
        end, label = _possessive_body_end(doc, end), "ORG"  # "Jehovah | 's Witnesses": a body, never Jehovah
    if label == "PERSON":
        start = _given_names_before(span, start, end)
        if end + 1 < len(doc) and doc[end].lower_ == "of" and (end - start == 1 or _ROMAN.match(doc[end - 1].text)):
            tail = _capitalised_run(doc, end + 1, allow_the=False)
            if tail > end + 1:
                end = tail  # "Taejo of Orm", "Charles IV of Vell": a ruler named by the realm
    if (start, end, label) == (span.start, span.end, span.label_):
        return span
    return type(span)(doc, start, end, label=label) if start < end else span


def _ruler_of(doc: Any, start: int, end: int) -> bool:
    """Whether the span is a given name, a regnal numeral and "of" a realm ("Philip II of France"): a ruler."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    return len(words) >= 4 and words[0].is_title and words[0].is_alpha and _ROMAN.match(words[1].text) is not None \
        and words[2].lower_ == "of" and words[0].lower_ not in POLITY_HEADS


def _epithet_after(doc: Any, start: int, end: int) -> bool:
    """Whether a one-word name (or one with a regnal number) is followed by "the" and one capitalised word
    that is its epithet ("Cyrus the Great", "Ivan the Terrible", "Charles II the Bald"): no title noun
    ("Orme the King of Vell"), no second capitalised word ("Orme the Great Lakes"), not an indirect object
    ("gave Orme the Bible")."""
    last = doc[end - 2] if end - start >= 2 and _ROMAN.match(doc[end - 1].text) else doc[end - 1]
    if not last.is_title or not last.is_alpha or end + 1 >= len(doc):
        return False
    the, word = doc[end], doc[end + 1]
    if the.lower_ != "the" or not word.is_title or not word.is_alpha or _tagged_apart(word) or doc[end - 1].dep_ == "dative":
        return False
    if word.lower_ in HONORIFICS or word.lower_ in REGNAL_TITLES or word.lower_ in POLITY_HEADS or \
            word.lower_ in PERSON_NOUNS or word.lower_ in MONTH_WORDS:
        return False
    return end + 2 >= len(doc) or not (doc[end + 2].is_title or doc[end + 2].pos_ == "PROPN")


def _name_word(token: Any) -> bool:
    """A capitalised word the model left untagged, as a name's part."""
    return token.is_title and token.is_alpha and not token.ent_type_ and token.pos_ in ("PROPN", "NOUN", "ADJ")


def _possessive_body_end(doc: Any, end: int) -> int:
    """The end of a body named with a possessive ("Jehovah" + "'s Witnesses", "Zion" + "'s Watchmen"): a
    possessive mark right after the name, then capitalised untagged words ending in a plural of people
    (tagged a plural noun), inside the sentence; else ``end``. ("Orme's Lieder", a work, ends in no plural.)"""
    if end + 1 >= len(doc) or doc[end].text not in ("'s", "’s") or doc[end].is_sent_start:
        return end
    k = end + 1
    while k < len(doc) and _name_word(doc[k]) and not doc[k].is_sent_start:
        k += 1
    last = doc[k - 1]
    if k == end + 1 or last.tag_ not in ("NNS", "NNPS") or not last.text.endswith("s") or \
            singulars(last.lower_) & _NO_BODY_PLURALS:  # (no lemmatizer runs: the word's singulars)
        return end
    return k


# Plurals after a possessive name that are things or times, no body ("Napoleon's Hundred Days").
_NO_BODY_PLURALS = frozenset({"day", "year", "war", "law", "letter", "work", "essay", "rule", "note", "thesis",
                              "conquest", "campaign", "reform", "meditation", "confession", "dialogue", "epistle"})


def _tagged_apart(word: Any) -> bool:
    """Whether the model tagged ``word`` as part of a name of its own: any longer span, or a place ("Orme the
    Netherlands"); an epithet the model tagged alone as a building or a body ("Albert the | Great" FAC) is
    no name of its own and joins the ruler's."""
    if not word.ent_type_:
        return False
    alone = word.ent_iob_ == "B" and (word.i + 1 >= len(word.doc) or word.doc[word.i + 1].ent_iob_ != "I")
    return not alone or word.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL")


def _polity_head(token: Any, lower_case: str | None = None) -> bool:
    """A state's head word written as part of a name: capitalised ("Empire", "Caliphate"), or the one
    word the prose writes in lower case inside a name (``lower_case``: "dynasty")."""
    return token.lower_ in POLITY_HEADS and (token.is_title or token.lower_ == lower_case)


def _capitalised_run(doc: Any, i: int, allow_the: bool = True) -> int:
    """The end of the capitalised words from token ``i`` on ("Great", "Vell", "the Franks"), or ``i``."""
    j = i
    if allow_the and j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j + 1].is_title:
        j += 1
    k = j
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha and not doc[k].is_sent_start and \
            doc[k].pos_ in ("PROPN", "ADJ", "NOUN"):
        k += 1
    return k if k > j else i


def _given_names_before(span: Any, start: int, end: int) -> int:
    """The start of a person's name over the given names the model left off ("Salvador | Guillermo
    Allende") and the first part of a hyphenated given name ("Anni- | Frid Lusk"); not a title."""
    doc = span.doc
    while start > 0 and not doc[start].is_sent_start:
        prev = doc[start - 1]
        if prev.text in _QUOTES and start >= 4 and doc[start - 3].text in _QUOTES and doc[start - 2].is_title and \
                doc[start - 4].pos_ == "PROPN" and doc[start - 4].is_title and not doc[start - 4].ent_type_ and \
                not doc[start - 3].is_sent_start:
            start -= 3  # 'María Corazón "Cory" | Sumulong Aquino': a quoted nickname, then the given names before it
        elif prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha and not prev.ent_type_ and \
                prev.dep_ in ("compound", "nmod") and start <= prev.head.i < end and \
                prev.lower_ not in HONORIFICS and prev.lower_ not in REGNAL_TITLES and prev.lower_ not in MONTH_WORDS:
            # (not "On 3 May | John Vell": a date's month the parser hung on the name)
            start -= 1
        elif prev.text in _HYPHENS and start >= 2 and not prev.whitespace_ and not doc[start - 2].whitespace_ and \
                doc[start - 2].is_title and doc[start - 2].is_alpha:
            start -= 2  # "Anni-Frid": the model tagged "Anni" apart, or not at all
            break
        else:
            break
    return start


# The words polity_spans starts at (its two shapes test ``lower_`` against these first).
_HEADS = frozenset(DOCUMENT_NAME_HEADS) | frozenset(POLITY_HEADS)


def polity_spans(parsed: Any, taken: set[int]) -> list:
    """States and dynasties the model left untagged, as GPE spans over tokens no span holds: a
    capitalised head word, "of" and capitalised words ("Empire of Vell"), or capitalised proper nouns
    before a head word they modify ("Orm dynasty", "Orm Caliphate"). Also a law's or a document's name
    of that shape ("Edict of Emancipation", "Act of Union"), as LAW: a thing, whose words are no parties
    (the place after its "of" is part of it: "Edict of Orm")."""
    from spacy.tokens import Span

    out = []
    # Both shapes start at a head word (a document's or a state's): only those tokens are walked.
    for tok in (parsed[i] for i in tokens_written(parsed, _HEADS, lower=True)):
        if tok.i in taken:
            continue
        if tok.is_title and tok.lower_ in DOCUMENT_NAME_HEADS and tok.i + 2 < len(parsed) and \
                parsed[tok.i + 1].lower_ == "of" and not parsed[tok.i + 1].is_sent_start:
            end = _capitalised_run(parsed, tok.i + 2, allow_the=False)
            if end > tok.i + 2:
                out.append(Span(parsed, tok.i, end, label="LAW"))
            continue
        if not _polity_head(tok, lower_case="dynasty"):
            continue
        start, end = tok.i, tok.i + 1
        while start > 0 and parsed[start - 1].pos_ == "PROPN" and parsed[start - 1].is_title and \
                parsed[start - 1].head.i == tok.i and parsed[start - 1].i not in taken and not parsed[start].is_sent_start:
            start -= 1
        if start == tok.i and tok.is_title and tok.i + 2 < len(parsed) and parsed[tok.i + 1].lower_ == "of":
            end = _capitalised_run(parsed, tok.i + 2, allow_the=False)
            end = end if end > tok.i + 2 and not any(i in taken for i in range(tok.i, end)) else tok.i + 1
        if end - start >= 2:
            out.append(Span(parsed, start, end, label="GPE"))
    return out


# Words of a lineage inside one person's name ("Amr ibn al-As", "Yosef ben Matityahu").
_LINEAGE = {"ibn", "bin", "bint", "ben", "bar"}


def joined_lineage(spans: list) -> list:
    """Sorted, non-overlapping spans with a person's name the model split joined into one PERSON: two
    names linked by a lineage word ("Muhammad" + "ibn" + "Abi Bakr al-Turi") where the parse reads them as
    one phrase (else :func:`pipeline.events.fuller_names.lineage_names` names the second by the first), and capitalised given
    names tagged as something else right before a person's name they modify ("Hugo Alvar" FAC +
    "Henrik Aalto")."""
    from spacy.tokens import Span

    out: list = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.label_ == "PERSON" and prev.label_ in _NAME_LABELS and \
                _lineage_between(prev, span) and _one_phrase(span.doc, prev.start, span.end):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
        elif prev is not None and span.label_ == "PERSON" and prev.label_ in _NAME_LABELS + ("FAC",) and prev.end == span.start \
                and prev.label_ != "PERSON" and prev.doc[prev.end - 1].whitespace_ == " " and \
                all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in prev) and \
                prev.root.dep_ == "compound" and span.start <= prev.root.head.i < span.end:
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
        else:
            out.append(span)
    return out


def _lineage_between(prev: Any, span: Any) -> bool:
    """Whether only a lineage word (and "al-") or a quoted nickname stands between a person's name and another."""
    between = prev.doc[prev.end:span.start]
    if prev.label_ == "PERSON" and len(between) == 3 and between[0].text in _QUOTES and between[2].text in _QUOTES \
            and between[1].is_title:
        return True  # 'Rosa Elena' + '"Rosie"' + 'Ortega Lusk': a quoted nickname inside one name
    return prev.label_ == "PERSON" and 1 <= len(between) <= 2 and between[0].lower_ in _LINEAGE and \
        all(t.lower_ in _LINEAGE or t.lower_ in ("al", "-") for t in between)


def _one_phrase(doc: Any, start: int, end: int) -> bool:
    """Whether the parse reads tokens ``start``–``end`` as one phrase (one token's head outside): the
    events read a name by its head word, and a name over two of the parser's phrases has none."""
    return sum(1 for t in doc[start:end] if not start <= t.head.i < end) == 1


# Head words of a prize's or an honour's name ("Orme Medal of Merit", "Tarsk Center Honors").
_PRIZE_HEADS = {"award", "awards", "prize", "prizes", "medal", "medals", "honors", "honours", "trophy"}
_YEAR_IN_BRACKETS = re.compile(r"^\s*\(\s*\d{3,4}\s*\)")


# An order of merit by its head word; it is an honour, no body, where its last word says so ("Legion of
# Honour", "Order of Merit") or where a rank of it or a verb of giving stands before it ("a Knight of the
# Order of Vell", "awarded the Order of Orme"): a religious order ("the Order of Saint Vell") acts.
_ORDER_HEADS = {"order", "legion", "cross"}
_HONOUR_ENDS = {"honour", "honor", "merit", "valour", "valor", "distinction"}
_ORDER_RANKS = {"knight", "knights", "officer", "officers", "companion", "companions", "commander", "commanders",
                "member", "members", "chevalier", "dame", "dames", "cross", "collar", "insignia", "recipient"}
_GIVING_VERBS = {"award", "receive", "confer", "invest", "bestow", "decorate", "induct", "present", "grant", "give"}


def is_honour_order(span: Any, head: str, last: str) -> bool:
    """Whether a name headed by "Order", "Legion" or "Cross" is an honour given to someone (see above)."""
    if head not in _ORDER_HEADS:
        return False
    if last in _HONOUR_ENDS:
        return True
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _ORDER_RANKS:
        return True
    return tok.dep_ in ("dobj", "pobj", "nsubjpass", "dative", "attr") and any(
        t.pos_ == "VERB" and t.lemma_.lower() in _GIVING_VERBS for t in [tok.head, tok.head.head])


def is_thing_name(span: Any, work_nouns: frozenset[str]) -> bool:
    """Whether a name the model took for a party names a thing: a prize by its head word ("the
    Presidential Medal of Freedom", "the Kennedy Center Honors"), or a work dated in brackets after a
    noun of works in its sentence ("works such as Orme Dialectics (1966)"; a body's founding year in
    brackets has no such noun before it)."""
    if span.label_ not in ("PERSON", "ORG", "NORP", "FAC", "LOC", "PRODUCT"):
        return False
    words = [t.lower_ for t in span]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head in _PRIZE_HEADS or is_honour_order(span, head, words[-1]):
        return True
    doc = span.doc
    if not _YEAR_IN_BRACKETS.match(doc[span.end:span.end + 4].text):
        return False
    before = doc[span.sent.start:span.start] if span.sent is not None else doc[:span.start]
    return any(t.pos_ == "NOUN" and (t.lower_ in work_nouns or t.lower_.rstrip("s") in work_nouns or t.lower_ == "works")
               for t in before)


# Nouns of a fight at a place ("the battles of Ajnadayn and the Yarmuk", "the siege of Orm").
_SITE_NOUNS = {"battle", "battles", "siege", "sieges", "sack"}


def is_battle_site(span: Any) -> bool:
    """Whether a name is the place a battle or a siege is "of" ("the battles of Orm and the Vell"): a
    site, no party (the sides of a battle are named as such: "over the Tarvians at the battle of Orm")."""
    if span.label_ not in ("GPE", "LOC", "ORG", "NORP", "PERSON", "FAC"):
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _SITE_NOUNS and \
        tok.head.head.pos_ == "NOUN"


# A language is no party: a name the document writes right before a noun of languages ("the Burmese
# language", "Semitic languages") names one there, and so does that name written bare elsewhere
# ("Burmese is tonal"), or a period of it ("Old Aramaic"); "the Burmese" (a people) has its article.
_LANGUAGE_NOUN = r"(?:language|languages|dialect|dialects|script|tongue)"
_BEFORE_LANGUAGE_NOUN = re.compile(r"\b((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+) " + _LANGUAGE_NOUN + r"\b")
_LANGUAGE_NOUNS = {"language", "languages", "dialect", "dialects", "script", "tongue"}


def language_names(text: str) -> frozenset[str]:
    """The names a document writes right before a noun of languages (see above)."""
    return frozenset(re.sub(r"^(?:The|In|Of|Both|Many|Most|All|Some) ", "", m.group(1))
                     for m in _BEFORE_LANGUAGE_NOUN.finditer(text))


def is_language(span: Any, languages: frozenset[str]) -> bool:
    """Whether a name the model took for a party names a language here (see above)."""
    if span.label_ not in ("NORP", "ORG", "PERSON", "LANGUAGE"):
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _LANGUAGE_NOUNS:
        return True
    words = [t.text for t in span if t.lower_ != "the"]
    if not words or span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return False
    return " ".join(words) in languages or (len(words) == 2 and words[0] in ("Old", "Middle", "Classical", "Ancient",
                                                                              "Modern", "Late", "Early")
                                            and words[1] in languages)
