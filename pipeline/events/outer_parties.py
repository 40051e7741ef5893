"""Named parties of a happening that the sentence ties to it outside the verb's own objects (issue 31,
"who did it": every named object, opponent, recipient and co-signatory; the sentences are invented).

:func:`outer_heads` gives :func:`pipeline.events.acted_parties.acted_heads` more party heads, which the
general rules then read as names (so a place, a date or a thing among them still takes no party role):

- a co-victim named in apposition to a conjunct ("Karl Orm and his wife, Sophie Vell, were killed");
- the agent of the happening a cause phrase names ("the empire collapsed due to an invasion by the
  Sultanate of Orm", "because of Lusk's blockade");
- the group a targeting participle aims at ("mass arrests targeting Soviet Germans");
- the opponent the parser hangs under the support verb of a happening noun ("conducted operations among
  diaspora nationalities against Poles": the operation's);
- the body or state a joining noun goes into ("its incorporation into the Orm Free Trade Agreement");
- the sides of what one takes part in ("took part in the Orm Treaties with France and Belgium");
- the members an "including" names in a party's group ("an offer from an investor group including
  large holder Lusk Vell");
- the other side of the talks a journey is for ("left Tuesday for consultations with Jan Vell");
- the body a common noun names in apposition ("sold shares to its parent, Lawrence Group Inc.");
- the defier a hostile act that names no side answers ("After Serbia rejected the ultimatum, Austria
  declared war").

:func:`outer_roles` adds names no head reaches (called from :func:`pipeline.events.acted_parties.acted_roles`):

- the ruler a happening took place under ("restored imperial rule in 1868 under Emperor Orm"), the
  model's person or a title before a proper name it left untagged;
- the state whose nationality word qualifies a demand the verb meets ("acceded to the Soviet demands",
  "rejected the Lusk ultimatum").

Precision before recall: each shape asks a named entity or a proper name in a fixed position; a common
noun ("due to an invasion by the army") names no party and the general rules drop it.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import state_of_demonym
from pipeline.events.meeting_parties import MEETING_WORDS
from pipeline.events.tree import pobjs
from pipeline.events.sponsor_parties import sponsor_heads
from pipeline.lexicon.outer_parties import (
    CAUSE_WORDS, COMPLYING_STEMS, DEFYING_STEMS, DEMAND_NOUNS, GOVERNING_NOUNS, HOSTILE_STEMS, JOINING_NOUNS,
    PARTICIPATING_VERBS, RULE_NOUNS, SIDE_PREPOSITIONS, SUPPORT_VERBS,
)
from pipeline.lexicon.person_titles import REGNAL_TITLES
from pipeline.lexicon.sides import TARGETING_VERBS
from pipeline.lexicon.type_nouns import PERSON_NOUNS, RELATIONAL_NOUNS
from pipeline.stories.party_names import country_name

_PARTY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# Prepositions by which a verb reaches its other side ("to its parent", "with its rival", "from its owner").
_REACHING = ("to", "with", "from", "against", "by")


def outer_heads(trigger: Any, objects: list) -> list:
    """More party heads of ``trigger`` (its objects given): see the module's docstring."""
    return (_co_victims(objects) + _causers(trigger) + _targeted(trigger) + _support_opponents(trigger)
            + _joined(trigger) + _participation_sides(trigger) + _included(trigger) + _purpose_sides(trigger)
            + _named_in_apposition(trigger, objects) + _defiers(trigger) + sponsor_heads(trigger))


def _clause_tokens(verb: Any) -> list:
    """The tokens of ``verb``'s own clause: its subtree without its adverbial clauses."""
    skipped = {t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skipped]


def _defiers(trigger: Any) -> list:
    """"After Serbia rejected the ultimatum, Austria declared war", "when Iraq failed to respond, Vell let the
    ground offensive begin": the one whose defiance a "when"/"after" clause tells is the side a hostile act
    that names no side of its own is against."""
    if trigger.pos_ != "VERB":
        return []
    clause = _clause_tokens(trigger)  # ("the ground offensive": the parser may take it for an adjective)
    if not any(t.lower_.startswith(HOSTILE_STEMS) and t.pos_ in ("NOUN", "VERB", "ADJ") for t in clause) or \
            any(t.dep_ in ("dobj", "pobj") and t.ent_type_ in ("GPE", "ORG", "NORP") for t in clause):
        return []
    # defiance of a demand only ("when Orm failed to win the vote, Lusk attacked": no)
    return [s for a in trigger.children if a.dep_ == "advcl" and a.lower_.startswith(DEFYING_STEMS)
            and any(t.lower_ in DEMAND_NOUNS or t.lower_.startswith(COMPLYING_STEMS) for t in a.subtree)
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "once", "because", "since") for m in a.children)
            for s in a.children if s.dep_ == "nsubj" and s.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]


