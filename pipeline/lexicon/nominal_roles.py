"""Happening nouns whose parties sit in their own noun phrase (issue "who did it"; the sentences are
invented): which nouns a nationality adjective is the doer of, which take their doer after "of", which
are done to a state, and the nouns of a thing proposed whose owner a reply to it concerns.

Kept as word lists because the parse alone cannot tell "the intervention of Tarvia" (Tarvia acted)
from "the invasion of Tarvia" (Tarvia was invaded), nor "the Tarvian invasions" (Tarvians invaded)
from "the Tarvian elections" (held in Tarvia).
"""

from __future__ import annotations

# Acts done to others: the state or people named before them is the doer, also with no "of" after them
# ("the Tarvian invasions", "the Lusk raids", "the Soviet intervention", "the allied rejection").
ADJECTIVE_DOER_NOUNS = frozenset({
    "invasion", "invasions", "conquest", "conquests", "reconquest", "occupation", "intervention", "interventions",
    "incursion", "incursions", "raid", "raids", "campaign", "campaigns", "offensive", "offensives", "annexation",
    "colonization", "colonisation", "bombardment", "blockade", "siege", "rejection", "ultimatum", "expedition",
    "expeditions",
})
# Nouns whose people's adjective may name the land it took place in ("the Italian campaign" was fought in
# Italy, "a British expedition" climbed a summit): its doer only where the noun names that land apart ("the
# Lusk campaigns in Vell", "the Lusk expedition against Orm").
ADJECTIVE_DOER_WITH_TARGET = frozenset({"campaign", "campaigns", "expedition", "expeditions"})
# Prepositions by which such a noun names the land or the foe apart from its adjective.
TARGET_PREPOSITIONS = frozenset({"of", "against", "in", "into", "on", "upon"})

# Nouns of acting, not of acting on something: whoever comes after "of" did it ("the intervention of
# Tarvia", "the uprising of the Lusks", "the entry of Orm into the war").
DOER_OF_NOUNS = frozenset({
    "intervention", "interventions", "offensive", "advance", "arrival", "uprising", "revolt", "rebellion",
    "mutiny", "entry", "participation", "involvement", "retreat", "withdrawal", "migration", "migrations",
    "resistance", "campaign", "campaigns", "incursion", "incursions", "expedition", "expeditions", "ultimatum",
    # a party's own coming and going: "the emergence of the Orm dynasty in 1727" (the dynasty emerged)
    "emergence", "rise", "ascendancy", "ascent", "expansion", "decline", "departure", "flight",
})

# Acts done to a state or a land: where no "of" says what, the state the main clause is about is the one
# it was done to ("Tarsk disintegrated due to the Lusk invasions": Tarsk was invaded).
DONE_TO_STATE_NOUNS = frozenset({
    "invasion", "invasions", "conquest", "occupation", "incursion", "incursions", "raid", "raids", "annexation",
    "colonization", "colonisation", "sack", "siege", "bombardment", "blockade",
})
# Prepositions (and the first word of a compound one) by which a clause says it came about through the act
# ("due to", "because of", "as a result of", a passive's "by"); not "during" or "after", which only tell
# when ("Tarsk stayed neutral during the Lusk invasions").
THROUGH_PREPOSITIONS = frozenset({"due", "because", "owing", "by", "through"})

# Replies to a thing proposed: the state whose proposal, offer or demand it was takes part.
REPLY_NOUNS = frozenset({"rejection", "acceptance", "refusal", "approval", "endorsement", "dismissal"})
PROPOSAL_NOUNS = frozenset({"proposal", "proposals", "offer", "offers", "demand", "demands", "plan", "plans",
                            "request", "requests", "ultimatum", "terms", "bid", "claim", "claims", "note"})

# Phrases by which a happening takes a side: "in support of Lusk", "on behalf of Orm", "in aid of Vell".
SIDE_TAKEN_NOUNS = frozenset({"support", "behalf", "aid", "defence", "defense"})

# Nouns of a win by which a contest's beaten side is told after "over": "won the election in a landslide over Orme".
WIN_MARGIN_NOUNS = frozenset({"landslide", "victory", "win", "margin", "upset", "majority"})

# Bodies of a state's order besides its forces (pipeline.events.party_shapes.FORCE_NOUNS) that stand for it as a
# side of a clash: "clashes between Tarvian police and ethnic Lusks" (Tarvia is a side).
ORDER_BODY_NOUNS = frozenset({"police", "policemen", "gendarmes", "gendarmerie", "militsiya"})
# A people's word after this adjective names a group of people, never their state: "ethnic Lusks".
GROUP_OF_PEOPLE_ADJECTIVES = frozenset({"ethnic"})

# Word stems of handing something over: what an act "passed to" someone went to its opponent ("the Tarvian
# offensive failed and passed the initiative to Lusk", "the campaign lost ground to Orm").
YIELDING_STEMS = ("pass", "cede", "ceding", "yield", "surrender", "lost", "losing", "lose")
