"""Parties of a happening noun that its own phrase, or the clause it sits in, names (issue "who did
it"; the sentences below are invented):

- a noun of acting takes its doer after "of" ("the intervention of Tarvia": Tarvia acted, not was acted
  on, :data:`pipeline.lexicon.nominal_roles.DOER_OF_NOUNS`), and so does a noun of sway something came
  "under" ("came under control of the Orm Empire": the empire controlled it);
- the side a happening is "in support of", "on behalf of", "in aid of" takes part ("… in support of Lusk");
- a reply to a proposal concerns its proposer ("the rejection of the Lusk proposal": Lusk);
- an act against others that handed something "to" a state was against it ("the Tarvian offensive
  failed and passed the initiative to Lusk");
- a contest won "in a landslide over" someone was fought against them ("won the election in a landslide
  over Jon Orme");
- an act done to a state, with no "of" saying to which, that the main clause gives as the cause of what
  befell a state, was done to that state ("Tarsk disintegrated due to the Lusk invasions": Tarsk);
- "allied" on an act done to others names the Allies as its doer ("the allied rejection of the plan");
- a verb whose subject is an act done to someone ("the Tarvian invasion of Lusk failed") keeps the act's
  "of" as whom it was done to, not as a doer, and the act's people as its doer;
- the sides of a clash are named as what they are: "ethnic Lusks" a group, "Tarvian police" Tarvia.

In doubt a slot stays empty: only named states, bodies, peoples and persons are read, and only along
these shapes. Functions take spaCy tokens; :func:`nominal_roles` is the hook the roles call.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import state_of_word
from pipeline.events.noun_parties import done_to_party, performing_state
from pipeline.events.party_shapes import is_force_noun
from pipeline.events.tree import Role, of_objects, pobjs
from pipeline.events.war_sides import between_sides
from pipeline.lexicon.non_party_names import RULE_NOUNS as SWAY_NOUNS
from pipeline.lexicon.behalf_nouns import COMING_UNDER_FORMS
from pipeline.lexicon.nominal_roles import (
    ADJECTIVE_DOER_NOUNS, DOER_OF_NOUNS, DONE_TO_STATE_NOUNS, GROUP_OF_PEOPLE_ADJECTIVES, ORDER_BODY_NOUNS,
    PROPOSAL_NOUNS, REPLY_NOUNS, SIDE_TAKEN_NOUNS, THROUGH_PREPOSITIONS, WIN_MARGIN_NOUNS, YIELDING_STEMS,
)
from pipeline.stories.party_names import country_name

# Kinds of named things a happening noun's phrase names as a party.
_PARTY_KINDS = {"GPE", "ORG", "PERSON", "NORP"}
# Forms of winning whose object is a contest ("won the 1932 election").
_WINNING = {"win", "wins", "won", "winning"}


def _with_conjuncts(heads: list) -> list:
    return [t for h in heads for t in (h, *h.conjuncts)]


def _of_objects(token: Any) -> list:
    return _with_conjuncts(of_objects(token))


def doers_of(trigger: Any) -> set[int]:
    """Head tokens of the doers a noun of acting names after "of" ("the intervention of Tarvia"), or
    of the sway a verb of coming says something came "under" (:func:`swaying`)."""
    if trigger.pos_ == "VERB":
        return swaying(trigger)
    if trigger.pos_ != "NOUN" or trigger.lower_ not in DOER_OF_NOUNS:
        return set()
    return {g.i for g in _of_objects(trigger)}


def swaying(verb: Any) -> set[int]:
    """Head tokens of whoever held the sway ``verb`` says something came or fell under ("came under
    control of the Orm Empire", "fell under Tarvia's domination": the empire, Tarvia controlled it;
    the subject was controlled, :func:`nominal_roles` makes it a participant)."""
    if verb.lower_ not in COMING_UNDER_FORMS:
        return set()
    nouns = [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for n in pobjs(p)
             if n.lower_ in SWAY_NOUNS]
    return {g.i for n in nouns for g in _of_objects(n) + _with_conjuncts([c for c in n.children if c.dep_ == "poss"])}


def sides_taken(trigger: Any) -> set[int]:
    """Head tokens of the side a happening is "in support of", "on behalf of" or "in aid of"."""
    return {g.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
            for n in pobjs(c) if n.lower_ in SIDE_TAKEN_NOUNS and not any(d.dep_ in ("det", "poss") for d in n.children)
            for g in _of_objects(n)}


def proposers(trigger: Any) -> set[int]:
    """Head tokens of the owner of the proposal a reply noun is about ("the rejection of the Lusk
    proposal", "the acceptance of Orm's offer")."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in REPLY_NOUNS:
        return set()
    return {d.i for n in _of_objects(trigger) if n.lower_ in PROPOSAL_NOUNS
            for d in n.children if d.dep_ in ("poss", "amod", "compound")}


def beaten_sides(trigger: Any) -> set[int]:
    """Head tokens of whom a contest was won "in a landslide over" ("won the election by a wide margin
    over Orme"): the contest's object of a form of winning, the win's noun on that verb."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or trigger.head.lower_ not in _WINNING:
        return set()
    verb = trigger.head
    wins = [n for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "with")
            for n in pobjs(c) if n.lower_ in WIN_MARGIN_NOUNS]
    return {g.i for n in wins for p in n.children if p.dep_ == "prep" and p.lower_ in ("over", "against")
            for g in _with_conjuncts(pobjs(p))}


def yielded_to(trigger: Any) -> set[int]:
    """Head tokens of whom an act against others handed something over "to", as the subject of that
    verb ("the Tarvian offensive failed and passed the initiative to Lusk"): its opponent."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in ADJECTIVE_DOER_NOUNS or trigger.dep_ != "nsubj":
        return set()
    verbs = [trigger.head] + [v for v in trigger.head.conjuncts if v.i > trigger.head.i and v.pos_ == "VERB"
                              and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
    return {g.i for v in verbs if v.lower_.startswith(YIELDING_STEMS) for c in v.children
            if c.dep_ == "prep" and c.lower_ == "to" for g in _with_conjuncts(pobjs(c))}


def struck_states(trigger: Any) -> set[int]:
    """Head tokens of the subjects of the clause an act done to a state is the cause of ("Tarsk
    disintegrated due to the Lusk invasions", "Tarsk was ruined by the Lusk occupation"), where the noun
    names nothing it was done to ("the Lusk invasion of Orm": Orm's, not Tarsk's). Only causes: a
    clause "during" or "after" it may tell of anyone."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in DONE_TO_STATE_NOUNS or trigger.dep_ != "pobj" or \
            done_to_party(trigger, {"of", "against", "on", "upon"}):
        return set()
    prep = trigger.head
    if prep.lower_ in ("of", "to") and prep.head.dep_ in ("prep", "agent") and prep.head.lower_ in ("because", "due", "result"):
        prep = prep.head  # "because of", "due to" read as one preposition
    if prep.lower_ == "result" and prep.head.lower_ == "as":
        prep = prep.head.head if prep.dep_ == "pobj" else prep.head
    if prep.lower_ not in THROUGH_PREPOSITIONS and prep.lower_ != "as":
        return set()
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {s.i for s in _with_conjuncts([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])}


def acts_on_subject(trigger: Any) -> Any | None:
    """The act done to someone that is the subject of a verb trigger ("the Tarvian invasion of Lusk
    failed", "the colonization of Vell by Tarvia began in 1616", "the intervention of Orm in support of
    Lusk allowed …"): the verb's row is about that act, whose "of" (for an act done to someone) and side
    supported name no doer, and whose "by" names its doers."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                 and c.lower_ in _PATIENT_OF_NOUNS | DOER_OF_NOUNS), None)


# Acts whose "of" names whom or what they were done to.
_PATIENT_OF_NOUNS = (ADJECTIVE_DOER_NOUNS | DONE_TO_STATE_NOUNS) - DOER_OF_NOUNS


def _allied(trigger: Any) -> bool:
    """"the allied rejection of the plan", "the Allied invasion": the Allies did it."""
    return trigger.pos_ == "NOUN" and (trigger.lower_ in ADJECTIVE_DOER_NOUNS or done_to_party(trigger)) and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "allied" for c in trigger.children)


def _state_of(entity: Any, span: Any, name: str, states: list[str]) -> str | None:
    """The party a named owner stands for: a people's adjective its state, any other name itself."""
    if entity.label == "NORP":
        word = span.text.strip()
        return state_of_word(word, list(states)) or country_name(word)
    return name


def _clash_side_names(trigger: Any, roles: list[Role], spans: list, states: list[str]) -> list[Role]:
    """``roles`` with the sides of a clash named as the sides they are: "ethnic Lusks" a group of
    people (not the state Lusk), "Tarvian police" the state Tarvia (not the bare adjective)."""
    sides = {t.i for t in between_sides(trigger)}
    if not sides:
        return roles
    renamed: dict[int, str | None] = {}
    for e, sp, name in spans:
        root = sp.root
        if root.i in sides and e.label == "NORP" and any(
                c.dep_ == "amod" and c.lower_ in GROUP_OF_PEOPLE_ADJECTIVES for c in root.children):
            start = min(c.i for c in root.children if c.dep_ == "amod" and c.lower_ in GROUP_OF_PEOPLE_ADJECTIVES)
            renamed[id(e)] = sp.doc[start:sp.end].text  # "ethnic Russians"
        elif root.head.i in sides and root.dep_ in ("amod", "compound") and len(sp) == 1 and \
                root.head.lower_ in ORDER_BODY_NOUNS and root.head.i > root.i:
            renamed[id(e)] = state_of_word(sp.text, list(states)) or country_name(sp.text)  # None: no party
    if not renamed:
        return roles
    out = []
    for e, role, name in roles:
        if e is not None and id(e) in renamed:
            if renamed[id(e)] is None or any(n == renamed[id(e)] for _, _, n in out):
                continue
            out.append((e, role, renamed[id(e)]))
        else:
            out.append((e, role, name))
    return out


def _act_subject_roles(act: Any, roles: list[Role], spans: list, states: list[str]) -> list[Role]:
    """``roles`` of a verb whose subject is ``act`` (:func:`acts_on_subject`): whom the act was done to
    and the side it supported take part, its people's adjective and its "by" agents act."""
    root_of = {id(e): sp.root.i for e, sp, _ in spans}
    patients = sides_taken(act) | ({g.i for g in _of_objects(act)} if act.lower_ in _PATIENT_OF_NOUNS else set())
    out = [(e, "participant" if role == "actor" and root_of.get(id(e)) in patients else role, name)
           for e, role, name in roles]
    have = {name for _, _, name in out}
    out += [(e, "actor", state) for e, sp, _ in spans
            for state in [performing_state(e, sp, act, states)] if state is not None and state not in have]
    agents = {g.i for c in act.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              for g in _with_conjuncts(pobjs(c))}  # "the colonization of Vell by Tarvia and Lusk began"
    have = {name for _, _, name in out}
    return out + [(e, "actor" if sp.root.i in agents else "participant", name) for e, sp, name in spans
                  if (sp.root.i in agents or sp.root.i in patients) and e.label in _PARTY_KINDS and name not in have]


def nominal_roles(trigger: Any, roles: list[Role], spans: list, states: list[str]) -> list[Role]:
    """``roles`` with the parties the noun phrase or its clause names (see the module's docstring): a
    doer after "of" an actor, the rest participants, each only where no role holds it yet."""
    roles = _clash_side_names(trigger, roles, spans, states)
    doers = doers_of(trigger)
    # (the doer's own name, or the force it qualifies: "the withdrawal of Tarvian troops" is Tarvia's)
    doing = {id(e) for e, sp, _ in spans if sp.root.i in doers or (
        sp.root.dep_ in ("amod", "compound") and sp.root.head.i in doers and is_force_noun(sp.root.head))}
    out = [(e, "actor" if role == "participant" and id(e) in doing else role, name) for e, role, name in roles]
    if doing and trigger.pos_ == "VERB":  # "Lusk came under the control of Tarvia": Lusk was controlled
        out = [(e, "participant" if role == "actor" and id(e) not in doing else role, name) for e, role, name in out]
    act = acts_on_subject(trigger)
    if act is not None:  # "the Tarvian invasion of Lusk failed": Lusk was invaded, it did not fail
        out = _act_subject_roles(act, out, spans, states)
    seen = {id(e) for e, _, _ in out if e is not None}
    names = {name for _, role, name in out if role in ("actor", "participant")}
    struck = struck_states(trigger) | yielded_to(trigger)
    wanted = {i: "actor" for i in doers} | {i: "participant" for i in sides_taken(trigger) | beaten_sides(trigger)}
    owners = proposers(trigger)
    actors = {name for _, role, name in out if role == "actor"}
    for e, sp, name in spans:
        if id(e) in seen and sp.root.i not in owners:
            continue
        root = sp.root.i
        if root in wanted and e.label in _PARTY_KINDS and name not in names:
            out.append((e, wanted[root], name))
        elif root in owners:
            party = _state_of(e, sp, name, states) if e.label in _PARTY_KINDS else None
            if party is not None and party not in names and party not in actors:
                out.append((e, "participant", party))
        elif root in struck and e.label == "GPE" and name not in names and name not in actors:
            out.append((e, "participant", name))  # "Tarsk disintegrated due to the Lusk invasions"
        else:
            continue
        names.add(out[-1][2])
    if any(_allied(t) for t in (trigger, act) if t is not None) and "Allies" not in names:
        out.append((None, "actor", "Allies"))
    return out
