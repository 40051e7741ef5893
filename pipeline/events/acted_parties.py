"""Named parties a happening is done to, with or against that the general rules leave as a theme or drop
(issue "who did it", part 1: every named party; the sentences below are invented).

Two hooks. :func:`acted_heads` gives :func:`pipeline.events.party_heads.participant_heads` more heads, which
the general rules then read as names or resolve as pronouns and collectives:

- the people a ruler rules "as kings of the Lusks", the party of a standing acted on ("acknowledged the
  independence of the Thirteen Provinces"), a collective owning a force ("a withdrawal of troops of both
  nations") or a tie ("the two countries' economic relationship dwindled");
- in news, the sides of a bid (:func:`pipeline.events.bidder_parties.offer_parties`);
- a person a participle joins to a party ("the ambassadors (Tom Seeds, assisted by Will Strang, …)").

:func:`acted_roles` mends the roles afterwards (called from :func:`pipeline.events.side_roles.side_roles`):

- a name the model left untagged (or tagged as an event, "the Thirteen Colonies") that is what the verb
  acts on ("Ethnic Lusks were persecuted", "quit Orm Inc.", "governed Crete, Orm, …") takes part;
- a body whose members are acted on ("members of the Red League were tried") takes part;
- the parties of ties ("Relations between Tarvia and Lusk improved") take part, they do not act;
- the other state a dashed agreement's name gives ("denounced the Tarvian-Lusk Pact") takes part;
- a town acted on by its noun ("captured the town of Orm") is where, never a party.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.agreement_parties import COMBINING_FORMS
from pipeline.events.bidder_parties import offer_parties
from pipeline.events.coreference import is_collective
from pipeline.events.demonyms import state_of_word
from pipeline.events.enacting_agents import enacting_agents
from pipeline.events.event_nouns import names_a_happening
from pipeline.events.non_party_names import untagged_no_party
from pipeline.events.outer_parties import outer_heads, outer_roles
from pipeline.events.party_shapes import is_post_holders_body
from pipeline.events.tree import of_objects, pobjs
from pipeline.events.untagged_names import untagged_names
from pipeline.lexicon.acted_on import (
    ACCOMPANYING_PARTICIPLES, BODY_PEOPLE_NOUNS, MORE_HAPPENING_HEADS, PLACE_OF_NOUNS, RELATION_NOUNS,
    RESISTING_NOUNS, RULER_NOUNS, STANDING_OF_NOUNS,
)
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.companies import MARKET_INDEX_HEADS
from pipeline.lexicon.happenings import NAMED_HAPPENING_HEADS
from pipeline.lexicon.non_party_names import HAPPENING_NAME_HEADS
from pipeline.lexicon.nominal_roles import GROUP_OF_PEOPLE_ADJECTIVES

_PATIENT_DEPS = ("dobj", "nsubjpass")
_HAPPENING_HEADS = NAMED_HAPPENING_HEADS | HAPPENING_NAME_HEADS | MORE_HAPPENING_HEADS


def _patients(trigger: Any) -> list:
    """What a verb acts on, as the parser gives it: direct object and passive subject."""
    return [c for c in trigger.children if c.dep_ in _PATIENT_DEPS]


def acted_heads(trigger: Any, objects: list) -> list:
    """More party heads of ``trigger`` (its objects given): see the module's docstring."""
    heads: list = []
    if trigger.pos_ in ("VERB", "AUX"):
        # "ruled as kings of the Lusks"
        heads += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as" for r in pobjs(c)
                  if r.lower_ in RULER_NOUNS for g in of_objects(r)]
    for o in objects:
        if o.lower_ in STANDING_OF_NOUNS:
            heads += of_objects(o)  # "acknowledged the independence of the Thirteen Provinces"
        # "requested a withdrawal of troops of both nations": the collective the force belongs to
        heads += [g for f in of_objects(o) for g in of_objects(f) if is_collective(g) and _plain_pair(trigger, g)]
    subjects = [c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in RELATION_NOUNS]
    heads += [c for s in subjects for c in s.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    # "talks with the new ambassadors (Tom Seeds, assisted by Will Strang, …)": on a party or a party's noun
    held = objects + heads + [g for h in (trigger, *objects) for p in h.children if p.dep_ == "prep" for g in pobjs(p)]
    heads += offer_parties(trigger) + _companions(held) + outer_heads(trigger, objects)  # outer_parties
    return heads


def _plain_pair(trigger: Any, collective: Any) -> bool:
    """Whether "both nations" after ``trigger`` plainly means the last pair named together before it, one
    of which is the trigger's subject ("Tarvia and Lusk fought … Lusk requested a withdrawal of troops of
    both nations"); a subject outside that pair ("Germany and the Soviet Union … Finland requested") leaves
    the pair in doubt."""
    subjects = {t.text for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree if t.pos_ == "PROPN"}
    for ent in reversed([e for e in collective.doc.ents if e.end <= trigger.sent.start or e.end <= trigger.i]):
        group = [c for c in ent.root.conjuncts if c.ent_type_]
        if group and ent.label_ in ("GPE", "NORP", "ORG", "PERSON"):
            words = {t.text for t in ent} | {t.text for c in group for t in c.subtree}
            return bool(subjects) and subjects <= words
    return False


def _companions(heads: list) -> list:
    """The agents of an accompanying participle on a party ("Tom Seeds, assisted by Will Strang")."""
    return [g for h in heads for a in h.children if a.dep_ == "acl" and a.lower_ in ACCOMPANYING_PARTICIPLES
            for ag in a.children if ag.dep_ == "agent" for g in pobjs(ag) if g.ent_type_ == "PERSON"]


def acted_roles(trigger: Any, roles: list, spans: list, states: list[str] = ()) -> list:
    """``roles`` (entity, role, name) mended as the module's docstring says; ``spans`` are the
    sentence's (entity, span, name) triples, ``states`` the document's states."""
    roles = _relation_parties(trigger, roles, spans)
    roles = _towns_are_places(trigger, roles, spans)
    roles = enacting_agents(trigger, roles, spans)  # "ratified by the Reichstag", the model's PRODUCT
    have = {name for _, role, name in roles if role in ("actor", "participant")}
    added = _member_bodies(trigger, spans) + _untagged_patients(trigger, spans) + _pact_partners(trigger, states, roles) + \
        _with_names_in_things(trigger, spans) + outer_roles(trigger, spans, {t.i for _, sp, _ in spans for t in sp})
    for entity, name in added:
        if not any(name == h or f" {name}" in f" {h}" for h in have):  # "Bombardment Wing" of "45th Bombardment Wing"
            roles.append((entity, "participant", name))
            have.add(name)
    # "ethnic Orms" read off the words says more than the bare "Orms" a pronoun gave
    fuller = {name.split(" ", 1)[1] for _, name in added if name.split(" ", 1)[0].lower() in GROUP_OF_PEOPLE_ADJECTIVES}
    return [r for r in roles if not (r[0] is None and r[1] == "participant" and r[2] in fuller)]


def _relation_parties(trigger: Any, roles: list, spans: list) -> list:
    """"Relations between Tarvia and Lusk improved": the parties of the ties the subject names take part."""
    ties = [c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in RELATION_NOUNS]
    if not ties or any(c.dep_ == "dobj" for c in trigger.children):  # "the alliance of A and B defeated Orm": it acts
        return roles
    inside = {t.i for s in ties for p in s.children if p.dep_ == "prep" and p.lower_ in ("between", "with", "among")
              for t in p.subtree}
    roots = {id(e): sp.root.i for e, sp, _ in spans}
    return [(e, "participant" if role == "actor" and e is not None and roots.get(id(e)) in inside else role, name)
            for e, role, name in roles]


def _towns_are_places(trigger: Any, roles: list, spans: list) -> list:
    """"captured the town of Orm": a name "of" a settlement's noun the verb acts on is where, no party."""
    towns = {g.i for o in _patients(trigger) if o.lower_ in PLACE_OF_NOUNS for g in of_objects(o)}
    if not towns:
        return roles
    roots = {id(e): (sp.root.i, e.label) for e, sp, _ in spans}
    out = []
    for e, role, name in roles:
        root, label = roots.get(id(e), (None, None))
        if role == "participant" and root in towns and label in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
            role = "place"
        out.append((e, role, name))
    return out


def _member_bodies(trigger: Any, spans: list) -> list[tuple[Any, str]]:
    """"Many members of the Red League were tried": the body whose people the verb acts on."""
    out = []
    for e, sp, name in spans:
        root = sp.root
        if e.label not in ("ORG", "NORP") or root.dep_ != "pobj" or root.head.lower_ != "of":
            continue
        noun = root.head.head
        if noun.lower_ in BODY_PEOPLE_NOUNS and noun.head.i == trigger.i and noun.dep_ in _PATIENT_DEPS and \
                is_post_holders_body(sp):
            out.append((e, name))
    return out


def _untagged_patients(trigger: Any, spans: list) -> list[tuple[Any, str]]:
    """Names the verb acts on that the model left untagged ("Ethnic Lusks were persecuted", "quit Orm
    Inc.", "governed Crete, Orm, …"), or tagged as an event though a plural proper name ("acknowledged the
    independence of the Thirteen Colonies"): with :func:`untagged_names`' refusals."""
    if trigger.pos_ != "VERB":
        return []
    doc = trigger.doc
    patients = _patients(trigger)
    # "a population of ethnic Orms, who were persecuted": the relative pronoun's antecedent is acted on
    patients = [trigger.head if p.lower_ in ("who", "whom") and trigger.dep_ == "relcl" else p for p in patients]
    patients += [g for o in patients if o.lower_ in STANDING_OF_NOUNS for g in of_objects(o)]
    patients += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as" for r in pobjs(c)
                 if r.lower_ in RULER_NOUNS for g in of_objects(r)]
    patients += [c for p in patients for c in p.conjuncts if c.i > p.i]
    named = {t.i for _, sp, _ in spans for t in sp}
    out: list[tuple[Any, str]] = []
    for head in patients:
        # a capitalised plural the model took for a common noun is a people's name ("ethnic Lusks")
        proper = head.pos_ == "PROPN" or (head.tag_ == "NNS" and head.text[:1].isupper() and head.i != head.sent.start)
        if not proper or head.i == head.sent.start and head.tag_ != "NNPS":
            continue
        if names_a_happening(head) or head.lower_ in _HAPPENING_HEADS:
            continue  # "joined the Easter Rising": a happening, no party
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in head.children):
            continue  # "received the Order of Vell": the name goes on past "of", its head alone is a fragment
        if head.i in named:
            out += [(e, _bare(sp)) for e, sp, _ in spans if e.label == "EVENT" and sp.root.i == head.i
                    and head.tag_ == "NNPS" and not any(t.lower_ in DOCUMENT_WORDS for t in sp)]
            continue
        tokens = {t.i for t in head.subtree if t.dep_ in ("compound", "amod", "det", "nummod") or t.i == head.i}
        tokens = {i for i in tokens if i <= head.i}
        for name in untagged_names(doc, tokens, named):
            if untagged_no_party(doc, tokens, name, trigger) or not any(ch.islower() for ch in name) or \
                    name.split()[-1].lower() in MARKET_INDEX_HEADS:  # "hurt the Nasdaq 100 Index": a market's figure
                continue  # (and "A.D.", "USSR" untagged: an abbreviation the rules cannot tell from a date or a code)
            first = doc[min(tokens)]
            adjective = first.lower_ in GROUP_OF_PEOPLE_ADJECTIVES and first.i + 1 < len(doc) and \
                doc[first.i + 1].text == name.split()[0]
            out.append((None, f"{first.text} {name}" if adjective else name))
    return out


