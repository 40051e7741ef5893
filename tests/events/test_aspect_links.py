"""The trigger is the happening's word where an aspect or light verb only frames it (issue "when and
what"; pipeline.events.aspect_links, phrase_triggers, coordination, dated_nouns), in sentences of our own."""

from __future__ import annotations

import pytest


def rows(process, text: str) -> list:
    return list(process(text))


def triggers(process, text: str) -> list[str]:
    return [e.trigger for e in rows(process, text)]


def test_a_bare_beginning_participle_dates_the_verb_it_hangs_on(process):
    assert triggers(process, "Deaths from famine in Tarvia declined sharply beginning in the 1970s.") == ["decline"]


def test_a_beginning_with_an_object_of_its_own_stays_a_beginning(process):
    # "beginning a long boom in 1970" is a happening of its own (the boom's start), not the growing's date.
    assert triggers(process, "Tarvian exports grew quickly, beginning a long boom in 1970.") == ["begin"]


def test_a_fronted_beginning_participle_dates_the_main_verb(process):
    assert triggers(process, "Beginning in 1970, the Orm army expanded rapidly.") == ["expand"]


def test_efforts_made_to_do_something_are_that_doing(process):
    text = "Throughout 1930, efforts were still being made by the Tarvian government to increase grain exports."
    assert triggers(process, text) == ["increase"]


def test_dates_back_to_a_deed_dated_right_after_it_is_that_deed(process):
    text = "The foundation of the science dates back to the work of Jean Orme in 1796."
    assert triggers(process, text) == ["work"]


def test_dates_back_to_a_bare_year_keeps_what_is_dated(process):
    assert triggers(process, "The Vell festival dates back to 1796.") == ["festival"]


@pytest.mark.parametrize("text, trigger", [
    ("The term first appeared in 1910, but came into popular use in the 1990s.", "use"),
    ("The Tarsk Convention came into force on 3 January 1976.", "come into force"),
])
def test_coming_into_use_or_force_is_named_by_its_noun(process, text, trigger):
    assert trigger in triggers(process, text) and "come" not in triggers(process, text)


def test_a_participle_of_what_a_state_enabled_is_no_row_of_its_date(process):
    text = "Since the late 20th century, digital video has become the dominant form, enabling cheap storage."
    assert triggers(process, text) == ["become"]


def test_a_participle_of_a_deed_still_shares_the_date(process):
    # Not a participle of enabling: "arrived in Vell, seeking to mediate" keeps both rows.
    assert triggers(process, "On 3 May 1990 the envoy arrived in Vell, seeking to mediate.") == ["arrive", "seek"]


def test_withdrawing_from_negotiations_is_one_row_with_them_as_theme(process):
    events = rows(process, "Tarvia refused to accept the offer and withdrew from negotiations on November 7, 1939.")
    assert [(e.trigger, e.theme) for e in events] == [("withdraw", "negotiations")]
