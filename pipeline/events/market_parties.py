"""Parties that business and government news give in shapes the general role reader does not read.

Twelve shapes of news prose whose named parties the rows missed (issue 31: the kinds the blind news
audits reported, and the same kinds read in AQUAINT dev rows and invented business sentences):

- a holding "in" a business: "took a 20% stake in Orme Corp.", "sold its interest in Lusk Inc.":
  the business whose stake changes hands takes part in the deal, though the parser hangs it on the
  stake, not on the verb;
- a clearance to act: "regulators cleared Orme Savings to acquire Lusk Bank", "the board approved
  Vell Inc. to buy the plant": the one cleared does what the infinitive says. (The general list of
  object-control verbs in :mod:`pipeline.events.subjects` reads "allowed X to", "authorised X to";
  verbs of a regulator's clearance are read here, as they only control in this news shape.)
- the one accused: "raised accusations that Jan Orme had mistreated his son", "the allegation that
  Lusk Inc. hid losses": whoever the accusation's clause says did wrong is a party of the accusing
  (the general rule keeps a reported clause's names out of a saying; an accusation is about them).
- the person a verb of naming names to a post, where the parser hangs the name on the post
  ("Orme Corp. named Jan Orme chief executive": the post is the complement, the person its modifier);
- the business whose stock is traded: "trading in Orme Corp. shares was halted";
- a named organisation compounded on a common noun of a business or a union ("an agreement with the
  United Orme Workers union", "sold to the Lusk Inc. unit"): the organisation is the party;
- who brought the legal action a verb settles, fights or drops ("agreed to settle charges brought by
  the Securities and Exchange Commission", "dismissed a suit filed by Orme Corp."): the other side;
- a state's name compounded on a force ("U.S. troops entered the city", "surrendered to U.S.
  forces"): the state acts or takes part, as a demonym on a force does ("American troops",
  :func:`pipeline.events.party_shapes.force_party`); the parser makes the abbreviation a compound;
- who travels "for talks": "Baker flew to Moscow for talks with Shevardnadze": the traveller is a
  side of the talks the noun names;
- the seller and the buyer of a sale noun: "the sale of its stake to Orme Investors" (the owner of
  what is sold sells it; the parser hangs the buyer on the thing sold);
- whom a request comes "from" and whom an act is "on behalf of" ("considering a request from Jan
  Orme", "filed a petition on behalf of Lusk Inc."): parties, though another acted;
- the embassy an attack hits ("the bombing at the U.S. embassy"): its state was attacked
  (:func:`pipeline.events.office_parties.struck_states`, through :mod:`pipeline.events.news_roles`).

Only names the model tags as an organisation (or a person, or a state, for a clearance) count: a
generic noun ("the company", "analysts") is no party.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.party_shapes import is_force_noun
from pipeline.events.attended_occasions import attended_subjects
from pipeline.events.news_subjects import adjunct_subjects, charged_subjects, intended_subjects, speaker_subjects
# The roles module's one entry to the news rules (its hook, where it gathers roles, through this module):
from pipeline.events.news_roles import news_roles  # noqa: F401
from pipeline.events.tree import first_conjunct, pobjs
from pipeline.stories.party_names import country_name
from pipeline.lexicon.companies import ASKING_FOR_VERBS, ACCUSATION_NOUNS, BUSINESS_BODY_NOUNS, LEGAL_ACTIONS, CLEARANCE_VERBS, HOLDING_NOUNS, SALE_NOUNS, STOCK_NOUNS
from pipeline.lexicon.offices import REQUEST_NOUNS

# Entity types of a business a stake can be held in (a person or a state holds no "stake in" sense here:
# "a stake in Kenya's future" is a figure of speech).
_HELD_LABELS = ("ORG",)
# Entity types of whoever a regulator clears to act.
_CLEARED_LABELS = ("ORG", "PERSON", "GPE", "NORP")


def holding_parties(trigger: Any, objects: list) -> list:
    """The businesses a verb's object (or a happening noun's "of" object) is a holding in ("bought a
    20% stake in Orme Corp.", "the sale of its stake in Orme Corp."), and the business a holding noun
    used as the trigger is in ("its stake in Lusk Inc. rose")."""
    # "the sale of its stake in Lusk Inc.": a happening noun's "of" object is what it acts on.
    acted_on = list(objects) + [g for p in trigger.children if trigger.pos_ == "NOUN" and p.dep_ == "prep"
                                and p.lower_ == "of" for g in pobjs(p)]
    holders = [o for o in acted_on if o.lower_ in HOLDING_NOUNS]
    if trigger.lower_ in HOLDING_NOUNS:
        holders.append(trigger)
    return [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
            for g in pobjs(p) if g.ent_type_ in _HELD_LABELS]


# Nouns of meeting someone: who goes, comes or flies "for" one is a side of it.
_MEETINGS = {"talks", "meeting", "meetings", "negotiations", "consultations", "discussions", "summit"}


def market_subjects(trigger: Any) -> list:
    """The subject heads this module finds for a trigger the general reader gives none: the one
    cleared to act, who came for the talks, who sells what is its own, who made an intent its own
    or who underwent what a gerund follows (:mod:`pipeline.events.news_subjects`)."""
    return cleared_subjects(trigger) or purpose_subjects(trigger) or sellers(trigger) or \
        intended_subjects(trigger) or adjunct_subjects(trigger) or \
        speaker_subjects(trigger) or charged_subjects(trigger) or \
        attended_subjects(trigger)  # "signed a deal to buy", "before having to flee", "in a speech, Bush said", "ending a visit, Orm said"


def _sold(trigger: Any) -> list:
    """What a noun of selling off sells: its "of" objects ("the sale of its stake"); none for another noun."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in SALE_NOUNS:
        return []
    return [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]


def sellers(trigger: Any) -> list:
    """The owner of what a noun of selling off sells, as its seller ("the sale of its stake to Orme
    Investors": the one "its" stands for; "the sale of Lusk Inc.'s unit": Lusk Inc.), where the noun
    names no seller of its own (a possessor, "Orme's sale of …", or a "by" agent)."""
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in trigger.children):
        return []
    return [c for g in _sold(trigger) for c in g.children if c.dep_ == "poss"]


