"""Happenings that last: nouns naming a stretch of months or years, not a day (issue 33, news dates).

"the war has created a nation of widows", "many became poor during the post-Soviet transition": a
present perfect tied to such a happening tells a result built up over its whole course, which a news
report's weeks do not hold (read by :mod:`pipeline.events.report_window`). Punctual happenings ("the
blast has killed 40", "arrested during a raid") are not here: they fall in the report's weeks.
"""

from __future__ import annotations

LASTING_HAPPENINGS = frozenset({
    "war", "wars", "conflict", "conflicts", "transition", "occupation", "crisis", "recession", "depression",
    "embargo", "sanctions", "reforms", "boom", "slump", "inflation", "drought", "famine", "epidemic",
    "insurgency", "dictatorship", "regime", "reign", "rule", "era", "process", "evolution",
})

# Units of a stretch long past a report's weeks: "over several years", "for decades".
LONG_UNITS = frozenset({"years", "decades", "centuries", "generations", "months"})

# Verbs whose happening is itself a stretch (lemmas): "ruled in 1200 and until 1231" may tell its end.
# A verb not here ("proclaimed the empire in 1945 … until 25 August 1945") happens once: an "until" date
# after its own date ends the state it made, not the verb's time.
SPAN_VERBS = frozenset({
    "rule", "reign", "last", "exist", "continue", "remain", "serve", "govern", "hold", "live", "stay", "persist",
    "endure", "occupy", "control", "run", "work", "teach", "lead", "dominate", "use", "keep", "maintain", "be",
    "have", "stand", "survive", "flourish", "administer", "command", "head", "preside", "wage", "fight",
})

# Nouns of a stretch of someone's past ("a period in the history of Tarvia which lasted"): a relative
# clause hung on their "of" name is said of the stretch, never of the name (read by
# :mod:`pipeline.events.relative_heads`).
STRETCH_NOUNS = frozenset({"history", "histories", "past", "period", "periods", "era", "eras", "age", "ages",
                           "epoch", "phase", "phases", "stage", "stages", "chapter", "chapters"})
