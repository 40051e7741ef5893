"""Words that make a name no party, whatever entity label the model gave it (issue 31's judged wrong
actors on history leads: a period, a theatre, an idea, a meeting, a seat, a facility or a ship listed
as who acted). Read by :mod:`pipeline.events.non_party_names`. Common English words only: the rules
read the name's shape and its place in the sentence, never one article's names."""

from __future__ import annotations

# Last words of a period's or an age's name ("the Golden Age", "the Meiji era", "the Amarna Period").
PERIOD_HEADS = frozenset({"age", "ages", "era", "epoch", "period", "millennium", "interregnum", "renaissance",
                          "enlightenment"})
# A realm named by its place in a sequence is a period of a land's history ("the Middle Kingdom",
# "the New Kingdom", "the Early Dynastic Period"), not the land acting.
PERIOD_ORDINALS = frozenset({"old", "middle", "new", "early", "late", "first", "second", "third", "fourth",
                             "intermediate", "classical", "archaic", "high"})
REALM_HEADS = frozenset({"kingdom", "realm", "empire", "dynasty", "period"})
# A barrier named as a figure of speech or a built line: a thing, never a party ("the Iron Curtain",
# "the Bamboo Curtain", "Hadrian's Wall").
BARRIER_HEADS = frozenset({"curtain", "wall"})
# Words before "Front" that make it a theatre of war ("the Western Front", "the Home Front"); a
# demonym or a state's name does too ("the Italian Front"). A political front keeps its name
# ("the Popular Front", "the National Liberation Front"): these words say so.
THEATRE_WORDS = frozenset({"eastern", "western", "northern", "southern", "home", "central", "north", "south",
                           "east", "west", "southwestern", "southeastern", "northwestern", "northeastern"})
POLITICAL_FRONT_WORDS = frozenset({"popular", "national", "patriotic", "united", "people's", "peoples",
                                   "republican", "democratic", "socialist", "islamic", "christian", "revolutionary",
                                   "liberation", "workers", "workers'", "left", "right", "red", "green",
                                   "unity", "solidarity", "salvation", "freedom", "independence", "civic"})
# Religions and creeds written without "-ism": an idea, not the people who carry it ("Christianity came
# to the island": the missionaries are the parties). Any one-word name ending in "-ism" is an idea too.
CREED_NAMES = frozenset({"christianity", "islam", "orthodoxy", "shinto", "judaism", "catholicism",
                         "protestantism", "buddhism", "hinduism", "sikhism", "jainism", "taoism", "zoroastrianism"})
# Meetings named "X of Y" or "the Y Conference": the happening itself when held, convened, attended ...
MEETING_HEADS = frozenset({"congress", "conference", "council", "summit", "synod", "diet", "convention"})
MEETING_VERBS = frozenset({"hold", "held", "holds", "holding", "convene", "convened", "convenes", "convening",
                           "attend", "attended", "attends", "attending", "host", "hosted", "hosts", "hosting",
                           "organise", "organised", "organize", "organized", "summon", "summoned", "open", "opened",
                           "close", "closed", "adjourn", "adjourned", "boycott", "boycotted", "chair", "chaired"})
# What a town is named as when it is only where the seat is ("with Vell as its capital").
SEAT_NOUNS = frozenset({"capital", "capitals", "seat", "headquarters", "residence", "capitol"})
# Nouns of a place built for an armed force, a school or a test: the name before them names the place.
FACILITY_NOUNS = frozenset({"school", "barracks", "base", "airbase", "airfield", "airstrip", "site", "range",
                            "garrison", "arsenal", "shipyard", "dockyard", "proving", "depot", "academy"})
# Nouns of a made thing a site shows ("the site shows occupation since ..."): the site is a place.
EVIDENCE_NOUNS = frozenset({"occupation", "evidence", "traces", "trace", "signs", "remains", "habitation",
                            "settlement", "continuity", "finds"})
# Nouns of a ship's kind written before its name ("the battleship Tarvia"); not plain "carrier" (an
# airline is a carrier too) unless "aircraft" says so.
VESSEL_NOUNS = frozenset({"battleship", "cruiser", "destroyer", "frigate", "corvette", "submarine", "ship",
                          "vessel", "liner", "steamer", "steamship", "schooner", "yacht", "tanker", "freighter",
                          "galleon", "warship", "flagship", "sloop", "brig", "gunboat", "dreadnought", "minesweeper",
                          "icebreaker", "clipper", "ironclad", "airship", "zeppelin"})
