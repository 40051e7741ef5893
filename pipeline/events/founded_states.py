"""The state or dynasty a founding verb makes, or an ending verb ends, is a party of that happening
(issue 31, blind judges' findings on history leads; the sentences below are invented): "Orme
established the Second Tarvian Empire in 1852", "the Lusk dynasty was proclaimed in 1721", "Orm
conquered the Second Lusk Empire", "the Tarvian sultanate was abolished in 1922".

A realm named with an ordinal ("the Second Tarvian Empire") reads elsewhere as a stretch of history
("the New Kingdom began": :mod:`pipeline.events.non_party_names`); made by a founding verb, it is the
state founded, so it takes part. Only a name whose last word says it is a realm is restored: a
product or a work a verb "establishes" stays out.

A realm written as a name before a lower-case realm noun ("the Tarvian sultanate", "the Orme
monarchy") has only its first word tagged, which reads elsewhere as an adjective ("Tarvian officers")
and takes no role; made or ended, the realm is the name with its noun ("Tarvian sultanate").
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import Role, pobjs
from pipeline.lexicon.polities import REALM_NOUNS as _REALMS

# Word stems of founding (the pipeline runs no lemmatiser): "established", "founding", "proclaims".
_FOUNDING = ("establish", "found", "proclaim", "unif", "annex", "creat", "reestablish", "re-establish",
             # and of ending or taking a realm: what is ended or taken is acted on, a party
             "abolish", "dissolv", "depos", "overthr", "conquer", "subjugat", "destroy", "topple", "disband", "restor")
# Stems of the nouns of founding and ending whose verbs' stems differ ("proclamation", "abolition").
_FOUNDING_NOUNS = ("proclam", "aboli", "dissol", "conquest", "destruct", "downfall")
# Last words of a realm's name.
# The plural of a realm's word: "the Crusader states were established", "the Tarvian kingdoms were united".
_REALMS_PLURAL = {"empires", "kingdoms", "dynasties", "republics", "caliphates", "sultanates", "khanates",
                  "principalities", "duchies", "states", "emirates", "realms"}
# Entity types a founded realm can carry.
_REALM_TYPES = {"GPE", "ORG", "NORP"}


def founded_realms(trigger: Any) -> set[int]:
    """Head tokens of what a founding verb makes: its object or its passive subject; and of what any
    trigger is "against" ("rebelled against the Vell dynasty": an opponent, never a time); with conjuncts."""
    heads = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "against" for g in pobjs(c)]
    # "against the forces of the Tarvian Empire": the realm whose force it is
    heads += [g for h in list(heads) if h.lower_ in ("forces", "force", "armies", "army", "troops") for c in h.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in pobjs(c)]
    if trigger.pos_ == "VERB" and trigger.lower_.startswith(_FOUNDING):
        heads += [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.pos_ == "NOUN" and trigger.lower_.startswith(_FOUNDING + _FOUNDING_NOUNS):
        # "the abolition of the Tarvian monarchy", "the establishment of the Lusk Republic": its "of"
        heads += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in pobjs(c)]
    return {t.i for h in heads for t in (h, *h.conjuncts)}


def _realm_name(e: Any, sp: Any, name: str) -> str | None:
    """The name of a realm an entity gives, or None: a state's or body's name ending in a realm's word,
    or a dynasty the model took for a stretch of time ("the Vell dynasty" as a DATE)."""
    if e.label in _REALM_TYPES and name.split()[-1].lower() in _REALMS:
        return name
    if e.label == "DATE" and sp.root.lower_ in _REALMS and sp[0].lower_ == "the" and len(sp) > 2 and \
            all(t.text[:1].isupper() for t in sp[1:-1]):
        return sp[1:].text
    return None


def _realm_before_noun(sp: Any, made: set[int]) -> Any | None:
    """The lower-case realm noun a name stands right before ("Tarvian" of "the Tarvian sultanate"),
    where that noun is what the verb makes or ends; else None."""
    head = sp.root.head
    if sp.root.dep_ not in ("compound", "amod") or head.i not in made or head.i != sp.end or \
            not head.is_lower or head.lower_ not in _REALMS | _REALMS_PLURAL:
        return None
    return head


def _untagged_realm(head: Any, named: set[int]) -> str | None:
    """The realm a made noun names with capitalised words the model left untagged ("the Crusader states",
    "the Hafsid kingdom", "the Latin states"): the capitalised modifiers right before a realm's word, and
    the word; None where the noun is no realm's, a modifier is a tagged name (the entity rules read it)
    or none is capitalised ("the new state")."""
    if head.lower_ not in _REALMS | _REALMS_PLURAL or head.i in named:
        return None
    words = []
    i = head.i - 1
    while i >= head.sent.start and head.doc[i].head.i == head.i and head.doc[i].dep_ in ("compound", "amod"):
        words.insert(0, head.doc[i])
        i -= 1
    if not words or any(t.i in named or not t.text[:1].isupper() or not t.is_alpha or t.i == t.sent.start
                        for t in words):
        return None
    return " ".join(t.text for t in [*words, head])


def founded_state_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with the named realm a founding verb makes (or an ending verb ends) added as a
    participant where no rule gave it a role."""
    made = founded_realms(trigger)
    if not made:
        return roles
    seen = {id(e) for e, _, _ in roles}
    names = {name for _, _, name in roles}
    realms = [(e, _realm_name(e, sp, name)) for e, sp, name in spans if sp.root.i in made and id(e) not in seen]
    out = roles + [(e, "participant", realm) for e, realm in realms if realm is not None and realm not in names]
    named = {t.i for e, sp, _ in spans if e.label != "PRODUCT" for t in sp}  # "Crusader" a PRODUCT: a misreading
    have = {name for _, _, name in out}
    doc = next((sp.doc for _, sp, _ in spans), trigger.doc)
    for i in sorted(made):
        realm = _untagged_realm(doc[i], named)
        if realm is not None and realm not in have:
            out.append((None, "participant", realm))
    for e, sp, _ in spans:
        noun = _realm_before_noun(sp, made) if e.label in _REALM_TYPES | {"PERSON"} else None
        if noun is not None:
            realm = f"{sp.text.removeprefix('the ').removeprefix('The ')} {noun.text}"
            out = [r for r in out if r[0] is not e] + [(e, "participant", realm)]  # the realm, not its family
    return out
