"""A person's name as a user groups by: without a quoted nickname or the office and titles written
before it ("Prime Minister Mara Orme" → "Mara Orme", "FBI Director Mara Orme" → "Mara Orme"), and the surnames of the document's people."""

from __future__ import annotations

import re
from typing import Iterable

from pipeline.lexicon.person_titles import (HONORIFICS, OFFICE_QUALIFIERS, PEERAGE_TITLES, REGNAL_NUMERAL, REGNAL_TITLES,
                                            TITLES_OF_PLACE)
from pipeline.lexicon.type_nouns import TYPE_NOUNS

# A title kept before one name ("Baroness Orme", "Queen Mara") is no first name: it makes no second bearer.
_TITLE_WORDS = REGNAL_TITLES | TITLES_OF_PLACE | PEERAGE_TITLES
# A generation's suffix after a surname ("Jr.", "III"): no surname itself.
_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "Junior", "Senior"}
_QUOTES = "\"“”'‘’"
# A romanised Chinese or Korean given name of two syllables joined by a hyphen ("Ka-shing", "Il-sung"): the
# word before it is the family name, which the text uses alone ("Li retired").
_EAST_ASIAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,6}$")
_NICKNAME = re.compile(r"\s+[\"“‘][^\"“”‘’]+[\"”’](?=\s)")


def surnames(people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Surname → canonical full name, from (full name as written, canonical name) pairs of the
    document's persons (the family name written first in "Li Ka-shing"); a surname two different people share (different first names) maps to
    neither, so a bare "Smith" is never given to the wrong one."""
    by_surname: dict[str, set[str]] = {}
    canonical: dict[str, str] = {}
    for written, name in people:
        written = person_name(written)
        words = written.split()
        while len(words) >= 3 and (words[-1] in _SUFFIXES or REGNAL_NUMERAL.match(words[-1])):
            words = words[:-1]  # "Barack Orme II", "Clint Orme Jr.": the surname is before the suffix
        if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].replace("-", "").isalpha():
            continue
        if not name_like(written) or words[0].lower() in _TITLE_WORDS:
            continue  # "People's Commissar Orme": an office, not a first name, before the surname
        family = [words[-1]]
        if len(words) == 2 and _EAST_ASIAN_GIVEN.match(words[1]) and words[0].isalpha():
            family.append(words[0])  # "Li Ka-shing", "Chiang Kai-shek": the family name is written first
        for surname in family:
            by_surname.setdefault(surname, set()).add(words[0] if surname != words[0] else words[1])
            # The longest canonical form wins ("Joachim von Ribbentrop" over "Joachim Ribbentrop").
            if len(name) > len(canonical.get(surname, "")):
                canonical[surname] = name
    return {s: canonical[s] for s, firsts in by_surname.items() if len(firsts) == 1}


# Last words of a place's or an organisation's name a title can start ("Bishop Orme School", "King Rodric Bridge").
_NOT_A_PERSON = set(TYPE_NOUNS["ORG"]) | set(TYPE_NOUNS["GPE"]) | {
    "school", "college", "academy", "hospital", "church", "cathedral", "chapel", "hall", "center", "centre",
    "stadium", "arena", "bridge", "street", "road", "avenue", "park", "square", "museum", "library", "institute",
    "award", "awards", "prize", "cup", "trophy", "memorial", "house", "building", "tower", "station", "airport",
    "high", "land", "island", "islands", "sound", "strait", "bay", "river", "lake", "mountains", "range"}
_PARTICLES = {"von", "van", "de", "del", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "y", "dos", "das"}


def name_like(written: str) -> bool:
    """Whether a person's name as written is only a name: capitalised words, initials and particles
    ("Joachim von Ribbentrop"), no office before it ("People's Commissar of Defence Orme")."""
    for word in written.split():
        if word in _PARTICLES or word[:1] in _QUOTES:
            continue  # a particle, or a quoted nickname ('William "Buck" Orme')
        if not word[:1].isupper() or word.endswith(("'s", "’s")) or word.lower() in HONORIFICS:
            return False
    return True


def person_name(text: str) -> str:
    """A person's name without a quoted nickname ('William "Buck" Orme' → "William Orme") or the
    titles before it ("Dr Mara Orme", "General Orme", "King Rodric III" → "Rodric III"); a regnal
    title stays where one word would be left ("Queen Mara")."""
    text = _NICKNAME.sub("", text)
    words = text.split()
    if words and words[-1].lower() in _NOT_A_PERSON:
        return text  # "Bishop Orme High School": a title in a school's name, which the model took for a person
    while len(words) >= 2 and (words[0].lower() in HONORIFICS or
                               (words[0].lower() in REGNAL_TITLES and len(words) >= 3)):
        words = words[1:]
    office = _office_length(words) or _body_office_length(words)
    words = words[office:] if office and name_like(" ".join(words[office:])) else words
    # "Minister of War Orme": an office of several words; no title goes but the whole of it.
    if name_like(" ".join(words)) or _ruler_of(words):
        return " ".join(words)
    return text


def _ruler_of(words: list[str]) -> bool:
    """Whether the words are a ruler's or a prelate's name "of" a place or with an epithet ("Orm II of
    Lusk", "Vell the Great", left by "Archbishop Orm II of Lusk", "Empress Vell the Great"): a name, "of"
    or "the", a name; both sides names."""
    k = next((i for i, w in enumerate(words) if w in ("of", "the")), None)
    return k is not None and 1 <= k < len(words) - 1 and name_like(" ".join(words[:k])) and \
        name_like(" ".join(words[k + 1:]))


def _office_length(words: list[str]) -> int:
    """How many leading words are an office of qualifiers and titles ("Prime Minister", "Deputy Foreign
    Minister"), ending in a title, with at least one word of the name left; 0 when none."""
    length = 0
    for k, word in enumerate(words[:-1]):
        if word.lower() in HONORIFICS:
            length = k + 1
        elif word.lower() not in OFFICE_QUALIFIERS:
            break
    return length


def _body_office_length(words: list[str]) -> int:
    """How many leading words are a body's name and its office ("FBI Director", "U.S. Attorney", "Supreme
    Court Justice") before a name of two words or more; 0 when none."""
    for k in range(len(words) - 3, 0, -1):
        if words[k].lower() in HONORIFICS and all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in words[:k]):
            return k + 1
    return 0
