"""Words of a news report that name a trend, a state, a plan or a thing talked of, not a happening.

Used by :mod:`pipeline.events.report_standings`; each list says which shape it serves. Kept apart from
:mod:`pipeline.lexicon.happenings` (the rows' own lists) so the news-only readings stay in one place.
"""

from __future__ import annotations

# Verbs of a figure's or a market's course, read with a figure or a unit as the subject: "the
# job-creation rate slowed", "the exploration business grew", "demand weakened".
TREND_VERBS = {"slow", "accelerate", "quicken", "moderate", "stabilize", "stabilise", "weaken", "strengthen",
               "firm", "soften", "deteriorate", "expand", "contract", "balloon", "swell", "level", "flatten",
               "pick", "recover", "rebound", "grow", "shrink", "widen", "narrow", "rise", "fall", "decline",
               "increase", "decrease", "improve", "worsen", "slump", "surge", "climb", "drop", "jump", "ease",
               "dip", "slide", "slip", "tumble", "plunge", "soar", "edge", "inch", "double", "triple", "halve",
               "lag", "outpace", "trail", "stall", "sag", "peak", "bottom", "continue", "persist"}
# Subjects whose course those verbs tell: a figure, a market, an economy, a firm's unit or business.
TREND_SUBJECTS = {"economy", "market", "markets", "demand", "supply", "growth", "pace", "activity",
                  "productivity", "employment", "unemployment", "inflation", "business", "businesses", "segment",
                  "segments", "arm", "unit", "units", "division", "divisions", "operations", "volume", "volumes",
                  "backlog", "orders", "margin", "margins", "spending", "investment", "borrowing", "lending",
                  "consumption", "output", "production", "exports", "imports", "sales", "earnings", "profit",
                  "profits", "income", "revenue", "revenues", "loss", "losses", "deficit", "surplus", "rate",
                  "rates", "price", "prices", "cost", "costs", "yield", "yields", "index", "average", "stock",
                  "stocks", "shares", "bond", "bonds", "dollar", "currency", "results", "figure", "figures",
                  "level", "levels", "number", "total", "share", "value", "values", "valuation", "traffic",
                  "shipments", "turnover", "capacity", "payroll", "payrolls", "wages", "dividend"}
# Verbs by which one figure or trend acts on another: "the hurricane reduced results", "benefited from
# higher margins", "declining spending hurt the firm". (Not "cut" or "raise": a firm cutting prices acts.)
EFFECT_VERBS = {"hurt", "help", "benefit", "boost", "lift", "depress", "dent", "weigh", "affect", "reduce",
                "bolster", "squeeze", "erode", "pressure", "buoy", "damp", "dampen", "drag", "crimp", "inflate",
                "offset", "spur", "fuel", "restrain", "curb", "slow", "aid", "impair", "penalize", "penalise",
                "suffer"}
# Verbs by which a figure holds another: "capital gains were included", "the results reflect a charge".
INCLUSION_VERBS = {"include", "exclude", "reflect", "incorporate", "contain", "comprise", "represent"}
# Verbs of a market's close: "the stock closed unchanged at $28", "finished at 2,300".
CLOSING_VERBS = {"close", "open", "finish", "end", "trade", "settle"}
# Complements that tell where a price closed: "closed unchanged", "ended higher".
CLOSING_COMPLEMENTS = {"unchanged", "higher", "lower", "flat", "mixed", "up", "down", "steady", "firm", "weaker",
                       "stronger", "even"}
# Nouns of a change in a figure: "a slowing of orders", "the rise in prices", "a pickup in demand".
TREND_NOUNS = {"slowing", "slowdown", "decline", "rise", "increase", "drop", "fall", "growth", "pickup",
               "upturn", "downturn", "weakening", "strengthening", "acceleration", "deceleration", "surge",
               "plunge", "jump", "gain", "improvement", "deterioration", "recovery", "rebound", "softening",
               "slump", "upswing", "downswing", "swing", "dip", "climb", "erosion", "contraction", "expansion",
               "easing", "tightening", "widening", "narrowing"}
# Modifiers that make a figure a trend or a period's result: "declining spending", "third-quarter loss".
TREND_MODIFIERS = {"declining", "rising", "falling", "growing", "slowing", "increasing", "decreasing", "shrinking",
                   "dwindling", "mounting", "soaring", "sagging", "slumping", "higher", "lower", "weaker",
                   "stronger", "quarterly", "annual", "fiscal", "year-earlier", "year-ago", "first-half",
                   "second-half", "full-year", "operating", "net", "pretax", "per-share"}
PERIOD_WORDS = ("quarter", "half", "fiscal", "year", "month", "period")