def _named_in_apposition(trigger: Any, objects: list) -> list:
    """"sold shares to its parent, Lawrence Group Inc.", "merged with its rival, Orm Corp.": the body a
    common noun the verb acts on or reaches names in apposition (a person is read by the general rules; a
    place there may be where: "moved to its new seat, Orm")."""
    if trigger.pos_ != "VERB":
        return []
    nouns = objects + [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _REACHING for g in pobjs(c)]
    return [a for n in nouns if n.pos_ == "NOUN" for a in n.children
            if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "ORG"]


def _purpose_sides(trigger: Any) -> list:
    """"left Tuesday for consultations with the governments of Syria and Jordan", "flew to Orm for talks with
    Jan Vell": the other side of the talks a journey is for (and of the governments it names)."""
    if trigger.pos_ != "VERB":
        return []
    talks = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in pobjs(c)
             if g.pos_ == "NOUN" and g.lower_.startswith(MEETING_WORDS)]
    sides = [g for t in talks for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "between") for g in pobjs(p)]
    return sides + [g for s in sides if s.pos_ == "NOUN" and s.lower_ in GOVERNING_NOUNS for p in s.children
                    if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]


def _co_victims(objects: list) -> list:
    """"Karl Orm and his wife, Sophie Vell, were killed": the proper name in apposition to a person's
    noun conjoined with what the verb acts on."""
    return [a for o in objects for c in o.conjuncts if c.pos_ == "NOUN" and
            (c.lower_ in RELATIONAL_NOUNS or c.lower_.rstrip("s") in PERSON_NOUNS)
            for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ in _PARTY_TYPES]


def _cause_nouns(trigger: Any) -> list:
    """The nouns of the trigger's cause phrase: "due to X", "because of X", "owing to X", "as a result of X"."""
    out = []
    for c in trigger.children:
        if c.dep_ not in ("prep", "advmod", "mark") or c.lower_ not in CAUSE_WORDS:
            continue
        if c.lower_ == "as":  # "as a result of X": the noun "result" is only the link ("served as", no cause)
            out += [g for r in pobjs(c) if r.lower_ == "result" for p in r.children
                    if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]
        else:
            out += pobjs(c) + [g for p in c.children if p.dep_ in ("pcomp", "prep") for g in pobjs(p)]
    return [n for n in out if n.pos_ == "NOUN"]


def _causers(trigger: Any) -> list:
    """The agent of the happening a cause phrase names: its "by" object or its proper possessive."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    return [g for n in _cause_nouns(trigger) for c in n.children
            for g in (pobjs(c) if c.dep_ == "prep" and c.lower_ == "by" else [c] if c.dep_ == "poss" and c.pos_ == "PROPN" else [])
            if g.ent_type_ in _PARTY_TYPES]


def _targeted(trigger: Any) -> list:
    """"mass arrests targeting Soviet Germans", "a campaign aimed at the Kulaks": whom the happening noun's
    targeting participle names."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    out = []
    for c in trigger.children:
        if c.dep_ != "acl" or not c.lower_.startswith(TARGETING_VERBS):
            continue
        out += [g for g in c.children if g.dep_ == "dobj"]
        out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("at", "against") for g in pobjs(p)]
    return [g for g in out if g.ent_type_ in _PARTY_TYPES]


def _support_opponents(trigger: Any) -> list:
    """"conducted operations among diaspora nationalities against Poles": the opponent hung under the
    support verb's prepositional object is the happening noun's."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lower_ not in SUPPORT_VERBS:
        return []
    return [g for c in verb.children if c.dep_ == "prep" for o in pobjs(c) if o.i != trigger.i
            for p in o.children if p.dep_ == "prep" and p.lower_ == "against" for g in pobjs(p)
            if g.ent_type_ in _PARTY_TYPES]


def _joined(trigger: Any) -> list:
    """"its incorporation into the Orm Free Trade Agreement", "Lusk's integration into Tarvia": the body
    or state a joining noun goes into (a verb's "into" is read by the general rules)."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in JOINING_NOUNS:
        return []
    bodies = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "into" for g in pobjs(c)]
    # "the Orm Free Trade Agreement (OFTA)": the agreement's name reads as a thing, its short name as the body
    return [g for b in bodies for g in (b, *(a for a in b.children if a.dep_ == "appos" and a.pos_ == "PROPN"))
            if g.ent_type_ in ("ORG", "GPE")]


