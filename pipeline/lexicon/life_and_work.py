"""Words of a life's turns and of a person's work, for the rules that find whose they are (issue "who did
it"): :mod:`pipeline.events.co_possessors` (a "with" phrase adding a turn to a possessed one),
:mod:`pipeline.events.work_authors` (the author of a work told as "the work of X" or "works by X,
published in …") and :mod:`pipeline.events.agent_places` (a gathering a passive happened at)."""

from __future__ import annotations

# Turns of a life a "with" phrase adds to a possessed one ("his abdication, with a brief restoration").
LIFE_TURNS = frozenset({"restoration", "return", "exile", "reinstatement", "imprisonment", "recall", "comeback",
                        "abdication", "reign", "rule", "death", "deposition", "release", "escape", "retirement"})
# Nouns of a person's work whose "of" names its author ("the work of Jean Orme").
WORK_NOUNS = frozenset({"work", "works", "research", "experiments", "writings", "studies", "discoveries", "efforts",
                        "investigations", "observations", "treatise", "theory", "theories"})
# Participles of making a work public, whose doer is the works' "by" ("theories by Orme, published in 1905").
MAKING_PARTICIPLES = frozenset({"proposed", "published", "formulated", "developed", "written", "composed", "devised",
                                "introduced", "presented", "issued", "released", "printed", "conceived"})
# Verbs that say where something began ("dates back to the work of"), as stems for every form; "was based
# on the work of Orme" says what something drew on, not that Orme did it then.
ORIGIN_VERB_STEMS = ("date", "trac", "originat", "stem")
# Gatherings named "<word> of <place>" that are where something was said or done ("the Council of Lusk").
GATHERING_WORDS = frozenset({"council", "synod", "diet", "congress", "conference"})
