"""The plain words a news report calls a named business by after naming it once, and the name
heads that mark an organisation as no business.

A business report names a firm once ("Orme Savings Bank reported a loss …") and then says "the
thrift", "the insurer", "the concern". These words stand for the nearest earlier business
(pipeline.events.descriptions); an exchange, a regulator or a court named in between is no
business of that kind, so its name's head keeps it out.
"""

from __future__ import annotations

# Words that describe a business by its trade: each stands for a firm named just before.
COMPANY_DESCRIPTIONS = frozenset({
    "company", "firm", "concern", "corporation", "thrift", "insurer", "bank", "lender", "carrier", "airline",
    "retailer", "maker", "manufacturer", "automaker", "carmaker", "brokerage", "utility", "conglomerate",
    "publisher", "distributor", "supplier", "refiner", "chipmaker", "drugmaker", "partnership", "railroad",
    "railway", "subsidiary"})
# Heads of the names of markets where shares trade ("the New York Stock Exchange", "the Nasdaq"):
# where a stock trades or closes, no party to it. (Not "market": "Britain's place in the Common Market".)
TRADING_VENUE_HEADS = frozenset({"exchange", "bourse", "nasdaq", "nyse", "amex"})
# Heads of organisation names that are no business a description could mean: a market where shares
# trade, a regulator, a court, a legislature, a news agency, a union, a school.
NON_COMPANY_HEADS = frozenset({
    "exchange", "market", "commission", "department", "ministry", "agency", "administration", "board", "court",
    "congress", "senate", "house", "parliament", "committee", "council", "party", "union", "university",
    "college", "school", "institute", "press", "news", "times", "journal", "post", "association",
    "federation", "bureau", "office", "service", "reserve", "government", "police", "army", "navy",
    "league", "club", "church", "nations", "organization", "organisation", "authority", "treasury",
    "fund", "index", "average", "nasdaq", "reuters", "tribune", "herald", "magazine", "network"})

# Words of bidding for a business (word forms: the events stage runs no lemmatiser): what is bid "for" is a party, and so is who it comes "from"
# ("a $40 million bid for Tarn Foods", "rejected a takeover offer from Orme Ltd").
BID_WORDS = frozenset({"bid", "bids", "bidding", "offer", "offers", "offered", "offering", "tender", "tenders",
                       "tendered", "counterbid", "counterbids", "counteroffer", "counteroffers"})

# Head nouns of public bodies' names that prose repeats bare ("the Justice Department … the department
# said", "the Appeals Court … the court ruled"): each stands for the one body just named with that head.
HEADED_BODIES = frozenset({"department", "agency", "ministry", "commission", "board", "committee", "council",
                           "bureau", "administration", "authority", "court", "tribunal", "panel", "alliance",
                           "union", "federation", "association", "foundation", "institute", "office"})

# Verbs of a price or a market moving (word forms): a stock "fell 50 cents", the index "rose 20 points".
# No one does a price move; the firm whose stock moved is at most a participant.
PRICE_MOVE_VERBS = frozenset("""
rise rises rose risen rising fall falls fell fallen falling drop drops dropped dropping gain gains gained gaining
slip slips slipped slipping climb climbs climbed climbing decline declines declined declining plunge plunges
plunged plunging soar soars soared soaring jump jumps jumped jumping tumble tumbles tumbled tumbling slide slides
slid sliding sink sinks sank sunk sinking edge edges edged edging ease eases eased easing advance advances
advanced advancing retreat retreats retreated retreating surge surges surged surging dip dips dipped dipping
rally rallies rallied rallying slump slumps slumped slumping plummet plummets plummeted plummeting rebound
rebounds rebounded rebounding close closes closed closing finish finishes finished finishing end ends ended
peak peaks peaked peaking bottom bottoms bottomed bottoming hover hovers hovered hovering double doubles doubled
doubling halve halves halved halving
""".split())
# What moves in a price move: "shares of Tarn Foods fell", "Tarn's stock rose", "the market dropped".
STOCK_NOUNS = frozenset({"share", "shares", "stock", "stocks", "price", "prices", "bond", "bonds", "market",
                         "markets", "index", "average", "futures", "securities", "issue", "issues", "yield", "yields",
                         "dollar", "currency", "trading"})
