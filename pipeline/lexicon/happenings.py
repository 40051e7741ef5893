"""The nouns that name a happening, and the lookalikes that do not (the events stage's trigger words).

A date belongs to the verb it hangs from or to an event noun (``the invasion on 22 June``, ``his
death in 1961``). Deverbal suffixes catch most event nouns; ``EVENT_NOUNS`` are those without one,
``SUFFIX_LOOKALIKES`` and ``STATES_NOT_HAPPENINGS`` the nouns with a happening's suffix that name a
time, a body, a thing or a state; ``ENTRY_NOUNS`` the happenings a dated list entry names.
"""

from __future__ import annotations

# Nouns that name something that happens. Deverbal suffixes catch most ("invasion",
# "agreement", "signing"); these are the ones without such a suffix.
EVENT_NOUNS = {
    "outflow", "inflow",  # "the fund has had a net outflow": money flowing out, a happening
    "war", "battle", "pact", "accord", "treaty", "attack", "coup", "purge", "crisis", "talk", "talks", "visit", "trial",
    "congress", "conference", "summit", "raid", "strike", "revolt", "uprising", "putsch", "siege", "campaign",
    "offensive", "election", "plenum", "speech", "visit", "deal", "truce", "armistice", "ultimatum", "collapse",
    "blockade", "famine", "terror", "crash", "fall", "rise", "decline", "defeat", "victory", "murder", "massacre", "purchase",
    "parade", "reshuffle", "protocol", "plan", "policy", "decree", "fight", "bout", "debut", "premiere",
    # Happenings of a life and gatherings: "until his death in 1961", "the Symposium in 1960".
    "death", "birth", "marriage", "symposium", "festival", "concert", "gig", "tour", "wedding", "funeral",
    # Happenings of things and firms: "the release of their album on 12 May", "the merger in 1998".
    "release", "launch", "merger", "takeover", "breakup", "riot", "flood", "earthquake",
    # Contests, journeys, fighting and disasters: "the first race was held", "knockout wins that year".
    "race", "match", "tournament", "ceremony", "expedition", "voyage", "journey", "trip", "flight", "win", "loss",
    "ambush", "assault", "skirmish", "clash", "mutiny", "conquest", "surrender", "retreat", "escape", "arrest",
    "ceasefire", "cease-fire", "referendum", "rally", "protest", "lecture", "interview", "debate", "boycott",
    "embargo", "scandal", "accident", "disaster", "collision", "wreck", "fire", "storm", "hurricane", "epidemic",
    "outbreak", "plague", "drought", "blast", "verdict",
    # Happenings without a suffix that history tells by a light verb: "a conflict followed", "started
    # the quest for a pact", "preceded the formal split", "the search for routes".
    "conflict", "split", "schism", "quest", "search", "feud", "revolt",
    # Turns of a life or a reign: "until his overthrow in 1989", "after her return in 1815".
    "overthrow", "downfall", "demise", "ouster", "return", "exile",
    # "-ery" happenings: "his discovery in 1928 of penicillin", "the robbery on 3 May".
    "discovery", "recovery", "robbery", "delivery",
    # Movements into a place or a market, told without a suffix: "the buildup of troops in August",
    # "made inroads in 1200".
    "buildup", "build-up", "inroad", "incursion",
    # Happenings and stretches a history dates by their own phrase: "the 1897 census found",
    # "the interregnum of 1527–1533", "apartheid existed from 1948 to 1994".
    "census", "interregnum", "apartheid",
    # A sudden growth ("a surge of interest in the early 20th century necessitated …"), a burying, a handing over.
    "surge", "upsurge", "burial", "transfer", "handover",
}
EVENT_SUFFIXES = ("ion", "ment", "ance", "ence", "ing", "ure", "sal", "val", "ade")