# Verbs by which a thing is named or classed as something: "had been listed as a candidate", "is
# increasingly referred to as our son"; the naming is a standing description, no happening.
CLASSING_VERBS = {"list", "describe", "refer", "classify", "rank", "rate", "regard", "consider", "view", "see",
                  "know", "characterize", "characterise", "label", "term", "portray", "depict", "class",
                  "categorize", "categorise", "count", "treat"}
# Words in "un-" that are verbs (everything else in "un-" tagged as a participle is an adjective:
# "unforgiving", "unfettered", "unchanged", "unprecedented").
UN_VERBS = {"undo", "unveil", "unleash", "unload", "unite", "unify", "unfold", "undergo", "undertake",
            "understand", "unlock", "unseat", "unearth", "uncover", "unpack", "unravel", "unwind", "undermine",
            "underline", "undercut", "underscore", "underwrite", "underestimate", "underpin", "unionize",
            "unionise", "unify", "unplug", "unroll", "unseal", "untie", "unzip", "unfreeze", "unblock", "unwrap",
            "unmask", "unnerve", "unsettle", "upset", "update", "upgrade", "uphold", "uproot", "unload", "usher",
            "use", "urge", "utter", "utilize", "utilise", "unhinge", "unbundle", "undersell", "underperform",
            "underprice", "undertook", "understood", "underwent", "underwritten"}
# Documents whose words are quoted or listed in the present: "the filing says", "the report contained".
DOCUMENT_NOUNS = {"report", "reports", "filing", "filings", "statement", "statements", "document", "documents",
                  "study", "studies", "survey", "surveys", "prospectus", "letter", "release", "proxy", "memo",
                  "memorandum", "analysis", "data", "figures", "records", "record", "complaint", "indictment",
                  "affidavit", "petition", "application", "circular", "notice", "table", "chart", "paper",
                  "papers", "transcript", "testimony", "brief", "ruling", "opinion", "order", "agreement",
                  "contract", "plan", "proposal", "budget", "bill", "law", "rule", "rules", "guidelines",
                  "policy", "report's", "article", "story", "book", "newsletter", "poll", "index"}
# What a document holds or says: "the report contained new figures", "the filing lists".
DOCUMENT_VERBS = {"contain", "include", "list", "show", "say", "state", "indicate", "note", "suggest",
                  "describe", "outline", "detail", "cite", "estimate", "project", "predict", "reveal", "call",
                  "require", "provide", "specify", "stipulate", "mention", "find", "conclude", "argue", "claim",
                  "allege", "charge", "assert", "put", "place", "value", "give"}
# Nouns of what may come: "shows signs of swinging", "the risk of a strike", "fears of a devaluation".
PROSPECT_NOUNS = {"sign", "signs", "hint", "hints", "risk", "risks", "possibility", "possibilities", "threat",
                  "threats", "prospect", "prospects", "chance", "chances", "danger", "likelihood", "fear", "fears",
                  "hope", "hopes", "speculation", "expectation", "expectations", "probability", "potential",
                  "rumor", "rumors", "rumour", "rumours", "talk", "odds", "specter", "spectre", "idea",
                  "intention", "plan", "plans", "proposal", "option", "options", "scenario", "prospect"}
# Feelings and standing relations named by a noun: "expressed irritation", "developed great affection
# for", "the close cooperation we have had".
FEELING_NOUNS = {"irritation", "affection", "anger", "frustration", "sympathy", "gratitude", "satisfaction",
                 "disappointment", "dismay", "regret", "sorrow", "grief", "joy", "delight", "pride", "confidence",
                 "optimism", "pessimism", "anxiety", "unease", "admiration", "distrust", "mistrust", "resentment",
                 "hostility", "enthusiasm", "skepticism", "scepticism", "indignation", "displeasure",
                 "appreciation", "cooperation", "co-operation", "configuration", "friendship",
                 "animosity", "rivalry", "loyalty", "reluctance", "willingness", "eagerness", "impatience",
                 "bitterness", "contempt", "outrage", "alarm", "shock", "sadness", "happiness", "nostalgia"}
# Verbs of a feeling told in the passive of a standing: "I have been heartened", "we are pleased".
FEELING_PASSIVES = {"hearten", "encourage", "sadden", "please", "delight", "disappoint", "dismay", "relieve",
                    "gratify", "trouble", "concern", "worry", "frustrate", "satisfy", "impress", "reassure",
                    "disturb", "distress", "bother", "comfort", "excite", "thrill", "interest", "intrigue",
                    "puzzle", "baffle", "alarm", "anger", "upset", "annoy", "irritate", "offend"}
# Verbs by which one comes to hold a feeling: "has developed great affection for", "felt frustration".
FEELING_HOLDING_VERBS = {"develop", "feel", "harbor", "harbour", "have", "hold", "nurture", "cherish", "share",
                         "bear", "nurse"}
