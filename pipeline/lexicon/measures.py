"""Words of measures and holdings: units of area and length, counted people, an economy's figures.

Read by :mod:`pipeline.events.extents`: "covered 3.5 million km2", "held sway over 41 million people",
"generated a nominal GDP of €18 trillion" measure a thing at a date; none is a happening.
"""

from __future__ import annotations

AREA_UNITS = frozenset("""
km2 km² sq.km sqkm hectares hectare ha acres acre mi2 mi² m2 m²
""".split()) | {"square"}
LENGTH_UNITS = frozenset("""
km kilometres kilometers kilometre kilometer miles mile metres meters
""".split())
# Nouns of people counted as a realm's or a city's: "ruled over 20 million subjects".
COUNTED_PEOPLE = frozenset("""
people persons inhabitants subjects souls residents citizens individuals
""".split())
# An economy's figures beyond a firm's (pipeline.lexicon.happenings.REPORTED_FIGURES).
ECONOMY_NOUNS = frozenset("""
gdp gnp gni product output budget economy trade
""".split())
# Verbs by which a realm holds people: "held sway over", "ruled over", "governed".
RULING_VERBS = frozenset("hold rule govern control".split())
# Verbs of what a thing took in or enjoyed, a standing ("pop music encompassed rock and roll", "the Orms
# enjoyed a degree of autonomy"); a happening as the object ("enjoyed a revival") keeps the row. ("embrace"
# is not one: "embraced Christianity in 988" is a conversion.)
TAKING_IN_VERBS = frozenset("encompass enjoy".split())
