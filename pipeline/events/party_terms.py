"""Words and shapes that name no whole party, whatever path put them in a row (issue "who did it", part 2:
one canonical name per party). Judged on history leads, rows held a war's own name, a creed's adjective, an
age, a region or a status as a party, a storm by its name, a force by its state where the force was what
was made, and parties a pronoun carried over from another sentence. Invented examples:

- "The Orm Wars were waged by Tarvo", "The Wars of the Orms were fought": a war's name and its pieces
  (an untagged plural proper noun, :func:`is_happening_plural`) are the happening, no party of it;
- "Orm Khalji led the Muslim conquest of Vell": a creed's adjective before a happening's noun says what
  kind of conquest it was (:func:`is_creed_adjective`);
- "the Neolithic began", "an Orm kingdom in the Ancient Near East", "declared a World Heritage Site": an
  age, a region, a status (:func:`is_region_era_or_status`: by the name alone, as none is ever a party);
- "The 1970 Orm cyclone … It struck": the storm's name is no body a pronoun stands for
  (:func:`names_a_disaster`);
- "the Congress established the Continental Army": the force made is the party (:func:`force_made`);
- "Timbuktu and Djenne were towns; they were conquered": "they" stands for the sentence's own
  coordinated subject, never for the names of the sentence before (:func:`own_sentence_group`).

Precision first: each reads the words and their place together, and where in doubt leaves the slot empty.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.non_party_names import is_no_party_name
from pipeline.lexicon.agreements import DOCUMENT_NAME_HEADS
from pipeline.lexicon.disasters import ACCIDENT_NOUNS, DISASTER_NOUNS
from pipeline.lexicon.labels import ACTOR_LABELS
from pipeline.lexicon.non_party_names import (
    ACT_NAME_HEADS, ERA_WORDS, FORCE_MAKING_VERB, HAPPENING_NAME_HEADS, NAMING_NOUNS, NAMING_VERB,
    REGION_NAMES, REGION_QUALIFIERS, RELIGION_ADJECTIVES, STATUS_NAME_HEADS)

_MAKING = re.compile(FORCE_MAKING_VERB)
_NAMING = re.compile(NAMING_VERB)
_NICKNAMING = ("dub", "nicknam", "styl")
# Head words of a force's name ("the Continental Army", "the Grande Armée", "the Home Guard").
_FORCE_HEADS = {"army", "armée", "navy", "fleet", "armada", "force", "forces", "guard", "corps", "legion", "militia"}
_GROUP_PRONOUNS = {"they", "them"}
_DOCUMENT_HEADS = DOCUMENT_NAME_HEADS | {"covenant", "covenants"}  # "the International Covenant on … Rights"


def is_region_era_or_status(name: str) -> bool:
    """Whether a canonical name is a region or a continent ("the Ancient Near East", "Western Europe"), an
    age ("Neolithic", "Late Antiquity"), a status given to a place ("UNESCO World Heritage Site") or a
    document by its head before "of" or "on" ("the Universal Declaration of Human Rights", "the Acts of
    Union"): never a party, in any role (a pronoun resolved to one too)."""
    words = name.replace("the ", " ").split()
    if not words:
        return False
    lower = [w.lower() for w in words]
    if lower[-1] in ERA_WORDS or (len(words) >= 2 and lower[-1] in STATUS_NAME_HEADS):
        return True
    joint = next((i for i, w in enumerate(lower) if w in ("of", "on")), None)
    if joint is not None and joint > 0 and lower[joint - 1] in _DOCUMENT_HEADS and words[joint - 1][:1].isupper():
        return True
    while lower and lower[0] in REGION_QUALIFIERS:
        lower = lower[1:]
    return " ".join(lower) in REGION_NAMES


def is_happening_plural(head: Any, trigger: Any) -> bool:
    """Whether an untagged plural proper noun (with its compounds) is a happening's name or a piece of one
    ("the Orm Wars were waged", "the Wars of the Orms": both "Wars" and "Orms"), by the rules of
    :func:`pipeline.events.non_party_names.is_no_party_name`."""
    if head.lower_ in HAPPENING_NAME_HEADS or head.lower_ in ACT_NAME_HEADS:
        return True
    start = head.i
    while start > head.sent.start and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].head.i == head.i:
        start -= 1
    return is_no_party_name(head.doc[start:head.i + 1], trigger, "")


