"""A people's or dynasty's word right before a noun of taking or ruling names who did it (issue 31, blind
judges' finding on history leads; the sentences below are invented): "the Vellid conquest of Orm began in
1066" (the Vellids), "the Tarvian Revolution of 750" (the Tarvians), "the Orman colonization of Lusk".

The general rule (:func:`pipeline.events.noun_parties.performing_state`) reads a nationality the model
tagged as one; here the model often tags the word a person ("Norman") or swallows it into the happening's
own name ("The Abbasid Revolution"), and the word is left with no role or a wrong one. The word is read
only when it is shaped like a people's or dynasty's word and the noun is one of taking or ruling; a
person's name on such a noun is read only where the noun names whom it was done to (a name ending like a
people's word, "the Reagan revolution", stays out). A dashed pair is :mod:`pipeline.events.joint_parties`'s.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import people_plural, state_of_demonym
from pipeline.events.joint_parties import state_of_word
from pipeline.events.noun_parties import done_to_party
from pipeline.stories.party_names import country_name
from pipeline.events.tree import Role

# Nouns of taking land or ruling it: their people's word is the one who took or ruled.
_TAKING = {"conquest", "conquests", "reconquest", "invasion", "invasions", "colonization", "colonisation",
           "revolution", "occupation", "annexation", "rule", "subjugation", "expansion", "incursion",
           "incursions", "raids", "settlement", "domination", "takeover", "unification"}
# Endings of a people's or dynasty's word ("Norman", "Abbasid", "Umayyad", "Danish", "Chinese"); not "-ic",
# which ends more ages and creeds than peoples ("the Neolithic Revolution", "the Islamic conquest").
_PEOPLE_ENDINGS = ("an", "id", "ad", "ish", "ese")
# A revolution is named after a dynasty that made it ("the Abbasid Revolution") but also after a thinker or an
# age ("the Copernican Revolution"): only a dynasty's ending is read there.
_DYNASTY_ENDINGS = ("id", "ad")
_DASHES = {"-", "–", "—"}
# Prepositions whose object is what the happening was done to ("conquest of Orm"); narrower than
# noun_parties' own set (no "with", "upon").
_DONE_TO = {"of", "against", "over", "on"}


def _people_word(trigger: Any) -> Any | None:
    """The capitalised word right before a taking noun that modifies it, or None."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lower_ not in _TAKING or trigger.i == trigger.sent.start:
        return None
    word = trigger.doc[trigger.i - 1]
    if word.head.i != trigger.i or word.dep_ not in ("compound", "amod") or not word.is_alpha or \
            not word.text[:1].isupper() or (word.i == word.sent.start and word.pos_ != "PROPN"):
        return None
    if word.i > word.sent.start and word.doc[word.i - 1].text in _DASHES:  # "Anglo-Saxon invasion"
        return None
    return word


def taking_people(trigger: Any, states: list[str]) -> str | None:
    """The state or people the word before a taking noun names as its doer (see the module), or None."""
    word = _people_word(trigger)
    if word is None:
        return None
    if trigger.lower_ == "revolution":
        # "the Mexican Revolution" happened in Mexico, the state made none: only a dynasty's revolution is read
        if not word.lower_.endswith(_DYNASTY_ENDINGS) or word.ent_type_ == "PERSON":
            return None
        return word.text + "s"
    known = state_of_word(word.text, list(states)) or country_name(word.text)
    if known is not None:
        return known
    endings = _PEOPLE_ENDINGS
    # (a person's name, unless the model's person span runs on over the noun: "the Norman Conquest" misread)
    person = word.ent_type_ == "PERSON" and not (trigger.ent_iob_ == "I" and trigger.ent_type_ == "PERSON")
    if not word.lower_.endswith(endings) or (person and not done_to_party(trigger, _DONE_TO)):
        return None
    return state_of_demonym(word.text, []) or people_plural(word.text)


def taking_people_roles(trigger: Any, roles: list[Role], spans: list, states: list[str]) -> list[Role]:
    """``roles`` with the doer a people's word before a taking noun names as an actor, where no actor is
    named yet; a role the word's own name took (a participant "Norman") gives way to it."""
    if any(role == "actor" for _, role, _ in roles):
        return roles
    doer = taking_people(trigger, states)
    if doer is None:
        return roles
    word = trigger.doc[trigger.i - 1]
    own = {id(e) for e, sp, _ in spans if sp.start <= word.i < sp.end and sp.root.i != trigger.i}
    return [r for r in roles if r[0] is None or id(r[0]) not in own] + [(None, "actor", doer)]
