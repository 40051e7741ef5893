"""A place named after "of" on a place's noun ("in the Westphalian cities of Osnabrück and Münster", "the
region of Mesopotamia in the vicinity of Orm") is where, never a group a later "they" or "their" stands
for (issue 31, "who did it": "They ended the Thirty Years' War" gave the two cities as the treaties'
actors; "Their consolidation" after "they occupied the region of Tarvia and … of Lusk" gave the regions).
Read by :func:`pipeline.events.recent_mentions.is_place_mention`, beside the places after "in", "at", ….
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.acted_on import PLACE_OF_NOUNS

# Nouns of a stretch of land: the name after their "of" is a place too.
_LAND_NOUNS = frozenset({"region", "regions", "vicinity", "area", "areas", "province", "provinces", "coast",
                         "coasts", "valley", "valleys", "plain", "plains", "district", "districts", "territory",
                         "territories", "peninsula", "basin", "shores", "outskirts", "environs"})


def is_of_place(root: Any) -> bool:
    """Whether the phrase head ``root`` of a name is the object of "of" on a place's noun: a place whatever
    label the model gave it ("the cities of Osnabrück and Münster", both tagged persons)."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and \
        root.head.head.lower_ in (PLACE_OF_NOUNS | _LAND_NOUNS)
