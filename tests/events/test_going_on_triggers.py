"""The trigger is the happening's word (issue 33, item 5), in sentences of our own: a verb that only
says a happening went on, lasted or took effect gives the row to the happening it is said of; a
happening named in the date's own phrase beats the clause's verb."""

from __future__ import annotations

import pytest


def triggers_of(pipeline, text: str) -> list[str]:
    return [e.trigger for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    # A verb of lasting or going on whose subject names a happening.
    ("The harbour battle ran from 1839 to 1845.", "battle"),
    ("The river blockade continued until 1850.", "blockade"),
    ("The coastal war continued until 1717.", "war"),
    ("The mountain rebellion persisted until 1850.", "rebellion"),
    ("The Holm Rebellion lasted from 1835 to 1837.", "rebellion"),
    ("The long famine existed from 1745 to 1749.", "famine"),
    ("The grain crisis is tied to 1829.", "crisis"),
    # What took effect: the agreement, not "become".
    ("The border ceasefire became effective on 20 August 1850.", "ceasefire"),
    ("The new land law became effective in 1830.", "law"),
])
def test_a_verb_of_going_on_gives_the_row_to_its_happening(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_state_that_remains_is_no_happening(pipeline):
    # "remained in force until 1920" tells a state, not a happening of 1920: no row, as before.
    assert triggers_of(pipeline, "The harbour treaty remained in force until 1720.") == []


def test_a_named_happening_with_a_year_of_its_own_keeps_the_verb(pipeline):
    # The name's year is the happening's start; the date after "lasted" is the lasting's end.
    assert triggers_of(pipeline, "The 1705 Rebellion lasted until 1707.") == ["last"]


@pytest.mark.parametrize("text, trigger", [
    # No happening as the subject: the verb keeps the row.
    ("Its pastures stretched to the sea in 1200.", "stretch"),
    ("The old guild continued the tolls until 1850.", "continue"),
])
def test_a_subject_naming_no_happening_leaves_the_verb(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The 1797 census found 40,000 inhabitants in the valley.", "census"),
    ("The interregnum of 1627–1633 was ruled by a council of elders.", "interregnum"),
])
def test_a_happening_in_the_dates_own_phrase_beats_the_verb(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_verb_relating_two_happenings_is_no_second_row(pipeline):
    # The date is the fall's; "completed the conquest" tells how it stood to another happening.
    assert triggers_of(pipeline, "The fall of Vell in 737 completed the conquest of the coast.") == ["fall"]


def test_what_a_dated_happening_did_is_still_a_row(pipeline):
    # (Its object no happening: the killing happened then too.)
    assert triggers_of(pipeline, "The 1906 flood killed 300 villagers along the river.") == ["flood", "kill"]


def test_a_census_cited_as_a_source_dates_nothing(pipeline):
    # "as per the census" cites where a figure comes from, like "according to": no row.
    assert triggers_of(pipeline, "As per the 1901 census, Vell is the third-largest town of the coast.") == []


@pytest.mark.parametrize("text", [
    "With a population of 12,400 at the 1911 census, Vell is the largest town of the coast.",
    "As of the 1911 census, Vell is the third largest town of the coast.",
])
def test_a_census_that_measures_a_figure_dates_no_row(pipeline, text):
    assert triggers_of(pipeline, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Her reign is thought to have lasted from 870 to 831 BC.", "reign"),
    ("His tenure lasted from 1801 to 1809.", "tenure"),
    ("The council he created lasted until 1874.", "last"),  # a body that lasted: the verb stays
])
def test_a_spell_that_lasted_is_the_happening(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]