SHIP_PREFIXES = frozenset({"USS", "HMS", "SS", "RMS", "HMAS", "HMCS", "HMNZS", "SMS", "MV", "MS", "USNS", "INS",
                           "ARA", "KMS", "HNLMS", "USCGC"})
# Followers named by whom they follow ("Orme's supporters rallied"): the followers act, not the one followed.
FOLLOWER_NOUNS = frozenset({"supporter", "supporters", "follower", "followers", "admirer", "admirers", "fan",
                            "fans", "adherent", "adherents", "partisan", "partisans", "loyalist", "loyalists",
                            "sympathizer", "sympathizers", "sympathiser", "sympathisers", "disciple", "disciples",
                            "devotee", "devotees", "opponent", "opponents", "critic", "critics", "detractor",
                            "detractors", "enemy", "enemies", "rival", "rivals", "competitor", "competitors",
                            # kin and aides speak and act for themselves ("Orme's stepmother said")
                            "mother", "father", "stepmother", "stepfather", "wife", "husband", "widow", "son",
                            "daughter", "brother", "sister", "parents", "family", "relatives", "lawyer", "lawyers",
                            "attorney", "attorneys", "aide", "aides", "friend", "friends", "neighbour", "neighbor",
                            "neighbours", "neighbors", "biographer", "doctor", "doctors"})
# People of a body who are not the body ("students of the Orme Institute protested", "workers of Lusk Ltd.
# struck"): they act, the body they belong to does not. Not its members, officers or soldiers: "members
# of the Orme Party voted", "soldiers of the Tarvian army" act for it.
MEMBER_NOUNS = frozenset({"student", "students", "pupil", "pupils", "alumni", "alumnus", "graduate", "graduates",
                          "employee", "employees", "worker", "workers", "staff", "resident", "residents",
                          "inhabitant", "inhabitants", "researcher", "researchers", "scientist", "scientists",
                          "professor", "professors", "teacher", "teachers", "customer", "customers", "shareholder",
                          "shareholders", "patient", "patients", "readers", "viewers", "listeners"})
# Verbs that put something on a list or a watch ("placed the debt on CreditWatch", "put Orme on its
# watch list"): the name after "on" is the list, a thing, no party.
# Written forms: the parse gives no lemmas.
PLACING_VERBS = frozenset({"place", "placed", "places", "placing", "put", "puts", "putting", "keep", "keeps",
                           "kept", "keeping", "remain", "remains", "remained", "remaining", "stay", "stays", "stayed",
                           "add", "adds", "added", "adding", "remove", "removes", "removed", "removing"})
# Prepositions that place a subject's people somewhere ("officials in Miami warned"): the place acts not.
SUBJECT_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "throughout"})
# Last words of a body's name that is also a building ("the bombings at the American Embassies").
BUILDING_BODY_HEADS = frozenset({"embassy", "embassies", "consulate", "consulates"})
# Verbs that only say a realm, an age or a body went on existing: its subject does not act.
LASTING_VERBS = frozenset({"last", "lasted", "lasts", "lasting", "endure", "endured", "endures", "persist",
                           "persisted", "persists"})
# Happening nouns done to their possessor ("her assassination", "Orme's arrest", "the king's
# overthrow"): the possessor suffers it, so takes part, never acts. Not nouns whose possessor is the
# doer as often ("Tarvia's invasion", "Caesar's conquest", "his exile", "his trial").
PATIENT_POSSESSOR_NOUNS = frozenset({
    "assassination", "murder", "execution", "arrest", "capture", "kidnapping", "abduction", "overthrow",
    "deposition", "imprisonment", "impeachment", "ouster", "dismissal", "beheading", "lynching", "torture",
    "detention", "extradition", "expulsion", "banishment", "excommunication", "canonization", "canonisation",
    "beatification", "martyrdom", "killing", "poisoning", "blinding", "incarceration"})