# Labels of a named thing the model may stretch over a person after it ("the Nobel Prize … with Gunnar Myrdal").
_THING_LABELS = ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT")


def _with_names_in_things(trigger: Any, spans: list) -> list[tuple[Any, str]]:
    """"shared the 1974 Nobel Prize in Economics with Gunnar Myrdal", tagged as one work: the person after
    "with" on what the verb acts on (two or more capitalised words) is the one it was shared with."""
    if trigger.pos_ != "VERB":
        return []
    things = {t.i for e, sp, _ in spans if e.label in _THING_LABELS for t in sp}
    out = []
    for holder in (trigger, *_patients(trigger)):
        for g in (g for p in holder.children if p.dep_ == "prep" and p.lower_ == "with" and p.i in things
                  for g in pobjs(p)):
            words = [c for c in g.children if c.dep_ == "compound" and c.i < g.i] + [g]
            name = trigger.doc[words[0].i:g.i + 1]
            if g.pos_ == "PROPN" and len(name) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                                             and any(ch.islower() for ch in t.text) for t in name):
                out.append((None, name.text))
    return out


def _bare(span: Any) -> str:
    return span[1:].text if span[0].lower_ == "the" else span.text


def _pact_partners(trigger: Any, states: list[str], roles: list) -> list[tuple[Any, str]]:
    """"Tarvia denounced the 1932 Tarvian-Lusk Pact": the other state a dashed agreement's name gives, where
    one of its two states acts on it. Not where neither acts ("the pact was signed", whose parties
    :mod:`pipeline.events.agreement_parties` infers; "the pact was violated by bandits")."""
    actors = {name for _, role, name in roles if role == "actor"}
    if trigger.pos_ != "VERB" or not states or not actors:
        return []
    out = []
    for o in _patients(trigger):
        if o.lower_ not in DOCUMENT_WORDS:
            continue
        before = o.doc[o.left_edge.i:o.i].text
        for first, second in _DASHED_PAIR.findall(before):
            found = [_state_of_part(part, states) for part in (first, second)]
            if all(found) and found[0] != found[1] and actors & set(found):
                out += [(None, s) for s in found if s not in actors]
                break
    return out


# Two capitalised words joined by a dash ("Tarvian-Lusk", "Anglo–Tarvian"): a pair of parties' words.
_DASHED_PAIR = re.compile(r"\b([A-Z][a-z]+)\s?[-–]\s?([A-Z][a-z]+)\b")


def _state_of_part(part: str, states: list[str]) -> str | None:
    """The document's state a dashed name's word gives: a combining form, the state's own name or its people's word."""
    return COMBINING_FORMS.get(part.lower()) or (part if part in states else state_of_word(part, list(states)))
