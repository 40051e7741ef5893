"""Roles the parse gives by grammar that the happening's meaning gives otherwise (issue 31's wrong
roles, as judges found them in news rows):

- a price move ("shares of Tarn Foods fell 50 cents", "Tarn Foods rose $2 to $40", "the Tarn
  index dropped 20 points") has no actor: the firm whose stock moved is a participant, a market
  gauge is no party at all;
- the subject of a verb of receiving is given something ("Tarn Foods received a loan from Orme
  Bank"): a participant; the one it came "from" is the actor;
- an offer, a bid or a loan "from" someone is that someone's act, whoever received or answered it
  ("Tarn Foods rejected an offer from Orme Corp.": the offer is Orme's, Tarn its target);
- a natural disaster has no actor and the place it struck is where, not a party ("an earthquake
  struck Tarvia", "the Tarvia earthquake");
- the possessor of a happening done to it ("her assassination", "Orme's arrest") suffers it: a
  participant, never the actor;
- a place named on the thing a happening noun is about ("the Tarvia clinic bombing"), on a happening
  held somewhere ("the Denver concert") or on a site ("the Denver warehouse") says where, not who.

Each rule works on the (entity, role, name) triples :func:`pipeline.events.roles.roles_under`
made, given the trigger token; a triple whose entity is ``None`` (an untagged name) is left alone
except where the rule drops every actor.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.companies import GIVEN_THINGS, MARKET_INDEX_HEADS, PRICE_MOVE_VERBS, RECEIVING_VERBS, STOCK_NOUNS
from pipeline.lexicon.disasters import DISASTER_NOUNS
from pipeline.lexicon.labels import PLACE_LABELS
from pipeline.lexicon.non_party_names import PATIENT_POSSESSOR_NOUNS
from pipeline.events.nominal_patients import is_done_to_people
from pipeline.lexicon.type_nouns import PHYSICAL_THING_NOUNS
from pipeline.stories.party_names import country_name
from pipeline.lexicon.venues import PLACE_HELD_HAPPENINGS, SITE_NOUNS
from pipeline.events.happening_sites import is_site_of_the_row
from pipeline.events.tree import Role

# Verbs of undergoing (stems): what a place "suffered" or "experienced" is no deed of the place.
_SUFFERING = ("suffer", "experienc", "endur")
# Entity types that give a price or an amount ("50 cents", "2%", "20 points").
_AMOUNTS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def recast_roles(trigger: Any, roles: list[Role], spans_of: dict[int, Any]) -> list[Role]:
    """The roles with the meaning-given ones put right (see the module's docstring).
    ``spans_of`` maps ``id(entity)`` to its token span."""
    if is_price_move(trigger):
        roles = [(e, "participant" if role == "actor" else role, name) for e, role, name in roles
                 if not (role in ("actor", "participant") and name.split()[-1].lower() in MARKET_INDEX_HEADS)]
    if is_disaster(trigger):
        # The place struck is where; a storm's own name ("Hurricane Tarn") is no one who acted.
        roles = [(e, "place", name) if role in ("actor", "participant") and e is not None and e.label in PLACE_LABELS
                 else (e, role, name) for e, role, name in roles if role != "actor" or
                 (e is not None and e.label in PLACE_LABELS)]
    if suffered_by_possessor(trigger):
        roles = [(e, "participant", name) if role == "actor" and e is not None and id(e) in spans_of and
                 spans_of[id(e)].root.dep_ == "poss" and spans_of[id(e)].root.head.i == trigger.i else (e, role, name)
                 for e, role, name in roles]
    givers = _givers(trigger)
    if givers is not None:
        given = {g.i for g in givers}
        recast = []
        for e, role, name in roles:
            sp = spans_of.get(id(e)) if e is not None else None
            if sp is not None and any(t.i in given for t in sp):
                recast.append((e, "actor", name))
            elif role == "actor":
                recast.append((e, "participant", name))
            else:
                recast.append((e, role, name))
        roles = recast
    return [(e, "place", name) if role in ("actor", "participant") and e is not None and id(e) in spans_of and
            _locates(spans_of[id(e)], trigger) else (e, role, name) for e, role, name in roles]


def _locates(span: Any, trigger: Any) -> bool:
    """Whether a place name only says where: compounded on a happening held somewhere or a disaster
    ("the Denver concert", "the Chile earthquake"), on a site ("the Denver warehouse"), or on the thing
    a happening noun is about ("the Tarvia clinic bombing")."""
    if span.root.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    root = span.root
    if root.dep_ in ("compound", "nmod") and root.head.i == trigger.i and trigger.lower_ in PLACE_HELD_HAPPENINGS | DISASTER_NOUNS:
        return True
    if country_name(span.text) is not None:
        return False  # a state's name on a thing says whose ("U.S. embassies", "the Tarvian plant"): a party
    if root.dep_ in ("compound", "nmod") and root.head.lower_ in SITE_NOUNS:
        return True
    if is_site_of_the_row(span, trigger):
        return True  # "after the Nairobi bombing": where (pipeline.events.happening_sites)
    return trigger.pos_ in ("NOUN", "PROPN") and _names_the_things_place(span, trigger)


def demotes_actors(trigger: Any) -> bool:
    """Whether the subject's parties are no actors of ``trigger`` (a price move, a disaster, a
    receiving, a happening done to its possessor): what a pronoun subject stands for then takes part at most."""
    return is_price_move(trigger) or is_disaster(trigger) or _givers(trigger) is not None or suffered_by_possessor(trigger)


def suffered_by_possessor(trigger: Any) -> bool:
    """Whether ``trigger`` is a happening done to its possessor ("her assassination in 1984", "Orme's
    arrest"): the possessor takes part, the doer (a "by" agent) acts."""
    return (trigger.pos_ == "NOUN" and trigger.lower_ in PATIENT_POSSESSOR_NOUNS or is_done_to_people(trigger)) and \
        any(c.dep_ == "poss" for c in trigger.children)  # is_done_to_people: "their Christianization"


def is_price_move(trigger: Any) -> bool:
    """Whether a verb tells a price or a market moving: its subject is a stock noun ("shares of
    Tarn Foods fell", "Tarn's stock rose") or a firm whose move is measured by an amount ("Tarn
    Foods fell 50 cents", "rose 2% to $40"). "Tarn Foods closed the plant" has an object and is no move."""
    if trigger.pos_ != "VERB" or trigger.lower_ not in PRICE_MOVE_VERBS:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") and c.ent_type_ not in _AMOUNTS and not _is_amount(c)
           for c in trigger.children):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    head = subjects[0]
    if head.lower_ in STOCK_NOUNS:
        return True
    if head.lower_ in MARKET_INDEX_HEADS or head.ent_type_ == "ORG" and head.text.lower() in MARKET_INDEX_HEADS:
        return True
    return head.ent_type_ == "ORG" and any(_is_amount(c) or (c.dep_ == "prep" and c.lower_ in ("to", "by") and
                                                             any(_is_amount(g) for g in c.children))
                                           for c in trigger.children)


