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