# Heads of the names of market gauges ("the Dow Jones Industrial Average", "the Nikkei index"): a
# measure, no party of anything.
MARKET_INDEX_HEADS = frozenset({"average", "averages", "index", "indexes", "indices", "composite", "nikkei", "dow",
                                "ftse", "dax"})
# Verbs of receiving (word forms): their subject is the one given something, not who did the giving
# ("Tarn Foods received a loan from Orme Bank": the bank lends, the firm takes part).
RECEIVING_VERBS = frozenset({"receive", "receives", "received", "receiving", "get", "gets", "got", "gotten",
                             "getting", "obtain", "obtains", "obtained", "obtaining", "win", "wins", "won", "winning"})
# Things a giver hands a receiver in business and government news: who "received a loan" or "got an
# extension" is given it, the lender or the court acts. (Not a degree, a prize or a title: Wikipedia's
# "received his Ph.D. from Princeton" is the graduate's deed to a reader.)
GIVEN_THINGS = frozenset({
    "loan", "loans", "extension", "extensions", "offer", "offers", "bid", "bids", "credit", "credits", "financing",
    "funding", "funds", "payment", "payments", "aid", "assistance", "subsidy", "subsidies", "bailout", "waiver",
    "waivers", "approval", "approvals", "permission", "clearance", "order", "orders", "contract", "contracts", "grant",
    "grants", "proposal", "proposals", "counteroffer", "counterbid", "tender", "guarantee", "guarantees", "injection",
    "investment", "refund", "settlement", "concession", "concessions", "ultimatum", "request", "requests"})
# The press of a place ("Kenya's national newspapers reported", "Tarvian state television said"): the
# state it belongs to does not speak through it, so the state is no party of what it reports.
MEDIA_NOUNS = frozenset({"newspaper", "newspapers", "paper", "papers", "press", "media", "television", "radio",
                         "broadcaster", "broadcasters", "daily", "dailies", "tabloid", "tabloids", "weekly"})

# Nouns of a holding in a business (word forms): the business a stake is "in" takes part in the deal
# that buys, sells or raises it ("took a 20% stake in Orme Corp.", "sold its interest in Lusk Inc.").
HOLDING_NOUNS = frozenset({"stake", "stakes", "interest", "interests", "holding", "holdings", "shareholding",
                           "shareholdings", "equity", "position", "ownership"})
# Verbs of a regulator's clearance (word forms): their object does what the infinitive after it says
# ("regulators cleared Orme Savings to acquire Lusk Bank", "the board approved Vell Inc. to buy it").
CLEARANCE_VERBS = frozenset({"clear", "clears", "cleared", "clearing", "approve", "approves", "approved",
                             "approving", "license", "licenses", "licensed", "licensing", "licence", "licenced",
                             "empower", "empowers", "empowered", "empowering", "entitle", "entitles", "entitled"})
# Nouns of accusing: the one their "that" clause says did wrong is a party of the accusation
# ("accusations that Orme Corp. hid losses"). Not "charge": it is as often a price or a fee; not "claim":
# a claim that Orme will grow accuses no one.
ACCUSATION_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations", "complaint", "complaints",
                              "suspicion", "suspicions", "indictment"})
# Common nouns of a business or a union that a name is compounded on ("the United Orme Workers union",
# "its Lusk Inc. unit"): the name is the party the noun stands for.
BUSINESS_BODY_NOUNS = frozenset({"union", "unions", "unit", "units", "subsidiary", "subsidiaries", "division",
                                 "affiliate", "affiliates", "group", "consortium", "syndicate"})
# Legal actions someone brings against another: who brought one a verb settles, fights or drops is
# the other side ("settled charges brought by the Orme Commission", "a suit filed by Lusk Inc.").
LEGAL_ACTIONS = frozenset({"charge", "charges", "suit", "suits", "lawsuit", "lawsuits", "complaint", "complaints",
                           "claim", "claims", "case", "cases", "action", "actions", "petition", "petitions"})

# Nouns of selling something off (word forms): the owner of what is sold ("the sale of its stake")
# is the seller, and whom it goes "to" the buyer.
SALE_NOUNS = frozenset({"sale", "divestiture", "divestment", "disposal", "selloff", "sell-off", "spinoff",
                        "spin-off", "transfer"})

