"""Nouns of a party on whose word or under whose sway something was done (issue 31, every named party):
"at the request of Empress Genvell", "under Selassie's rule", "under the hegemony of Athens". Read by
:mod:`pipeline.events.behalf_parties`."""

from __future__ import annotations

from pipeline.lexicon.non_party_names import RULE_NOUNS as _SWAY_NOUNS
from pipeline.lexicon.outer_parties import RULE_NOUNS as _RULER_NOUNS

# "under the rule of X", "under X's leadership", "under the hegemony of Athens": X ruled or led it.
UNDER_NOUNS = _SWAY_NOUNS | _RULER_NOUNS | frozenset({
    "dominion", "tutelage", "orders", "order", "direction", "guidance", "stewardship", "premiership",
    "chairmanship", "administration", "patronage", "auspices", "aegis", "protection", "supervision", "mandate"})
# "at the request of X", "on the orders of X", "at X's invitation": X asked or ordered it.
ASKING_NOUNS = frozenset({
    "request", "requests", "invitation", "behest", "instigation", "urging", "insistence", "suggestion",
    "command", "orders", "order", "initiative", "bidding", "direction", "instruction", "instructions",
    "recommendation", "advice", "demand", "demands", "wish", "wishes", "invitations"})
# "abdicated in favour of his son Jan Orm", "fought in the service of Tarvia", "in support of Lusk": the
# one it was done for.
IN_NOUNS = frozenset({"favor", "favour", "support", "service", "pay", "employ", "defence", "defense"})
# The prepositions each set is written after.
UNDER_PREPOSITIONS = frozenset({"under"})
ASKING_PREPOSITIONS = frozenset({"at", "on", "upon"})
IN_PREPOSITIONS = frozenset({"in"})
# "imprisoned on the orders of King Orm", "executed at the command of Lusk": X had it done (the passive's
# doer where it names no "by"-agent; :mod:`pipeline.events.ordered_agents`). Never a mere request or wish.
ORDERING_NOUNS = frozenset({"orders", "order", "command", "commands", "behest", "instigation", "bidding",
                            "instruction", "instructions"})
# Verbs of coming under a sway ("came under control of the Orm Empire", "fell under Tarvian rule"): the
# one holding the sway did it, the subject underwent it (:mod:`pipeline.events.nominal_agents`).
# (Not "was brought/placed under": a third party may have done the placing, "by the Council".)
COMING_UNDER_FORMS = frozenset({"came", "come", "comes", "coming", "fell", "fall", "falls", "falling", "passed",
                                "pass", "passes", "passing"})
