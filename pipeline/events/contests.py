"""The contest or fight a verb's subject took part in, told by a prepositional phrase of the verb
(issue 31; the sentences below are invented): "In the 1994 election, Orme won the seat", "In the Battle
of Vell, Lusk routed Orm", "Orme fought at the Battle of Vell (1302)". Read by
:func:`pipeline.events.subjects.subject_of` for an event noun that has no doer of its own.
"""

from __future__ import annotations

from typing import Any

# Contests whose sides or candidates act in the clause a fronted "In the … election," opens.
_CONTESTS = {"election", "elections", "by-election", "primary", "primaries", "battle", "match", "game", "final",
             "race", "contest", "tournament", "championship", "championships", "poll", "referendum", "campaign"}


# Verbs (word forms) whose subject takes part in the fight they are "at" or "in", and the fights.
_FOUGHT_IN = {"fought", "fight", "fights", "fighting", "participated", "participates", "commanded", "served"}
_FIGHTS = {"battle", "battles", "siege", "sieges", "war", "wars", "campaign", "campaigns", "uprising", "revolt",
           "rebellion", "invasion", "crusade", "revolution"}


def contest_told_in(verb: Any, noun: Any) -> bool:
    """Whether ``noun`` is a contest a fronted "in" phrase of ``verb`` names, with the verb's subject
    acting in it ("In the 1994 election, Orme won the seat", "In the Battle of Vell, Lusk routed
    Orm"), or a fight a fighting verb's subject was at or in ("fought at the Battle of Vell"): its subject
    took part. Not a passive or a death ("In the battle, Orme was killed")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("at", "in") and prep.head.i == verb.i and \
            verb.lower_ in _FOUGHT_IN and noun.lower_ in _FIGHTS and not any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "Orme fought at the Battle of Vell (1302)": he took part in the battle
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.i != verb.i:
        return False
    return noun.lower_ in _CONTESTS and prep.i < verb.i and not verb.lower_.startswith(("die", "died", "perish")) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