# Verbs of memory: "he remembered being asked": the remembering is a state of mind, its object the happening.
MEMORY_VERBS = {"remember", "recall", "recollect", "reminisce", "forget"}
# Modifiers of a happening noun that is not yet: "the planned rights offering", "a proposed merger".
NOT_YET_MODIFIERS = {"planned", "proposed", "expected", "scheduled", "possible", "potential", "prospective",
                     "contemplated", "intended", "anticipated", "upcoming", "would-be", "future", "next",
                     "impending", "forthcoming", "projected", "pending", "hypothetical", "likely", "eventual"}
# Nouns of a view of what is to come: "his own projections", "the company's forecast".
FORECAST_NOUNS = {"projection", "projections", "forecast", "forecasts", "estimate", "estimates", "outlook",
                  "prediction", "predictions", "target", "targets", "guidance", "expectation", "expectations",
                  "plan", "plans", "goal", "goals", "aim", "aims", "objective", "objectives", "intention",
                  "intentions", "ambition", "ambitions", "scenario", "scenarios", "assumption", "assumptions"}
# Verbs whose "for" phrase names a purpose, not a happening: "registered for an IPO", "filed for bankruptcy".
PURPOSE_VERBS = {"register", "apply", "file", "prepare", "ask", "call", "push", "press", "lobby", "bid", "vote",
                 "campaign", "qualify", "petition", "arrange", "budget", "plan", "save", "negotiate", "angle",
                 "jockey", "position", "gear", "brace", "clamor", "clamour", "appeal", "argue", "pay", "set"}
# Nouns of a deal or a scheme: a happening only when the sentence tells it done or falling through.
DEAL_NOUNS = {"transaction", "transactions", "deal", "deals", "merger", "mergers", "acquisition", "acquisitions",
              "takeover", "takeovers", "buyout", "buyouts", "offering", "offerings", "purchase", "purchases",
              "venture", "investment", "investments", "restructuring", "recapitalization",
              "recapitalisation", "reorganization", "reorganisation", "refinancing", "spinoff", "spin-off",
              "campaign", "program", "programme", "project"}
# Verbs by which a deal is told done, begun, ended or failed: its noun keeps the row.
DEAL_HAPPENING_VERBS = {"complete", "close", "finish", "conclude", "sign", "seal", "strike", "clinch", "finalize",
                        "finalise", "consummate", "launch", "begin", "start", "hold", "stage", "carry", "execute",
                        "wrap", "make", "do", "undertake", "occur", "happen", "take", "end", "collapse", "fail",
                        "fall", "terminate", "kill", "scrap", "abandon", "cancel", "call", "block", "halt",
                        "stop", "suspend", "resume", "win", "lose", "price", "announce", "unveil", "mount",
                        "wage", "open", "expand", "intensify", "step"}
# Adverbs of a standing or a habit: "is still considering", "is currently unforgiving", "who reportedly drove".
ONGOING_ADVERBS = {"still", "currently", "presently", "increasingly", "routinely", "regularly", "usually",
                   "often", "typically", "generally", "normally", "habitually", "constantly", "always"}
# Verbs of an intention whose infinitive is what is meant to happen: "planned to pay the claims on Friday".
INTENTION_VERBS = {"plan", "intend", "aim", "mean", "hope", "wish", "want", "prepare", "propose", "expect", "schedule"}
# Verbs that tie a thing to its source: "the arrests stemmed from information": a relation, no happening.
SOURCE_VERBS = {"stem", "derive", "flow", "spring"}
# Nouns spelled like a happening's verb that name a thing: "gave the peace sign", "signs of strain".
THING_NOUNS = {"sign", "signs", "signpost", "signposts"}

# Subjects that are a report's figure and nothing a party sets or trades: what is told of them over a
# reporting period, or at a sum, is the figure's course ("its performance was hampered last quarter",
# "volume was estimated at 150 million shares"). Not prices, rates, dividends or stocks: a firm raising
# its price or a fund selling shares acts.
FIGURE_ONLY_SUBJECTS = {"performance", "return", "returns", "volume", "volumes", "earnings", "earning", "profit",
                        "profits", "income", "revenue", "revenues", "sales", "margin", "margins", "output",
                        "turnover", "yield", "yields", "growth", "outflow", "outflows", "inflow", "inflows",
                        "results", "result", "backlog", "deficit", "surplus", "shipments", "productivity",
                        "inflation", "unemployment", "loss", "losses", "traffic", "figure", "figures"}

# Adjectives that weigh a thing's worth, not describe what happened: '"Orm's contribution was decisive,"
# he said' is an opinion (pipeline.events.quoted_talk); '"the blast was huge"' describes a happening.
WORTH_ADJECTIVES = frozenset("""
decisive important crucial key vital essential significant critical instrumental valuable helpful useful
positive negative excellent central fundamental pivotal invaluable worthwhile beneficial successful
disappointing disastrous unfortunate regrettable right wrong correct appropriate necessary unnecessary
""".split())
