"""A state named as it was when the happening took place (pipeline.events.era_states); invented rows."""

from __future__ import annotations

from datetime import date

import numpy as np

from pipeline.core.records import Event
from pipeline.events.era_states import name_rows_in_their_era, state_in_its_era


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def test_the_united_kingdom_before_the_union_is_england_then_great_britain():
    assert state_in_its_era("United Kingdom", "English", *_year(1652)) == "England"
    assert state_in_its_era("United Kingdom", "Anglo-", *_year(1588)) == "England"
    assert state_in_its_era("United Kingdom", "British", *_year(1760)) == "Great Britain"
    assert state_in_its_era("United Kingdom", "British", *_year(1815)) == "United Kingdom"
    # an interval over an era's edge, or an open one, keeps the name: in doubt no earlier state
    assert state_in_its_era("United Kingdom", "British", date(1700, 1, 1), date(1710, 12, 31)) == "United Kingdom"
    assert state_in_its_era("United Kingdom", "British", None, date(1650, 1, 1)) == "United Kingdom"
    # before any English state: the island's people, or the island
    bc = np.datetime64("-0054-01-01"), np.datetime64("-0054-12-31")
    assert state_in_its_era("United Kingdom", "Britons", *bc) == "Britons"
    assert state_in_its_era("United Kingdom", "Britain", *_year(60)) == "Britain"
    assert state_in_its_era("Tarvia", "Tarvian", *_year(1652)) == "Tarvia"


def test_a_rows_parties_are_renamed_in_its_era_once_each():
    start, end = _year(1690)
    row = Event(timex_index=0, date_text="1690", date_start=start, date_end=end, granularity="year",
                trigger="attack", actors=["United Kingdom", "England"], participants=["Tarvia"],
                actor_mentions=["British", "English"], participant_mentions=["Tarvia"], resolved=["United Kingdom"],
                resolved_from=["reference"])
    name_rows_in_their_era([row])
    assert row.actors == ["England"] and row.actor_mentions == ["British"]
    assert row.participants == ["Tarvia"] and row.resolved == ["England"]


def test_a_rows_actor_is_not_listed_again_as_its_participant():
    from pipeline.events.row_parties import settle_row_parties

    start, end = _year(1901)
    row = Event(timex_index=0, date_text="1901", date_start=start, date_end=end, granularity="year",
                trigger="acquire", actors=["Orme Corp."], participants=["Tarlo Inc.", "Orme Corp."],
                actor_mentions=["Orme"], participant_mentions=["Tarlo", "the company"])
    settle_row_parties([row])
    assert row.participants == ["Tarlo Inc."] and row.participant_mentions == ["Tarlo"]
    assert row.actors == ["Orme Corp."]


def test_the_events_stage_names_a_state_in_its_rows_era():
    from pipeline.batch.processing import Pipeline
    from pipeline.core.config import load_config

    doc = Pipeline(load_config(None)).text(
        "Title\n\nIn 1760 British troops captured Lusk. In 1940 British forces landed in Vell.\n", "t")
    by_date = {e.date_text: e for e in doc.layers["events"]}
    assert by_date["1760"].actors == ["Great Britain"] and by_date["1760"].actor_mentions == ["British"]
    assert by_date["1940"].actors == ["United Kingdom"]
