"""Words a news report retells one happening by, and adverbs of a habit (issue 33, news dates).

A report tells a death early with its date ("Orm's mother drowned on Nov. 22 when their boat sank") and
retells it later in other words ("His mother and 10 others died at sea", "the boyfriend who perished"). A
person dies once: a dying of the same parties (or of none named) is that happening
(pipeline.events.retold_happenings). Habit adverbs tell what happened as a rule ("the branches of the family
regularly talked by telephone"): no day of the report's weeks.
"""

from __future__ import annotations

# Lemmas of one dying, whatever word tells it: the death, the drowning, the wreck the deaths came in.
DYING_LEMMAS = frozenset({"die", "drown", "perish", "death", "sink", "wreck", "shipwreck", "capsize", "drowning"})

# Adverbs of a habit ("regularly talked", "often visited"); not "still" or "currently", which tell a standing.
HABIT_ADVERBS = frozenset({"regularly", "routinely", "usually", "often", "typically", "habitually", "frequently",
                           "customarily", "sometimes", "occasionally", "normally", "generally"})