def is_creed_adjective(span: Any, trigger: Any, label: str) -> bool:
    """A creed's adjective before a happening's noun ("led the Muslim conquest of
    Vell", "the Christian reconquest"): the kind of happening, no party. Not before a force or a
    group's noun ("Muslim forces took Orm" keeps its doers)."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1 or words[0].lower_ not in RELIGION_ADJECTIVES or label == "PERSON":
        return False
    word = words[0]
    head = word.head
    if word.dep_ not in ("amod", "compound", "nmod") or head.i == word.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    from pipeline.events.event_nouns import is_event_noun  # (a late import: event_nouns reads the triggers)
    return head.i == trigger.i or head.lower_ in ACT_NAME_HEADS or head.lower_ in HAPPENING_NAME_HEADS or is_event_noun(head)


def is_name_given(span: Any) -> bool:
    """A name written as a word or given as a name ("the term Viking", "took the title Shahanshah", "the motto
    Alma Mater Studiorum", "shortened to Nizhny", "known as Gorky", "was dubbed the First Lady of the Screen"):
    a word for someone or something, no party of its own. (The one named, "Gish" or "the city", stays.)"""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    if before >= 0 and doc[before].lower_ in NAMING_NOUNS and doc[before].pos_ == "NOUN":
        return True
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "as") and _NAMING.match(root.head.head.lower_) and \
            root.head.head.pos_ == "VERB":
        return True
    given = next((a for a in (root, *root.ancestors) if a.dep_ == "oprd"), None)
    if given is None or given.head.pos_ != "VERB" or not _NAMING.match(given.head.lower_) or span.start < given.head.i:
        return False
    # A piece of the name given ("Screen" of "the First Lady of the Screen"), or a nickname; but "be called
    # Stefanie" names the person herself, and "prosecutors called Orme" (the parse's object) summoned him.
    return given.i != root.i or given.head.lower_.startswith(_NICKNAMING)


def names_a_disaster(span: Any) -> bool:
    """Whether a name only modifies a disaster's or an accident's noun ("the 1970 Orm cyclone", "the
    Vell earthquake"): the storm's name or its site, no body that "it" could stand for."""
    token = span.root
    for _ in range(4):
        if token.dep_ not in ("compound", "nmod", "amod") or token.head.i == token.i:
            break
        token = token.head
        if token.i >= span.end and token.lower_ in DISASTER_NOUNS | ACCIDENT_NOUNS:
            return True
    return False


def force_made(mention: str, trigger: Any) -> str | None:
    """The force's own name where the trigger makes or ends it ("established the Continental Army",
    "disbanded the Home Guard"): the force is the party, not the state it belongs to; else None (a force
    that acts stands for its state: "the Continental Army attacked")."""
    words = mention.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in _FORCE_HEADS or trigger.pos_ != "VERB":
        return None
    return " ".join(words) if _MAKING.match(trigger.lower_) else None


def own_sentence_group(token: Any, mentions: list) -> list[str] | None:
    """What "they" stands for when its own sentence names a coordinated subject before it ("Timbuktu and
    Djenne were towns; they were conquered"): the group's names when each is a named party of the text,
    else none ([]): never the names of the sentence before. None when the shape is not there."""
    if token.lower_ not in _GROUP_PRONOUNS:
        return None
    sent = token.sent
    for t in token.doc[sent.start:token.i]:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or t.head.i == token.head.i:
            continue
        group = [t] + [c for c in t.conjuncts if c.pos_ == "PROPN"]
        if len(group) < 2:
            continue
        names = []
        for member in group:
            m = next((m for m in mentions if m.span.start <= member.i < m.span.end), None)
            if m is None or m.adjective or m.label not in ACTOR_LABELS:
                return []
            names.append(m.name)
        return list(dict.fromkeys(names))
    return None
