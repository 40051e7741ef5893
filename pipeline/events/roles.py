"""Roles under a trigger: actors, participants, places, and the thing acted on (the theme, read by :mod:`pipeline.events.themes`).

Actors are the subject's names (the ``by``-agent of a passive; conjuncts too), read by
:mod:`pipeline.events.triggers`. Participants are the other parties (their heads read by
:mod:`pipeline.events.party_heads`): the objects of the verb (and
the patient of a passive), the objects of ``with``, ``between``, ``against``, ``on`` — and of
``to``/``from``/``into`` when something is handed over, else those are where someone went — and the
parties of the thing acted on ("an agreement with Hitler", "the territory of Poland", "Stalin's
program"). The theme is that thing when it is not a party: a name where the sentence has one
("Treaty of Tordesillas", "German–Soviet Border and Commercial Agreement"), else its head noun
("armistice"). A nationality used as an adjective ("German officers") takes no role, except before a
force, which stands for its state ("Swedish troops": Sweden; :mod:`pipeline.events.party_shapes`).
Where the subject or the thing is a pronoun or a collective phrase, :mod:`pipeline.events.coreference`
says whom or what it stands for, and :func:`trigger_roles` reports those names as resolved.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.party_heads import object_heads, participant_heads
from pipeline.events.by_agents import lost_agent_names
from pipeline.events.listed_subjects import listed_before, listed_peoples
from pipeline.events.hyphen_backers import backer_tokens, is_backer_modifier
from pipeline.events.regnal_subjects import regnal_actors
from pipeline.events.leader_governments import leader_governments
from pipeline.events.alternative_names import drop_alternatives
from pipeline.events.names import unique_names
from pipeline.events.sentence_names import SentenceNames, is_adjective
from pipeline.events.subjects import expand_conjuncts, fronted_names, subject_of
from pipeline.events.triggers import is_located
from pipeline.events.party_phrases import phrase_tokens
from pipeline.events.linked_parties import stray_agents
from pipeline.events.party_shapes import (force_party, is_origin_modifier, is_post_holders_body, is_quoted_work,
    modified_noun, qualifying_clauses, quoted_words, territory_parties, title_tokens, untagged_names, with_compounds,
    proper_plural)
from pipeline.events.agreement_parties import parties_named_with
from pipeline.events.co_possessors import shared_possessors
from pipeline.events.companion_parties import companions
from pipeline.events.fallen_parties import recast_fall
from pipeline.events.side_roles import side_roles
from pipeline.events.office_realms import office_owner_words, office_realms
from pipeline.events.invaded_realms import invaded_realms
from pipeline.events.joint_parties import joint_parties
from pipeline.events.peoples import dropped_parties
from pipeline.events.noun_parties import nominal_leaders, performing_state
from pipeline.events.document_dated import is_where, state_names_whose, state_of_land
from pipeline.events.origins import bracketed_life_owner, is_larger_place, is_origin
from pipeline.events.seated_bodies import seated_bodies
from pipeline.events.journey_places import is_journey_place
from pipeline.events.speaker_bodies import spokesman_bodies
from pipeline.events.issuer_states import issuing_state
from pipeline.events.bracketed_members import bracketed_members
from pipeline.events.family_parties import is_family_surname
from pipeline.events.placed_bodies import is_person_as_place, is_place_body
from pipeline.events.predicate_subjects import predicate_subjects
from pipeline.events.recast_roles import demotes_actors, is_disaster, recast_roles
from pipeline.events.non_parties import (is_base_name, is_company_seat, is_happening_plural, is_press_owner,
    is_thing_or_misread, untagged_no_party)
from pipeline.events.coreference import Paragraphs
from pipeline.events.recent_mentions import Mention
from pipeline.events.slot_names import slot_roles
from pipeline.events.numeral_subjects import numeral_named_tokens
from pipeline.events.titled_subjects import titled_subjects
from pipeline.events.membership_bodies import membership_bodies
from pipeline.events.behalf_parties import behalf_heads
from pipeline.events.ordered_agents import fellow_patients, ordering_agents
from pipeline.events.listed_happenings import listed_receivers, listing_subjects
from pipeline.events.swallowed_patients import swallowed_patients
from pipeline.events.addressed_parties import addressed_heads
from pipeline.events.regnal_conjuncts import regnal_conjuncts
from pipeline.events.listed_members import member_heads
from pipeline.events.object_appositions import apposed_persons
from pipeline.events.own_changes import is_own_change_holder
from pipeline.events.themes import theme_of
from pipeline.events.object_parties import object_roles
from pipeline.events.market_parties import market_subjects, news_roles, state_force
from pipeline.lexicon.labels import ACTOR_LABELS, PLACE_LABELS
from pipeline.lexicon.type_nouns import ORG_NOUNS


def roles_under(trigger: Any, sentence: SentenceNames, subjects: list, parties: list,
                states: list[str] = ()) -> list[tuple[object, str, str]]:
    """(entity, role, name) for every entity of the sentence with a role under ``trigger``:
    ``actor``, ``participant`` or ``place``, given the trigger's subject heads
    (:func:`pipeline.events.subjects.subject_of`) and party heads (:func:`participant_heads`).
    Adjectives take no role.

    Computed once per trigger (every date of a long list hanging from one verb shares it): linear in the sentence.
    """
    actor_tokens = phrase_tokens(expand_conjuncts(subjects)) - qualifying_clauses(expand_conjuncts(subjects))
    actor_tokens |= numeral_named_tokens(subjects, sentence)  # "Pope Leo I died": not the pronoun "I"
    party = {t.i for t in parties}
    titles = title_tokens(sentence)
    fronted = {t.i for t in subjects if t.dep_ == "pobj" and t.head.head.pos_ in ("VERB", "AUX") and any(f.i == t.i for f in fronted_names(t.head.head))}
    out = []
    for e, sp, name in sentence.spans:
        if sp.root.i in titles:
            continue  # "U.S. Secretary of Defense Ash Carter": the title's names are not parties besides him
        if is_person_as_place(e.label, sp) or is_family_surname(sp) or is_backer_modifier(sp):
            continue  # "the investigation in Lusk" with Lusk tagged a person: where; "the Orme family": the kin
        if is_place_body(e.label, sp, subjects):
            out.append((e, "actor", name))  # "police in Vell raided": Vell's police
            continue
        if e.label in ACTOR_LABELS and (is_quoted_work(sp) or is_thing_or_misread(e.label, sp, name, trigger)):
            continue  # "Lusk Village Mall opened", "the Washington Treaty created", "the Boeing crashed", "Kidnappers seized"
        if is_company_seat(sp) or is_base_name(sp) or (e.label in ("GPE", "NORP") and is_press_owner(sp)):
            continue  # "Tarn Foods Inc. of Dayton", "the Lusk-based rebels": where they are based, no party
        force = force_party(e, sp, list(states)) if e.label in ("NORP", "ORG", "PERSON") else state_force(sp, name) if e.label == "GPE" else None
        if force is not None:
            # The force's noun is the subject or a party: the state (or group) it belongs to is.
            held = modified_noun(sp.root).i
            if held in actor_tokens or held == trigger.i:  # "the Tarvian occupation of Lusk": Tarvia occupied it
                out.append((e, "actor", force))
            elif held in party:
                out.append((e, "participant", force))
            continue
        state = performing_state(e, sp, trigger, states) or issuing_state(e, sp, trigger, states)
        if state is not None:
            out.append((e, "actor", state))  # "the Tarvian destruction of Lusk": Tarvia destroyed it
            continue
        land = state_of_land(sp, trigger) if e.label == "NORP" and is_adjective(e, sp) else None
        if land or e.label in ACTOR_LABELS and is_adjective(e, sp) or e.label in ("GPE", "LOC") and is_origin_modifier(sp):
            out += [(e, "place", land)] if land else []  # "in the Kenyan capital": where it happened
            continue  # "German officers", "the Dover excursionists": where they are from, no party
        if is_journey_place(e.label, sp, name, trigger):
            out.append((e, "place", name))  # "the army entered Lusk", "driven to Vell": where, no party
            continue
        # "Tom Green of Ottawa played", "(born 1912 in Bristol, Quebec)": where someone is from acts not.
        origin = (e.label in PLACE_LABELS and is_origin(sp)) or is_post_holders_body(sp) or is_larger_place(sp)
        origin = origin and sp.root.i not in fronted  # "In 1805 Tarvia, along with Lusk, attacked": no origin
        if e.label in ACTOR_LABELS and not origin and sp.root.i in actor_tokens and all(  # 'Peter the Great',
                t.i in actor_tokens or t.is_punct or t.i in quoted_words(sp) or  # 'William "Buckshot" May'
                (t.dep_ == "det" and sp.start <= t.head.i < sp.end) for t in sp):
            out.append((e, "actor", name))
        elif e.label in ACTOR_LABELS and not origin and any(t.i in party for t in sp):
            out.append((e, "participant", name))
        elif e.label in PLACE_LABELS and is_where(sp, trigger) and not state_names_whose(sp):
            out.append((e, "place", name))  # "bombs at the U.S. embassies": whose, not where
        elif e.label == "ORG" and is_located(sp.root, trigger) and \
                any(w.lower() in ORG_NOUNS for w in e.text.split()):
            # "asked at the German Foreign Office": an institution is no place. (The model's ORG on a
            # place name, "at Boyacá", has no institution's word in it and stays out.)
            out.append((e, "participant", name))
    return out


def sentence_spans(found: SentenceNames, s_start: int, s_end: int) -> SentenceNames:
    """The names of a paragraph that lie in one sentence (clean offsets ``s_start``–``s_end``)."""
    return SentenceNames([(e, sp, n) for e, sp, n in found.spans if s_start <= e.start and e.end <= s_end])


def trigger_roles(trigger: Any, spans: SentenceNames, mentions: list[Mention], paragraphs: Paragraphs, offset: int,
                  pair: tuple[str, str] | None) -> tuple[list, str | None, dict[str, list[str]], list[str]]:
    """Everything about a trigger's roles, computed once per trigger: the named roles, the theme,
    the names resolved from pronouns and collective phrases by role, and every resolved name."""
    # "given the freedom of the city by the Council"; "a coup led by General Orme": the leader acts
    subjects = market_subjects(trigger) or nominal_leaders(trigger) or subject_of(trigger) or stray_agents(trigger) or \
        shared_possessors(trigger) or ordering_agents(trigger) or listing_subjects(trigger)  # "made changes, including adoption"
    subjects = predicate_subjects(trigger, subjects)  # "Orme was the first European to reach Vell": Orme
    subjects = titled_subjects(subjects)  # "Jogaila, Grand Duke of Lithuania, ruled": Jogaila
    subjects = subjects + listed_before(subjects)  # "BC the Tarvians, Lusks and Ormans established": all three
    subjects = subjects + spokesman_bodies(subjects)  # "an official from the organization said": the organization
    # "purchased by its owner Tarn Broadcasting": a common noun's named apposition is who acts.
    subjects = subjects + [c for h in subjects if h.pos_ == "NOUN" for c in h.children
                           if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]
    subjects += [c for c in companions(trigger) if subjects and c.i not in {h.i for h in subjects}]  # "X, along with Y,"
    objects = object_heads(trigger)
    parties = participant_heads(trigger, objects) + membership_bodies(trigger)  # "granted membership in the Academy"
    parties += behalf_heads(trigger) + office_owner_words(trigger) + fellow_patients(trigger)  # "at the request of Empress Genvell"; "its governor"; "along with his brother, Jan"
    parties += [h for s in subjects if s.pos_ == "NOUN" for h in behalf_heads(s)]  # "the junta — under the orders of Jan Orm —"
    parties += listed_receivers(trigger) + addressed_heads(trigger)  # "received accolades, including being named …": he; "in his address to Congress"
    parties += member_heads(parties) + apposed_persons(trigger, objects)  # "teachers such as …"; "the suspect, Jan Orm,"
    parties = [h for h in parties if not is_own_change_holder(h, trigger)]  # "rose with the rise of Nippur": not Nippur
    theme, thing_at, theme_tokens = theme_of(trigger, spans, paragraphs, offset, subjects)
    spans_of = {id(e): sp for e, sp, _ in spans.spans}
    roles = [(e, role, name) for e, role, name in roles_under(trigger, spans, subjects, parties, paragraphs.states)
             if not (role == "participant" and all(t.i in theme_tokens for t in spans_of[id(e)]))
             and name not in paragraphs.works]  # "their album, A Quiet Storm,": a thing, no party
    named = {t.i for _, sp, _ in spans.spans for t in sp}
    # A plural proper noun the model left untagged is a people or a group ("with the Allies", tagged NNS or NNPS).
    roles += [(None, "participant", with_compounds(h)) for h in parties
              if proper_plural(h) and h.i not in named and h.i != h.sent.start and not is_happening_plural(h, trigger)]
    roles += [(None, "participant", n) for n in territory_parties(objects, spans, paragraphs.states)]
    if not any(r == "participant" and n in paragraphs.states for _, r, n in roles):  # "X–Y pact between A and B"
        named_now = {name for _, _, name in roles}  # "Tarvian–Lusk talks", "a Tarvian–Lusk pact was signed": both
        roles += [(None, "actor", n) for n in joint_parties(trigger, paragraphs.states) if n not in named_now]
    roles += bracketed_members(parties, spans.spans)  # "with the ambassadors (Cal Orme, ... and Paul Lusk)"
    roles += swallowed_patients(trigger, spans.spans, paragraphs.names.by_text)  # "the Christianization of the Kingdom of Lusk"
    roles += regnal_conjuncts(roles, spans.spans)  # "Orm IV and Vell II were defeated": Vell II, untagged, too
    roles += slot_roles(subjects, parties, spans)  # "a win over the Vela Pilots": a side taken for a building
    roles = _seated_in(trigger, roles, spans, paragraphs)
    owner = bracketed_life_owner(trigger)
    if owner is not None and not any(role in ("actor", "participant") for _, role, _ in roles):
        # "Jan Orme (Tarvian: Ян Орме, born 3 May 1950)": the parser loses the bracket's link to the name.
        roles += [(e, "participant", name) for e, sp, name in spans.spans
                  if e.label == "PERSON" and sp.end - 1 == owner]
    if not any(role == "actor" for _, role, _ in roles):
        said, doc = phrase_tokens(expand_conjuncts(subjects)), trigger.doc  # not "the Iron Curtain divided"
        said -= backer_tokens(doc, said)  # "the Lusk-funded Orm Front": Lusk paid, did not act
        roles += [(None, "actor", paragraphs.names.by_text.get(name, name)) for name in untagged_names(doc, said, named)
                  if not untagged_no_party(doc, said, name, trigger)]
    roles += regnal_actors(subjects, spans) if not any(role == "actor" for _, role, _ in roles) else []  # "Otto I became"
    if not any(role == "actor" for _, role, _ in roles):  # "founded by the prophet Orm": a name the entities lost
        roles += [(None, "actor", n) for n in lost_agent_names(subjects, spans, paragraphs.names.by_text, paragraphs.states)]
    have = {name for _, _, name in roles}  # "the Tarvs under Orme II invaded Lusk": names the model dropped
    roles += [(None, role, n) for role, n in dropped_parties(expand_conjuncts(subjects), parties, named,
                                                              paragraphs.names.by_text) if n not in have]
    have = {name for _, _, name in roles}  # "the Greeks, Lusks and Romans founded": peoples the model lost
    roles += [(None, "actor", n) for n in listed_peoples(subjects, spans, paragraphs.states, paragraphs.names.by_text) if n not in have]
    roles = drop_alternatives(roles, spans_of)  # "The Lombards, Longobards or Langobards": one party
    roles = leader_governments(roles, spans_of, paragraphs.rulers.rulers, paragraphs.states)  # "the Castro government": Cuba, never Castro
    roles = object_roles(trigger, roles, paragraphs, theme_tokens)  # "The Orm Story is a film", "starring Lusk": defined_things
    roles = recast_roles(trigger, roles, spans_of)  # a price move, a disaster, a receiving: no actor by grammar
    roles = recast_fall(trigger, roles, spans.spans)  # "Orm fell to the Tarvians under Jan Orme": they took it
    roles = side_roles(trigger, roles, spans.spans, paragraphs.states)  # a war's sides act; a realm founded, a proposal's counterpart take part
    roles = office_realms(trigger, roles, spans, paragraphs.names.by_text)  # "was King of Tarvia from 1515": Tarvia
    roles = invaded_realms(trigger, roles, spans)  # "The Orm Empire ruled …, up until the Vell invasion": invaded
    resolved: list[str] = [theme] if thing_at is not None else []
    # Resolved names by role, each with the words it was written as (the pronoun, "the two countries").
    extra: dict[str, list[tuple[str, str]]] = {"actor": [], "participant": []}
    # A pronoun object never stands for its own verb's subject (that would be "themselves").
    own_subjects = {name for _, role, name in roles if role == "actor"}
    for role, heads in (("actor", subjects + _owners_represented(subjects)), ("participant", parties)):
        for head in heads:
            if role == "participant" and head.pos_ == "PRON" and head.i in theme_tokens:
                continue  # "It was written in …" where "it" is the article's text: the theme (made_themes)
            for h in [head, *head.conjuncts] if role == "actor" else [head]:
                for name in paragraphs.resolve(h, mentions, pair, offset, named):
                    if role == "participant" and h.pos_ == "PRON" and name in own_subjects:
                        continue  # "they carried the bombs before detonating them": not themselves
                    extra[role].append((name, _written(h)))
                    resolved.append(name)
                if role == "actor":
                    own_subjects.update(extra["actor"][i][0] for i in range(len(extra["actor"])))
    if extra["actor"] and demotes_actors(trigger):
        # "It received a loan from Orme Bank": the pronoun's party was given something, it did not act.
        extra["participant"] += [] if is_disaster(trigger) else extra["actor"]
        extra["actor"] = []
    if is_disaster(trigger):  # "Ohio suffered its worst flood": "its" is the place struck, no party
        extra["participant"] = [x for x in extra["participant"] if x[0] not in {n for _, r, n in roles if r == "place"}]
    stated = any(role in ("actor", "participant") for _, role, _ in roles) or extra["actor"]
    if thing_at is not None and thing_at >= offset and not stated:
        # "it was signed": by the parties the agreement was named with.
        for name in parties_named_with(trigger.doc, thing_at - offset, mentions):
            extra["participant"].append((name, name))
            resolved.append(name)
    return news_roles(trigger, roles, extra, subjects, spans.spans, paragraphs.states, paragraphs.names), theme, extra, unique_names(resolved)


def _seated_in(trigger: Any, roles: list, spans: SentenceNames, paragraphs: Paragraphs) -> list:
    """The roles with every body ``trigger`` elects or appoints someone to as a participant, never a
    place: the model's entity where it covers the body's noun, else the words as written ("the Tarsk
    legislature"); a name compounded on the body is no party besides it."""
    for start, end in seated_bodies(trigger):
        inside = [(e, sp, name) for e, sp, name in spans.spans if start <= sp.root.i < end]
        covering = [(e, name) for e, sp, name in inside if sp.start <= end - 1 < sp.end]
        gone = {id(e) for e, _, _ in inside}
        roles = [r for r in roles if r[0] is None or id(r[0]) not in gone]
        # The model's entity, unless it cuts off a capitalised word of the body's name ("States Congress"
        # of "the Twenty-fourth United States Congress": a fragment; "newly formed Supreme Council": whole).
        covering = [(e, name) for e, name in covering if not any(
            t.text[:1].isupper() and t.i != t.sent.start for t in trigger.doc[start:_start_of(spans, e)])]
        if covering:
            roles.append((covering[0][0], "participant", covering[0][1]))
        else:
            text = trigger.doc[start:end].text
            roles.append((None, "participant", paragraphs.names.by_text.get(text, text)))
    return roles


# Nouns of those who act for someone: "his office responded", "her lawyers appealed" are his or her acts.
_REPRESENTING = {"office", "campaign", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "lawyer", "lawyers",
                 "attorney", "attorneys", "counsel", "aide", "aides", "staff", "administration", "government",
                 "representative", "representatives", "envoy", "envoys", "board", "directors", "management"}


def _owners_represented(subjects: list) -> list:
    """The possessive pronoun of a subject that acts for its owner ("his office responded", "their
    lawyers appealed"): resolved like a pronoun subject, the owner acts."""
    return [c for h in subjects if h.pos_ == "NOUN" and h.lower_ in _REPRESENTING
            for c in h.children if c.dep_ == "poss" and c.pos_ == "PRON"]


def _start_of(spans: SentenceNames, entity: Any) -> int:
    """The first token of an entity's span in the sentence."""
    return next(sp.start for e, sp, _ in spans.spans if e is entity)


def _written(head: Any) -> str:
    """The words a resolved head was written as: "they", "the two countries"."""
    if head.pos_ == "PRON":
        return head.text
    tokens = [t for t in head.subtree if t.i <= head.i]
    return head.doc[tokens[0].i:head.i + 1].text if tokens else head.text