# The posts of those who speak for a business ("Jan Orme, the chairman of Tarn Foods, said we …"):
# their "we" is the business. Not a staff word ("employee", "analyst"): one of many, who may speak for himself.
COMPANY_OFFICERS = frozenset({
    "chairman", "chairwoman", "president", "chief", "executive", "officer", "spokesman", "spokeswoman",
    "spokesperson", "director", "treasurer", "founder", "owner", "ceo", "cfo", "vice-president"})

# Nouns of an intent to act whose infinitive the one who makes the intent his own does ("signed a
# letter of intent to buy Lusk Bancorp", "announced plans to sell", "reached an agreement to acquire").
INTENT_NOUNS = frozenset({"intent", "intention", "plan", "plans", "agreement", "accord", "deal", "pact", "contract",
                          "decision", "commitment", "pledge", "promise", "proposal", "proposals"})
# Verbs (word forms) by which a subject makes such an intent its own: not "rejected", "received",
# "considered" (another's offer), nor "approved" (a board approves what management proposed).
INTENT_OWNING_VERBS = frozenset({
    "sign", "signs", "signed", "signing", "announce", "announces", "announced", "announcing", "unveil", "unveils",
    "unveiled", "unveiling", "reach", "reaches", "reached", "reaching", "make", "makes", "made", "making",
    "disclose", "discloses", "disclosed", "disclosing", "outline", "outlines", "outlined", "outlining",
    "confirm", "confirms", "confirmed", "confirming", "have", "has", "had", "having", "file", "files", "filed",
    "conclude", "concludes", "concluded", "concluding", "drop", "drops", "dropped", "abandon", "abandons",
    "abandoned", "scrap", "scraps", "scrapped", "shelve", "shelved", "pursue", "pursues", "pursued"})

# Verbs (word forms) of leaving a post: the body that says its man "resigned" is the body he left.
LEAVING_POST_VERBS = frozenset({"resign", "resigns", "resigned", "resigning", "retire", "retires", "retired",
                                "retiring", "quit", "quits", "quitting", "step", "steps", "stepped", "stepping"})
# Verbs (word forms) of asking for something done: the parties named in what is asked for ("called for
# an emergency conference of the Orme Organization") take part in the asking.
ASKING_FOR_VERBS = frozenset({"call", "calls", "called", "calling", "ask", "asks", "asked", "asking", "appeal",
                              "appeals", "appealed", "appealing", "press", "pressed", "pressing", "push", "pushed",
                              "pushing", "plead", "pleaded", "pleading", "lobby", "lobbied", "lobbying"})

# Occasions of speaking a speaker gives (word forms): who speaks "in a speech" or "at a news conference"
# gives it ("In a speech at the Pentagon, Orme said", "said Jan Orme at a news conference"). "conference"
# only as a news or press conference: a conference of states is held by many.
SPEAKING_OCCASIONS = frozenset({"speech", "speeches", "address", "interview", "interviews", "briefing", "remarks",
                                "testimony", "statement", "lecture", "sermon", "conference"})
# Verbs by which a speaker gives such an occasion as its object ("told a news conference", "gave a speech").
OCCASION_GIVING_VERBS = frozenset({"tell", "tells", "told", "telling", "hold", "holds", "held", "holding", "give",
                                   "gives", "gave", "given", "giving", "deliver", "delivers", "delivered",
                                   "delivering", "address", "addresses", "addressed", "addressing"})
# Words written in capitals that name no body (an office, an illness, a thing, a measure): a subject
# "the CEO", "AIDS", "TV" is no organisation known by its initials.
NON_BODY_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "AIDS", "HIV", "SARS", "TV", "OK", "GDP", "GNP", "DNA", "PC",
                               "CD", "DVD", "UFO", "IQ", "ID", "AM", "PM", "AD", "BC", "BCE", "CE", "USD", "IPO", "ATM",
                               "SUV", "VIP", "MP", "MPS", "GOVERNOR", "WE", "IT", "US", "USA", "UK", "EU", "UN",
                               "IED", "IEDS", "RPG", "ICBM", "WMD", "MRI", "GPS"})
# Bodies a firm owns: "the Orm Corp. subsidiary" is Orm's subsidiary, not Orm, where the name written on the
# noun is a firm's full name (with its legal form) and no possessor says whose it is ("its Lusk Inc. unit": Lusk Inc.).
OWNED_BODY_NOUNS = frozenset({"subsidiary", "subsidiaries", "unit", "units", "division", "divisions", "affiliate",
                              "affiliates"})
