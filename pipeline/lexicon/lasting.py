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
