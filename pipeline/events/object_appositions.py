"""A person named beside the common noun a happening acts on (issue 31, every named party listed; the
sentences are invented):

- in apposition: "officials escorted the suspect, Jan Orm, to the airport", "Tarvia handed over to Lusk
  officials a suspect, Mohammed Orm, also known as Abu Vell" (the alias is no second party);
- after a participle of naming: "police arrested a suspect identified as Jan Orm", "searched for a
  suspect in the bombings identified as Jan Orm", "a man named Jan Orm" (not "a puppy named Dolphin").

The parser often hangs such a name off the verb (a conjunct, an adverbial) or off the wrong noun, so the
general rules, which read the object's own appositions, miss it. Here the shape is read off the words: the
common noun the verb acts on (its object, the patient of a passive, the object of "for", "to", "with",
"against"), a comma, and a name the model tagged a person that the next comma or the sentence's end
closes. Heads only (:func:`pipeline.events.roles.trigger_roles` adds them to the party heads), so the
general rules still read the name and give it no role when it is no person.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.lexicon.type_nouns import PERSON_NOUNS, PRIVATE_PERSON_NOUNS

_REACHING = ("for", "to", "with", "against", "on")
_NAMING = ("identified", "named", "called", "listed")
# Nouns of a person a "named" or "called" participle names: "a man named Jan Orm".
_PERSON_WORDS = PERSON_NOUNS | PRIVATE_PERSON_NOUNS | {"suspect", "suspects", "person", "people", "men", "women"}
_CLOSING = (",", ".", ";", "—", "–", ")")
_ASIDES = ("appos", "acl", "relcl", "punct", "advcl", "cc", "conj")


def apposed_persons(trigger: Any, objects: list) -> list:
    """The last token of each person named beside a common noun ``trigger`` acts on (see the docstring)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    nouns = list(objects) + [g for o in objects for g in o.children if g.dep_ == "dobj"]  # "handed over to Lusk officials a suspect"
    nouns += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _REACHING for g in pobjs(c)]
    out = []
    for n in nouns:
        if n.pos_ == "PROPN" and n.ent_type_ != "NORP" or n.pos_ == "PRON":
            continue  # a name is read by the general rules; "the Libyan, Atif Orm," is a common noun here
        out += comma_person(n) + _named_as(n)
    return out


def comma_person(noun: Any) -> list:
    """The person set off by commas right after ``noun``'s phrase: "the suspect, Jan Orm,", "the last
    monarch of Orm, Jan Lusk." (the parser hangs the name anywhere)."""
    doc, sent = noun.doc, noun.sent
    # the noun's own phrase ("the last monarch of Orm"), not an apposition or a clause already said of it
    last = max([t.i for c in noun.rights if c.dep_ not in _ASIDES for t in c.subtree if not t.is_punct] + [noun.i])
    i = last + 2
    if i >= sent.end or doc[last + 1].text != "," or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return []
    end = i + 1
    while end < sent.end and doc[end].ent_iob_ == "I":
        end += 1
    return [doc[end - 1]] if end == sent.end or doc[end].text in _CLOSING else []


def _named_as(noun: Any) -> list:
    """The name a participle of naming in the noun's phrase gives: "a suspect identified as Jan Orm"."""
    out = []
    for t in noun.subtree:
        if t.dep_ != "acl" or t.lower_ not in _NAMING:
            continue
        if t.lower_ != "identified" and noun.lower_ not in _PERSON_WORDS:
            continue  # "a puppy named Dolphin": a pet, a ship or a horse is named too, and is no party
        out += [g for p in t.children if p.dep_ == "prep" and p.lower_ == "as" for g in pobjs(p) if g.pos_ == "PROPN"]
        out += [g for g in t.children if g.dep_ in ("oprd", "dobj", "attr") and g.pos_ == "PROPN"]
    return out
