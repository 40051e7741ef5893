"""Where a name the model tagged really ends (issue "who did it", part 2: one whole name per party): a
company's name at its legal form before "of" and its place ("Reiss & Co. B.V. of the Netherlands"), and a
person's family name the tokenizer split at its article clitic ("Jacobus Henricus van" of "Jacobus Henricus
van 't Hoff"), and a ruler's regnal numeral the model left off ("Pope Leo | I": without it the parser reads the
"I" as the pronoun, and the row loses its party), and a person's given names before a quoted nickname the
model split off ('Marie Magdalene | "Marlene" Dietrich': else the party is 'Marlene" Dietrich', quote and all),
and the given names a sentence opens a person's full name with ("Benito Amilcare | Andrea Mussolini was", the
first taken for a place: else every row of the article names "Andrea Mussolini"). :mod:`pipeline.nlp.entity_hygiene` applies them when it
trims and widens the model's spans."""

from __future__ import annotations

from typing import Any

import re

from pipeline.lexicon.non_party_names import ARTICLE_CLITICS, LEGAL_FORM_WORDS, NAME_PARTICLES
from pipeline.lexicon.calendar import MONTH_WORDS
from pipeline.lexicon.person_titles import HONORIFICS, REGNAL_TITLES, TITLES_OF_PLACE
from pipeline.lexicon.type_nouns import TYPE_NOUNS

# II to XXXIX; a bare "I" is the pronoun as often, so it counts only after a regnal title ("Pope Leo I").
_NUMERAL = re.compile(r"^X{0,3}(?:IX|IV|VI{0,3}|I{2,3})$|^X{1,3}I?$")


def legal_form_end(doc: Any, start: int, end: int) -> int:
    """Where a company's name ends at its legal form with "of" and a place after it ("Reiss & Co. B.V. of
    the Netherlands": the company is "Reiss & Co. B.V.", the Netherlands where it is); else ``end``."""
    for i in range(start + 1, end - 2):
        if doc[i].lower_ in LEGAL_FORM_WORDS and doc[i + 1].lower_ == "of" and doc[end - 1].ent_type_ in ("", "GPE", "ORG"):
            return i + 1
    return end


def family_name_end(doc: Any, start: int, end: int) -> int:
    """The end of a person's name the model cut after a family name's particle and before its article
    clitic ("Jacobus Henricus van" of "Jacobus Henricus van 't Hoff", the quote and the "t" split apart)."""
    k = end - 1 if end - 1 > start and doc[end - 1].is_quote else end
    if k - 1 <= start or doc[k - 1].lower_ not in NAME_PARTICLES:
        return end
    if k == end and doc[k - 1].text in NAME_PARTICLES and k < len(doc) and _family_word(doc[k]):
        # "Antonio López de | Santa Anna": the model stopped at the particle; the family name after it
        # (capitalised proper nouns no other name holds) is the person's.
        while k < len(doc) and _family_word(doc[k]):
            k += 1
        return k
    if k < len(doc) and doc[k].text in ARTICLE_CLITICS:
        k += 1
    elif k + 1 < len(doc) and doc[k].is_quote and doc[k + 1].lower_ == "t":
        k += 2
    else:
        return end
    return k + 1 if k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" else end


def _family_word(token: Any) -> bool:
    """A word of a family name after its particle: a capitalised proper noun in no other entity."""
    return token.is_title and token.pos_ == "PROPN" and not token.ent_type_ and not token.is_sent_start


def regnal_numeral_end(doc: Any, start: int, end: int) -> int:
    """The end of a person's name over the regnal numeral written right after it ("Pope Leo | I", "Orm
    | XIV"); a bare "I" only where the name starts with a regnal title ("Pope", "King"); else ``end``."""
    if end >= len(doc) or doc[end].is_sent_start or doc[end - 1].is_punct or doc[end - 1].text[-1:].isdigit():
        return end
    word = doc[end].text
    titled = doc[start].lower_ in REGNAL_TITLES and end - start >= 2
    if not (_NUMERAL.match(word) or (word == "I" and titled)):
        return end
    if end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        return end  # "Pope Leo I Orm": a numeral between two names is joined elsewhere (name_joins)
    return end + 1


def nickname_start(doc: Any, start: int, end: int) -> int:
    """The start of a person's name the model began inside a quoted nickname ('Marlene" Dietrich' after
    'Marie Magdalene "'), over the person's name before the opening quote; else ``start``."""
    if start < 2 or end - start < 3 or not doc[start - 1].is_quote or not doc[start + 1].is_quote or \
            doc[start - 2].ent_type_ != "PERSON":
        return start
    k = start - 2
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


# Titles, months and the words a place's or a body's name starts or ends with ("Circuit Park Velden"): no given name.
_NOT_GIVEN = HONORIFICS | REGNAL_TITLES | TITLES_OF_PLACE | MONTH_WORDS | \
    {w for label in ("ORG", "GPE", "FAC", "LOC") for w in TYPE_NOUNS.get(label, ())} | \
    {"circuit", "fort", "camp", "lake", "mount", "port", "cape", "stadium", "park", "saint", "st", "san", "santa"}
_MISREAD_ONE_WORD = ("GPE", "NORP", "ORG", "LOC")


def opening_given_names_start(doc: Any, start: int, end: int) -> int:
    """The start of a person's name over the capitalised words that open its sentence right before it
    ("Benito Amilcare | Andrea Mussolini was"), one of them perhaps a one-word name of another label the
    model misread; else ``start``. At most three words, no title or month, and only from the sentence start."""
    k = start
    while k > 0 and not doc[k].is_sent_start and start - k < 3:
        prev = doc[k - 1]
        if not (prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha and prev.lower_ not in _NOT_GIVEN):
            return start
        if prev.ent_type_ and (prev.ent_type_ not in _MISREAD_ONE_WORD or prev.ent_iob_ != "B" or
                               (k < len(doc) and doc[k].ent_iob_ == "I")):
            return start  # a name of its own of two words or more ("Ohio Rick Orme" is no one's name)
        k -= 1
    return k if k < start and doc[k].is_sent_start else start
