"""Names that are no whole party (issue "who did it", part 2: one name per party): a piece of a dashed
name, a title without its bearer, a disaster's site.

- a name joined by a dash to a capitalised word is a piece of a longer name or an adjective of two
  peoples ("Polish" of "the Polish–Lithuanian Commonwealth", "Zhou Chronology Project" of "the
  Xia–Shang–Zhou Chronology Project", "Turco" of "Turco-Mongol"): listed alone it is a fragment;
- a name made only of titles ("President" of "President Orme's sons", "Mister"): the bearer is the
  party, the title alone names no one;
- a place named as the one an accident or a disaster befell ("Chernobyl had the worst nuclear
  accident", "Fukushima suffered a disaster") is where it happened, never a party of it;
- the place of a title in lower case ("the count of Urgell", "the bishop of Nyssa") is the holder's seat;
- a Roman numeral alone ("Resolution 2200A (XXI)") is a number cut from what it numbers.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.disasters import ACCIDENT_NOUNS
from pipeline.lexicon.person_titles import HONORIFICS, PEERAGE_TITLES, REGNAL_TITLES
from pipeline.nlp.entity_hygiene import is_hyphen_fragment

# Titles and offices written before a name (not professions: "The Economist" is a magazine).
_TITLE_WORDS = HONORIFICS | REGNAL_TITLES | PEERAGE_TITLES | {"count", "countess", "margrave", "mister", "madame",
                                                             "monsieur", "señor", "herr", "lord", "lady"}
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_ROMAN = re.compile(r"^[IVXLC]{2,}$")  # (not "I": a pronoun the model may tag)
# (a natural disaster's place is recast as where by pipeline.events.recast_roles: not here)
_ACCIDENTS = ACCIDENT_NOUNS
# Nouns of a settlement or a site written before "of" and its name ("the town of Lusk").
_PLACE_NOUNS = frozenset({"town", "city", "village", "port", "site", "plant", "region", "province", "district",
                          "island", "area", "county", "municipality", "settlement"})


def is_dashed_piece(span: Any) -> bool:
    """Whether the name is one side of a dash joining it to a capitalised word, with no space between
    ("Polish" of "Polish–Lithuanian", "Anheuser" of "Anheuser-Busch"): a piece, not the whole name."""
    return len(span) > 0 and is_hyphen_fragment(span)


def is_bare_title(words: list[str]) -> bool:
    """Whether every word of a name is a title or an office ("President", "the Mister", "King"): the
    bearer named beside it is the party ("President Orme's sons"), the title alone no one. (Its
    canonical name decides: "the Shah" the document names in full is that person.)"""
    words = [w.lower() for w in words if w.isalpha() and w.lower() != "the"]
    return bool(words) and all(w in _TITLE_WORDS or w.rstrip("s") in _TITLE_WORDS for w in words)


def is_disaster_site(span: Any, trigger: Any, label: str) -> bool:
    """Whether a place is named as the site of the accident or disaster the row tells ("Chernobyl had
    the worst nuclear accident", "the Fukushima disaster"): where it happened, not who did it."""
    root = span.root
    named_place = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_.rstrip("s") in _PLACE_NOUNS
    if label not in _PLACE_LABELS and not named_place:  # "the town of Lusk" whatever the model's label
        return False
    # the trigger, or the object of a light verb the roles are read from ("had the worst accident")
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "attr")]
    return any(w.lemma_.lower() in _ACCIDENTS or w.lower_ in _ACCIDENTS for w in words)


def is_seat_of_a_title(span: Any) -> bool:
    """Whether the name is the place of a title written in lower case before it ("ruled by the count of
    Urgell", "served as the bishop of Nyssa"): the title's holder is the party, the place only his seat."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    title = root.head.head
    return title.text.islower() and title.lower_ in _TITLE_WORDS and not (span.start <= title.i < span.end)


def is_numeral_piece(span: Any) -> bool:
    """Whether the name is a Roman numeral alone ("Resolution 2200A (XXI)"): a session's or a ruler's
    number cut from what it numbers."""
    return _ROMAN.match(span.text.strip("() ")) is not None


def is_name_piece(span: Any, trigger: Any, label: str, name: str | None = None) -> bool:
    """Whether a name (its span, and its canonical ``name`` where known) is, by the rules above, no whole party."""
    # A title before its bearer's name ("President Orme's sons", "Mister Rogers' Neighborhood"); a person the
    # model tagged with a title's word and nothing after is a name ("with Baron (guitar)").
    bearer_after = span.end < len(span.doc) and span.doc[span.end].is_title
    titled = is_bare_title([t.text for t in span]) and (name is None or is_bare_title(name.split())) and \
        (bearer_after or label == "")
    return is_dashed_piece(span) or titled or is_disaster_site(span, trigger, label) or is_seat_of_a_title(span) \
        or is_numeral_piece(span)


# Words before a people's name that make it a group of people, not the state of that people
# ("ethnic Albanians laid a wreath": never Albania).
_GROUP_WORDS = ("ethnic",)


def group_of_people(text: str | None, entity: Any, written: str) -> str | None:
    """The name of a group a people's name is written as ("ethnic Albanians" → "ethnic Albanians"), or None.
    Reads the word before the entity in the document's text (clean offsets)."""
    if text is None or getattr(entity, "label", None) != "NORP":
        return None
    before = text[max(0, entity.start - 12):entity.start].lower().split()
    if before and before[-1] in _GROUP_WORDS and text[entity.start - 1:entity.start] == " ":
        return f"{before[-1]} {written}"
    return None
