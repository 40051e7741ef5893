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
