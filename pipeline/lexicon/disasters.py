"""Words for natural disasters: happenings no party carries out. The place a disaster struck is
where it happened (the ``places`` column), never a party of it, and a disaster has no actor."""

from __future__ import annotations

DISASTER_NOUNS = frozenset({
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "storm",
    "storms", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tornado", "tornadoes",
    "flood", "floods", "flooding", "tsunami", "tsunamis", "eruption", "eruptions", "avalanche", "avalanches",
    "landslide", "landslides", "mudslide", "mudslides", "drought", "droughts", "blizzard", "blizzards",
    "wildfire", "wildfires", "heatwave", "monsoon", "epidemic", "epidemics", "outbreak", "pandemic"})

# Nouns of a man-made accident: like a natural disaster, it happens at a site, and the town or plant it
# is named after is where, never who ("the Chernobyl accident", "Orm had the worst nuclear accident").
ACCIDENT_NOUNS = frozenset({
    "accident", "accidents", "disaster", "disasters", "catastrophe", "meltdown", "meltdowns", "spill", "spills",
    "leak", "leaks", "derailment", "shipwreck", "mishap"})

# Verb stems of a made thing's own wreck: what "it" blew up, crashed or sank as is a craft or a
# building, never a body or a state ("It just blew up in the air": the plane, not the agency named
# before). Stems, as the parse has no lemmas; a verb with a particle counts only with it ("blew up").
WRECKING_STEMS = ("explod", "crash", "sank", "sink", "sunk", "burst", "disintegrat", "derail", "capsiz", "detonat")
WRECKING_PHRASES = frozenset({("blew", "up"), ("blow", "up"), ("blown", "up"), ("broke", "up"), ("break", "up"),
                              ("broke", "apart"), ("caught", "fire"), ("catch", "fire"), ("went", "down")})
