"""Words of news prose naming who did it by a description (issue 31, news agents): the ruler's nouns of
"the Iraqi leader", the occasions a party takes part in by being there, and the verbs by which news
says what it said or did there. Word forms, not lemmas: the events stage runs no lemmatiser.

Used by :mod:`pipeline.events.role_descriptions` and :mod:`pipeline.events.attended_occasions`.
"""

from __future__ import annotations

# Nouns of one who rules a state ("the Iraqi leader", "the Cuban president", "the Iraqi strongman"), and
# the title words such a ruler is named with ("Prime Minister"). Not a governor, a mayor or a bishop
# (pipeline.lexicon.pronouns.RULER_NOUNS holds those too): "the Tarvian leader" is the state's.
RULER_WORDS = frozenset({"leader", "president", "strongman", "dictator", "ruler", "premier", "king", "queen",
                         "chancellor", "emperor", "monarch", "sultan", "shah", "emir", "prime", "minister"})

# Occasions one takes part in by being there ("ending a two-day visit", "in Sunday's debate").
ATTENDED_OCCASIONS = frozenset({"visit", "visits", "trip", "tour", "meeting", "talks", "summit", "debate",
                                "appearance", "speech", "speeches", "address", "interview", "conference"})

# Starts of the verbs of what one says, decides or does by being at an occasion (word forms): its
# subject was there. Not verbs of doing to others ("arrested him at the rally": the police held none).
THERE_VERBS = ("say", "said", "tell", "told", "announc", "declar", "decid", "agre", "rais", "express", "urg",
               "attack", "criticiz", "criticis", "counter", "warn", "pledg", "promis", "insist", "accept",
               "invit", "return", "arriv", "left", "leav", "call", "add", "not", "reiterat", "stress", "sign",
               "propos", "offer", "reject", "discuss", "vow", "thank", "prais", "appeal", "ask", "suggest",
               "acknowledg", "admit", "deni", "deny", "charg", "accus", "defend", "argu", "repeat", "emphasiz")