def _is_amount(token: Any) -> bool:
    """Whether a token heads an amount: "50 cents", "2%", "$40", "20 points"."""
    if token.ent_type_ in ("MONEY", "PERCENT"):
        return True
    return token.dep_ in ("dobj", "npadvmod", "pobj") and any(c.tag_ == "CD" or c.ent_type_ in _AMOUNTS
                                                             for c in [token, *token.children])


def is_disaster(trigger: Any) -> bool:
    """Whether a trigger is a natural disaster or what one did: the disaster's noun itself ("the
    earthquake"), or a verb whose subject is one ("a storm hit the coast", "the quake struck Tarvia")."""
    if trigger.lower_ in DISASTER_NOUNS:
        return True
    # ("suffered its worst flood": what a place suffered is no deed of the place)
    deps = ("nsubj", "dobj") if trigger.lower_.startswith(_SUFFERING) else ("nsubj",)
    return trigger.pos_ == "VERB" and any(t.lower_ in DISASTER_NOUNS for c in trigger.children if c.dep_ in deps
                                          for t in [c, *(g for g in c.children if g.dep_ == "compound")])


def _givers(trigger: Any) -> list | None:
    """Who gave what a trigger tells of being received, where a "from" names them: the object of
    "from" on a verb of receiving a thing given ("received a loan from Orme Bank", "got an
    extension"), or on such a thing's noun ("an offer from Orme Corp.", "rejected a bid from Orme
    Corp."). None where the trigger tells no such receiving, [] where no "from" names the giver."""
    if trigger.pos_ == "VERB" and trigger.lower_ in RECEIVING_VERBS:
        things = [c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in GIVEN_THINGS]
        if not things:
            return None
        holders = [trigger, *things]
    elif trigger.pos_ == "NOUN" and trigger.lower_ in GIVEN_THINGS and trigger.dep_ in ("dobj", "nsubjpass") and \
            trigger.head.pos_ == "VERB" and \
            any(p.dep_ == "prep" and p.lower_ == "from" for p in [*trigger.children, *trigger.head.children]):
        holders = [trigger, trigger.head]
    else:
        return None
    return [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children if g.dep_ == "pobj" for g in [g, *g.conjuncts]]


def _names_the_things_place(span: Any, trigger: Any) -> bool:
    """Whether a place name compounded on a happening noun says where the thing it is about lies:
    a site or a building stands between them ("the Tarvia clinic bombing", "the Lusk embassy
    attacks"; not an instrument: "U.S. missile attacks" are the United States')."""
    if span.root.ent_type_ not in ("GPE", "LOC", "FAC") or span.end > trigger.i:
        return False
    between = trigger.doc[span.end:trigger.i]
    return len(between) > 0 and all(t.dep_ in ("compound", "amod", "nmod") and t.head.i in (trigger.i, *(b.i for b in between))
                                    for t in between) and \
        any(t.lower_ in SITE_NOUNS or t.lower_ in PHYSICAL_THING_NOUNS for t in between) and \
        span.root.head.i in (trigger.i, *(b.i for b in between))
