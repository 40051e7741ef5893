"""The sides of a war are its actors (issue 31, blind judges' finding on history leads; the sentences
below are invented): "the Orm War was fought between Tarvia and an alliance of Lusk, Vell and Orm", "a
war between Lusk and Vell broke out", "the conflict between the Orm Church and the Vell Church".

Every side named after "between ... and" of a fighting word fought, so each is an actor, the members
of "an alliance of" (coalition, league) included. Only a fight is read so: "a treaty between Tarvia
and Lusk" or "talks between" keep their parties as participants (an agreement's sides are read by
:mod:`pipeline.events.agreement_parties`).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import Role, pobjs
# Word forms of fighting (the pipeline runs no lemmatiser): a happening whose sides both act.
_FIGHTING = {"war", "wars", "warfare", "conflict", "conflicts", "battle", "battles", "fought", "fight", "fights",
             "fighting", "hostilities", "clash", "clashes", "clashed", "skirmish", "skirmishes", "combat"}
# Nouns whose "of" names the members who make up one side ("an alliance of Lusk and Vell").
_COALITIONS = {"alliance", "coalition", "league", "confederation", "bloc", "axis", "union"}
# Entity types a side can be.
_SIDE_TYPES = {"PERSON", "ORG", "NORP", "GPE"}


def _with_conjuncts(heads: list) -> list:
    out = []
    for h in heads:
        out += [h, *h.conjuncts]
    return out


# Nouns of a force whose "of" or "under" names whom it fought for ("the army of William", "an army under Orme").
_FORCES = {"army", "armies", "force", "forces", "troops", "fleet", "fleets", "navy", "host"}


def _members(side: Any) -> list:
    """The side itself and, for a coalition noun, the members its "of" names; for a force noun, whose force
    it is and who led it ("the army of William", "an army under Orme", "two armies of the Coalition")."""
    if side.lower_ in _COALITIONS:
        preps = ("of",)
    elif side.lower_ in _FORCES:
        preps = ("of", "under")
    else:
        return [side]
    return [side] + _with_conjuncts([g for p in side.children if p.dep_ == "prep" and p.lower_ in preps
                                     for g in pobjs(p)])


def between_sides(trigger: Any) -> list:
    """Head tokens of the sides a fighting trigger names after "between": on the trigger itself ("fought
    between"), on a date the parser hung them on ("fought on 3 May between"), or on a war noun that is
    the trigger's subject ("a war between Lusk and Vell broke out"), or on the fighting verb a war noun
    is the subject of ("the Orm War was fought between …")."""
    holders = [trigger] if trigger.lower_ in _FIGHTING else []
    fights = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIGHTING]
    holders += fights
    if fights and trigger.pos_ in ("VERB", "AUX") and trigger not in holders:
        holders.append(trigger)  # "the Battle of Orm took place in 1571 between …": the battle's sides
    if trigger.lower_ in _FIGHTING and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lower_ in _FIGHTING:
        holders.append(trigger.head)  # "the Orm War was fought between …": the war's sides
    holders += [d for h in list(holders) for c in h.children if c.dep_ == "prep" for d in pobjs(c)
                if d.ent_type_ in ("DATE", "TIME")]
    sides = _with_conjuncts([g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                             for g in pobjs(c)])
    return [m for s in sides for m in _members(s)]


# Word forms of "go": "went to war with Lusk".
_GO = {"go", "goes", "went", "going", "gone"}


def war_gone_to(trigger: Any) -> tuple[list, list]:
    """(who went, whom against) for a war noun a form of "go" goes "to" ("Tarvia went to war with Lusk
    and Orm in 1702": Tarvia acts, Lusk and Orm take part); empty lists for any other trigger."""
    to = trigger.head
    if trigger.lower_ not in _FIGHTING or trigger.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ not in _GO:
        return [], []
    verb = to.head
    goers = _with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])
    foes = _with_conjuncts([g for h in (verb, trigger) for c in h.children
                            if c.dep_ == "prep" and c.lower_ in ("with", "against") for g in pobjs(c)])
    return goers, foes


def _gone_to_war_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with the named sides of "went to war with" added (see :func:`war_gone_to`)."""
    goers, foes = war_gone_to(trigger)
    role_of = {t.i: "actor" for t in goers} | {t.i: "participant" for t in foes}
    seen = {id(e) for e, _, _ in roles}
    have = {name for _, _, name in roles}
    return roles + [(e, role_of[sp.root.i], name) for e, sp, name in spans if sp.root.i in role_of
                    and e.label in _SIDE_TYPES and id(e) not in seen and name not in have]


def war_side_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with every named side of the fight after "between" an actor: a participant of such a
    side becomes an actor, and a coalition's member the parse did not reach is added as one; and the
    sides of "went to war with"."""
    roles = _gone_to_war_roles(trigger, roles, spans)
    sides = {t.i for t in between_sides(trigger)}
    if not sides:
        return roles
    # a people's word or an owner on a side's force ("an English army", "Napoleon's army") is on that side
    forces = {i for i in sides if trigger.doc[i].lower_ in _FORCES}
    on_side = {id(e) for e, sp, _ in spans if e.label in _SIDE_TYPES and (sp.root.i in sides or (
        sp.root.head.i in forces and sp.root.dep_ in ("amod", "compound", "poss")))}
    out = [(e, "actor" if role == "participant" and id(e) in on_side else role, name) for e, role, name in roles]
    seen = {id(e) for e, _, _ in out}
    have = {name for _, role, name in out if role == "actor"}
    out += [(e, "actor", name) for e, sp, name in spans if id(e) in on_side and id(e) not in seen and name not in have]
    return out
