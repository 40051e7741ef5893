"""Happenings held somewhere and the sites things happen at: a place name compounded on them says
where, never who ("the Denver concert", "the Lusk plant"), read by pipeline.events.recast_roles."""

from __future__ import annotations

# Happenings a place name before them locates ("the Munich concert", "the Denver crash", "the Paris
# summit"): gatherings, shows, games and accidents, which no place carries out.
PLACE_HELD_HAPPENINGS = frozenset({
    "concert", "concerts", "festival", "festivals", "show", "shows", "exhibition", "exhibitions", "fair", "fairs",
    "gig", "gigs", "tour", "performance", "performances", "premiere", "summit", "summits", "conference",
    "conferences", "convention", "conventions", "meeting", "meetings", "rally", "rallies", "parade", "parades",
    "march", "marathon", "games", "olympics", "race", "tournament", "match", "crash", "crashes", "accident",
    "accidents", "collision", "derailment", "explosion", "explosions", "blast", "fire", "fires", "blaze",
    "shooting", "shootings", "massacre", "riots", "riot", "trial", "hearing", "funeral", "wedding", "ceremony"})
# Sites and structures a place name before them locates ("the Denver warehouse", "the Kenya embassy"):
# the site is where, its town no party of what befell it.
SITE_NOUNS = frozenset({
    "warehouse", "warehouses", "plant", "plants", "factory", "factories", "mill", "mine", "mines", "refinery",
    "clinic", "clinics", "embassy", "embassies", "consulate", "airport", "station", "stations", "port", "harbor",
    "harbour", "mall", "hotel", "hotels", "hospital", "stadium", "arena", "bridge", "tower", "dam", "base",
    "depot", "terminal", "facility", "facilities", "site", "branch", "headquarters", "studio", "theater", "theatre"})
