"""Words that tell where a happening's theme (the thing acted on) stands when it is not the verb's
direct object. Written forms, not lemmas: the parser here gives none (pipeline.events.triggers)."""

from __future__ import annotations


def regular_forms(*stems: str) -> frozenset[str]:
    """A regular verb's written forms ("appoint" → appoint, appoints, appointed, appointing)."""
    out = set()
    for stem in stems:
        base = stem[:-1] if stem.endswith("e") else stem
        out.update({stem, stem + "s", base + "ed", base + "ing"})
    return frozenset(out)


# Verbs that put someone in a post: the post is the thing given ("appointed Vell People's Commissar
# for Defense" → the post; the person is a party).
# Not "elect": an election is told by who was elected ("was elected president" has no theme in the
# hand-checked gold of evaluation.events).
POST_VERBS = regular_forms("appoint", "nominate", "designate", "crown", "proclaim", "install", "promote",
                    "reappoint", "confirm") | {"name", "names", "named", "naming"}

# Verbs whose object is the one given something and whose "with" names the thing given ("presented
# Tarvia with proposals" → proposals; "supplied the rebels with rifles" → rifles).
WITH_GIVING_VERBS = regular_forms("present", "provide", "supply", "furnish", "equip", "arm", "issue", "reward",
                           "entrust", "endow") | {"presented", "provided", "supplied", "supplies"}

# Verbs whose thing comes after a preposition, not as an object ("prepared for war" → war; "called for
# a boycott" → boycott). Each with the prepositions that introduce the thing. Not "agree": what is
# agreed to is told as the agreement's own row ("agreed to a population exchange" has no theme in the
# hand-checked gold of evaluation.events).
_PREPOSITIONS_BY_STEM = {
    "prepare": ("for",), "call": ("for",), "lobby": ("for",), "press": ("for",), "petition": ("for",),
    "push": ("for",), "apply": ("for",), "campaign": ("for", "against"), "vote": ("for", "on", "against"),
    "decide": ("on",), "embark": ("on",), "insist": ("on",), "settle": ("on",), "focus": ("on",),
    "work": ("on",), "rule": ("on", "against"), "consent": ("to",), "object": ("to",),
    "adhere": ("to",), "accede": ("to",), "protest": ("against",), "rebel": ("against",), "revolt": ("against",)}
PREPOSITION_THEMES: dict[str, tuple[str, ...]] = {
    form: preps for stem, preps in _PREPOSITIONS_BY_STEM.items() for form in regular_forms(stem)}