# Head words of an honour or a rank a sentence gives its patient ("was voted World Player of the Century",
# "named Person of the Year", "crowned King of Lusk"): with the titles of office and rule
# (pipeline.lexicon.person_titles) the title is what someone became, no party.
HONOUR_TITLE_HEADS = frozenset({
    "player", "athlete", "sportsman", "sportswoman", "sportsperson", "footballer", "personality", "person",
    "man", "woman", "champion", "laureate", "citizen", "fellow", "member", "scholar", "artist", "writer",
})
# Head words of a happening's, an age's or an agreement's own name ("the Seven Years' War", "the Treaty
# of Verdun", "the Bronze Age collapse", "the Orm Revolution"): a name inside that noun phrase is a piece
# of the name, no party. Not heads whose name word is as often the doer ("the German occupation",
# "the Orm invasion", "the Orm dispute": not listed).
HAPPENING_NAME_HEADS = frozenset({
    "war", "wars", "treaty", "treaties", "peace", "pact", "accord", "accords", "armistice", "truce",
    "revolution", "rebellion", "revolt", "uprising", "insurrection", "crisis", "collapse", "age", "ages", "era",
    "period", "reformation", "restoration", "schism", "crusade", "controversy", "troubles", "depression", "panic"})
# A ruling house or a people said to be "of" a land ("an imperial dynasty of China that ruled", "the
# Lusk dynasty of Orm, which ruled"): a relative clause after it tells what the house or the people did,
# not the land it ruled or lived in.
RULING_GROUP_NOUNS = frozenset({"dynasty", "dynasties", "clan", "clans", "tribe", "tribes", "people", "peoples",
                                "house", "rulers", "ruler", "monarchs", "kings", "emperors", "sultans",
                                # a ruler's title "of" the land ("the king of Orm who ruled"): the ruler did it
                                "king", "queen", "emperor", "empress", "sultan", "khan", "tsar", "czar", "pharaoh",
                                "monarch", "shah", "caliph", "emir", "duke", "prince",
                                # a ruling house of warriors "of" the land ("the Vell shogunate of Tarvia, which ruled")
                                "shogunate"})
# Last words of a landform's name that neither a body nor a person ends with ("the Eurasian Steppe",
# "the Continental Divide", "the Khyber Pass", "Plymouth Rock" is not here: Rock is a surname): a place
# under any label the model gives it, never a party. Not "coast" or "islands" (Ivory Coast, Solomon
# Islands are states), not "sea" or "lake" (surnames).
LANDFORM_HEADS = frozenset({"steppe", "steppes", "divide", "pass", "isthmus", "archipelago", "fjord", "tundra",
                            "prairie", "prairies", "highlands", "lowlands", "uplands", "massif", "escarpment",
                            "headland", "moors", "heath", "savanna"})
# Words that open an operation's code name ("Operation Desert Orm", "Exercise Tiger"): the name is the
# happening's, no party of it.
OPERATION_WORDS = frozenset({"operation", "exercise"})
# Verbs of a ship's voyage (lower-case forms): their subject "the <one proper noun>" is the ship ("the
# Orme sailed from Lusk"), a thing; the people aboard are the party.
VOYAGE_VERBS = frozenset({"sail", "sailed", "sails", "sailing", "docked", "dock", "anchored", "anchor",
                          "berthed", "ran", "foundered", "steamed", "capsized", "sank", "sink", "sunk"})
# Nouns of a fleet or a force (the "Armada" sails as a force of its state): never a ship's name.
FLEET_NOUNS = frozenset({"armada", "fleet", "navy", "squadron", "flotilla", "army", "force", "forces", "legion",
                         "expedition", "convoy", "crew", "company", "corps", "guard"})
# Capitalised heads of a happening's name "of" its patient or its place ("the Fall of Orm", "the Sack of
# Lusk", "the Battle of Vell", "the Christianization of Tarvia", "the Assassination of Jan Orme"): the
# name is the happening, and what it is "of" no party of another verb ("the Fall of Orm ended the
# empire"). Only in the "Head of X" form: "the Tarvian conquest" names the conqueror.
ACT_NAME_HEADS = frozenset({
    "fall", "sack", "siege", "battle", "battles", "capture", "conquest", "partition", "partitions", "annexation",
    "assassination", "murder", "execution", "massacre", "burning", "destruction", "liberation", "relief",
    "christianization", "christianisation", "islamization", "islamisation", "unification", "colonization",
    "colonisation", "expulsion", "evacuation", "invasion", "occupation", "storming", "surrender"})