# Nouns with a happening's suffix that name a time, a body or a thing: "the following spring, 1973", "with
# the exception of 1888", "the 1999 edition", "the founding moment", "served in the legislature in 1961".
SUFFIX_LOOKALIKES = {"spring", "morning", "evening", "exception", "edition", "ceiling", "string", "duration",
                     "moment", "legislature", "station", "division", "brigade", "decade", "regiment", "department",
                     "monument", "building", "association", "federation", "corporation", "foundation", "location",
                     "legion", "battalion", "million", "billion", "literature", "signature", "furniture",
                     "television",
                     # Adjectives the parser may take for nouns: "the 10th-century medieval Orm Text".
                     "medieval", "mediaeval", "primeval", "coeval",
                     # People and things: "became world champion in 1971" is a becoming, "the 1893
                     # champion of the league" a title; "a picture of 1911", "the science of 1900".
                     "champion", "companion", "pavilion", "bastion", "stallion", "medallion", "mansion",
                     "pension", "fashion", "cushion", "onion", "criterion", "sibling", "offspring", "clothing",
                     "viking", "picture", "creature", "sculpture", "temperature", "mixture", "texture",
                     "architecture", "agriculture", "apartment", "equipment", "compartment", "garment",
                     "ornament", "segment", "supplement", "science", "audience", "evidence", "distance",
                     "balance", "finance", "essence", "licence", "sequence", "comrade", "arcade", "grenade",
                     "facade", "interval", "pasture",
                     # Rules, papers, trades and views: "the regulation", "sold debentures", "the
                     # shipbuilding unit", "the implication of", "analysts' expectations".
                     "regulation", "debenture", "shipbuilding", "implication", "expectation", "education",
                       # "an indication that the economy is slowing": a reading of things, no happening
                       "indication", "anonymity",
                     # Groups of people: "a faction loyal to Orm" names no happening.
                     "faction", "fraction",
                     # A quality told as a noun: "this distinction has been absent since the 2010s".
                     "distinction"}

# Happenings a dated list entry names that a sentence would tell with a verb ("first flight", "debut").
ENTRY_NOUNS = {"flight", "launch", "debut", "premiere", "release", "tour", "voyage", "ceremony", "match", "race",
               "wedding", "funeral", "expedition", "death", "birth", "fire", "flood", "earthquake", "landing"}

# Nouns the deverbal-suffix test takes for happenings that are things or states: "both were pariah
# nations", "closer relations were necessary" keep their verb.
STATES_NOT_HAPPENINGS = {"nation", "relation", "relationship", "population", "region", "position", "situation",
                         "condition", "religion", "tradition", "generation", "portion", "section", "government",
                         "movement", "element", "document", "instrument", "parliament", "nature", "structure",
                         "culture", "feature", "figure", "organisation", "organization", "institution",
                         "question", "opinion", "mission", "commission", "union", "edition", "version",
                         "existence", "contention", "possession", "residence", "presence", "absence",
                         "jurisdiction", "civilisation", "civilization",
                         "prominence", "importance", "significance", "eminence"}  # (a standing, "rose to prominence": the rise) ("a Bronze Age civilisation": a people's culture)

# Standings a party or a thing reaches, told by "became" ("Vellism became popular in the 1950s"): the row's
# trigger is the phrase "become popular" (pipeline.events.state_phrases), the becoming being the happening.
STANDING_ADJECTIVES = {"popular", "prominent", "dominant", "famous", "widespread", "common", "fashionable",
                       "influential", "predominant", "prevalent", "powerful", "wealthy", "rich", "renowned",
                       "notable", "obsolete", "defunct", "moribund", "established", "mainstream", "respectable",
                       "official", "standard", "universal", "ubiquitous", "commonplace", "marginal", "irrelevant", "known", "infamous", "notorious"}
# Standings a verb of bringing raises a party to: "brought them to prominence", "catapulted him to fame".
STANDING_NOUNS = {"prominence", "fame", "power", "attention", "eminence", "notice", "renown", "stardom",
                  "notoriety", "popularity"}

# Verbs whose particle makes another happening of them ("set out from Camp Dubois on May 14", "gave up
# sovereignty over Cochinchina in 1862", "fighting broke out"): the row's trigger is the phrasal verb.
PHRASAL_HAPPENINGS = {("set", "out"), ("set", "off"), ("set", "up"), ("break", "out"), ("break", "away"),
                      ("break", "up"), ("give", "up"), ("take", "over"), ("wipe", "out"),
                      ("die", "out"), ("step", "down"), ("stand", "down"), ("bring", "about"),
                      ("come", "about"), ("call", "off"), ("split", "up"), ("pull", "out"), ("take", "off")}

