"""Who does what a subject-less infinitive or gerund of news prose says, where the general reader
(:func:`pipeline.events.subjects.subject_of`) finds no one (issue "who did it", news rows whose
actor was left empty):

- an infinitive on a noun of intent that its subject's verb makes, signs or announces: "Tarvia
  signed a letter of intent to buy Lusk Bancorp", "Orm Corp. announced plans to sell its unit",
  "reached an agreement to acquire Vell": who signed, announced or reached it buys, sells,
  acquires. Only verbs by which the subject makes the intent its own: "rejected an offer to buy
  it" (someone else's offer) or "received a bid to acquire" give nothing;
- a gerund after "before", "after", "without" ... on a passive verb, and an infinitive it governs:
  "Jan Lusk, who had been involved in the search before having to flee the capital": the one who
  was involved flees (an active verb's own subject is read by the general reader already).

- an occasion of speaking a speaker is said to speak in, at or during, or to tell, hold or give:
  "In a speech delivered at the Pentagon, Bush seemed to suggest", "said Jan Orme, Vell's vice
  president, at a news conference", "Orme told a news conference": the speaker gives the speech.
  Only a named person or body, or a pronoun the general rules resolve; never where the occasion has
  an owner or a "by" agent of its own ("his speech", "a speech delivered by Lusk": read elsewhere),
  nor on a passive verb ("was arrested at a news conference").
- the one charged with, accused of or arrested for a violent deed: "police charged Lusk Vell with the
  killing", "Vell was accused of the bombing": Vell (an abstract crime, "charged with treason", stays a
  charge laid on a participant: :mod:`pipeline.lexicon.charges`). Only a deed written without a doer of its own ("Orm's
  killing" names whom, "the killing by Orm" who): the charged one acts, the victim never does.

Read by :func:`pipeline.events.market_parties.market_subjects`, the first reader of a trigger's subjects.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.charges import CHARGING_VERBS, VIOLENT_DEEDS
from pipeline.lexicon.companies import INTENT_NOUNS, INTENT_OWNING_VERBS, OCCASION_GIVING_VERBS, SPEAKING_OCCASIONS

# Prepositions of time or manner whose gerund the host verb's subject does ("before having to flee").
_ADJUNCT_PREPOSITIONS = {"before", "after", "without", "since", "upon", "while", "despite", "instead"}


def intended_subjects(trigger: Any) -> list:
    """The subject of the verb that makes, signs or announces the noun of intent ``trigger`` is
    the infinitive of ("signed a letter of intent to buy": who signed), where the noun has no owner
    of its own ("its plan to sell" is read by the general rules); empty otherwise."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VB" or trigger.i < trigger.head.i or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in trigger.children):
        return []
    noun = trigger.head
    if noun.pos_ != "NOUN" or noun.lower_ not in INTENT_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return []
    # "a letter of intent to buy": the document the intent is written in is what the verb acts on
    held = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" else None
    top = held.head if held is not None else noun
    if top.dep_ != "dobj" or top.head.pos_ not in ("VERB", "AUX") or top.head.lower_ not in INTENT_OWNING_VERBS:
        return []
    verb = top.head
    return [_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]


def adjunct_subjects(trigger: Any) -> list:
    """The passive subject of the verb a gerund after "before", "after", ... hangs on, as the doer of
    the gerund or of an infinitive it governs ("was involved in the search before having to flee":
    who was involved flees). The gerund must be active and have no subject of its own; empty otherwise."""
    tok = trigger
    for _ in range(3):  # "having to flee": up the infinitive's chain to the gerund
        if tok.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children):
            break
        tok = tok.head
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.dep_ != "pcomp" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children):
        return []
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in _ADJUNCT_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "auxpass" for c in trigger.children):
        return []  # "before being arrested": undergone, no doer
    host = prep.head
    if any(c.dep_ in ("nsubj", "agent") for c in host.children):
        return []  # an active host's subject: the general reader's
    return [_antecedent(c) for c in host.children if c.dep_ == "nsubjpass"]


def speaker_subjects(trigger: Any) -> list:
    """The subject of the verb an occasion of speaking is the "in", "at" or "during" object of, or the
    object of telling, holding or giving ("In a speech at the Pentagon, Bush said": Bush); see the
    module's docstring. Empty otherwise."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in SPEAKING_OCCASIONS:
        return []
    if trigger.lower_ == "conference" and not any(c.dep_ in ("compound", "amod") and c.lower_ in ("news", "press")
                                                  for c in trigger.children):
        return []
    if any(c.dep_ == "poss" for c in trigger.children) or \
            any(a.dep_ == "agent" for c in trigger.children if c.dep_ == "acl" for a in c.children):
        return []
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "at", "during"):
        verb = trigger.head.head
        if verb.dep_ == "nsubj" and verb.ent_type_ in ("PERSON", "ORG"):
            return [verb]  # "said Jan Orme, Vell's president, at a news conference": hung on the speaker
    elif trigger.dep_ == "dobj" and trigger.head.lower_ in OCCASION_GIVING_VERBS:
        verb = trigger.head
    else:
        return []
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and
            (c.pos_ == "PRON" and c.lower_ in ("he", "she", "they", "it", "we") or c.ent_type_ in ("PERSON", "ORG"))]


def charged_subjects(trigger: Any) -> list:
    """Whom a verb of charging charges with the deed ``trigger`` names ("charged Vell with the killing",
    "Vell was arrested for the bombing"): its object, or a passive's subject; see the module's docstring."""
    prep = trigger.head
    if trigger.pos_ != "NOUN" or trigger.lower_ not in VIOLENT_DEEDS or trigger.dep_ != "pobj" or prep.dep_ != "prep" or \
            any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in trigger.children):
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or CHARGING_VERBS.get(verb.lower_) != prep.lower_:
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return [_antecedent(c) for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]


def _antecedent(token: Any) -> Any:
    """The noun a relative pronoun subject stands for ("Jan Lusk, who had been involved": Lusk)."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return token
