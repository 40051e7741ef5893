"""Common nouns that say what a name is ("diplomat", "ministry", "treaty"), by entity label.

A glossary snippet's predicate ("… was a German diplomat") types its link; the events stage reads
the nouns for people by office and for organisations too.
"""

from __future__ import annotations

from pipeline.lexicon.agreements import AGREEMENT_NOUNS

TYPE_NOUNS: dict[str, tuple[str, ...]] = {
    "PERSON": ("diplomat", "politician", "revolutionary", "statesman", "officer", "general", "leader",
               "writer", "journalist", "historian", "engineer", "industrialist", "philosopher", "economist",
               "dictator", "king", "emperor", "minister", "ambassador", "theorist", "designer", "activist",
               "commander", "marshal", "admiral", "president", "chancellor", "scientist", "poet", "author",
               "artist", "businessman", "lawyer", "soldier", "aristocrat", "nobleman", "prince", "tsar"),
    "GPE": ("country", "city", "state", "region", "province", "oblast", "town", "village", "capital",
            "republic", "kingdom", "empire", "municipality", "territory", "county", "district", "nation",
            "government", "port", "krai", "voivodeship"),
    "LOC": ("sea", "river", "ocean", "lake", "peninsula", "mountain", "mountains", "range", "gulf", "bay",
            "island", "strait", "valley", "plain", "desert"),
    "LAW": tuple(sorted(AGREEMENT_NOUNS)) + ("constitution", "act"),
    "ORG": ("party", "organisation", "organization", "company", "army", "navy", "agency", "committee",
            "ministry", "department", "office", "bank", "manufacturer", "corporation", "union", "newspaper",
            "journal", "magazine", "university", "branch", "affiliate", "council", "police", "service",
            "force", "forces", "firm", "enterprise", "plant", "factory", "school", "faction"),
    "PRODUCT": ("aircraft", "bomber", "fighter", "tank", "battleship", "cruiser", "warship", "rifle"),
    "EVENT": ("war", "battle", "conference", "revolution", "uprising", "uprisings", "invasion", "operation",
              "crisis", "coup", "massacre", "campaign", "offensive", "siege", "meeting", "trial", "election",
              "revolt", "rebellion", "insurrection", "purge", "famine", "putsch", "summit"),
    "WORK_OF_ART": ("book", "manifesto", "novel", "memoir", "memoirs", "film", "poem", "essay", "pamphlet",
                    "treatise", "song", "opera", "painting", "play", "autobiography"),
}
# Nouns for people by office or trade ("ambassador", "minister").
PERSON_NOUNS = frozenset(TYPE_NOUNS["PERSON"])
ORG_NOUNS = frozenset(TYPE_NOUNS["ORG"])  # "ministry", "office", "committee": what makes a name an organisation
# Nouns that define a named people ("The Lusks were an ancient people", "a Tarvic tribe"): a party that acts.
PEOPLE_NOUNS = frozenset({"people", "peoples", "tribe", "tribes", "clan", "clans"})
# Last words of a name that make it a place or a made thing, not a party that acts ("Lusk Village Mall
# opened", "the Orme Reservoir was completed", "the Tarn Cafe's ceiling"). Not words that also end the
# names of bodies that act: "church", "school", "hospital", "house" (the White House, Random House),
# "palace", "hall", "centre", "market" (the Common Market), "line" (a shipping line), "aircraft",
# "railway" (a railway company opens stations, buys and sells lines).
THING_NAME_HEADS = frozenset({
    "mall", "cafe", "café", "restaurant", "hotel", "bar", "pub", "shop", "store", "stadium", "arena",
    "reservoir", "dam", "bridge", "tower", "building", "station", "airport", "airfield", "park", "road", "street",
    "avenue", "square", "canal", "highway", "tunnel", "pier", "lighthouse", "fountain", "monument",
    "memorial", "castle", "fort", "mansion", "album", "song", "film", "novel", "ship", "locomotive",
    # a prize or a contest won or played, no party ("led the Bruins to two Stanley Cups")
    "circuit", "speedway", "racecourse",
    "cup", "cups", "trophy", "award", "awards", "prize", "medal", "championship", "championships", "tournament",
    # a building, a course taught, a register or a lottery game: things, not bodies that act
    "pavilion", "plaza", "course", "register", "lotto", "lottery"})
# Last words of a natural feature's name ("the Orme Valley", "Elm Coulee", "the Vell River"): where a
# thing happens, never a party, in whichever role the parse puts it. The second set are also surnames
# ("Eva Forest", "Tom Hill"), so they make a place only of a name the model calls a place. Not "islands":
# the Falkland or the Solomon Islands are territories and states that take part.
PLACE_FEATURE_HEADS = frozenset({
    "river", "creek", "valley", "coulee", "canyon", "gorge", "gulch", "basin", "plateau", "mountains",
    "lagoon", "marsh", "swamp", "desert", "peninsula", "strait", "straits", "gulf", "ocean",
    "estuary", "delta", "glacier", "volcano", "oasis"})
