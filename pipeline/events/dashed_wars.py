"""The sides a war's dashed name gives are its actors (issue 31, blind judges' finding on history leads;
the sentences below are invented): "the Orm–Lusk War (1533–1592)", "the Vell–Tarsk conflict began in
1201", "the Tarvian–Safid War broke out" (the Tarvians' foes, the Safids).

:mod:`pipeline.events.joint_parties` reads a dashed pair of KNOWN states or people's words on any
happening noun; a war is named as often after two dynasties or realms that no country list knows, and the
parser hangs the first part anywhere (the war becomes an apposition of it). So the pair is read here from
the words right before a noun of war, by position, and a part nobody knows is kept as written (a
dynasty's word, "-id"/"-ad", as its plural, "Safavids"). Precision first: only a noun of war (the sides
of a pact or of talks are joint_parties' and agreement_parties'), only where every part between the
dashes is one capitalised word that names no place, day or thing, and never an unknown combining form
("Nagorno-"): one such part and the pair is left out.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.agreement_parties import COMBINING_FORMS
from pipeline.events.demonyms import state_of_word
from pipeline.events.dynasty_sides import as_dynasties
from pipeline.events.tree import Role
from pipeline.events.untagged_names import NOT_PARTY_WORDS
from pipeline.lexicon.non_party_names import CREED_ADJECTIVES
from pipeline.stories.party_names import country_name

# Nouns of a war whose dashed name gives its sides.
_WAR_NOUNS = {"war", "wars", "conflict", "conflicts"}
_DASHES = {"-", "–", "—"}
# Words that may open a war's name before its sides ("the Second Tarvian–Lusk War").
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "great", "last"}
# Dynasty endings: the word of a ruling house, whose side is its house in the plural ("Safavid": Safavids).
_DYNASTY_ENDINGS = ("id", "ad")
# Two-letter words in title case that are abbreviations or words, not a house's or a land's name.
_SHORT_WORDS = {"st", "mt", "ft", "mr", "dr", "no", "co", "jr", "sr", "of", "in", "on", "to", "an", "or", "by", "at"}


def war_noun(trigger: Any) -> Any | None:
    """The noun of war whose name may give the sides: the trigger itself, or the subject of a verb of
    the war's course that takes no object of its own ("the Orm–Lusk War broke out", "was fought",
    "took place"); else None."""
    if trigger.lower_ in _WAR_NOUNS and trigger.pos_ in ("NOUN", "PROPN"):
        return trigger
    if trigger.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in ("dobj", "obj") and c.lower_ != "place" for c in trigger.children):
        return None
    for child in trigger.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # the parser may make the war an apposition of its first side ("The Orm – Lusk War (...) began")
        for noun in (child, *[c for c in child.children if c.dep_ == "appos"]):
            if noun.lower_ in _WAR_NOUNS:
                return noun
    return None


def _part_side(word: str, states: list[str]) -> str | None:
    """The side one part of a war's dashed name names, or None where it names none for sure."""
    if not word.isalpha() or not word[:1].isupper() or len(word) < 2 or word.lower() in NOT_PARTY_WORDS | CREED_ADJECTIVES:
        return None  # (a creed's or a broad people's adjective, "Lusk–Arab wars", is no side's name)
    if len(word) == 2 and not (word[1].islower() and word.lower() not in _SHORT_WORDS):  # "Lê" of "Lê–Mạc", not "St"
        return None
    if word.lower() in COMBINING_FORMS:
        return COMBINING_FORMS[word.lower()]
    if word.endswith("o"):
        return None  # a combining form no list knows ("Nagorno-"): no side's name
    known = state_of_word(word, states) or country_name(word)
    if known is not None:
        return known
    return word + "s" if word.lower().endswith(_DYNASTY_ENDINGS) else word


def dashed_war_sides(noun: Any, states: list[str]) -> list[str]:
    """The sides a dashed name right before a noun of war gives ("Orm–Lusk War": Orm, Lusk), in order;
    [] unless it has two or more parts and every part names a side."""
    doc = noun.doc
    words: list[str] = []
    i = noun.i - 1
    while i >= noun.sent.start:
        t = doc[i]
        if t.text in _DASHES or (t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") and
                                 all(p[:1].isupper() for p in t.text.replace("–", "-").split("-") if p)):
            words.insert(0, t.text)
            i -= 1
            continue
        break
    while words and words[0].lower() in _ORDINALS:
        words = words[1:]
    text = " ".join(words).replace("–", "-").replace("—", "-")
    parts = [p.strip() for p in text.split("-")]
    if len(parts) < 2 or any(not p or " " in p for p in parts):
        return []  # no dash, a part missing or made of two words ("Holy Roman–Orm"): in doubt, none
    sides = [_part_side(p, states) for p in parts]
    if any(s is None for s in sides):
        return []
    return list(dict.fromkeys(sides))


def dashed_war_roles(trigger: Any, roles: list[Role], states: list[str]) -> list[Role]:
    """``roles`` with the sides a war's dashed name gives as actors; a side already named keeps its
    role as an actor, and the war's own name stays no party."""
    noun = war_noun(trigger)
    if noun is None:
        return roles
    sides = as_dynasties(noun, dashed_war_sides(noun, list(states)))  # "two dynasties battled": the Lusk dynasty
    if len(sides) < 2:
        return roles
    have = {name for _, role, name in roles if role == "actor"}
    kept = [r for r in roles if not (r[1] == "participant" and r[2] in sides)]
    return kept + [(None, "actor", s) for s in sides if s not in have]