# Adjectives of a creed ("the Muslim conquest", "Christian missions"): before a happening's noun they say of
# what kind it was, no party. (A people's word does name its doers: "the Arab conquest of Egypt", Arabs.)
RELIGION_ADJECTIVES = frozenset({
    "muslim", "moslem", "islamic", "christian", "catholic", "protestant", "orthodox", "jewish", "hindu",
    "buddhist", "pagan"})
# ... and of a broad people no state bears: a war's dashed side of one ("the Lusk–Arab wars") is an
# adjective, no party a user can group by.
CREED_ADJECTIVES = RELIGION_ADJECTIVES | {"arab", "arabic", "slavic", "germanic", "celtic", "turkic", "norse", "viking",
                                          "latin"}
# One-word names of a stretch of prehistory or history ("the Neolithic began", "Antiquity ended"): an
# age, never a party. (Multi-word ages end in a PERIOD_HEADS word.)
ERA_WORDS = frozenset({
    "neolithic", "paleolithic", "palaeolithic", "mesolithic", "epipaleolithic", "chalcolithic", "eneolithic",
    "antiquity", "prehistory", "protohistory", "holocene", "pleistocene", "renaissance", "enlightenment"})
# A continent or a broad region named by its place on the map ("the Ancient Near East", "the Balkans",
# "Western Europe"): where, never who. Compared on the name without "the", compass and age words.
REGION_NAMES = frozenset({
    "near east", "middle east", "far east", "levant", "balkans", "caucasus", "maghreb", "sahel", "mediterranean",
    "africa", "europe", "asia", "eurasia", "oceania", "americas", "north america", "south america",
    "central america", "latin america", "scandinavia", "anatolia", "asia minor", "fertile crescent",
    "subcontinent", "indian subcontinent", "horn of africa", "sub-saharan africa", "mesoamerica", "polynesia",
    "melanesia", "micronesia", "southeast asia", "central asia", "east asia", "south asia", "west africa",
    "east africa", "north africa", "southern africa", "central africa", "iberian peninsula", "arabian peninsula"})
# Words before a region's name that leave it a region ("the Ancient Near East", "Western Europe").
REGION_QUALIFIERS = frozenset({"ancient", "the", "western", "eastern", "northern", "southern", "central",
                               "northwestern", "northeastern", "southwestern", "southeastern", "greater",
                               "continental", "medieval", "early", "late", "modern"})
# Last words of a status a place is given ("declared a UNESCO World Heritage Site", "a National Historic
# Landmark"): what it became, never a party.
STATUS_NAME_HEADS = frozenset({"site", "sites", "landmark", "landmarks"})  # (not "heritage": English Heritage acts)
# Word forms of verbs that bring a force into being or end it ("the Congress established the Continental
# Army", "disbanded the Grande Armée"): the force made is the party, not the state it serves.
FORCE_MAKING_VERB = r"^(?:establish|founded|founding|creat|form|rais|organi[sz]|reorgani[sz]|disband|dissolv|abolish|muster)"
# A company's legal form ending its name ("Reiss & Co. B.V.", "Orm AG"): a name ends there, and "of the
# Netherlands" after it says where the company is. Not "Co." or "Corp.": "Aluminum Co. of America" and
# "Hospital Corp. of America" are whole names.
LEGAL_FORM_WORDS = frozenset({"b.v.", "n.v.", "ag", "gmbh", "s.a.", "s.p.a.", "plc", "ltd.", "ltd", "inc.", "inc",
                              "llc", "a.s.", "oy", "ab", "s.a.r.l.", "pty", "k.k."})
# Nouns that introduce a word or a name as such ("the term Viking", "the title Shahanshah", "the motto Alma
# Mater Studiorum"): the name after one is a word, no party.
NAMING_NOUNS = frozenset({"term", "terms", "title", "titles", "motto", "mottos", "mottoes", "nickname", "nicknames",
                          "epithet", "epithets", "slogan", "honorific", "honorifics", "moniker", "pseudonym",
                          "pen-name", "byname", "sobriquet", "word"})
