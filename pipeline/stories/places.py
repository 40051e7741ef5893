"""Where two mentions of events say their happening was: the places they share, and the places that keep
them apart (two towns; one spot of several). Used by :mod:`pipeline.stories.evidence`, which says what
else two mentions share. No gazetteer: a town and its country are one place's names only where the
corpus writes "Nairobi, Kenya" (the mentions' ``regions``, :func:`pipeline.stories.mentions.place_containment`).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.capitals import CAPITAL_SEATS
from pipeline.stories.triggers import is_named

# The mentions compared are pipeline.stories.evidence.Mention (typed Any here: evidence imports this module).
Mention = Any


def _part_of_several(one: Mention, several: Mention) -> bool:
    """Whether ``one`` says it happened at a single spot that is one of several spots ``several`` names:
    the happening at one of them, not the happenings at all of them ("the blast in Orm" beside "bombs
    exploded in Tarsk and Orm" of one morning). In doubt, apart: which of the two would it join?"""
    return len(one.spots) == 1 and len(several.spots) > 1 and \
        one.spots <= _by_key(several.places or several.nearby).keys()



# Open water: a happening at sea is told by the sea ("plucked from the Atlantic") or by the coast it was
# off ("rescued off Florida"), so a sea contradicts no other place. Names of their own (no head word),
# and the head words of a water's name ("the Tarvian Sea", "the Straits of Orm").
OPEN_WATERS = frozenset({"atlantic", "pacific", "arctic", "mediterranean", "caribbean", "adriatic", "aegean",
                         "baltic"})
# Happenings of war, fought on many fronts at once, some of them at sea.
WAR_KINDS = frozenset({"invade", "bomb", "occupy", "annex", "kill", "withdraw", "surrender", "sink"})
_WITHIN_A_MONTH = ("day", "week", "month", "before")
_WATER_HEADS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel", "sound", "bight"})


def is_open_water(name: str) -> bool:
    """Whether a place name names open water: "the Atlantic", "Florida Straits", "Gulf of Orm"."""
    words = [w for w in re.split(r"[\s\-–]+", name.lower()) if w and w != "the"]
    if not words:
        return False
    if len(words) == 1:
        return words[0] in OPEN_WATERS
    return words[-1] in _WATER_HEADS or words[0] in _WATER_HEADS and "of" in words \
        or words[0] in OPEN_WATERS and words[-1] in ("ocean", "sea")


def _places_disagree(a: Mention, b: Mention) -> bool:
    """Both say where it happened and no place of one is a place or party of the other. A town and its
    country ("in Nairobi", "in Kenya") are one place only where the corpus writes "Nairobi, Kenya"
    (:func:`place_containment`); elsewhere they stay apart, for want of a gazetteer. Open water
    (:func:`is_open_water`) contradicts no place within a month, but in a happening of war: "plucked from
    the Atlantic" and "rescued off Florida" in late November; "attacked in the Atlantic" and "attacked in
    France" are a war's two fronts."""
    if not a.places and not b.places:
        return False  # two guesses from the sentences around them ("nearby") contradict nothing: neither says where
    at_sea = a.granularity in _WITHIN_A_MONTH and b.granularity in _WITHIN_A_MONTH \
        and not a.kinds & b.kinds & WAR_KINDS
    a_where = _by_key(p for p in a.places or a.nearby if not (at_sea and is_open_water(p)))
    b_where = _by_key(p for p in b.places or b.nearby if not (at_sea and is_open_water(p)))
    if not a_where or not b_where:
        return False
    # A state the corpus says holds a place of the other is no other place ("Tanzania", "Dar es Salaam").
    a_any = a_where.keys() | _by_key(a.parties).keys() | a.regions.keys()
    b_any = b_where.keys() | _by_key(b.parties).keys() | b.regions.keys()
    if not (a_where.keys() & b_any or b_where.keys() & a_any):
        return True
    # Sharing a country, each names a place the other does not: "at the U.S. embassy in Nairobi" and
    # "outside the U.S. embassy in Dar es Salaam" (the collective "in Kenya and Tanzania" and "in Nairobi,
    # Kenya" stay apart too: precision first).
    return bool(a_where.keys() - b_any and b_where.keys() - a_any)



def theme_is_place(m: Mention, other: Mention) -> bool:
    """Whether the named theme of one mention is where the other says it happened: "the car was found at
    Newark Airport" read with the airport as what was found, beside "the car was discovered at Newark
    Airport" (every word of the name among the other's places: a place is where, not a second thing)."""
    if not is_named(m.theme) or not other.places:
        return False
    # A possessive is the name's own ("New Jersey's Newark International Airport"): Jersey is the place.
    words = {re.sub(r"['’]s?$", "", w) for w in re.split(r"[\s,.\-–]+", m.theme.lower()) if w}
    words -= {"", "the", "of"}
    where = {w for p in other.places for w in re.split(r"[\s,.\-–]+", p.lower()) if w}
    return bool(words) and words <= where



def place_opening_theme(m: Mention, other: Mention) -> str | None:
    """The place the other mention says it happened in, written at the head of this one's named theme as
    the thing's place ("bombed the Tarsk, Vell, clinic" beside "the bombing in Tarsk"): where, said in the
    thing's name. Only a whole place name followed by a comma or a common word, so "Tarsk Airport" (a
    place of its own) and "Tarsk Treaty" (a named thing) count for nothing here."""
    if not is_named(m.theme):
        return None
    for place in other.places:
        rest = m.theme[len(place):] if m.theme.startswith(place) else None
        if rest and re.match(r"(?:,|\s+[a-z])", rest):
            return place
    return None


def _shared_places(a: Mention, b: Mention) -> set[str]:
    """The places two mentions both name as where it happened, or one as where and the other as what was
    acted on ("fighting in Tarsk", "captured Tarsk"); an actor is not a place ("U.S. missile attacks" are
    not "the attacks on the U.S. embassies"). A place they share says nothing when each also names a place
    the other does not: "the attack at the U.S. embassy in Nairobi" and "the attack outside the U.S.
    embassy in Dar es Salaam" share the United States and happened in two cities."""
    a_where, b_where = _by_key(a.places), _by_key(b.places)
    a_any = {**_by_key(a.participants), **a.regions, **a_where}
    b_any = {**_by_key(b.participants), **b.regions, **b_where}
    shared = (a_where.keys() & b_any.keys()) | (b_where.keys() & a_any.keys())
    if a_where.keys() - b_any.keys() - shared and b_where.keys() - a_any.keys() - shared:
        return set()
    return {a_where.get(k) or b_where[k] for k in shared}



def capital_regions(places: list[str], year: int | None) -> dict[str, str]:
    """The states that hold the capitals among ``places`` in ``year`` ("Nairobi" in 1998 → Kenya), by place
    key: a capital and its state are one place's names however the corpus writes them (the one gazetteer
    at hand, :data:`pipeline.lexicon.capitals.CAPITAL_SEATS`, within its years: Berlin of 1960 is no
    German capital)."""
    out = {}
    for p in places:
        seat = CAPITAL_SEATS.get(p)
        if seat and year is not None and seat[1] <= year and (seat[2] is None or year <= seat[2]):
            out[place_key(seat[0])] = seat[0]
    return out


def place_key(name: str) -> str:
    """A place name as compared across documents: case, dashes, dots and spacing do not tell two
    places apart ("Dar-es-Salaam", "Dar es Salaam")."""
    return re.sub(r"[\s\-–—.]+", " ", name).strip().lower()



def _by_key(names) -> dict[str, str]:
    return {place_key(n): n for n in sorted(names)}