# Nouns that are happenings only as what a light verb has, takes or includes: "had a hit with the song in
# 1963" (the hit), "had surgery in 1985", "his finishes include second place", "the tour included a stop in
# Tarsk". Alone ("the hit single", "the stop sign", "a glossy finish") they may name a thing, so they are
# no event nouns.
LIGHT_VERB_HAPPENINGS = {"hit", "success", "surgery", "operation", "breakthrough", "finish", "stop", "dispute",
                         "quarrel",
                         # "made remarks last week", "made an attempt on the summit", "made a bid for".
                         "remark", "comment", "attempt", "bid", "offer", "call", "move", "journey"}

# Verbs that report what someone said, in every form (the pipeline's lemmatizer is off): a date
# told right after one ("said Tuesday that the army had withdrawn") dates the saying, whatever
# clause the parser hangs it on.
SPEECH_VERB_FORMS = frozenset("""
say says said saying tell tells told telling announce announces announced announcing
report reports reported reporting state states stated stating add adds added adding
declare declares declared declaring confirm confirms confirmed confirming deny denies denied
denying disclose discloses disclosed disclosing reveal reveals revealed revealing warn warns
warned warning claim claims claimed claiming insist insists insisted insisting explain explains
explained explaining acknowledge acknowledges acknowledged acknowledging admit admits admitted
admitting assert asserts asserted asserting testify testifies testified testifying indicate
indicates indicated indicating argue argues argued arguing allege alleges alleged alleging
""".split())

# Nouns the loose suffix test takes for happenings that name a thing, a person or a state of mind:
# "the founder of the group", "had no information on it", "attention returned to the court".
NOT_HAPPENING_NOUNS = {"information", "attention", "founder", "intention", "emotion", "reputation", "station",
                       "location", "direction", "fashion", "passion", "tension", "nation", "notion", "portion",
                       "proportion", "option", "caution", "ambition", "motion", "solution", "suspicion",
                       "regulation", "debenture", "shipbuilding", "implication", "expectation", "education"}

# "in addition", "in contrast": a preposition and a bare noun that join two statements, no happening.
DISCOURSE_NOUNS = {"addition", "contrast", "comparison", "conclusion", "connection", "accordance", "particular",
                   "general", "fact", "turn", "short", "sum", "summary", "regard", "relation", "reference"}

# Verbs of feeling, holding an opinion or foreseeing, told in the past ("residents worried the
# boy would be sent back", "he was loved by his parents", "analysts predicted a rise"): a state
# or a view, no happening to date.
STATE_OF_MIND_VERBS = {"love", "hate", "like", "dislike", "worry", "fear", "doubt", "wish", "prefer", "enjoy",
                       "regret", "trust", "suspect", "assume", "imagine", "predict", "forecast", "anticipate",
                       "estimate", "persevere", "deserve", "resemble", "belong", "own", "lack",
                       "matter", "welcome", "value", "respect", "admire", "oppose", "favor", "favour", "intend"}

# Verbs of a liking or a leaning that holds ("investors now favour bonds", "is infatuated with tech shares"):
# in the present or the present perfect, a standing mood of the market, no happening of the report's dates.
FEELING_VERBS = frozenset("""
love hate like dislike worry fear prefer enjoy trust admire respect value favor favour infatuate obsess enamor
enamour fascinate know
""".split())
# Entries of a firm's accounts: "the results include amortization of goodwill in the quarter".
ACCOUNTING_NOUNS = frozenset("""
amortization amortisation depreciation accrual provision write-off writeoff writedown write-down impairment
""".split())

# Nouns for a figure: "the death toll rose to 40", "the price fell" tell a quantity's change, no happening.
FIGURE_NOUNS = {"toll", "number", "figure", "total", "count", "price", "rate", "percentage", "share", "level",
                "tally", "cost", "amount", "sum", "index", "turnout", "average"}

