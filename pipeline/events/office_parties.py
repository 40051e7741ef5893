"""The state or city an office holder acts for, where news names the holder only by the office (an
embassy too: "the U.S. embassy said"); and the state an attack on its embassy is done to.

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
from pipeline.lexicon.offices import (BODY_OFFICES, MISSION_NOUNS, PERSONAL_ACTS, STATE_OFFICE_PLURALS, STATE_OFFICES,
                                      STRIKE_WORDS, TARGET_PREPOSITIONS)
from pipeline.stories.party_names import country_name

_INDEFINITE = {"a", "an", "one", "another", "some", "any", "several", "many", "two", "three"}


def office_states(trigger: Any, subjects: list, spans: list, states: list[str],
                  role: str = "actor") -> list[tuple[Any, str, str]]:
    """(entity, ``role``, name) for the state, city or body of each office holder among ``subjects``
    (the subject heads of the active verb ``trigger``, or with ``role`` "participant" its objects:
    "met the Tarvian foreign minister"); ``spans`` are the sentence's (entity, span, name) triples,
    ``states`` the document's states (for a nationality's state)."""
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
                        out.append((e, role, state))
    return out


def office_objects(trigger: Any) -> list:
    """The heads of what an active verb acts on or meets with, for :func:`office_states` as participants:
    its objects and the objects of its "with" and "to" ("met with the Tarvian envoy", "wrote to the
    mayor of Lusk")."""
    return [c for c in trigger.children if c.dep_ in ("dobj", "dative")] + \
        [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in pobjs(c)]


def _is_office(head: Any) -> bool:
    """Whether a subject head is an office named without its holder's name: "the foreign minister",
    "officials"; not "his spokesman" (a person's, read by the pronoun rules), not "a minister"."""
    if head.pos_ != "NOUN":
        return False
    word = head.lower_
    if word not in STATE_OFFICES and word not in STATE_OFFICE_PLURALS and word not in BODY_OFFICES and \
            word not in MISSION_NOUNS:
        return False
    for c in head.children:
        if (c.dep_ == "poss" and c.ent_type_ != "GPE") or \
                (c.dep_ in ("appos", "compound", "flat") and c.ent_type_ == "PERSON"):
            return False  # "his envoy", "the minister, Jan Orme,", "Minister Jan Orme" (not "Tarvia's envoy")
        if c.dep_ in ("det", "nummod", "amod") and c.lower_ in _INDEFINITE and word in STATE_OFFICES:
            return False
    return True


def _office_owners(head: Any) -> list:
    """The tokens naming whose the office is: a nationality or state qualifying it ("the Tarvian
    ambassador", "the U.S. envoy", "Tarvia's trade minister") or the object of its "of" ("the mayor of Lusk")."""
    word = head.lower_
    # (a state's office names its state or town; a body's office names the body: "the chairman of Orme Corp.")
    kinds = (("NORP", "GPE") if word in STATE_OFFICES or word in STATE_OFFICE_PLURALS or word in MISSION_NOUNS
             else ()) + (("ORG",) if word in BODY_OFFICES else ())
    owners = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in kinds
              # (a town's or a state's full name on a mission says where it is: "the Nairobi embassy")
              and not (word in MISSION_NOUNS and c.ent_type_ == "GPE" and not _abbreviation(c))]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in pobjs(c)
               if g.ent_type_ in kinds and g.ent_type_ != "NORP"]
    return owners


def _abbreviation(token: Any) -> bool:
    """Whether a state's name is written as its abbreviation ("U.S.", "UK"): on an embassy, whose it is."""
    return "." in token.text or (token.text.isupper() and len(token.text) <= 4)


def state_named(label: str, text: str, name: str, states: list[str]) -> str | None:
    """The state or city a name on an office or a mission stands for: a place's own name, a nationality's state
    ("Tarvian" → the state the document or the country list names so); else None."""
    if label in ("GPE", "ORG"):
        return name
    if label == "NORP":
        # (the people's plural where the adjective alone is listed nowhere: "American" → "Americans")
        return country_name(text) or state_of_demonym(text, states) or country_name(text + "s")
    return None


def struck_missions(trigger: Any) -> list:
    """The embassies or consulates an attack hits: its "at", "on", "outside" or "near" object, a noun's
    "of" object, or the mission compounded on it ("the bomb attack at the Tarvian embassy", "the
    bombing of the U.S. embassies", "the U.S. embassy bombing", "a blast ripped through the Tarvian
    embassy", "bombed the U.S. embassy"). Only a mission: "an attack at the
    market" says where."""
    if not trigger.lower_.startswith(STRIKE_WORDS):
        return []
    preps = TARGET_PREPOSITIONS | ({"of"} if trigger.pos_ == "NOUN" else set())
    found = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps for g in pobjs(c)]
    found += [c for c in trigger.children if c.dep_ == "compound" and trigger.pos_ == "NOUN"]
    found += [c for c in trigger.children if c.dep_ == "dobj" and trigger.pos_ == "VERB"]  # "bombed the U.S. embassy"
    return [g for g in found if g.lower_ in MISSION_NOUNS]


def struck_states(trigger: Any, spans: list, states: list[str]) -> list[tuple[Any, str, str]]:
    """(entity, "participant", state) for the state whose embassy the attack ``trigger`` hits, named by
    its nationality or its abbreviation on the embassy ("at the American embassy", "the U.S. embassy
    bombing"; "the Kenya embassy bombing" says where the embassy is, not whose) or by "of"."""
    out = []
    for mission in struck_missions(trigger):
        for e, sp, name in spans:
            if sp.start <= mission.i < sp.end and e.label == "ORG" and len(sp) > 1:
                # "the American Embassies" taken for a body's name: the nationality in it
                # (the model's span may hold the article: "the French Embassy")
                words = " ".join(t.text for t in sp[:-1] if t.pos_ != "DET")
                state = state_named("NORP", words, words, states) if sp.end - 1 == mission.i and words else None
            else:
                owned = any(sp.start <= t.i < sp.end for t in _office_owners(mission))
                state = state_named(e.label, sp.text, name, states) if owned and e.label in ("NORP", "GPE") else None
            if state is not None:
                out.append((e, "participant", state))
    return out
