"""The fullest name a document gives for a short form of a state's, a dynasty's or a ruler's name.

- a bare head word ("the Caliphate", "the Empire") is the one state of the document named with that
  head ("Orm Caliphate"); with none or two it is no whole name: a fragment, no party;
- a body's bare head ("Parliament", "the Ministry") is the one body the document names "<Head> of <X>"
  ("Parliament of Great Orm"); a generic one ("the Embassy") with none or two is a fragment;
- a name, or its plural, that a dynasty's or a state's name starts with ("the Han", "the Ottomans")
  is that name ("Han dynasty", "Mongol Empire") where the document names exactly one such; a people's
  adjective of a state ("British" beside "British Empire") is left to the state names
  (:mod:`pipeline.stories.party_names`);
- a state written both "Sultanate of Adal" and "Adal Sultanate" is one, by the second form;
- a ruler's name the document also writes "of" a realm or with an epithet ("Charles IV" beside "Charles
  IV of Vell", "Rodric" beside "Rodric the Bold") is that fuller name where the document gives exactly one;
- a name after a lineage word the model tagged apart ("Amr ibn al-As" + "ibn Wa'il al-Sahmi") names the
  person before it: the rest of one nasab;
- a given name introduced as a blood relative of the person just named in full ("Fidel Orme and his
  brother Raúl") is that given name and the family's name ("Raúl Orme").
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.demonyms import state_of_demonym
from pipeline.lexicon.person_titles import REGNAL_TITLES, TITLES_OF_PLACE
from pipeline.lexicon.polities import POLITY_HEADS

_NAMING = ("PERSON", "ORG", "GPE", "NORP")
# Heads of a body's name written alone for the body the document names "<Head> of <X>" ("Parliament",
# "the Senate"); alone with no such name most still name the one body of the article's country.
INSTITUTION_HEADS = frozenset({"parliament", "senate", "assembly", "council", "diet", "legislature", "cabinet",
                               "government", "ministry", "department", "embassy", "consulate", "court", "bank",
                               "company", "commission", "committee", "agency", "office"})
# Of those, the ones that alone never name a body a user could group by (every state has one): a fragment.
BARE_GENERIC_HEADS = frozenset({"ministry", "department", "embassy", "consulate", "agency", "office", "committee",
                                "commission"})
_EPITHET = re.compile(r"^[A-Z][\w'-]+(?: [IVXL]+)? the [A-Z][\w-]+$")
# Relatives that share a family's name by birth (not a wife or a mother: a maiden name may differ).
_BLOOD_RELATIVES = {"brother", "sister", "son", "daughter", "father", "nephew", "niece", "grandson", "granddaughter"}
_RELATIVE = re.compile(r"\b(?:his|her)\s+(?:(?:elder|older|younger|eldest|youngest|half-|twin)\s*)?([a-z]+),?\s+$")


def fuller_forms(entities: list, clean: Any) -> tuple[dict[str, str], set[int]]:
    """Short form → the document's fuller name (see the module's rules), and the ids of the bare head
    words that name no one state of the document (fragments)."""
    names = {clean(e.text) for e in entities if e.label in _NAMING}
    polities = [n for n in names if len(n.split()) >= 2 and
                (n.split()[-1].lower() in POLITY_HEADS or n.split()[0].lower() in POLITY_HEADS)]
    out: dict[str, str] = {}
    fragments: set[int] = set()
    for e in entities:
        word = clean(e.text)
        if e.label not in _NAMING or " " in word:
            continue
        if word.lower() in POLITY_HEADS:
            own = {p for p in polities if word.lower() in (p.split()[-1].lower(), p.split()[0].lower())}
            if len(own) == 1:
                out[word] = own.pop()
            else:
                fragments.add(id(e))  # "the Caliphate" beside no caliphate or two: no whole name
            continue
        if word.lower() in INSTITUTION_HEADS:
            # "Parliament" beside "the Parliament of Great Orm": the one body of the document by that head.
            own = {n for n in names if len(n.split()) >= 3 and n.split()[0].lower() == word.lower() and n.split()[1] == "of"}
            if len(own) == 1:
                out[word] = own.pop()
            elif word.lower() in BARE_GENERIC_HEADS:
                fragments.add(id(e))  # "the Embassy", "the Ministry" beside none or two: no whole name
            continue
        stem = word[:-1] if word.endswith("s") and word[:-1] + " " in " ".join(p + " " for p in polities) else word
        starting = {p for p in polities if p.split()[0] == stem and p.split()[-1].lower() in POLITY_HEADS}
        if len(starting) == 1 and not _state_word(stem):
            out[word] = starting.pop()
    for p in polities:
        words = p.split()
        if len(words) >= 3 and words[1] == "of" and words[0].lower() in POLITY_HEADS:
            inverted = f"{' '.join(words[2:])} {words[0]}"
            if inverted in names:
                out[p] = inverted  # "Sultanate of Adal" beside "Adal Sultanate": one state, one name
    rulers: dict[str, set[str]] = {}
    for e in entities:
        full = clean(e.text)
        if e.label == "PERSON" and " of " in full and full.split()[0].lower() not in TITLES_OF_PLACE | REGNAL_TITLES:
            rulers.setdefault(full.split(" of ")[0], set()).add(full)
        elif e.label == "PERSON" and _EPITHET.match(full):
            rulers.setdefault(full.split(" the ")[0], set()).add(full)  # "Athanasius" of "Athanasius the Great"
    for short, full in rulers.items():
        if len(full) == 1 and short not in out:
            out[short] = full.pop()
    return out, fragments


def _state_word(word: str) -> bool:
    """Whether a word is a people's adjective of a state ("British", "French"): the state names decide."""
    return state_of_demonym(word, []) is not None


def relative_name(text: str | None, entity: Any, word: str, people: list[tuple[int, int, str]]) -> str | None:
    """A one-word given name introduced as a blood relative ("his brother Raúl") of the person named in
    full just before it in the sentence ("Fidel Orme"): the given name and that family's name. None
    where the text says otherwise or the family's name is no surname (a title, one-word names)."""
    if text is None or " " in word or not word[:1].isupper():
        return None
    before = text[max(0, entity.start - 40):entity.start]
    m = _RELATIVE.search(before)
    if m is None or m.group(1) not in _BLOOD_RELATIVES:
        return None
    head = [(s, full) for s, end, full in people if end <= entity.start and "." not in text[end:entity.start]
            and entity.start - end <= 60]
    if not head:
        return None
    full = head[-1][1].split()
    if len(full) != 2 or not all(w.isalpha() and w[:1].isupper() for w in full) or \
            full[-1].lower() in REGNAL_TITLES | TITLES_OF_PLACE or full[0] == word:
        return None
    return f"{word} {full[-1]}"


_LINEAGE_GAP = re.compile(r"^\s+(?:ibn|bin|bint|ben)\s+$")


def lineage_names(entities: list, text: str | None, name: Any) -> dict[int, str]:
    """A name after a lineage word ("Amr ibn al-As" + "ibn" + "Wa'il al-Sahmi") the model tagged apart:
    it is part of the nasab of the person before it, who is the one the sentence names, so the mention
    names that person (keyed by the entity's id). ``name``: an entity's name."""
    if not text:
        return {}
    ordered = sorted(entities, key=lambda e: e.start)
    out: dict[int, str] = {}
    for prev, e in zip(ordered, ordered[1:]):
        if prev.label == e.label == "PERSON" and _LINEAGE_GAP.match(text[prev.end:e.start]):
            out[id(e)] = out.get(id(prev)) or name(prev)
    return out
