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
- a Roman numeral alone ("Resolution 2200A (XXI)") is a number cut from what it numbers;
- a piece of a ruler's name cut at its numeral or its epithet ("Giray" of "Hacı I Giray", "Great" of
  "Orm the Great") is no party;
- a place's head noun alone, its capitalised first word left out ("Peninsula" of "the Iberian
  Peninsula"), is a fragment of that place.

A people's name is a group of people, not its state, where the text counts its members ("six
Iraqis", "a Somali") or narrows it by another people's word ("Soviet Koreans"): :func:`group_of_people`.
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
_NUMERAL = re.compile(r"^[IVXL]+$")
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


# Capitalised nouns of land and water that head a place's name ("the Iberian Peninsula", "the Orm Sea").
_LAND_HEADS = frozenset({"peninsula", "sea", "ocean", "gulf", "coast", "island", "islands", "mountains", "desert",
                         "plain", "plains", "basin", "valley", "strait", "straits", "bay", "lake", "river", "delta",
                         "plateau", "highlands", "lowlands"})


def is_cut_land_head(span: Any) -> bool:
    """Whether the name is only the head noun of a place's name whose capitalised first word the span left
    out ("Peninsula" of "the Iberian Peninsula", "Sea" of "the Orm Sea"): a fragment of a place, no party."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].lower_ not in _LAND_HEADS or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.text[:1].isupper() and prev.is_alpha and prev.head.i == words[0].i


def _name_before(token: Any) -> bool:
    """A capitalised proper noun a ruler's epithet may follow: no era, date or number ("in 111 BC the Han")."""
    return token.text[:1].isupper() and token.is_alpha and token.pos_ == "PROPN" and not token.is_sent_start and \
        token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") and token.text not in ("BC", "AD", "BCE", "CE")


