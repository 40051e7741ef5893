"""Words for natural disasters: happenings no party carries out. The place a disaster struck is
where it happened (the ``places`` column), never a party of it, and a disaster has no actor."""

from __future__ import annotations

DISASTER_NOUNS = frozenset({
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "storm",
    "storms", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tornado", "tornadoes",
    "flood", "floods", "flooding", "tsunami", "tsunamis", "eruption", "eruptions", "avalanche", "avalanches",
    "landslide", "landslides", "mudslide", "mudslides", "drought", "droughts", "blizzard", "blizzards",
    "wildfire", "wildfires", "heatwave", "monsoon", "epidemic", "epidemics", "outbreak", "pandemic"})
