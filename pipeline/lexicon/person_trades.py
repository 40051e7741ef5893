"""Nouns that define a person by trade, rank or calling in an article's first sentence ("Orme was a
Tarvian inventor", "Vell is a former swimmer", "Lusk was a ruler").

:mod:`pipeline.events.lead_subject` reads them to know a lead is a person when the model tags the
name as nothing or as a place (a single surname, a name it does not know). The office nouns
(:data:`pipeline.lexicon.type_nouns.PERSON_NOUNS`) and the private person's nouns are included.
Only nouns that name a person and nothing else: "general" or "player" of a thing are not here
beyond what the lists already hold.
"""

from __future__ import annotations

from pipeline.lexicon.type_nouns import PERSON_NOUNS, PRIVATE_PERSON_NOUNS

PERSON_TRADE_NOUNS = PERSON_NOUNS | (PRIVATE_PERSON_NOUNS - {"couple", "family", "national"}) | frozenset({
    "ruler", "monarch", "sovereign", "regent", "usurper", "conqueror", "warlord", "chieftain", "chief", "noble",
    "noblewoman", "courtier", "consort", "queen", "princess", "inventor", "chemist", "physicist", "mathematician",
    "astronomer", "biologist", "botanist", "zoologist", "geologist", "physician", "surgeon", "psychologist",
    "psychiatrist", "sociologist", "anthropologist", "archaeologist", "linguist", "philologist", "geographer",
    "explorer", "navigator", "aviator", "astronaut", "cosmonaut", "mountaineer", "privateer", "pirate",
    "composer", "pianist", "violinist", "guitarist", "drummer", "songwriter", "lyricist",
    "instrumentalist", "vocalist", "dancer", "choreographer", "comedian", "filmmaker", "director",
    "screenwriter", "playwright", "dramatist", "novelist", "essayist", "critic", "poetess", "sculptor",
    "architect", "illustrator", "cartoonist", "printmaker", "sportsman", "sportswoman", "sprinter", "footballer",
    "cricketer", "golfer", "skater", "skier", "gymnast", "jurist", "judge", "magistrate", "senator",
    "congressman", "congresswoman", "governor", "mayor", "premier", "statesman", "stateswoman", "politician",
    "reformer", "abolitionist", "suffragist", "feminist", "humanitarian", "philanthropist", "entrepreneur",
    "businesswoman", "merchant", "banker", "financier", "investor", "magnate", "tycoon", "industrialist",
    "theologian", "cleric", "monk", "friar", "preacher", "prophet", "mystic", "scholar", "polymath",
    "educator", "educationist", "lecturer", "inventor", "programmer", "technologist", "strategist",
    "tactician", "general", "colonel", "captain", "lieutenant", "sergeant", "warrior", "knight", "samurai",
    "legislator", "lawgiver", "orator", "rhetorician", "spy", "courtesan", "translator",
    "presenter", "showrunner", "socialite", "saint", "martyr", "heroine",
    "hero", "physiologist", "naturalist", "engineer", "economist", "statistician", "logician", "cosmologist",
    "grandmaster"})