# Nouns of a firm's or a body's unit or standing activity, which the suffix test takes for happenings: "its
# European operations", "the packaging division", "spending on education". In a report's undated rows they
# name what a business is or does, no happening of the report's weeks.
ACTIVITY_NOUNS = {"operations", "division", "packaging", "education", "generation", "production", "manufacturing",
                  "marketing", "banking", "accounting", "engineering", "publishing", "shipping", "advertising",
                  "administration", "corporation", "association", "foundation", "subsidiary", "unit", "holdings", "savings", "earnings", "financing", "pricing", "lending", "housing", "insurance",
                  "distribution", "transportation", "communications", "telecommunications", "processing"}

# Verbs that a news report uses to carry a figure or a happening named by their object: "posted a gain",
# "experienced a drop", "reported a loss". The object, when it names a happening, is the word to date.
LIGHT_NEWS_VERBS = {"post", "experience", "register", "record", "log", "suffer", "undergo", "see", "show",
                    "book", "notch", "chalk", "take", "make", "have", "get", "enjoy", "sustain"}
# Modifiers that make "operations" a happening again, not a firm's business: "rescue operations".
HAPPENING_OPERATIONS = {"military", "rescue", "search", "combat", "police", "security", "peacekeeping", "recovery",
                        "relief", "covert", "undercover", "air", "ground", "naval", "offensive", "clean-up", "cleanup"}

# Subjects that say nothing of the kind happened: "no one was hurt", "nobody claimed responsibility".
NOBODY_WORDS = {"nobody", "none", "nothing", "noone"}

# Verbs of a quantity's change or size: "net income rose 12%", "shares fell 3 cents", "revenue edged up",
# "the unit accounted for 40% of sales", "sales totalled $3 million". With a figure as subject or a sum or
# share as complement they report a figure, which is no happening (the report of it may be one).
CHANGE_VERBS = {"rise", "fall", "gain", "drop", "edge", "plummet", "plunge", "climb", "decline", "slip", "jump",
                "soar", "surge", "tumble", "slide", "dip", "ease", "rebound", "advance", "increase", "decrease",
                "grow", "shrink", "widen", "narrow", "total", "amount", "account", "double", "triple", "halve",
                "slump", "skid", "sag", "inch", "retreat", "recover", "improve", "worsen", "exceed", "top",
                "beat", "miss", "reach", "average", "equal", "match", "hit", "stand", "come", "run"}
# Of those, the ones a figure names even without a sum: "revenue edged up", "profit plummeted".
CHANGE_ONLY_VERBS = {"rise", "fall", "gain", "drop", "edge", "plummet", "plunge", "climb", "decline", "slip", "jump",
                     "soar", "surge", "tumble", "slide", "dip", "ease", "rebound", "increase", "decrease", "grow",
                     "shrink", "widen", "narrow", "total", "amount", "double", "triple", "halve", "slump", "skid",
                     "sag", "inch", "improve", "worsen", "average"}
# A firm's reported figures (and a market's): as a subject of a change or as the dated word they are a
# figure for a period, no happening ("third-quarter earnings", "sales in the quarter climbed").
REPORTED_FIGURES = {"earnings", "earning", "profit", "profits", "income", "revenue", "revenues", "sales", "loss",
                    "losses", "gain", "gains", "stock", "stocks", "share", "shares", "price", "prices", "dividend",
                    "dividends", "output", "shipments", "orders", "margin", "margins", "volume", "yield", "yields",
                    "deficit", "surplus", "inflation", "unemployment", "result", "results", "spending", "costs",
                    "exports", "imports", "value", "index", "average", "bond", "bonds", "currency", "dollar",
                    "yen", "assets", "reserves", "backlog", "sale", "payout", "turnover", "rate", "rates"}
# Of those, the nouns a dated row may stand on that are a period's figure whatever the sentence says:
# "earnings for the quarter were $1.2 million" (a loss or a sale is a figure only with a sum or a period).
FIGURE_TRIGGERS = {"earnings", "earning", "profit", "profits", "income", "revenue", "revenues", "sales",
                   "turnover", "shipments", "trading", "dividend", "dividends"}
