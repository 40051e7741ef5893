"""Roles under a trigger: actors, participants, places, and the thing acted on (the theme, read by :mod:`pipeline.events.themes`).

Actors are the subject's names (the ``by``-agent of a passive; conjuncts too), read by
:mod:`pipeline.events.triggers`. Participants are the other parties: the objects of the verb (and
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

from pipeline.events.tree import pobjs
from pipeline.events.names import SentenceNames, is_adjective, unique_names
from pipeline.events.subjects import PLACE_HAPPENINGS, expand_conjuncts, misparsed_main_verb, fronted_names, passive_patients, predicated_name, subject_of
from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS, is_located, means_tokens, phrase_tokens
from pipeline.events.linked_parties import (
    body_names, controlled_patients, entered_states, joined_event_parties, listed_parties, nested_opponents, patients_in, sides_served, sides_posts_and_clauses, stray_agents, support_recipients)
from pipeline.events.party_shapes import (absolute_with, counterpart_heads, force_party, governing_patients, is_origin_modifier, is_post_holders_body, is_quoted_speech,
    is_quoted_work, modified_noun, qualifying_clauses, quoted_words, territory_parties, title_tokens, untagged_names, with_compounds, proper_plural)
from pipeline.events.agreement_parties import parties_named_with
from pipeline.events.companion_parties import acted_heads, borne_on, companions
from pipeline.events.fallen_parties import recast_fall
from pipeline.events.side_roles import side_roles
from pipeline.events.joint_parties import joint_parties
from pipeline.events.peoples import dropped_parties
from pipeline.events.noun_parties import acted_on_by_happening, nominal_leaders, performing_state, shared_objects
from pipeline.events.document_dated import is_where, state_names_whose, state_of_land
from pipeline.events.origins import bracketed_life_owner, is_larger_place, is_origin
from pipeline.events.seated_bodies import seated_bodies
from pipeline.events.recast_roles import demotes_actors, is_disaster, recast_roles
from pipeline.events.non_parties import holds_no_party, is_base_name, is_company_seat, is_happening_plural, is_image_source, is_press_owner, is_thing_or_misread, untagged_no_party
from pipeline.events.coreference import Mention, Paragraphs
from pipeline.events.slot_names import slot_roles
from pipeline.events.themes import antecedent, theme_of
from pipeline.events.transfer_parties import club_heads, offer_sides
from pipeline.events.market_parties import market_subjects, market_participants, news_roles, organisations_on_bodies, state_force
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.companies import BID_WORDS
from pipeline.lexicon.sides import TARGETING_VERBS
from pipeline.lexicon.labels import ACTOR_LABELS, PLACE_LABELS
from pipeline.lexicon.type_nouns import ORG_NOUNS, PERSON_NOUNS

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


def roles_under(trigger: Any, sentence: SentenceNames, subjects: list, parties: list,
                states: list[str] = ()) -> list[tuple[object, str, str]]:
    """(entity, role, name) for every entity of the sentence with a role under ``trigger``:
    ``actor``, ``participant`` or ``place``, given the trigger's subject heads
    (:func:`pipeline.events.subjects.subject_of`) and party heads (:func:`participant_heads`).
    Adjectives take no role.

    Computed once per trigger (every date of a long list hanging from one verb shares it): linear in the sentence.
    """
    actor_tokens = phrase_tokens(expand_conjuncts(subjects)) - qualifying_clauses(expand_conjuncts(subjects))
    party = {t.i for t in parties}
    titles = title_tokens(sentence)
    fronted = {t.i for t in subjects if t.dep_ == "pobj" and t.head.head.pos_ in ("VERB", "AUX") and any(f.i == t.i for f in fronted_names(t.head.head))}
    out = []
    for e, sp, name in sentence.spans:
        if sp.root.i in titles:
            continue  # "U.S. Secretary of Defense Ash Carter": the title's names are not parties besides him
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
        state = performing_state(e, sp, trigger, states)
        if state is not None:
            out.append((e, "actor", state))  # "the Tarvian destruction of Lusk": Tarvia destroyed it
            continue
        land = state_of_land(sp, trigger) if e.label == "NORP" and is_adjective(e, sp) else None
        if land or e.label in ACTOR_LABELS and is_adjective(e, sp) or e.label in ("GPE", "LOC") and is_origin_modifier(sp):
            out += [(e, "place", land)] if land else []  # "in the Kenyan capital": where it happened
            continue  # "German officers", "the Dover excursionists": where they are from, no party
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
    subjects = market_subjects(trigger) or nominal_leaders(trigger) or subject_of(trigger) or stray_agents(trigger)
    # "purchased by its owner Tarn Broadcasting": a common noun's named apposition is who acts.
    subjects = subjects + [c for h in subjects if h.pos_ == "NOUN" for c in h.children
                           if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]
    subjects += [c for c in companions(trigger) if subjects and c.i not in {h.i for h in subjects}]  # "X, along with Y,"
    objects = object_heads(trigger)
    parties = participant_heads(trigger, objects)
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
    roles += slot_roles(subjects, parties, spans)  # "a win over the Vela Pilots": a side taken for a building
    roles = _seated_in(trigger, roles, spans, paragraphs)
    owner = bracketed_life_owner(trigger)
    if owner is not None and not any(role in ("actor", "participant") for _, role, _ in roles):
        # "Jan Orme (Tarvian: Ян Орме, born 3 May 1950)": the parser loses the bracket's link to the name.
        roles += [(e, "participant", name) for e, sp, name in spans.spans
                  if e.label == "PERSON" and sp.end - 1 == owner]
    if not any(role == "actor" for _, role, _ in roles):
        said, doc = phrase_tokens(expand_conjuncts(subjects)), trigger.doc  # not "the Iron Curtain divided"
        roles += [(None, "actor", paragraphs.names.by_text.get(name, name)) for name in untagged_names(doc, said, named)
                  if not untagged_no_party(doc, said, name, trigger)]
    have = {name for _, _, name in roles}  # "the Tarvs under Orme II invaded Lusk": names the model dropped
    roles += [(None, role, n) for role, n in dropped_parties(expand_conjuncts(subjects), parties, named,
                                                              paragraphs.names.by_text) if n not in have]
    roles = recast_roles(trigger, roles, spans_of)  # a price move, a disaster, a receiving: no actor by grammar
    roles = recast_fall(trigger, roles, spans.spans)  # "Orm fell to the Tarvians under Jan Orme": they took it
    roles = side_roles(trigger, roles, spans.spans, paragraphs.states)  # a war's sides act; a realm founded, a proposal's counterpart take part
    resolved: list[str] = [theme] if thing_at is not None else []
    # Resolved names by role, each with the words it was written as (the pronoun, "the two countries").
    extra: dict[str, list[tuple[str, str]]] = {"actor": [], "participant": []}
    # A pronoun object never stands for its own verb's subject (that would be "themselves").
    own_subjects = {name for _, role, name in roles if role == "actor"}
    for role, heads in (("actor", subjects + _owners_represented(subjects)), ("participant", parties)):
        for head in heads:
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
