"""Words for things made, founded or named that are no party (issue 33 item 5: "themes name the thing
acted on in full"), read by :mod:`pipeline.events.made_themes`."""

from __future__ import annotations

from pipeline.lexicon.theme_words import regular_forms

# Nouns a lead's first sentence defines a made thing with ("Vellism is a religion", "The Orm is an
# ancient text", "Polytheism is the belief in …"): a thing founded, written or coined, no party that acts
# (not "movement" or "school": a political movement or a school is a body that acts).
THING_KINDS = frozenset({
    "religion", "faith", "belief", "doctrine", "teaching", "teachings", "tradition", "philosophy",
    "theology", "ideology", "worldview", "text", "book", "work", "scripture", "scriptures", "chronicle", "poem",
    "epic", "treatise", "collection", "canon", "compilation", "anthology", "term", "word", "concept", "theory",
    "practice", "ritual", "festival", "denomination", "sect", "cult", "path", "view", "position",
    "approach", "method", "discipline", "genre", "style", "language", "script", "notion", "principle",
    "argument", "problem", "thesis", "hypothesis", "dialogue", "gospel", "hymn", "liturgy", "creed",
})
# Nouns that only say what sort of thing the defining noun is ("a type of religion", "a branch of
# Protestantism"): the sort is their "of"-complement.
SORT_NOUNS = frozenset({"type", "kind", "form", "branch", "variety", "school", "strand", "tradition"})
# Common nouns prose calls a defined thing by, after its first sentence ("the term was coined", "the
# denomination grew out of", "the path evolved"): definite, with nothing else naming them.
STAND_IN_NOUNS = THING_KINDS - {"work", "view", "position", "approach", "method", "problem", "argument", "practice"}
# Verbs whose passive subject, or the noun their participle describes, is the thing made or named.
MAKING_FORMS = regular_forms("found", "establish", "compose", "compile", "coin", "publish", "author", "create",
                             "institute", "formulate", "introduce", "develop", "redact", "edit", "translate",
                             "use", "attest", "originate", "form", "pen", "codify", "complete", "canonize",
                             "define", "popularize", "popularise", "revive") | {
    "write", "writes", "wrote", "written", "writing", "rewritten", "rewrote", "grew", "grow", "grown", "evolved"}
# Participles of making a work or product: what a fronted one is done to ("Written in stages …, The Lord of
# the Rings is") is a thing made, never a party taking part (not "founded", "established": a founded body is
# a party). Written forms: the pipeline runs no lemmatizer.
MADE_PARTICIPLES = frozenset({
    "written", "released", "published", "composed", "painted", "recorded", "directed", "produced", "designed",
    "built", "constructed", "erected", "launched", "invented", "manufactured", "premiered", "completed",
    "developed", "created", "filmed", "compiled", "printed", "issued"})
# Participles that tell what was done with a thing later, never its making: a date describing the thing
# ("the 3rd-century BCE text used in Lusk") is not theirs.
LATER_USE_PARTICIPLES = frozenset({"used", "employed", "read", "kept", "held", "preserved", "known", "called",
                                   "named", "found", "housed", "displayed"})
# Nouns of works and products whose named examples ("books such as Letters from a Father …") are things: the
# made things' kinds and the arts'.
WORK_KINDS = THING_KINDS | {"novel", "film", "movie", "song", "album", "painting", "opera", "play", "symphony",
                            "game", "product", "program", "programme", "series", "show", "letter", "essay"}
# Nouns a lead's first sentence defines a made object with ("The Orm Story is a 1953 drama film", "ORMAC was
# the first programmable computer", "the Orm Building is a skyscraper"): a work, a product, a machine, a
# building, a genre, a style or a language. What such a noun describes is a thing wherever it stands, never
# a party (issues 31 and 33). Not bodies that act under the same noun: "church", "museum", "railway",
# "observatory", "movement", "school", "company", and not religions (a denomination acts).
OBJECT_KINDS = frozenset({
    # works
    "film", "movie", "documentary", "novel", "novella", "book", "play", "opera", "operetta", "ballet", "musical",
    "album", "song", "single", "painting", "fresco", "mural", "sculpture", "statue", "poem", "epic", "symphony",
    "concerto", "sonata", "comedy", "tragedy", "encyclopedia", "encyclopaedia", "dictionary", "manuscript",
    "anthology", "treatise", "novelette", "sitcom", "videogame", "artwork", "masterpiece", "tale",
    # products and machines
    "telescope", "computer", "microprocessor", "processor", "software", "console", "smartphone", "spacecraft",
    "spaceplane", "satellite", "rocket", "locomotive", "airliner", "aircraft", "airplane", "automobile", "car",
    "submarine", "warship", "battleship", "ship", "probe", "rover", "robot", "engine", "rifle", "missile",
    # buildings and works of engineering
    "building", "skyscraper", "tower", "cathedral", "basilica", "mosque", "temple", "chapel", "palace", "castle",
    "bridge", "dam", "subway", "metro", "canal", "monument", "memorial", "stadium", "pyramid", "tomb", "mausoleum",
    "fortress", "lighthouse",
    # genres, styles and languages
    "genre", "subgenre", "style", "language", "dialect",
})
# Heads of a compound that name an object kind only with their modifier ("an operating system", "a rapid
# transit system", "a space shuttle"): alone, "system" or "shuttle" may be a body or a service.
QUALIFIED_OBJECT_KINDS = {"system": frozenset({"operating", "transit", "subway", "metro", "weapon", "weapons"}),
                          "shuttle": frozenset({"space"}), "station": frozenset({"space"}),
                          "game": frozenset({"video", "board", "computer"})}
# Participles of making, bringing out, opening or running a made object: what a fronted one is said of, or a
# defined object's "it" they are done to, is the thing acted on (the theme).
OBJECT_MAKING_FORMS = MADE_PARTICIPLES | regular_forms(
    "direct", "release", "launch", "build", "construct", "design", "open", "operate", "manufacture", "produce",
    "record", "premiere", "paint", "invent", "erect", "complete", "attest", "consecrate", "dedicate", "commission",
    "publish", "compose", "write", "create", "develop", "finish", "restore", "rebuild", "inaugurate", "unveil") | {
    "written", "wrote", "built", "rebuilt"}
# Verbs of one thing passing another in a ranking ("was surpassed in 2012 by One Vell Center", "OrmScript
# overtook VellScript"): when one side is a made object, so is the other. Stems.
RANKING_STEMS = ("surpass", "overtak", "overtook", "outstrip", "eclips", "outsold", "outsell", "outrank")