# Verbs of leaving a course of action: what is left is the thing ("withdrew from negotiations on 7 November"
# → negotiations, a theme; the date is the withdrawal's, not the negotiations'; pipeline.events.dated_nouns).
LEAVING_FORMS = frozenset({"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}) | regular_forms("retire", "resign")
PREPOSITION_THEMES.update({form: ("from",) for form in LEAVING_FORMS})

# Nouns of change whose "in" names what changed ("a change in foreign policy" → foreign policy); other
# happening nouns take their thing with "of" only ("the conclusion of the pact"), since "in" mostly says
# where or when ("the revolt in the capital").
CHANGE_NOUNS = frozenset({"change", "changes", "shift", "shifts", "increase", "increases", "decrease", "rise",
                          "fall", "decline", "drop", "reform", "reforms", "reduction", "reductions", "improvement",
                          "improvements", "cut", "cuts", "growth", "deterioration", "turn", "breakthrough"})

# Nouns for people beyond the type nouns of pipeline.lexicon.type_nouns: those done to are parties, not
# things ("the deaths of the prisoners", "the evacuation of civilians").
PEOPLE_NOUNS = frozenset({"people", "peoples", "men", "women", "children", "prisoners", "prisoner", "civilians",
                          "refugees", "victims", "hostages", "captives", "inhabitants", "residents", "citizens",
                          "settlers", "immigrants", "emigrants", "slaves", "jews", "workers", "peasants"})

# Verbs that tell a change in their subject when they have no object ("relations improved", "imports
# fell", "the fighting ended", "the book first appeared"): the subject is the thing that changed, the
# theme, when it is a thing and not a party (pipeline.events.themes keeps parties out).
SUBJECT_CHANGE_VERBS = regular_forms("improve", "worsen", "deteriorate", "dwindle", "decline", "increase", "decrease",
                              "end", "expire", "lapse", "collapse", "resume", "restart", "cease", "appear",
                              "continue", "start", "stall", "surge", "plummet", "double", "triple", "recede",
                              "fluctuate", "intensify", "escalate", "subside") | frozenset({
    "fall", "falls", "fell", "fallen", "falling", "rise", "rises", "rose", "risen", "rising", "grow", "grows",
    "grew", "grown", "growing", "drop", "drops", "dropped", "dropping", "begin", "begins", "began", "begun",
    "beginning", "shrink", "shrinks", "shrank", "shrunk", "shrinking", "slump", "slumps", "slumped"})

# Verbs that stop a course: only a happening as their subject is the thing that stopped ("the fighting
# stopped" → fighting); any other ("the train stopped", "the army halted") is who acts, no thing.
HALT_VERBS = regular_forms("stop", "halt") | frozenset({"stopped", "stopping"})

# Verbs of charging someone with a deed: the person is a party (their object), the deed the thing
# ("accused Lusk troops of the provocation" → provocation), with the preposition that brings it. Not
# "charged with": in news the charge's noun varies between reports of one charging ("murder", "slaying"),
# and a theme that differs splits a story evaluation.stories_aquaint merges (pair p078).
CHARGE_PREPOSITIONS: dict[str, tuple[str, ...]] = {f: ("of",) for f in regular_forms("accuse", "convict", "suspect", "acquit")}

# Nouns of a day or a date: alone they only say when ("celebrated the day", "set the date"), no thing
# acted on; with "of" or "for" their complement is the thing ("set the date for the election").
TIME_WORDS = frozenset({"day", "days", "date", "dates", "year", "years", "month", "week", "hour"})

# Common nouns for polities, bodies and sides: what changes as their verb's subject is a party, not a thing
# ("the two countries, which ended …", "the kingdom declined").
POLITY_NOUNS = frozenset({"country", "countries", "nation", "nations", "state", "states", "power", "powers",
                          "side", "sides", "government", "governments", "kingdom", "kingdoms", "empire", "empires",
                          "republic", "republics", "city", "cities", "party", "parties", "ally", "allies",
                          "regime", "regimes", "army", "armies", "dynasty", "tribe", "tribes", "company", "group",
                          "groups", "band", "bands", "team", "teams", "club", "clubs", "firm", "firms"})

# Nouns of seeking or asking whose "for" names the thing sought ("its quest for a pact" → pact, "a
# demand for reparations" → reparations); other happening nouns take their thing with "of".
FOR_NOUNS = frozenset({"quest", "search", "bid", "bids", "demand", "demands", "request", "requests", "call",
                       "calls", "campaign", "struggle", "preparations", "negotiations", "talks", "proposal",
                       "proposals", "plan", "plans", "desire", "appeal", "appeals", "petition", "pressure"})

# Nouns of a thing handed over (an ultimatum, a demand): when such a noun is the row's trigger with
# nothing after it, it is itself the thing given ("presented Lusk with an ultimatum" → ultimatum).
HANDED_NOUNS = frozenset({"ultimatum", "ultimatums", "demand", "demands", "proposal", "proposals", "note",
                          "memorandum", "offer", "offers", "request", "requests", "counterproposal", "draft"})

# Vague nouns of trying whose to-infinitive names what is acted on ("made efforts to improve relations"
# → relations, "an attempt to seize the port" → port).
TRYING_NOUNS = frozenset({"effort", "efforts", "attempt", "attempts", "bid", "bids", "step", "steps",
                          "measure", "measures", "move", "moves"})

# Words that make a thing another, or more, of its kind ("another rifle", "a second car", "more weapons"):
# a report telling "found a rifle" and "found another rifle" tells two findings (pipeline.stories.themes).
ANOTHER_OF_ITS_KIND = frozenset({
    "another", "other", "others", "second", "third", "fourth", "more", "further", "additional", "extra",
    "two", "three", "four", "five", "several", "many", "some", "new"})
