"""Words a news report retells one happening by, and adverbs of a habit (issue 33, news dates).

A report tells a death early with its date ("Orm's mother drowned on Nov. 22 when their boat sank") and
retells it later in other words ("His mother and 10 others died at sea", "the boyfriend who perished"). A
person dies once: a dying of the same parties (or of none named) is that happening
(pipeline.events.retold_happenings). Habit adverbs tell what happened as a rule ("the branches of the family
regularly talked by telephone"): no day of the report's weeks. Commemorating verbs take a past happening
as their object, and a date in their clause is that happening's ("chosen to honor the announcement of the
alliance 50 years ago"), no date of the choosing.
"""

from __future__ import annotations

# Lemmas of one dying, whatever word tells it: the death, the drowning, the wreck the deaths came in.
DYING_LEMMAS = frozenset({"die", "drown", "perish", "death", "sink", "wreck", "shipwreck", "capsize", "drowning"})

# Adverbs of a habit ("regularly talked", "often visited"); not "still" or "currently", which tell a standing.
HABIT_ADVERBS = frozenset({"regularly", "routinely", "usually", "often", "typically", "habitually", "frequently",
                           "customarily", "sometimes", "occasionally", "normally", "generally"})

# Forms of verbs whose object is a past happening they commemorate: "to honor the announcement 50 years ago".
COMMEMORATING_FORMS = frozenset("""
honor honors honored honoring honour honours honoured honouring mark marks marked marking commemorate
commemorates commemorated commemorating celebrate celebrates celebrated celebrating""".split())
