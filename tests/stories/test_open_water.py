"""A happening at sea is told by the sea or by the coast it was off: open water contradicts no place
(sentences of our own: "the boy was plucked from the Atlantic", "the boy was rescued off Tarvia")."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge
from pipeline.stories.places import _places_disagree, is_open_water

DAY = date(2001, 3, 8)


def told(key: str, places=(), participants=(), borrowed=(), day: date = DAY, granularity: str = "day") -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=day, end=day, granularity=granularity, trigger="rescue",
                   kinds=frozenset({"rescue"}), night=False, actors=[], participants=list(participants),
                   places=list(places), citations=[], borrowed=list(borrowed), subject=bool(borrowed))


def test_open_water_names():
    for name in ("Atlantic", "the Pacific", "Tarvian Sea", "Straits of Orm", "Gulf of Lusk", "Orm Straits",
                 "Atlantic Ocean"):
        assert is_open_water(name), name
    for name in ("Tarsk", "Sea Island", "Atlantic City", "Orm Valley", "Florida"):
        assert not is_open_water(name), name


def test_the_sea_and_the_coast_tell_one_rescue():
    at_sea = told("a", places=["Atlantic"], borrowed=["Ivo Brenn"])
    off_coast = told("b", places=["Tarvia"], participants=["Ivo Brenn"])
    assert not _places_disagree(at_sea, off_coast)
    found = judge(at_sea, off_coast)
    assert found is not None and "subject:Ivo Brenn" in found.evidence


def test_two_towns_still_disagree():
    assert _places_disagree(told("a", places=["Tarsk", "Atlantic"]), told("b", places=["Orm"]))
    assert judge(told("a", places=["Tarsk"], participants=["Ivo Brenn"]),
                 told("b", places=["Orm"], participants=["Ivo Brenn"])) is None


def test_in_a_year_or_in_war_the_sea_and_a_land_are_two_fronts():
    # "in 1941 they were rescued in the Atlantic" and "in 1941 they were rescued in Lusk"
    sea = told("a", places=["Atlantic"], day=date(1941, 1, 1), granularity="year")
    land = told("b", places=["Lusk"], day=date(1941, 1, 1), granularity="year")
    assert _places_disagree(sea, land)
    # "Tarvia attacked in the Atlantic on 3 May" and "Tarvian forces attacked in Lusk on 3 May"
    sea, land = told("c", places=["Atlantic"]), told("d", places=["Lusk"])
    sea.kinds = land.kinds = frozenset({"invade"})
    assert _places_disagree(sea, land)