# Word forms of verbs that give a name ("shortened to Nizhny", "known as Gorky", "was dubbed the First Lady of
# the Screen"): the name given is a word for the party, no party of its own. Not "renamed": "the college was
# renamed Orm State College" (or "named") names the college itself by its new name, the party of the row.
NAMING_VERB = r"^(?:shorten|abbreviat|contract|known|call|dub|nicknam|styl|referr|refer|term)"
# Lower-case particles of a family name ("Jacobus van 't Hoff", "Ludwig van Beethoven") and the article
# clitic after one ("'t"): a person's name never ends in one.
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "ter", "ten", "op"})
ARTICLE_CLITICS = frozenset({"'t", "’t", "‘t"})
# --- words of pipeline.events.whole_party_gate (issue 31, part 2: one whole name per party) ---
# An era's abbreviation, compared without dots in capitals ("BCE", "A.D."): part of a date, never a party.
ERA_ABBREVIATIONS = frozenset({"BC", "BCE", "AD", "CE", "ADCE", "AH", "BP"})
# Particles inside a family name ("Antonio López de Santa Anna", "Ibn Battuta", "Hasan al-Basri"): a name
# never ends in one. NAME_PARTICLES plus the Arabic and Iberian ones.
FAMILY_PARTICLES = NAME_PARTICLES | frozenset({"dos", "das", "do", "bin", "ibn", "bint", "ben", "al", "el", "y", "la", "le"})
# Ranks written before a polity's head ("Grand Duchy", "Holy Empire"): with the head alone still no name.
POLITY_QUALIFIERS = frozenset({"grand", "great", "holy", "high", "imperial", "royal", "free", "crown"})
# Last words of a works' name ("the Orm Nuclear Power Plant"): a thing, never a party. (Not "mill", "works":
# surnames and companies.)
PLANT_HEADS = frozenset({"plant", "reactor", "refinery", "dam", "mine", "pipeline", "smelter", "powerhouse"})
# Nouns of what a people's rule is ("the foundation of Lusk rule"): the name says whose, the rule is no act.
RULE_NOUNS = frozenset({"rule", "control", "domination", "dominance", "hegemony", "suzerainty", "sovereignty",
                        "overlordship", "supremacy", "influence"})
# Compass words a place is "of" ("south of Baghdad"): where, never who.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})
# Words before a place that say it is named by today's map ("present-day Tarvia", "modern Orm").
PRESENT_DAY_WORDS = frozenset({"present-day", "modern-day", "today's", "contemporary"})
# Groups named by where they came from ("Lusk settlers", "Orm merchants"): the name before them is their
# origin, not the group, and no party.
ORIGIN_GROUP_NOUNS = frozenset({"settlers", "settler", "colonists", "colonist", "immigrants", "immigrant", "emigrants",
                                "emigrant", "migrants", "migrant", "merchants", "merchant", "traders", "trader",
                                "missionaries", "missionary", "pilgrims", "pilgrim", "refugees", "exiles", "émigrés"})
# Nouns of a machine a make and model name qualifies ("the Tupolev Tu-134 plane crash", "a Boeing 747 airliner").
VEHICLE_NOUNS = frozenset({"plane", "aircraft", "airliner", "jet", "jetliner", "airplane", "aeroplane", "helicopter",
                           "bomber", "fighter", "car", "truck", "lorry", "bus", "train", "locomotive", "tank",
                           "rocket", "missile", "rifle", "engine", "satellite", "spacecraft"})
# Abbreviations of a substance, an illness or a technique, written like a body's ("DNA tests link the activist
# to a hair", "HIV spread"): never a party, whatever the model tags them.
THING_ABBREVIATIONS = frozenset({"DNA", "RNA", "mtDNA", "HIV", "AIDS", "SARS", "MRI", "CT", "PCR", "TNT", "LSD",
                                 "GPS", "DDT", "PCB", "PCBs", "CFC", "CFCs", "UV", "IQ", "GDP", "GNP", "CPI", "HTML",
                                 "LCD", "LED", "MP3", "PDF", "SMS", "ICBM", "ICBMs", "IED", "IEDs", "RPG", "AK-47"})
# Nouns of a style, a genre or a tongue a name qualifies ("the Orm style spread", "the Vell language", "Lusk
# architecture"): the name says which style, no party. Not "school" or "movement" (bodies of people that act).
STYLE_HEADS = frozenset({"style", "styles", "genre", "genres", "language", "languages", "dialect", "dialects",
                         "architecture", "idiom", "script", "alphabet"})
