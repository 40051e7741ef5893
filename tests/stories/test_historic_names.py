"""A state told by its present name for the years it bore another: "Russia" of 1956 is the Soviet Union,
of 1915 or 1995 it is Russia."""

from __future__ import annotations

from datetime import date

import pandas as pd

from pipeline.stories.merge import build_stories
from pipeline.events.era_states import in_its_era

STATES = ["Soviet Union", "Russia", "Tarvia"]
DAY = lambda y, m, d: (date(y, m, d), date(y, m, d))  # noqa: E731


def _event(doc_id, day, trigger, actors=(), participants=()):
    start, end = day
    return {"doc_id": doc_id, "event_id": 0, "date_start": start, "date_end": end, "date_text": None,
            "means": None, "granularity": "day", "trigger": trigger, "actors": list(actors),
            "participants": list(participants), "places": [], "theme": None, "citation_ids": [], "sentence_id": 0}


def test_russia_within_the_soviet_years_is_the_soviet_union():
    assert in_its_era("Russia", date(1968, 1, 1), date(1968, 12, 31)) == "Soviet Union"
    assert in_its_era("Russia", pd.Timestamp(1956, 11, 4), pd.Timestamp(1956, 11, 4)) == "Soviet Union"
    assert in_its_era("Russia", date(1915, 5, 1), date(1915, 5, 1)) == "Russia"
    assert in_its_era("Russia", date(1995, 1, 1), date(1995, 12, 31)) == "Russia"
    # a span reaching past the era, or no start, keeps the name: in doubt it is not the earlier state
    assert in_its_era("Russia", date(1990, 1, 1), date(1993, 12, 31)) == "Russia"
    assert in_its_era("Russia", None, date(1980, 1, 1)) == "Russia"
    assert in_its_era("Tarvia", date(1968, 1, 1), date(1968, 12, 31)) == "Tarvia"


def test_one_invasion_told_by_both_names_is_one_story():
    # "Russian troops invaded Tarvia on 4 November 1956" / "the Soviet Union invaded Tarvia on 4 November 1956"
    _, story_of = build_stories(pd.DataFrame([
        _event("a", DAY(1956, 11, 4), "invade", ["Russia"], ["Tarvia"]),
        _event("b", DAY(1956, 11, 4), "invade", ["Soviet Union"], ["Tarvia"]),
    ]), STATES)
    assert story_of["a#0"] == story_of["b#0"]


def test_soviet_russia_before_the_union_is_russia():
    # "Soviet Russia signed the Treaty of Lusk on 3 March 1918" / "the treaty signed by Russia and Tarvia"
    assert in_its_era("Soviet Union", date(1918, 3, 3), date(1918, 3, 3)) == "Russia"
    assert in_its_era("Soviet Union", date(1939, 9, 17), date(1939, 9, 17)) == "Soviet Union"
    assert in_its_era("Soviet Union", date(1922, 1, 1), date(1923, 12, 31)) == "Soviet Union"
    _, story_of = build_stories(pd.DataFrame([
        _event("a", DAY(1918, 3, 3), "sign", ["Soviet Union"], ["Tarvia"]),
        _event("b", DAY(1918, 3, 3), "sign", [], ["Russia", "Tarvia"]),
    ]), STATES)
    assert story_of["a#0"] == story_of["b#0"]


def test_russia_after_the_union_is_not_it():
    # the Russian Federation's 1994 campaign and a Soviet one told of that date are two actors
    _, story_of = build_stories(pd.DataFrame([
        _event("a", DAY(1994, 12, 11), "invade", ["Russia"], ["Tarvia"]),
        _event("b", DAY(1994, 12, 11), "invade", ["Soviet Union"], ["Tarvia"]),
    ]), STATES)
    assert story_of["a#0"] != story_of["b#0"]


def test_a_historic_land_or_people_is_not_the_present_state_the_library_reads():
    from pipeline.stories.party_names import PartyNames, country_name

    # country_converter's patterns read these as Iraq, North Macedonia, the Czech Republic, Israel
    assert country_name("Mesopotamia") == "Mesopotamia"
    assert country_name("Macedonians") == "Macedonia"
    assert country_name("Bohemia") == "Bohemia"
    assert country_name("Israelites") is None
    names = PartyNames(["Israelites", "Ormites", "Israelis"], ["Israel", "Orm"])
    assert names("Israelites") == "Israelites" and names("the Ormites") == "Ormites"
    assert names("Israelis") == "Israel"  # a present people still names its state
