"""Who made a work told as "the work of X" or "theories by X, proposed and published in 1905" (issue
"who did it", history and science leads; the sentences below are invented, of the measured shapes).

- "The foundation of the science dates back to the work of Jean Orme in 1796": the row of 1796 is
  Orme's work; the verb has no subject that did anything, so the one whose work it is acts.
- "Relativity comprises two theories by Cal Orme, proposed and published in 1905 and 1915": a
  participle of making public, with no subject or agent of its own, was done by the "by" of the works
  it is said of (the parser hangs it on the name, or on the main verb beside the "by").
- "A Sunday in Orm was painted from 1884 to 1886 and is Vell Lusk's most famous work", "A Sunday, Vell
  Lusk's best-known painting, was painted in 1884": a passive of making with no agent, whose work the
  sentence calls someone's (a work noun of :data:`pipeline.lexicon.made_things.WORK_KINDS` owned by a
  name), was made by that someone.

Only where the row names no actor yet; only named persons or bodies; only nouns of work
(:mod:`pipeline.lexicon.life_and_work`: WORK_NOUNS) reached from a verb of origin (ORIGIN_VERB_STEMS), and
participles of making public (MAKING_PARTICIPLES).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import Role, pobjs
from pipeline.lexicon.made_things import MADE_PARTICIPLES, WORK_KINDS
from pipeline.lexicon.life_and_work import MAKING_PARTICIPLES as _MAKING, ORIGIN_VERB_STEMS as _ORIGIN_VERBS, \
    WORK_NOUNS as _WORK_NOUNS

_PARTY_LABELS = {"PERSON", "ORG"}


def _work_owners(trigger: Any) -> list:
    """The "of" object of a work noun the trigger verb reaches through its own prepositions ("dates back to
    the work of Orme"), or of the work noun that is the trigger itself (the aspect link of
    :mod:`pipeline.events.aspect_links` gives "dates back to the work of Orme in 1796" the row of "work")."""
    if trigger.pos_ == "NOUN" and trigger.lower_ in _WORK_NOUNS:
        return [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]
    if trigger.pos_ != "VERB" or not trigger.lower_.startswith(_ORIGIN_VERBS) or any(c.dep_ == "agent" for c in trigger.children):
        return []
    holders = [trigger] + [c for c in trigger.children if c.dep_ == "advmod"]  # "dates back to"
    works = [n for h in holders for p in h.children if p.dep_ == "prep" for n in pobjs(p) if n.lower_ in _WORK_NOUNS]
    return [o for n in works for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]


def _makers(trigger: Any) -> list:
    """The "by" of the works a subject-less participle of making public is said of (see the module)."""
    first = trigger
    while first.dep_ == "conj" and first.head.tag_ == "VBN":
        first = first.head  # "proposed and published": the first participle is the one hung
    if trigger.lower_ not in _MAKING or first.lower_ not in _MAKING or trigger.tag_ != "VBN" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for v in (trigger, first) for c in v.children):
        return []
    head = first.head
    if first.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "by":
        return [head]  # "two theories by Cal Orme, proposed and published in 1905"
    if first.dep_ == "advcl" and head.pos_ == "VERB":
        return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i < first.i for o in pobjs(p)]
    return []


_COPULAS = {"is", "was", "are", "were", "remains", "remained", "became", "becomes"}
_MAKER_WORKS = WORK_KINDS | {"masterpiece", "masterpieces", "works", "paintings", "novels", "songs", "films", "books"}


def _possessive_makers(trigger: Any) -> list:
    """The name owning the work noun a passive of making's work is called (see the module)."""
    if trigger.pos_ != "VERB" or trigger.lower_ not in MADE_PARTICIPLES or \
            not any(c.dep_ == "auxpass" for c in trigger.children) or any(c.dep_ == "agent" for c in trigger.children):
        return []
    works = [a for c in trigger.children if c.dep_ == "conj" and c.lower_ in _COPULAS and
             not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for a in c.children if a.dep_ == "attr"]
    works += [a for c in trigger.children if c.dep_ == "nsubjpass" for a in c.children if a.dep_ == "appos"]
    return [o for w in works if w.lower_ in _MAKER_WORKS for o in w.children if o.dep_ == "poss" and o.pos_ == "PROPN"]


def work_author_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with the author of a work the trigger tells of as its actor, where none acts yet."""
    if any(role == "actor" for _, role, _ in roles):
        return roles
    heads = {t.i for t in _work_owners(trigger) + _makers(trigger) + _possessive_makers(trigger)}
    if not heads:
        return roles
    authors = {name for e, sp, name in spans if sp.root.i in heads and e.label in _PARTY_LABELS}
    # A work noun's "of" person may already stand as a participant (an "of"-complement): the author acts.
    roles = [(e, "actor" if name in authors and role == "participant" else role, name) for e, role, name in roles]
    have = {name for _, _, name in roles}
    return roles + [(e, "actor", name) for e, sp, name in spans
                    if sp.root.i in heads and e.label in _PARTY_LABELS and name not in have]
