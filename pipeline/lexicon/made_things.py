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
