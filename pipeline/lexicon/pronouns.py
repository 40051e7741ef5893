"""Pronouns by what they can stand for, shared by the paragraph rules
(:mod:`pipeline.events.coreference`) and the article-subject rules (:mod:`pipeline.events.lead_subject`)."""

from __future__ import annotations

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
# "it" and "its" as a party (a subject or a possessor) stand for a body or a state, never a person.
BODY_PRONOUNS = frozenset({"it", "its"})

# Nouns that say a person's sex, read in apposition to a name ("Anna Orme, a spokeswoman", "the actress
# Anna Orme", "her husband, Tom Orme"): the document's own evidence for "he" or "she" (pipeline.events.genders).
MALE_NOUNS = frozenset({
    "man", "boy", "husband", "widower", "father", "son", "brother", "uncle", "nephew", "grandfather", "grandson",
    "king", "prince", "emperor", "duke", "baron", "lord", "sir", "mr", "mr.", "monk", "priest", "businessman",
    "spokesman", "chairman", "congressman", "councilman", "policeman", "sportsman", "statesman", "actor", "waiter",
    "boyfriend", "fiance", "stepfather", "godfather", "gentleman"})
FEMALE_NOUNS = frozenset({
    "woman", "girl", "wife", "widow", "mother", "daughter", "sister", "aunt", "niece", "grandmother",
    "granddaughter", "queen", "princess", "empress", "duchess", "baroness", "lady", "dame", "mrs", "mrs.", "ms",
    "ms.", "miss", "nun", "businesswoman", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
    "policewoman", "sportswoman", "stateswoman", "actress", "waitress", "heiress", "girlfriend", "fiancee",
    "stepmother", "godmother", "mistress", "matriarch", "abbess", "hostess", "stewardess"})

# Nouns of a ruler or an office over a land: the name after "king of" is the realm, never the person a
# "he" or "his" stands for ("Ptolemy was king of Ptolemaic Egypt … his death", where the model tagged the
# realm as a person). Not kin ("son of X" is a person).
RULER_NOUNS = frozenset({
    "king", "queen", "pharaoh", "emperor", "empress", "ruler", "sultan", "caliph", "shah", "tsar", "czar",
    "prince", "princess", "duke", "duchess", "count", "countess", "governor", "president", "patriarch",
    "archbishop", "bishop", "khan", "emir", "monarch", "regent", "viceroy", "consul", "satrap", "chancellor",
    "prime", "minister", "mayor", "dictator", "leader", "lord", "sovereign", "overlord", "raja", "maharaja",
    "prefect", "intendant", "procurator", "proconsul", "voivode", "nawab", "margrave", "landgrave", "elector"})
# First words of a natural place's name ("Mount Kōya", "Lake Orme", "Cape Vell"): a place the model may
# tag as a person, never one.
PLACE_NAME_OPENERS = frozenset({"mount", "mt", "mt.", "lake", "cape", "gulf", "isle", "loch", "glen", "port"})
