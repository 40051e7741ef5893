"""Happenings a clause's subject does though its verb is no support verb (issue "who did it", history
leads; invented sentences of the measured shapes).

- Undergoing: "Vell was one of the last colonies of the Tarvian Empire, which had already suffered a
  massive decline in the 1820s": the row's happening is the decline, and the empire declined. The verbs
  of undergoing (:data:`UNDERGOING_VERBS`) are no support verbs in general ("suffered a defeat" is done by
  the winner), but with a noun of a party's own change (:data:`OWN_CHANGE_NOUNS`) their subject is the
  one that changed.
- A battle a fighting verb's clause was in: "the Orm dynasty defeated three Lusk invasions, most notably
  during the decisive Battle of Vell in 1288": the battle row's sides are the verb's — its subject
  fought (actor), the parties of its object were fought (participants).

Both are read by :func:`pipeline.events.noun_performers.supports`; the battle's other side by
:func:`battle_side_roles`.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.wars import FIGHTING_VERB_STEMS

# Stems of verbs whose subject undergoes what their object names.
UNDERGOING_VERBS = ("suffer", "underw", "undergo", "experienc", "enjoy")
# Nouns of a party's own change of state or power: the one undergoing it is the one changing.
OWN_CHANGE_NOUNS = frozenset({"decline", "declines", "collapse", "revival", "resurgence", "renaissance",
                              "expansion", "growth", "transformation", "reorganization", "reorganisation",
                              "split", "schism", "disintegration", "fragmentation", "recovery", "modernization",
                              "modernisation", "resurrection", "restoration", "rise", "upswing", "downturn"})
# Nouns of one engagement (not a whole war, whose sides may be more than the clause's two).
_BATTLE_NOUNS = frozenset({"battle", "battles", "siege", "sieges", "engagement", "skirmish"})
_IN_BATTLE = {"during", "at", "in"}
_PARTY_KINDS = {"PERSON", "ORG", "GPE", "NORP"}


def undergoes(verb: Any, noun: Any) -> bool:
    """Whether ``verb`` is a verb of undergoing whose object ``noun`` names its subject's own change
    ("suffered a massive decline"): the noun must be the verb's direct object."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and noun.lower_ in OWN_CHANGE_NOUNS and \
        verb.lower_.startswith(UNDERGOING_VERBS)


def fought_in(verb: Any, noun: Any) -> bool:
    """Whether ``noun`` is a battle an active fighting verb's clause was in ("defeated … during the Battle of Vell")."""
    return noun.lower_ in _BATTLE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in _IN_BATTLE and \
        noun.head.head.i == verb.i and verb.pos_ == "VERB" and verb.lower_.startswith(FIGHTING_VERB_STEMS) and \
        not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and \
        any(c.dep_ == "nsubj" for c in verb.children)


def battle_side_roles(trigger: Any, found: tuple, spans: list) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four) with the parties of the fighting
    verb's object as participants, where ``trigger`` is a battle that verb's clause was in; ``spans``
    are the sentence's (entity, span, name) triples."""
    verb = trigger.head.head
    if trigger.dep_ != "pobj" or not fought_in(verb, trigger):
        return found
    named, theme, extra, resolved = found
    have = {n for _, _, n in named}
    objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    added = [(e, "participant", n) for e, sp, n in spans
             if e.label in _PARTY_KINDS and sp.root.i in objects and n not in have]
    return (named + added, theme, extra, resolved) if added else found