def buyers(trigger: Any) -> list:
    """Whom a noun of selling off sells to, where the parser hangs the "to" on what is sold ("the sale
    of its stake to Orme Investors"): a named person, body or state only."""
    return [b for g in _sold(trigger) for p in g.children if p.dep_ == "prep" and p.lower_ == "to"
            for b in pobjs(p) if b.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]


def purpose_subjects(trigger: Any) -> list:
    """The named subject of the verb a meeting noun is the purpose of ("Baker flew to Moscow for talks
    with Shevardnadze": Baker), where the noun has no owner of its own ("for his talks" is read by
    the general rules) and the verb is active."""
    if trigger.lower_ not in _MEETINGS or trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return []
    if any(c.dep_ == "poss" for c in trigger.children):
        return []
    verb = trigger.head.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in _CLEARED_LABELS]


def cleared_subjects(trigger: Any) -> list:
    """The one a verb of clearance clears to do the trigger ("regulators cleared Orme Savings to
    acquire Lusk Bank": Orme Savings acquires): the governing verb's named object, where the trigger
    is its infinitive complement with no subject of its own. Empty otherwise."""
    if trigger.dep_ != "xcomp" or trigger.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    head = trigger.head
    if head.pos_ not in ("VERB", "AUX") or head.lower_ not in CLEARANCE_VERBS:
        return []
    return [c for c in head.children if c.dep_ == "dobj" and c.i < trigger.i and c.pos_ == "PROPN"
            and c.ent_type_ in _CLEARED_LABELS]


# Entity types of someone accused.
_ACCUSED_LABELS = ("ORG", "PERSON", "GPE", "NORP")


def accused_parties(trigger: Any, objects: list) -> list:
    """The named subject of the "that" clause of an accusation: of the accusation noun as the trigger
    ("accusations that Jan Orme had lied"), or of the one the trigger makes ("raised allegations that
    Lusk Inc. hid losses"). A relative clause ("the charges that the firm paid") has no "that" as its
    mark and is no accusation's content."""
    nouns = [o for o in objects if o.lower_ in ACCUSATION_NOUNS]
    if trigger.lower_ in ACCUSATION_NOUNS:
        nouns.append(trigger)
    return [s for n in nouns for clause in n.children if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"
            and s.ent_type_ in _ACCUSED_LABELS]


