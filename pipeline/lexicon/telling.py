"""Words for which of a sentence's happenings a date belongs to (issue 33, "when and what").

Used by :mod:`pipeline.events.told_contents` (a work telling of a time is no happening of it),
:mod:`pipeline.events.dated_nouns` (a share taken in a happening is not a happening of its own) and
:mod:`pipeline.events.coordination` (a posture in an "as" clause is the scene, not a happening).
Word forms, not lemmas: the events stage reads the parse, with no lemmatiser.
"""

from __future__ import annotations

# Verbs by which a work tells of a time ("His History recounts the war until 411 BC", "the book
# covers the years 1914 to 1918"): in the present, the date is the told happening's, not the work's.
# (Not "traces": "the family traces its origins to 1066" tells an origin, pipeline.lexicon.life_and_work.)
NARRATING_VERB_FORMS = frozenset("""
recounts recount narrates narrate chronicles chronicle describes describe depicts depict portrays portray
relates relate details detail tells tell covers cover documents document records record
surveys survey retells retell dramatizes dramatises dramatize dramatise recalls recall""".split())

# Objects of "play" that name a share in another happening ("played a major role in the decline of
# the empire in 455"): the happening is the other word, the playing none.
SHARE_NOUNS = frozenset({"role", "roles", "part", "parts"})

# Verbs of a posture or a state held in the scene of a happening ("was shot at 10 p.m. as he stood in
# his kitchen", "while she slept"): the clause sets the scene and tells no happening of the date.
# (Bodily postures only: "while the Soviet Union waited" is a stance of its own, a row.)
POSTURE_VERB_FORMS = frozenset("""
stood stand stands standing sat sit sits sitting lay lie lies lying slept sleep sleeps sleeping
rested rest rests resting""".split())

# Titles whose holding from a date is a reign ("was also King of Bohemia from 1419"), and offices whose
# holding from a date is a spell of service ("was president of Tarvia from 1962 until his assassination
# in 1979"): a copula with such a title and a "from" date tells the spell's start, a happening
# (pipeline.events.office_spells). Not "member": a seat held is a state ("was a member of the senate from
# 1830 to 1832").
REIGNING_TITLES = frozenset({
    "king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "sultan", "sultana", "shah", "kaiser",
    "pharaoh", "caliph", "khan", "emir", "amir", "monarch", "maharaja", "maharajah", "raja", "rajah", "khedive",
    "pope", "regent", "doge", "elector",
})
SERVING_OFFICES = frozenset({
    "president", "premier", "chancellor", "mayor", "governor", "minister", "ambassador", "envoy", "consul",
    "senator", "viceroy", "prefect", "chairman", "chairwoman", "speaker", "secretary-general", "governor-general",
    "prime minister", "vice-president", "commissioner", "commander-in-chief", "archbishop", "bishop", "patriarch",
})

# Passive participles of showing or telling in a made thing ("gods are depicted on cylinder seals dated to
# c. 1900 BC", "the city is mentioned in tablets dated to 1800 BC"): the thing's date is the showing's.
SHOWN_IN_FORMS = frozenset("""depicted portrayed shown represented illustrated painted carved inscribed engraved
mentioned named recorded attested written described listed""".split())
# Passive participles of perceiving ("early elements can be heard in blues records from the 1920s"): what
# is perceived now in a thing of a time tells no happening of that time.
PERCEIVED_IN_FORMS = frozenset("""heard seen found observed detected noticed traced felt recognised recognized""".split())
