"""Parties of a happening named by a noun, read from the words around the noun (issue 31, session 14's
measured misses; the sentences below are invented):

- a nationality adjective on the noun is its doer ("the Tarvian invasion of Lusk": Tarvia), also where
  the document never names the state, as long as the noun names what it was done to;
- a happening "led by" someone is that someone's act ("a coup led by General Orme");
- whoever a passive verb's happening agent acted on takes part in the happening ("Orme was ousted by a
  coup": Orme);
- two happening nouns joined before one "of" share it ("the defeat and exile of Orme").

Functions take spaCy tokens; :mod:`pipeline.events.roles` applies them.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.led_happenings import happening_leaders
from pipeline.events.demonyms import people_plural, state_of_demonym
from pipeline.events.joint_parties import state_of_word
from pipeline.events.noun_performers import PLACE_HAPPENINGS
from pipeline.events.triggers import PASSIVE_SUBJECTS
from pipeline.lexicon.nominal_roles import ADJECTIVE_DOER_NOUNS, ADJECTIVE_DOER_WITH_TARGET, TARGET_PREPOSITIONS
from pipeline.lexicon.person_titles import GROUP_ADJECTIVES
from pipeline.stories.party_names import country_name

# Prepositions whose object is what a happening noun is done to or with ("invasion of", "war against").
_DONE_TO = {"of", "against", "with", "over", "on", "upon"}
# Kinds of named things a happening can be done to as a party.
_PARTY_KINDS = {"GPE", "ORG", "PERSON", "NORP", "LOC"}
# Participles of leading (word forms: the model runs without a lemmatiser).
_LEADING_PARTICIPLES = {"led", "headed", "commanded", "organised", "organized", "directed", "masterminded",
                        "spearheaded", "orchestrated", "launched", "instigated"}
# Kinds of parties someone acted on by a happening can be ("Orme was ousted by a coup"); a place struck is
# where, no party (issue 31: disasters and places that only say where are none).
_ACTED_ON_KINDS = {"PERSON", "ORG", "NORP"}


def done_to_party(trigger: Any, prepositions: set[str] = _DONE_TO) -> bool:
    """Whether the happening noun names a party it was done to ("invasion of Lusk", "war against Orm"),
    through one of ``prepositions``."""
    return any(g.ent_type_ in _PARTY_KINDS for c in trigger.children if c.dep_ == "prep" and c.lower_ in prepositions
               for g in c.children if g.dep_ == "pobj")


def performing_state(entity: Any, span: Any, trigger: Any, states: list[str]) -> str | None:
    """The state (or people) a nationality adjective on a happening noun names as its doer ("the Tarvian
    destruction of Lusk", "the Ruritanian annexation"): a state of the document or a listed demonym's;
    where the noun names a party it was done to ("the Venetian conquest of Crete"), also a state the
    country patterns know, else the people itself ("Venetians"), as a force's adjective is read. Not where
    the happening only takes place in it ("the Tarvian elections", "Tarvian protests")."""
    root = span.root
    if entity.label != "NORP" or trigger.pos_ != "NOUN" or root.dep_ not in ("amod", "compound") or root.head.i != trigger.i \
            or trigger.lower_ in PLACE_HAPPENINGS or any(dash in span.text for dash in "-–—"):
        return None
    word = span.text.strip()
    known = state_of_word(word, list(states))
    # "the Tarvian invasions", "the Lusk raids": an act done to others is its people's, no "of" needed
    doer_noun = trigger.lower_ in ADJECTIVE_DOER_NOUNS and (
        trigger.lower_ not in ADJECTIVE_DOER_WITH_TARGET or done_to_party(trigger, TARGET_PREPOSITIONS))
    if word in GROUP_ADJECTIVES and (doer_noun or done_to_party(trigger)):
        return GROUP_ADJECTIVES[word]  # "the Allied invasion": the Allies, a side and no state
    if known is not None or not (doer_noun or done_to_party(trigger)) or not word[:1].isupper() or len(span) != 1:
        return known
    if word.endswith("ic") and country_name(word) is None and state_of_demonym(word, []) is None:
        return None  # "the Islamic conquest", "the Catholic reconquest": a creed's or an age's word, no people
    return country_name(word) or state_of_demonym(word, []) or people_plural(word)


def nominal_leaders(trigger: Any) -> list:
    """The agents of a leading participle on a happening noun ("a coup led by General Orme", "the
    expedition commanded by Lusk"): who led the happening carried it out."""
    if trigger.pos_ != "NOUN":
        return []
    led = [g for c in trigger.children if c.dep_ == "acl" and c.lower_ in _LEADING_PARTICIPLES
           for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return led + [g for g in happening_leaders(trigger) if g not in led]  # joined participles, one on the copula


def acted_on_by_happening(trigger: Any) -> list:
    """The patient of a passive verb whose agent is the happening noun ("Orme was ousted by a coup",
    "the Orme government was toppled by the uprising"): the one acted on takes part in it. Only a
    person, body or people: a place struck by a storm is where it struck."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.dep_ != "agent":
        return []
    verb = trigger.head.head
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS and c.ent_type_ in _ACTED_ON_KINDS]


def shared_objects(trigger: Any) -> list:
    """The "of" objects of a happening noun joined to ``trigger`` before them ("the defeat and exile of
    Orme": Orme is defeated too), where ``trigger`` has no "of" of its own and the joined noun no
    determiner of its own ("the defeat of Lusk and the exile of Orme": two things)."""
    if trigger.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return []
    return [g for c in trigger.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > trigger.i
            and not any(d.dep_ in ("det", "poss") for d in c.children)
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
