"""States a report names by their present name for a time they bore another.

``ERA_NAMES``: a present-day name → (the state's name then, first day, last day). A report of 1999 writes
"Russian troops swept through Prague in 1968" of what another calls "the Soviets invaded": between those
days the name stood for that state (the Russian republic acted abroad only as the Soviet Union). Outside
the days the name is itself ("Russia" of 1915 is the Russian Empire, of 1995 the Russian Federation).
Only states whose later name was written for the whole of the earlier one; a republic of a union is not
the union ("Ukraine" of 1970 is not "the Soviet Union").
"""

from __future__ import annotations

from datetime import date

ERA_NAMES: dict[str, tuple[str, date, date]] = {
    "Russia": ("Soviet Union", date(1922, 12, 30), date(1991, 12, 26)),
}