PLACE_FEATURE_SURNAMES = frozenset({
    "brook", "plain", "plains", "ridge", "mountain", "hill", "hills", "peak", "lake", "forest", "woods",
    "cape", "sea"})
# Nouns of a private person, by age, schooling, trade or residence: a country's name on one says where
# the person is from ("a U.S. schoolboy was shot"), not that the state took part (unlike "U.S. officials").
PRIVATE_PERSON_NOUNS = frozenset({
    "schoolboy", "schoolgirl", "student", "pupil", "boy", "girl", "man", "woman", "child", "teenager", "youth",
    "baby", "infant", "tourist", "traveller", "traveler", "backpacker", "citizen", "national", "resident",
    "immigrant", "emigrant", "expatriate", "businessman", "businesswoman", "teacher", "doctor", "nurse",
    "worker", "farmer", "engineer", "journalist", "reporter", "photographer", "singer", "rapper", "musician",
    "actor", "actress", "writer", "author", "poet", "painter", "artist", "athlete", "player", "swimmer",
    "runner", "cyclist", "boxer", "wrestler", "climber", "sailor", "pilot", "priest", "missionary", "nun",
    "couple", "family", "retiree", "pensioner", "scientist", "researcher", "professor", "lawyer", "heiress"})
# Nouns of a person known by a tie to another: the other is no party of what the person does
# ("a friend of suspect Tsarnaev was convicted", "his wife said"); a person the text names as
# someone's relative ("his brother Rodney Orme") is not who the bare surname means after.
RELATIONAL_NOUNS = {"friend", "friends", "brother", "brothers", "sister", "sisters", "wife", "husband", "widow",
                    "son", "sons", "daughter", "daughters", "father", "mother", "parents", "relative", "relatives",
                    "family", "cousin", "uncle", "aunt", "nephew", "niece", "neighbour", "neighbours", "neighbor",
                    "neighbors", "colleague", "colleagues", "roommate", "classmate", "girlfriend", "boyfriend"}
# Physical things and their parts: their owner or maker is no party of what is done to them ("her shop
# window was damaged", "the Ryder truck was driven", "shattering the windows of the ministry").
PHYSICAL_THING_NOUNS = frozenset({
    "window", "windows", "ceiling", "roof", "wall", "walls", "door", "doors", "facade", "glass", "floor",
    "car", "cars", "truck", "trucks", "van", "vans", "vehicle", "vehicles", "bus", "buses", "bike", "boat",
    "house", "houses", "home", "homes", "shop", "shops", "store", "stores", "building", "buildings", "office",
    "offices", "premises", "property", "backpack", "bag", "phone", "laptop", "camera"})
# Pictures handed out: where one comes "from" is a camera or a feed, no party (pipeline.events.non_parties).
IMAGE_NOUNS = frozenset({"photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures",
                         "footage", "video", "videos", "still", "stills", "snapshot", "snapshots"})
# Abbreviations of a sports result the model tags as a body ("another KO loss", "34 KO's"): no party.
RESULT_ABBREVIATIONS = frozenset({"ko", "kos", "tko", "tkos", "ko's", "rsc", "dq"})
# Nouns that describe a made product ("Tarn Quest, a role-playing game", "the Orbit 64 console"): a name
# they describe is a thing released or developed, no party of the release.
PRODUCT_NOUNS = frozenset({
    "game", "videogame", "console", "software", "program", "programme", "application", "app", "car", "model",
    "vehicle", "sedan", "saloon", "hatchback", "coupe", "truck", "motorcycle", "computer", "device", "phone",
    "smartphone", "handheld", "processor", "chip", "browser", "engine", "sequel", "expansion", "title"})
# Nouns of a person's kin and line: "Orme's descendants ruled", "his heirs sold it" are their acts, never the
# ancestor's (read by :mod:`pipeline.events.kin_possessors`).
KIN_NOUNS = frozenset({"descendant", "descendants", "heir", "heirs", "successor", "successors", "offspring",
                       "progeny", "grandson", "grandsons", "granddaughter", "granddaughters", "grandchildren",
                       "children", "child", "widow", "widower", "kin", "kinsmen", "dynasty", "lineage",
                       "clan", "family", "sons", "son", "daughter", "daughters", "brother", "brothers",
                       "sister", "sisters", "wife", "husband", "father", "mother", "nephew", "nephews", "niece",
                       "cousin", "cousins", "uncle", "relatives", "relative", "heiress", "posterity"})
