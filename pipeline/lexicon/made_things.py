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