def is_cut_ruler_name(span: Any, label: str = "") -> bool:
    """Whether the name is a piece of a ruler's name cut at its regnal numeral or its epithet: "Hacı" or
    "Giray" of "Hacı I Giray" (a numeral between two capitalised words: one name), "Great" of "Orm the
    Great" (a capitalised word alone after a name and "the"). The whole name is the party, a piece none."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    after, before = span.end, span.start - 1
    if after + 1 < len(doc) and _NUMERAL.match(doc[after].text) and doc[after + 1].text[:1].isupper() and \
            doc[after + 1].is_alpha and span[-1].whitespace_:
        return True  # "Hacı | I Giray"
    if before >= 1 and _NUMERAL.match(doc[before].text) and doc[before - 1].text[:1].isupper() and doc[before - 1].is_alpha:
        return True  # "Hacı I | Giray"
    return len(words) == 1 and span[0].lower_ != "the" and label not in _PLACE_LABELS and before >= 1 and \
        doc[before].lower_ == "the" and _name_before(doc[before - 1]) and \
        (span.end >= len(doc) or not doc[span.end].text[:1].isupper())  # "Orm the | Great"


# Plurals of members a body is named by after a possessive ("Jehovah's Witnesses", "Hell's Angels").
_MEMBER_PLURALS = frozenset({"witnesses", "angels", "brothers", "sisters", "sons", "daughters", "children", "friends",
                             "disciples", "followers", "knights", "warriors", "servants", "soldiers"})
_POSSESSIVE_BODY = re.compile(r"^['’]s((?: [A-Z][a-z]+)*? ([A-Z][a-z]+))\b")


def possessive_body(text: str | None, entity: Any, written: str) -> str | None:
    """The body a name opens with a possessive and a plural of members ("Jehovah" of "Jehovah's Witnesses
    reported": the denomination, never a god acting), whatever the model tagged the name; else None."""
    if not text or " " in written:
        return None
    m = _POSSESSIVE_BODY.match(text[entity.end:entity.end + 40])
    return f"{written}'s{m.group(1)}" if m and m.group(2).lower() in _MEMBER_PLURALS else None


def particle_name(text: str | None, entity: Any, written: str) -> str | None:
    """A Japanese name the model cut after its particle ("Ō no | Yasumaro") whole: "Ō no Yasumaro", else None.
    The lower-case "no" between two capitalised words joins a clan's and a given name; English writes none."""
    if not text or getattr(entity, "label", None) != "PERSON" or " " in written:
        return None
    m = _PARTICLE_BEFORE.search(text[max(0, entity.start - 20):entity.start])
    return f"{m.group(1)} no {written}" if m else None


_PARTICLE_BEFORE = re.compile(r"(?:^|[\s,(])([^\W\d_][\w'’]*) no $")


def is_name_piece(span: Any, trigger: Any, label: str, name: str | None = None) -> bool:
    """Whether a name (its span, and its canonical ``name`` where known) is, by the rules above, no whole party."""
    # A title before its bearer's name ("President Orme's sons", "Mister Rogers' Neighborhood"); a person the
    # model tagged with a title's word and nothing after is a name ("with Baron (guitar)").
    bearer_after = span.end < len(span.doc) and span.doc[span.end].is_title
    titled = is_bare_title([t.text for t in span]) and (name is None or is_bare_title(name.split())) and \
        (bearer_after or label == "")
    return is_dashed_piece(span) or titled or is_disaster_site(span, trigger, label) or is_seat_of_a_title(span) \
        or is_numeral_piece(span) \
        or is_cut_land_head(span) or is_cut_ruler_name(span, label)


# Words before a people's name that make it a group of people, not the state of that people
# ("ethnic Albanians laid a wreath": never Albania).
_GROUP_WORDS = ("ethnic",)
# Words that count a people's members ("six Iraqis", "a Somali", "two Sudanese"): people, not a state.
_COUNT_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands", "several", "many", "some"})
_PEOPLE_WORD = re.compile(r"^[A-Z][a-z]+(?:s|ese)$")  # a people's plural ("Koreans", "Sudanese")
_PEOPLE_BEFORE = re.compile(r"([A-Z][a-z]+) $")  # the word right before, as written
# What follows one counted person of a people ("a Somali and a Turk were", "a Turk,"): a list of such, or a verb.
_ONE_OF_A_LIST = re.compile(r"^(?:[,;:)]|\s+(?:and|or)\s+(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten)\s|"
                            r"\s+(?:was|were|who|had|[a-z]+ed)\b)")  # "with two Swedes and a Norwegian wounded"
# What may follow a people's word standing for people, not qualifying a noun ("six Sudanese soldiers": Sudan's).
_STANDS_ALONE = re.compile(r"^(?:[,.;:)]|\s+(?:and|or|were|was|had|have|are|is|who|in|from|to|at|on|of|by|with|[a-z]+ed)\b)")


def group_of_people(text: str | None, entity: Any, written: str, peoples: frozenset = frozenset()) -> str | None:
    """The name of a group a people's name is written as, or None: "ethnic Albanians" → "ethnic Albanians";
    "Soviet Koreans" (another people's word right before a people's plural, ``peoples``: the document's
    people's words) → "Soviet Koreans"; counted members ("six Iraqis", "a Somali") → the people's word as
    written, never the state. Reads the words before the entity in the document's text (clean offsets)."""
    if text is None or getattr(entity, "label", None) != "NORP":
        return None
    if text[entity.start - 1:entity.start] != " ":
        return None
    before = text[max(0, entity.start - 12):entity.start].lower().split()
    if before and before[-1] in _GROUP_WORDS:
        return f"{before[-1]} {written}"
    if not _STANDS_ALONE.match(text[entity.end:entity.end + 8]):
        return None  # "a Soviet delegation", "six Sudanese soldiers": a state's adjective
    if before and (before[-1] in _COUNT_WORDS or before[-1].isdigit()) and " " not in written and \
            (before[-1] not in ("a", "an") or _ONE_OF_A_LIST.match(text[entity.end:entity.end + 12])):
        return written  # "six Iraqis were", "a Somali and a Turk" (not "a Mongol and later Turkic khanate")
    m = _PEOPLE_BEFORE.search(text[max(0, entity.start - 20):entity.start])
    if m is not None and m.group(1) in peoples and _PEOPLE_WORD.match(written) and m.group(1) != written:
        return f"{m.group(1)} {written}"
    return None
