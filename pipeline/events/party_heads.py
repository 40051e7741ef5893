"""Who takes part in a trigger besides its actors: the heads of its objects and its other parties.

Participants are the other parties: the objects of the verb (and the patient of a passive), the
objects of ``with``, ``between``, ``against``, ``on`` — and of ``to``/``from``/``into`` when something
is handed over, else those are where someone went — and the parties of the thing acted on ("an
agreement with Hitler", "the territory of Poland", "Stalin's program"). :func:`object_heads` reads what
a verb acts on, :func:`participant_heads` every party head. Split from :mod:`pipeline.events.roles`,
which turns these heads into named roles.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs
from pipeline.events.subjects import expand_conjuncts, misparsed_main_verb, passive_patients
from pipeline.events.noun_performers import PLACE_HAPPENINGS
from pipeline.events.relative_heads import predicated_name
from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS, means_tokens
from pipeline.events.linked_parties import (body_names, controlled_patients, entered_states, joined_event_parties,
    listed_parties, nested_opponents, patients_in, sides_served, sides_posts_and_clauses, support_recipients)
from pipeline.events.party_shapes import absolute_with, counterpart_heads, governing_patients, is_quoted_speech
from pipeline.events.companion_parties import acted_heads, borne_on
from pipeline.events.noun_parties import acted_on_by_happening, shared_objects
from pipeline.events.non_parties import holds_no_party, is_image_source
from pipeline.events.themes import antecedent
from pipeline.events.transfer_parties import club_heads, offer_sides
from pipeline.events.market_parties import market_participants, organisations_on_bodies
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.companies import BID_WORDS
from pipeline.lexicon.sides import TARGETING_VERBS
from pipeline.lexicon.type_nouns import PERSON_NOUNS

PARTICIPANT_PREPOSITIONS = {"with", "between", "against", "on", "upon", "among", "to", "from", "into", "alongside",
                            "including"}
# "in the presence of Stalin", "in cooperation with Italy": a noun after "in" whose own object is a party.
_COMPANY_NOUNS = {"presence", "company", "cooperation", "collaboration", "alliance", "concert", "conjunction",
                  "partnership", "league", "coordination", "consultation", "agreement"}
_TRANSFER = {"to", "from", "into"}
# Verbs of losing or giving in (stems): their "to" object is the side that won, never where.
_YIELDING = ("lost", "los", "fell", "fall", "surrender", "yield", "succumb", "capitulat", "conced")
# Prepositions after the thing acted on that name its parties.
_PARTY_PREPOSITIONS = {"with", "between", "against", "of", "under", "on", "to", "over", "including"}
def object_heads(trigger: Any) -> list:
    """What a verb acts on: its direct object and dative, and the subject of a passive."""
    if trigger.pos_ == "ADJ" and trigger.dep_ == "oprd" and trigger.head.pos_ == "VERB":
        return object_heads(trigger.head)  # "shot dead", "beaten unconscious": the verb's patient is the adjective's
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    # "the Orme Party, which he led": a relative pronoun object stands for the noun its clause is said of.
    heads = [antecedent(c) if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") else c for c in trigger.children
             if (c.dep_ == "dobj" and not is_quoted_speech(c)) or (c.dep_ == "oprd" and c.pos_ == "PROPN")]
    # "granted independence to India": a prepositional dative's object is the party.
    heads += [g for c in trigger.children if c.dep_ == "dative"
              for g in ([c] if c.pos_ != "ADP" else pobjs(c))]
    # "Orme was a schoolboy who was shot": the name the relative's noun is said of is the patient.
    heads += [predicated_name(antecedent(c)) for c in passive_patients(trigger)]
    # "a jury found Orme guilty", "declared Lusk insolvent": the subject of the small clause is the one judged.
    heads += [g for c in trigger.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"
              for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "PRON")]
    if trigger.dep_ in ("acl", "appos") and trigger.head.pos_ in ("NOUN", "PROPN") and not misparsed_main_verb(trigger) and (
            trigger.tag_ == "VBN" or (trigger.tag_ == "VBD" and trigger.dep_ == "acl") or
            any(c.dep_ == "agent" for c in trigger.children)) and \
            not any(c.dep_ in SUBJECTS for c in trigger.children):
        # "Chérif Chekatt – shot dead by police –", "the documents captured in 1945": a participle's
        # patient is the noun it qualifies.
        heads.append(predicated_name(trigger.head))  # "AHAC was a league founded in 1886": AHAC
    absolute = absolute_with(trigger)
    if absolute is not None and not heads:
        # "were killed with two others injured": the participle's patient is the object of "with".
        heads += pobjs(absolute)
    if not heads and trigger.dep_ == "conj" and trigger.tag_ == "VBN" and not any(
            c.dep_ in SUBJECTS for c in trigger.children):
        # "who were distrusted and persecuted": the second participle shares the first one's patient.
        heads = [antecedent(c) for c in trigger.head.children if c.dep_ in PASSIVE_SUBJECTS]
    return heads


# Things someone puts forward for another to adopt, sign or reject: their proposer takes part in that act.
_PROPOSED_THINGS = DOCUMENT_WORDS | {"resolution", "motion", "bill", "plan", "proposal", "amendment", "offer", "bid",
                                     "initiative", "draft", "petition", "ultimatum", "demand", "demands", "request"}


def _proposers(objects: list) -> list:
    """The agent of a participle on a proposed thing the verb acts on ("adopted a resolution proposed by
    Tarvia", "rejected the plan drawn up by the Orme Council"): the proposer is a party of the act."""
    return [g for o in objects if o.lower_ in _PROPOSED_THINGS for c in o.children
            if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent" for g in pobjs(a)]


def _company_parties(in_prep: Any) -> list:
    """The parties of "in the presence of Stalin", "in cooperation with Italy"."""
    return [party for noun in pobjs(in_prep) if noun.lower_ in _COMPANY_NOUNS
            for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "with") for party in pobjs(p)]


# Verbs of publishing (word forms): the paper a work comes out "in" is its publisher, a party.
_PUBLISHING = ("publish", "print", "reprint", "serialis", "serializ")


def _publishers(trigger: Any, in_prep: Any) -> list:
    """The paper a work is published in ("published in The Tarvian Review", "in the Orme Times
    magazine"): a named body, where the "in" object is one or the periodical's name is compounded on it."""
    if not trigger.lower_.startswith(_PUBLISHING):
        return []
    return [t for o in pobjs(in_prep) for t in [o, *(c for c in o.children if c.dep_ == "compound")]
            if t.ent_type_ == "ORG"]


def participant_heads(trigger: Any, objects: list) -> list:
    """Heads of the trigger's other parties: its objects; ``with``/``between``/``against``/``on``
    objects (``to``/``from``/``into`` only when something is handed over — else they are where
    someone went); the parties of the thing acted on ("an agreement with Hitler", "the territory
    of Poland", "Stalin's program"); the conjuncts of all of these."""
    heads = list(objects)
    absolute = {absolute_with(c) for c in trigger.children}
    for c in trigger.children:
        if c in absolute:
            continue  # "killed with two others injured": the others are the participle's, not the verb's
        if c.dep_ == "prt" and c.lower_ in PARTICIPANT_PREPOSITIONS:
            heads += pobjs(c)  # "called on the Muslims": the parser makes the preposition a particle
        elif c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPOSITIONS and (c.lower_ not in _TRANSFER or objects) \
                and not is_image_source(c, objects):
            heads += pobjs(c)
            # "sold the rights to the design to Orme Ltd": the parser hangs the recipient off the first object.
            heads += [g for o in pobjs(c) for p in o.children if p.dep_ == "prep" and p.lower_ == "to"
                      for g in pobjs(p) if c.lower_ == "to" and g.ent_type_ in ("PERSON", "ORG", "NORP")]
        elif c.dep_ == "prep" and c.lower_ == "to" and trigger.lower_.startswith(_YIELDING) and \
                not any(g.dep_ in ("advmod", "prt") and g.lower_ in ("back", "away", "behind") for g in trigger.children):  # "fell back to Orme"
            heads += pobjs(c)  # "lost to the French fleet", "fell to the Ottomans": the winner is a side
        elif c.dep_ == "prep" and c.lower_ == "to":
            # "wrote to General Villeneuve", "appealed to the League": a person or a body is a recipient, not a destination.
            heads += [g for g in pobjs(c) if g.ent_type_ in ("PERSON", "ORG", "NORP")]
            # "wrote to his friend Jan Orme": the person a common noun names in apposition is the recipient.
            heads += [a for g in pobjs(c) if g.pos_ == "NOUN" for a in g.children
                      if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        elif c.dep_ == "prep" and c.lower_ == "in":
            heads += _company_parties(c) + _publishers(trigger, c)
        if c.dep_ == "prep" and c.lower_ == "at" and trigger.lower_.startswith(TARGETING_VERBS):
            heads += pobjs(c)  # "attacks targeted at the United States": the target is acted on, not where
        if c.dep_ == "prep" and c.lower_ in ("for", "from") and trigger.lower_ in BID_WORDS:
            heads += [g for g in pobjs(c) if g.ent_type_ in ("ORG", "PERSON", "GPE")]  # "a bid for Tarn Foods"
    heads += counterpart_heads(trigger) + borne_on(trigger) + acted_heads(trigger, objects)  # "put pressure on Japan"; acted_parties
    # "was fought on 30 November 1700 between Tarvia and Lusk": the parser hangs the sides on the date.
    heads += [g for c in trigger.children if c.dep_ == "prep" for d in pobjs(c) if d.ent_type_ in ("DATE", "TIME")
              for p in d.children if p.dep_ == "prep" and p.lower_ in ("between", "against") + ("of",) * (trigger.pos_ == "NOUN")
              for g in pobjs(p)]  # "his conquest between 1516 and 1517 of Lusk": a noun's "of" hung on its date
    # "In cooperation with Samsung, Tarnex began developing …": the company kept in the verb governing the trigger.
    # ("6PR, in conjunction with the TAB, was able to secure …": up a chain of complements to the main verb)
    governor = trigger.head if trigger.dep_ == "xcomp" else \
        trigger.head.head if trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep" else None
    for _ in range(3):
        if governor is None or governor.i == trigger.i:
            break
        heads += [p for c in governor.children if c.dep_ == "prep" and c.lower_ == "in" for p in _company_parties(c)]
        governor = governor.head if governor.dep_ in ("xcomp", "acomp") and governor.head.i != governor.i else None
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB":
        # "an agreement was made with the TAB", "struck a deal on 3 May with Orme": the other side of a
        # happening noun given on its support verb.
        heads += [g for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "against")
                  for g in pobjs(c)]
    for means in means_tokens(trigger):
        # The means names a party: "terminated the Pact with its invasion of the Soviet Union", "by invading Poland".
        if means.pos_ == "VERB":
            heads += [g for g in means.children if g.dep_ == "dobj"]
        else:
            heads += [t for p in means.children if p.dep_ == "prep" and p.lower_ in ("of", "against", "on")
                      for t in pobjs(p)]
    own_agent = any(c.dep_ == "agent" for c in trigger.children)
    for c in trigger.children:
        if not own_agent and c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VBN" == trigger.tag_ and \
                not any(g.dep_ in SUBJECTS for g in c.children):  # ("embraced Islam and was assigned … by Orm": no)
            # "Litvinov was dismissed and replaced by Molotov": the agent of the second participle,
            # which shares the first one's patient, is a party of the first. ("captured by the armies
            # and published by the State Department": two acts with agents of their own.)
            heads += [t for a in c.children if a.dep_ == "agent" for t in pobjs(a)]
    heads += governing_patients(trigger) + support_recipients(trigger) + patients_in(trigger) + \
        joined_event_parties(trigger) + controlled_patients(trigger) + entered_states(trigger) + sides_served(trigger, objects) + \
        nested_opponents(trigger) + shared_objects(trigger) + acted_on_by_happening(trigger)
    heads += listed_parties(trigger, objects) + sides_posts_and_clauses(trigger, objects)
    heads += club_heads(trigger, objects) + _proposers(objects) + offer_sides(trigger) + market_participants(trigger, objects)
    # "stopped broadcasting Dover Rovers matches": what the verb it governs acts on is the act's too.
    governed = [g for c in trigger.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                for g in c.children if g.dep_ == "dobj" and not is_quoted_speech(g)]
    heads += governed
    holders = objects + governed if trigger.pos_ in ("VERB", "AUX") else [trigger]
    for h in holders:
        for c in h.children:
            if holds_no_party(h, c, trigger):
                continue  # "her shop window was damaged", "four Ulsterbus workers were killed": no owner, no employer
            if c.dep_ == "prep" and c.lower_ in _PARTY_PREPOSITIONS and not (
                    c.lower_ == "to" and h.lower_.rstrip("s") in PERSON_NOUNS):  # "ambassador to Moscow": a post
                heads += pobjs(c)
            elif c.dep_ in ("poss", "compound", "appos") and not (
                    c.ent_type_ in ("GPE", "LOC") and h.lower_ in PLACE_HAPPENINGS) and not (  # "Tarvia's protests": where
                    c.dep_ == "appos" and h is trigger):  # a happening is no person: "the bombing, Orme and …" misparsed
                heads.append(c)  # "Stalin's program", "Reichswehr access", "the ambassador, Mirbach,"
    # "negotiations with the new ambassadors, (William Seeds, …)": people named by their office.
    # "the alleged killer, Tom Orme, – shot dead": a person named in apposition to whatever noun describes him.
    heads += [c for h in list(heads) if h.lower_.rstrip("s") in PERSON_NOUNS or h.pos_ == "NOUN"
              for c in h.children if c.dep_ == "appos" and (h.lower_.rstrip("s") in PERSON_NOUNS or c.ent_type_ == "PERSON")]
    return expand_conjuncts(heads + body_names(heads) + organisations_on_bodies(heads))
