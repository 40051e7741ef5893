"""Words of news prose about those who act for a state or a city, and what is done to or for it.

Used by :mod:`pipeline.events.office_parties` and :mod:`pipeline.events.news_roles` (issue 31, the
parties a news row missed). Word forms, not lemmas: the events stage runs no lemmatiser.
"""

from __future__ import annotations

from pipeline.lexicon.telling import REIGNING_TITLES

# Offices whose holder speaks and acts for the state or city the title names ("the Tarvian foreign
# minister said", "the mayor of Lusk announced"). Not a general, a king or a party leader: they act
# as themselves or for a force or a party, which other rules read.
STATE_OFFICES = frozenset({"minister", "ambassador", "envoy", "president", "premier", "chancellor", "mayor",
                           "governor", "spokesman", "spokeswoman", "spokesperson", "secretary", "diplomat",
                           "negotiator", "official", "consul"})
# The same in the plural: "Iraqi officials said", "Tarvian diplomats met". (Not "police": WikiEvents'
# gold, text nobody here wrote, marks "French police" as the police, no state, and the rule cost it
# precision.)
STATE_OFFICE_PLURALS = frozenset({"ministers", "ambassadors", "envoys", "spokesmen", "diplomats", "negotiators",
                                  "officials", "consuls", "authorities"})
# Offices of a business or a public body that speak for it ("the chairman of Orme Corp. said", "the
# Lusk Inc. chief executive announced"): the body acts, as it does through its spokesman.
BODY_OFFICES = frozenset({"chairman", "chairwoman", "executive", "director", "head", "chief", "spokesman",
                          "spokeswoman", "spokesperson", "president", "secretary", "official", "officials"})
# Verbs (word starts) of what an office holder does or suffers as a person, not for the state:
# "the mayor of Lusk resigned", "the Tarvian ambassador died" name no act of Lusk or Tarvia.
PERSONAL_ACTS = ("resign", "retir", "die", "dies", "died", "dying", "marr", "wed", "divorc", "born", "quit",
                 "step", "stepp", "win", "won", "lose", "lost", "ran", "run", "campaign", "recover", "suffer",
                 "fall", "fell", "collaps", "apolog", "plead", "testif",
                 "serv", "becam", "becom", "remain", "stay", "live", "grew", "grow", "graduat", "studi", "stud")

# A state's mission abroad: an attack on "the U.S. embassy" is done to the United States, and "the
# Tarvian embassy said" is Tarvia speaking.
MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "legations"})
# Words of an attack (word starts): the mission it hits "at", "on", "outside" or "near" is its target.
STRIKE_WORDS = ("attack", "bomb", "blast", "explosion", "strike", "raid", "assault", "shelling", "siege",
                "storm", "ambush", "shooting",
                # what a blast did to a building ("ripped through the Tarvian embassy", "wrecked the embassy")
                "rip", "tore", "wreck", "destroy", "damag")
TARGET_PREPOSITIONS = frozenset({"at", "on", "outside", "near", "against", "through", "into"})

# Nouns of asking something of someone: whom the request comes "from" is a party of what is done with it
# ("considering a request from Jan Orme", "rejected a proposal from Tarvia").
REQUEST_NOUNS = frozenset({"request", "requests", "proposal", "proposals", "demand", "demands", "appeal",
                           "appeals", "plea", "pleas", "application", "applications", "petition", "petitions",
                           "invitation", "invitations", "ultimatum"})

# Verbs (word starts) of moving goods or people somewhere: the state or town they are moved "to" is where
# they went, no party ("the grain was shipped to Lusk", "deported to Tarvia"). Not "sold", "gave",
# "sent" or "returned": there the one at the end is a recipient ("sent an envoy to Tarvia").
CONVEYING_VERBS = ("ship", "transport", "airlift", "ferr", "haul", "deport", "evacuat", "smuggl", "truck")

# Offices that belong to a realm or a body, whose "of" object (or possessive) names it: "King of Tarvia",
# "Secretary-General of the League of Orm", "Tarvia's president" (:mod:`pipeline.events.office_realms`).
# A monarch's title and a head's office; not a peer's title ("Duke of Wellington" names a person, not his
# realm), a see ("Bishop of Lusk": a place), nor a minister's or a secretary's ("Minister of Finance",
# "Secretary of State": a department, no realm's name).
REALM_OFFICES = (REIGNING_TITLES - {"pope"}) | frozenset({
    "shogun", "ruler", "sovereign", "grand duke", "grand prince", "president", "premier", "chancellor", "mayor",
    "governor", "viceroy", "chairman", "chairwoman", "speaker", "secretary-general", "governor-general",
    "prime minister", "chief minister", "first minister", "vice-president", "vice president", "leader",
    "chief executive"})