def named_to_posts(trigger: Any) -> list:
    """The person a verb names to a post when the parser makes the post the verb's complement and
    the person's name a modifier of it ("named Jan Orme chief executive", "made Lusk Orme its
    president"): only a person's name, so a body's name on the post ("Orme Party chairman") is none."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    return [m for c in trigger.children if c.dep_ == "oprd" and c.pos_ == "NOUN"
            for m in c.children if m.dep_ in ("nmod", "compound") and m.i < c.i and m.pos_ == "PROPN"
            and m.ent_type_ == "PERSON"]


def traded_businesses(heads: list) -> list:
    """The business whose stock a "trading in" phrase among ``heads`` names ("trading in Orme Corp.
    shares was halted", "trading in Lusk Inc. was suspended"): the named business, no exchange."""
    held = [g for h in heads if h.lower_ == "trading" for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
            for g in pobjs(p)]
    held += [c for h in list(held) if h.lower_ in STOCK_NOUNS for c in h.children
             if c.dep_ in ("compound", "poss") and c.ent_type_ == "ORG"]
    return [h for h in held if h.ent_type_ == "ORG"]


def market_participants(trigger: Any, objects: list) -> list:
    """The party heads this module adds to a trigger's participants."""
    return holding_parties(trigger, objects) + accused_parties(trigger, objects) + named_to_posts(trigger) + \
        traded_businesses(objects) + legal_opponents(objects) + \
        requesters(trigger, objects) + represented_parties(trigger, objects) + buyers(trigger) + \
        asked_for_parties(trigger) + stock_owners(trigger, objects)


def asked_for_parties(trigger: Any) -> list:
    """The named parties of what a verb of asking asks "for" ("called for an emergency conference of
    the Orme Organization", "pressed for talks with Lusk"): the "of", "with" or "between" objects of
    the noun asked for, where a person, a body or a state is named there."""
    if trigger.pos_ != "VERB" or trigger.lower_ not in ASKING_FOR_VERBS:
        return []
    return [g for c in trigger.children if c.dep_ in ("prep", "prt") and c.lower_ == "for" for n in pobjs(c)
            if n.pos_ == "NOUN" for p in n.children if p.dep_ == "prep" and p.lower_ in ("of", "with", "between")
            for g in pobjs(p) if g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]


# What a rating is of: the business whose stock or debt a rating agency rates takes part. (Not a
# market: "rose on Tarvia's stock market" says where.)
_RATED = {"stock", "stocks", "share", "shares", "bond", "bonds", "securities", "debt", "debts", "rating", "ratings",
          "credit", "notes", "paper"}


def stock_owners(trigger: Any, objects: list) -> list:
    """The owner of the stock or debt a verb's object is "on" ("lowered the rating on Vell's stock",
    "cut its outlook on Lusk Inc.'s debt"): a named possessor or compound of the rated thing."""
    rated = [g for h in [trigger, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ == "on"
             for g in pobjs(p) if g.lower_ in _RATED]
    return [c for g in rated for c in g.children if c.dep_ in ("poss", "compound") and c.ent_type_ == "ORG"]


def requesters(trigger: Any, objects: list) -> list:
    """Whom a request the trigger is, or acts on, comes "from" ("considering a request from Jan Orme",
    "rejected a proposal from Tarvia"): the one asking is a party of what is done with the asking."""
    nouns = [o for o in objects if o.lower_ in REQUEST_NOUNS]
    if trigger.pos_ == "NOUN" and trigger.lower_ in REQUEST_NOUNS:
        nouns.append(trigger)
    return [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "from" for g in pobjs(p)]


def represented_parties(trigger: Any, objects: list) -> list:
    """The one an act or its object is "on behalf of" ("filed a petition on behalf of Jan Orme", "sued
    on behalf of Lusk Inc."): a party of it, though someone else acted."""
    return [g for t in [trigger, *objects] for p in t.children if p.dep_ == "prep" and p.lower_ == "on"
            for b in pobjs(p) if b.lower_ == "behalf" for q in b.children if q.dep_ == "prep" and q.lower_ == "of"
            for g in pobjs(q)]


def legal_opponents(objects: list) -> list:
    """The agent of a participle on a legal action the verb acts on ("settle charges brought by the
    Orme Commission", "dismissed a suit filed by Lusk Inc."): who brought it is the other side, and
    whom the participle says it was brought against ("filed by Lusk Inc. against Orme Corp.") the third."""
    return [g for o in objects if o.lower_ in LEGAL_ACTIONS for c in o.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
            for a in c.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "against") for g in pobjs(a)]


def organisations_on_bodies(heads: list) -> list:
    """The organisation's name compounded on a party head that is a common noun of a business or a
    union ("the United Orme Workers union", "its Lusk Inc. unit"). Only an organisation's name: a
    place's ("the company's Tarvian unit", "the Dover union") says where, not who."""
    return [c for h in heads if h.pos_ == "NOUN" and h.lower_ in BUSINESS_BODY_NOUNS
            for c in h.children if c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG"]


def state_force(span: Any, name: str) -> str | None:
    """The state a state's name compounded on a force stands for ("U.S. troops", "the U.S. and British
    forces"), else None: ``name`` (its canonical name) where the name's root qualifies a force noun
    that follows it."""
    root = first_conjunct(span.root)
    if root.dep_ not in ("compound", "nmod") or root.head.i < span.end or not is_force_noun(root.head):
        return None
    # Only a state: "American NATO service members" are the alliance's by their posting, not its force.
    return name if country_name(span.text) is not None else None
