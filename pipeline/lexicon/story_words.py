"""Words the stories merge reads in names and sentences (pipeline.stories): an agency's head word, and
words that say a thing acted on is another one of its kind."""

from __future__ import annotations

from pipeline.lexicon.companies import HEADED_BODIES

# Head words of a public body's name that a country's name may lead ("U.S. Immigration and
# Naturalization Service", "U.S. Justice Department"): the body is one with or without it.
AGENCY_HEADS = HEADED_BODIES | frozenset({"service", "bureau", "agency", "department"})

# Words before an acted-on thing that say it is not the one told before ("arrested another suspect",
# "a second bomb was found", "seized further weapons"): the happening is a new one of its kind. Narrower
# than pipeline.lexicon.theme_words.ANOTHER_OF_ITS_KIND: no numbers, no "some" or "new".
ANOTHER_ONE = frozenset({"another", "second", "third", "fourth", "fifth", "further", "additional", "more"})

# A place named only as where its actor comes from ("fled her native land", "returned to his homeland"):
# it is the actor's own origin, which says no more of which happening than the actor does.
ORIGIN_PLACES = frozenset({"homeland", "native land", "native country", "home country", "birthplace",
                           "native city", "hometown", "home town", "fatherland", "motherland", "native soil"})

# Words after "found" that make it a verdict, not a finding ("the jury found Orm guilty"): one kind with a
# ruling (pipeline.stories.found_kinds).
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "responsible", "culpable", "competent",
                           "incompetent", "insane", "sane", "negligent"})
# Words after "found" that say the one found was no longer alive ("found dead", "found murdered"): a
# finding of a body, never a rescue.
FOUND_DEAD_WORDS = frozenset({"dead", "lifeless", "murdered", "killed", "slain", "drowned", "strangled",
                              "stabbed", "shot", "hanged", "decomposed", "burned", "body", "bodies", "remains",
                              "corpse", "corpses"})
# People a finding may save: "rescuers found the survivors", "the crew was found adrift". With a named
# person found, a finding is one kind with a rescue (pipeline.stories.found_kinds).
RESCUED_PEOPLE = frozenset({"survivor", "survivors", "crew", "crews", "passenger", "passengers", "migrant",
                            "migrants", "refugee", "refugees", "fisherman", "fishermen", "hiker", "hikers",
                            "climbers", "sailors", "swimmers", "miners", "castaway", "castaways", "children",
                            "people", "persons", "victims", "boys", "girls", "men", "women"})

# Event nouns whose plural tells one happening ("the talks", "the elections of 1932"): told in the plural
# and in the singular of one happening, so the plural says nothing of several (pipeline.stories.noun_number).
ONE_HAPPENING_PLURALS = frozenset({"talks", "negotiations", "elections", "hostilities", "celebrations",
                                   "festivities", "games", "olympics", "hearings", "proceedings", "consultations",
                                   "discussions", "deliberations", "ceremonies", "manoeuvres", "maneuvers",
                                   "exercises", "preparations", "rites", "finals"})
# Words just before an event noun that make it a noun told of a verb's place ("they attack", "to raid",
# "would strike"): the word is a verb there, and says nothing of one or several happenings.
VERB_CUES = frozenset({"to", "will", "would", "may", "might", "can", "could", "should", "must", "shall", "did",
                       "do", "does", "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "not",
                       "never", "also", "then", "often"})
# Endings of a capitalised adjective of origin ("European", "Chinese", "British", "Baltic", "Iraqi"): a
# phrase whose only capitals are such adjectives before a common noun ("the three central and eastern
# European countries") describes things, it names none (pipeline.stories.themes.described_only).
ORIGIN_ADJECTIVE_TAILS = ("an", "ese", "ish", "ic", "i", "ch")
# Verbs (lemmas) that address something to someone, beside the speech verbs of
# pipeline.lexicon.happenings.SPEECH_VERB_FORMS: what is offered or asked is the happening, not who asks.
ADDRESSING_VERBS = frozenset({"invite", "propose", "offer", "urge", "ask", "promise", "demand", "request"})
# Kinds of happening (pipeline.stories.triggers) that are over in a moment: told over years ("five doctors
# have been shot since 1994") they are a series of happenings, never one (pipeline.stories.series).
INSTANT_KINDS = frozenset({"kill", "bomb", "arrest", "raid", "die", "rescue", "sink", "kidnap", "hijack",
                           "crash", "spot", "discover"})
# Kinds of happening a party goes through once in a few days (pipeline.stories.near_days): a person's
# arrival in a country, a death. Two reports giving it days a few days apart disagree on its day.
ONCE_IN_DAYS_KINDS = frozenset({"arriv", "die"})
# Words for states that a described theme counts ("the three central and eastern European countries";
# pipeline.stories.counted_parties), and the counts in words.
STATE_WORDS = frozenset({"country", "countries", "state", "nation", "republic"})
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "both": 2}