# Nouns of a reporting period: "the quarter ended Sept. 30", "the fiscal year ending June 30".
PERIOD_NOUNS = {"quarter", "year", "period", "month", "months", "half", "week", "weeks", "season", "term",
                "semester", "weeks", "years", "quarters"}
# Verbs of a view or an expectation: "he thinks", "expects to continue", "foresees a need". What a view
# holds has not happened, and holding it is a state, no happening of the date it looks to.
VIEW_VERBS = {"think", "believe", "expect", "foresee", "anticipate", "predict", "forecast", "project",
              "estimate", "hope", "doubt", "suppose", "reckon", "envision", "envisage", "guess", "assume"}
# Words that date a state now: "now holds", "currently controls", "is at present".
# ("today" is not one: "we today accept the guarantee" is the day's happening, told in the present.)
PRESENT_WORDS = {"now", "currently", "presently", "present", "nowadays", "days", "still"}
# "An explosion ripped through the embassy", "fighting erupted", "the earthquake struck the city": a verb
# that only tells how its subject happening came about or spread; the subject names the happening
# (one row, the noun's). Written in all forms: the events stage's parse has no lemmatizer. "break"
# counts only with "out" ("riots broke out"), "go" only with "off" (pipeline.events.happening_words).
UNFOLDING_VERB_FORMS = frozenset("""
rip rips ripped ripping tear tears tore torn tearing sweep sweeps swept sweeping strike strikes struck
striking hit hits hitting rock rocks rocked rocking erupt erupts erupted erupting rage rages raged raging
engulf engulfs engulfed engulfing ravage ravages ravaged ravaging shake shakes shook shaken shaking
""".split())

# Head nouns of a named happening beyond EVENT_NOUNS ("the Tarsk Revolution", "the Investiture
# Controversy"): a proper name gets no suffix test ("Commission", "Union" name bodies), so they are listed.
NAMED_HAPPENING_HEADS = frozenset("""
revolution rebellion controversy reformation restoration insurrection schism dispute conflict affair
crusade incident depression panic crisis uprising occupation emergency troubles
""".split())

# Verbs of a relation or a state between things, never a happening of the date they stand with
# ("capital gains offset the payments", "the results reflect strength", "estimates range from",
# "he had outlasted five presidents", "the firm has relied on sales").
RELATION_VERBS = frozenset("""
offset reflect rely depend range outlast outlive outnumber outweigh exceed equal resemble mirror consist
comprise constitute lack belong deserve correspond remain denote signify relate
""".split())
# Verbs of an opinion or a guess about something, no happening of their own ("analysts speculated",
# "was rumored a target", "officials sized up the threat", "investors disregarded the gains").
OPINION_VERBS = frozenset("speculate rumor rumour disregard size gauge ponder surmise wonder".split())
# Verbs that put a label or a likeness on something when told with "as", "with" or "to" in the passive
# or the present ("is described as", "is often compared with the Qin dynasty"): a view, not a happening.
LABEL_VERBS = frozenset("""
describe regard consider view characterize characterise see deem portray depict compare liken call term
""".split())
# Verbs of a label or a standing that hold over a stretch ("recognized as pseudoscientific since the 18th
# century", "were listed as a territory until 1990"); at a point they may tell a happening ("was recognized
# as a state in 1920"), so only a stretch's "since", "until" or "throughout" makes them a view.
STANDING_VERBS = frozenset("recognize recognise list classify know".split())
# Verbs by which scholars put a thing at a time ("historians place it between the third and seventh
# centuries", "scholars date the poem to 1000"), and the scholars whose view they tell.
PLACING_VERBS = frozenset("place date attribute assign put estimate locate".split())
SCHOLAR_NOUNS = frozenset("""
historian scholar archaeologist researcher expert source estimate study account tradition most some others
""".split())
# Nouns that judge or describe how things stand, never a happening ("a worrisome sign", "an improved
# outlook", "current market conditions").
EVALUATIVE_NOUNS = frozenset("""
sign outlook condition prospect climate mood sentiment picture environment indication indicator signal symptom
harbinger reflection
""".split())

