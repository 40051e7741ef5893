"""The state or city an office holder acts for, where news names the holder only by the office; and the
state an attack on its embassy is done to.

News prose often gives no name for the one who acts, only an office and whose it is: "the Tarvian
foreign minister said", "the mayor of Lusk announced", "the Vell ambassador told reporters", "Iraqi
officials said". The one who carried out the saying or the announcing is the state or the city
through its office holder (issue 31: the judges of the blind news audit marked these rows' actors
missing). The office's state comes from a nationality or a state's name on the title ("Tarvian",
"U.S.") or from its "of" object ("of Lusk"); only a name the model tags as a nationality or a place,
and for a nationality only one that names a state.

Precision first, so the state acts only when nothing better does: the caller adds it only where the
row has no actor, so an office holder named in apposition ("the Tarvian foreign minister, Jan
Orme,") or nearby (:mod:`pipeline.events.descriptions`) is the actor instead. No state acts in
what its office holder does as a person (resigning, dying, winning an election), in a passive (the
holder was acted on), or for an indefinite holder ("a Tarvian official said": one unnamed person's
word, not the state's).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import state_of_demonym
from pipeline.events.tree import pobjs
from pipeline.lexicon.offices import MISSION_NOUNS, PERSONAL_ACTS, STATE_OFFICE_PLURALS, STATE_OFFICES, STRIKE_WORDS, TARGET_PREPOSITIONS
from pipeline.stories.party_names import country_name

_INDEFINITE = {"a", "an", "one", "another", "some", "any", "several", "many", "two", "three"}


def office_states(trigger: Any, subjects: list, spans: list, states: list[str]) -> list[tuple[Any, str, str]]:
    """(entity, "actor", name) for the state or city of each office holder among the subject heads of
    the active verb ``trigger``; ``spans`` are the sentence's (entity, span, name) triples, ``states``
    the document's states (for a nationality's state)."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lower_.startswith(PERSONAL_ACTS):
        return []
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return []
    out = []
    for head in subjects:
        if head.dep_ == "nsubjpass" or not _is_office(head):
            continue
        for token in _office_owners(head):
            for e, sp, name in spans:
                if sp.start <= token.i < sp.end:
                    state = state_named(e.label, sp.text, name, states)
                    if state is not None:
                        out.append((e, "actor", state))
    return out


def _is_office(head: Any) -> bool:
    """Whether a subject head is an office named without its holder's name: "the foreign minister",
    "officials"; not "his spokesman" (a person's, read by the pronoun rules), not "a minister"."""
    if head.pos_ != "NOUN":
        return False
    word = head.lower_
    if word not in STATE_OFFICES and word not in STATE_OFFICE_PLURALS:
        return False
    for c in head.children:
        if c.dep_ == "poss" or (c.dep_ in ("appos", "compound", "flat") and c.ent_type_ == "PERSON"):
            return False  # "his envoy", "the minister, Jan Orme,", "Minister Jan Orme"
        if c.dep_ in ("det", "nummod", "amod") and c.lower_ in _INDEFINITE and word in STATE_OFFICES:
            return False
    return True


def _office_owners(head: Any) -> list:
    """The tokens naming whose the office is: a nationality or state qualifying it ("the Tarvian
    ambassador", "the U.S. envoy") or the object of its "of" ("the mayor of Lusk")."""
    owners = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in pobjs(c)
               if g.ent_type_ == "GPE"]
    return owners


def state_named(label: str, text: str, name: str, states: list[str]) -> str | None:
    """The state or city a name on an office or a mission stands for: a place's own name, a nationality's state
    ("Tarvian" → the state the document or the country list names so); else None."""
    if label == "GPE":
        return name
    if label == "NORP":
        # (the people's plural where the adjective alone is listed nowhere: "American" → "Americans")
        return country_name(text) or state_of_demonym(text, states) or country_name(text + "s")
    return None


def struck_missions(trigger: Any) -> list:
    """The embassy or consulate an attack hits "at", "on" or "outside" ("the bomb attack at the Tarvian
    embassy in Lusk"): the state whose mission it is was attacked (:func:`pipeline.events.market_parties.state_force`
    reads the state's name on the mission, :func:`struck_states` a nationality too). Only a mission: "an attack at the market" says where."""
    if not trigger.lower_.startswith(STRIKE_WORDS):
        return []
    return [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS
            for g in pobjs(c) if g.lower_ in MISSION_NOUNS]


def struck_states(trigger: Any, spans: list, states: list[str]) -> list[tuple[Any, str, str]]:
    """(entity, "participant", state) for the state whose embassy the attack ``trigger`` hits, named by
    the state's name or its nationality on the embassy ("at the American embassy")."""
    missions = {m.i for m in struck_missions(trigger)}
    owners = [c for m in struck_missions(trigger) for c in m.children
              if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
    out = []
    for token in owners:
        for e, sp, name in spans:
            state = state_named(e.label, sp.text, name, states) if sp.start <= token.i < sp.end else None
            if state is not None and token.head.i in missions:
                out.append((e, "participant", state))
    return out
