"""Past forms of verbs a history article mostly writes in the passive of a person ("was elected king in
1152 and crowned in 1155", "was arrested and exiled"), read by :mod:`pipeline.events.passive_form`.

Their past tense and past participle are one word, and the parser often tags the second participle of
"was elected … and crowned …" a past tense (an active verb whose subject would act). A verb of this
list after a passive verb, with no subject, auxiliary or object of its own, shares that passive: its
subject undergoes it. Intransitive verbs ("died", "returned", "reigned") are never listed: "was
captured and died" stays active.
"""

DONE_TO_PERSON_FORMS = {
    # office and rank given
    "crowned", "elected", "appointed", "named", "nominated", "ordained", "consecrated", "enthroned",
    "anointed", "installed", "inaugurated", "proclaimed", "acclaimed", "knighted", "ennobled", "created",
    "canonized", "canonised", "beatified", "baptized", "baptised", "promoted", "elevated", "invested",
    "commissioned", "awarded", "honoured", "honored", "decorated", "sworn", "re-elected", "reelected",
    # office and freedom taken
    "deposed", "dethroned", "dismissed", "removed", "ousted", "expelled", "excommunicated", "impeached",
    "arrested", "imprisoned", "jailed", "detained", "captured", "tried", "convicted", "sentenced",
    "condemned", "executed", "beheaded", "hanged", "exiled", "banished", "deported", "released",
    "pardoned", "acquitted", "blinded", "murdered", "assassinated", "poisoned", "wounded", "injured",
    "tortured", "kidnapped", "abducted", "ransomed", "widowed", "orphaned", "buried", "interred",
    "recorded", "attested", "documented",
    # beaten and driven from a place or an alliance ("were defeated by Tarvia and forced out of the alliance")
    "defeated", "forced", "compelled",
}

# What a victor goes on to do to the side it beat, told as a second participle sharing the first's
# "by"-agent ("were defeated by Tarvia and forced out of the alliance": Tarvia forced them;
# :mod:`pipeline.events.carried_agents`). No verb of office, naming or release: "was elected by the Diet
# and crowned", "was arrested by police and released" name two different doers.
FOLLOW_UP_FORMS = frozenset({
    "forced", "compelled", "obliged", "driven", "expelled", "ousted", "deposed", "dethroned", "exiled",
    "banished", "deported", "annexed", "occupied", "subjugated", "conquered", "destroyed", "sacked", "razed",
    "plundered", "looted", "captured", "imprisoned", "executed", "beheaded", "massacred", "enslaved",
    "disarmed", "dismembered", "partitioned", "absorbed"})
