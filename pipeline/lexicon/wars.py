"""Words that refer back to a war told before (issue "who did it"): "The conflict ended in 1598", "These
wars lasted until 1434", "the outbreak of the war". Read by :mod:`pipeline.events.war_context`.
"""

from __future__ import annotations

# Nouns a definite article turns into a reference to a war already told.
WAR_ANAPHOR_NOUNS = frozenset({"war", "wars", "conflict", "conflicts", "fighting", "hostilities"})
# Determiners that make such a noun a reference back ("the war", "these wars"), not a new war ("a war").
DEFINITE_DETERMINERS = frozenset({"the", "these", "this", "those", "that"})
# Nouns of a war's course whose "of" object is the war: "the outbreak of the war in 1590" is the war's row.
WAR_COURSE_NOUNS = frozenset({"outbreak", "start", "beginning", "onset", "end", "close", "conclusion",
                              "resumption", "renewal", "escalation"})
# Passive forms whose subject war both sides did: "the war was fought", "was ended" (not "was declared", "lost").
BOTH_SIDES_PASSIVES = frozenset({"fought", "waged", "ended", "concluded", "renewed", "resumed", "continued"})
# Stems of verbs of fighting whose subject and object are a war's two sides ("In the first war, Lusk
# defeated Orm"): the model sets no lemmas, so word forms are matched by stem.
FIGHTING_VERB_STEMS = ("defeat", "fought", "fight", "attack", "invad", "beat", "conquer", "crush", "rout",
                       "besieg", "battl", "overr", "overwhelm", "repel", "repuls", "vanquish")
# Ordinal words that pick one of several wars told together ("In the second war").
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