def _participation_sides(trigger: Any) -> list:
    """"took part in the Orm Treaties with France and Belgium", "participated in the war against Lusk":
    the sides named on what one takes part in."""
    if trigger.pos_ != "VERB":
        return []
    takes_part = trigger.lower_.startswith(PARTICIPATING_VERBS) or (
        trigger.lower_.startswith("t") and any(c.dep_ == "dobj" and c.lower_ == "part" for c in trigger.children))
    if not takes_part:
        return []
    return [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in" for o in pobjs(c)
            for p in o.children if p.dep_ == "prep" and p.lower_ in SIDE_PREPOSITIONS for g in pobjs(p)]


def _included(trigger: Any) -> list:
    """"an offer from an investor group including large holder Lusk Vell": the members a party's group names
    (the person an office noun names in apposition is read by the general rules)."""
    groups = [g for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "with", "by", "against")
              for g in pobjs(c) if g.pos_ == "NOUN"]
    return [m for g in groups for p in g.children if p.dep_ == "prep" and p.lower_ == "including" for m in pobjs(p)]


def outer_roles(trigger: Any, spans: list, named: set[int]) -> list[tuple[Any, str]]:
    """(entity or None, name) of the rulers and demanding states of ``trigger``: see the module's docstring.
    ``spans`` are the sentence's (entity, span, name) triples, ``named`` their token indices."""
    return _rulers(trigger, spans, named) + _demanders(trigger, spans) + _joined_bodies(trigger, spans)


def _joined_bodies(trigger: Any, spans: list) -> list[tuple[Any, str]]:
    """The body a joining noun goes into, even where its name reads as a thing ("incorporation into the Orm
    Free Trade Agreement (OFTA)": a trade bloc, which the general rules take for a treaty): one name."""
    bodies = {g.i for g in _joined(trigger)}
    return [(e, name) for e, sp, name in spans if e.label == "ORG" and sp.root.i in bodies][:1]


def _rulers(trigger: Any, spans: list, named: set[int]) -> list[tuple[Any, str]]:
    """"under Emperor Orm", "under the rule of Karl Orm": the person a happening took place under."""
    if trigger.pos_ != "VERB":
        return []
    heads = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "under" for g in pobjs(c)]
    heads = [g for h in heads for g in ([h] if h.pos_ == "PROPN" else [
        x for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for x in pobjs(p)] if h.lower_ in RULE_NOUNS else [])]
    out: list[tuple[Any, str]] = []
    for g in heads:
        spanned = [(e, name) for e, sp, name in spans if sp.root.i == g.i]
        if spanned:
            out += [(e, name) for e, name in spanned if e.label == "PERSON"]
            continue
        titles = [c for c in g.children if c.dep_ == "compound" and c.i < g.i and c.lower_ in REGNAL_TITLES]
        if titles and g.i not in named and g.text[:1].isupper() and any(ch.islower() for ch in g.text):
            out.append((None, g.doc[titles[0].i:g.i + 1].text))  # "Emperor Orm", left untagged
    return out


def _demanders(trigger: Any, spans: list) -> list[tuple[Any, str]]:
    """"acceded to the Soviet demands", "rejected the Lusk ultimatum": the state whose word qualifies a demand
    the verb meets or answers."""
    if trigger.pos_ != "VERB":
        return []
    nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    nouns += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for g in pobjs(c)]
    nouns = [n for n in nouns if n.lower_ in DEMAND_NOUNS]
    out: list[tuple[Any, str]] = []
    for e, sp, name in spans:
        root = sp.root
        if root.dep_ not in ("amod", "compound", "nmod") or not any(root.head.i == n.i for n in nouns):
            continue
        if e.label == "GPE":
            out.append((e, name))
        elif e.label == "NORP":
            state = state_of_demonym(sp.text.strip(), []) or country_name(sp.text.strip())
            if state and state != sp.text.strip():
                out.append((None, state))
    return out