# "the constitution became effective in 1230", "the law came into force on 1 May": what took effect is
# the happening, so the subject takes the row (a noun of a state, "union", keeps the verb).
IN_EFFECT_WORDS = {"effective", "operative", "valid", "binding", "official"}
IN_EFFECT_NOUNS = {"force", "effect", "operation"}
# What takes effect on a day: agreements, laws, bans and reforms.
TAKING_EFFECT_NOUNS = {"law", "act", "constitution", "treaty", "agreement", "ceasefire", "truce", "armistice",
                       "ban", "reform", "accord", "convention", "charter", "statute", "decree", "merger", "partition",
                       "annexation", "independence", "amendment", "regulation", "rule", "order", "sanction", "tariff"}
# A spell in office or of a life, the happening a verb of lasting is said of: "his reign lasted until 931 BC",
# "her career continued until 1950" (a thing that lasted, "the regime lasted", keeps the verb).
SPELL_NOUNS = {"reign", "tenure", "presidency", "premiership", "regency", "career", "captivity", "rule"}
# Orders of society that a history dates as they existed: "slavery existed in the colony until 1834",
# "serfdom lasted until 1861" (the row is the order, as with "apartheid", an event noun).
REGIME_NOUNS = {"slavery", "serfdom", "feudalism", "prohibition", "segregation", "colonialism", "absolutism"}

# What a party "issues" that is itself the happening, a saying or a ruling put out ("issued their
# warning this week", "issued an ultimatum"); "issued bonds", "issued a stamp" keep the verb.
ISSUED_HAPPENINGS = {"warning", "ultimatum", "appeal", "statement", "declaration", "proclamation", "decree",
                     "edict", "threat", "apology", "denial", "protest", "plea", "demand", "summons", "ruling",
                     "verdict", "condemnation", "rebuke", "reprimand", "pardon", "amnesty", "recall"}
# Verbs by which a party takes part in a happening, said of it as their object in a relative clause:
# "the revolt he led in 1848", "the wreck her son survived" (the happening is of the verb's time;
# "the strike it announced", "the reform he proposed" are plans, not these). Past forms: the clause's
# verb is in the past, and the events stage's parse has no lemmas.
TAKING_PART_FORMS = frozenset("""
survived witnessed attended led won lost fought staged conducted launched mounted suffered hosted joined escaped
""".split())
# Nouns of travel a deed is done "on": "on an official visit to Mexico, asked …" (the journey was
# under way at the deed's date). Singular and plural forms: the phrase's noun as written.
JOURNEY_NOUNS = frozenset("""
visit visits tour tours trip trips journey journeys voyage voyages expedition expeditions pilgrimage pilgrimages
""".split())
# Participles that describe a person before a noun ("accused doctor killer Kopp", "alleged mastermind"),
# no happening of the sentence's date even where the parser makes them a verb.
DESCRIBING_PARTICIPLES = frozenset("accused alleged suspected convicted purported reputed presumed".split())

# Participles (and their verbs' lemmas) that make the people they describe a gathering at the time of their clause: "read the message
# Wednesday night to thousands of rallying scientists" (a rally that night), "fired on striking miners in 1926".
GATHERING_PARTICIPLES = {"rallying": "rally", "protesting": "protest", "demonstrating": "demonstrate",
                         "marching": "march", "picketing": "picket", "striking": "strike", "rioting": "riot"}
# Gatherings a report tells ahead, on the day set for them ("a summit set for April", "will hold talks in Vell
# next week", "scheduled a news conference for Thursday"): a plan with a date of its own.
SCHEDULED_GATHERINGS = frozenset("""
summit conference meeting talks session hearing ceremony convention congress visit rally parade
election referendum vote trial""".split())
# Verbs that stage such a gathering, whose object names it ("hold a summit", "attend the ceremony").
GATHERING_STAGING_VERBS = frozenset("hold host convene stage attend have open".split())
# Verbs that are the gathering themselves ("the ministers will meet in Vell on March 22").
GATHERING_VERBS = frozenset("meet convene gather".split())
# Nouns of a decision taken whose result lasts: where one acts in the present ("the decision to return the boy
# does not guarantee …"), it was taken before the report.
DECIDED_NOUNS = frozenset("decision ruling verdict judgment judgement".split())
