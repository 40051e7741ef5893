"""The trigger names the happening the date dates (issue 33, items 5 and 6), in sentences of our own:
light and aspectual verbs hand the row to the happening they govern, a series noun to what it is a
series of, a count to its census, and a verb whose words make a phrase names the phrase."""

from __future__ import annotations

import pytest


def triggers_of(pipeline, text: str) -> list[str]:
    return [e.trigger for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    # A happening word the tagger takes for a name still names the happening that existed.
    ("Apartheid existed from 1948 to 1994.", "apartheid"),
    # A splitting noun with what was split is a happening that lasted.
    ("The division of the duchy lasted until 1849.", "division"),
    # A participle of lasting said of a happening noun.
    ("A war lasting from 1701 to 1714 ruined the kingdom.", "war"),
    # An order of society that existed, and a gerund that lasted.
    ("Serfdom existed in Vell until 1861.", "serfdom"),
    ("Fighting between the two states lasted until 1949.", "fight"),
])
def test_what_went_on_is_the_row(pipeline, text, trigger):
    assert trigger in triggers_of(pipeline, text)
    assert not {"exist", "last"} & set(triggers_of(pipeline, text))


@pytest.mark.parametrize("text, trigger", [
    ("The end of Vell came in 1453 with the fall of Lusk.", "fall"),
    ("Historians refer to the change in 1066 as the conquest.", "change"),
    ("Holm made history at the 1936 Games by winning four gold medals.", "win"),
])
def test_a_light_verb_hands_the_row_to_the_happening_it_governs(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("In 1900 he referred to the war as a tragedy.", "refer"),  # the date before: the referring's
    ("He began his journey home in 1105.", "journey"),  # (a light happening, as before)
    ("In 1105 he began his rule as Count of Tarsk.", "begin"),  # a spell's start is the beginning
])
def test_a_verb_governing_no_dated_happening_keeps_the_row(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_series_noun_gives_the_row_to_what_it_is_a_series_of(pipeline):
    assert triggers_of(pipeline, "In 1780 a series of wars broke out between Orm and Lusk.") == ["war"]


def test_a_series_begun_is_the_start(pipeline):
    # A series as the object: the start of it is the verb's ("started a series of marches in 1892").
    assert "start" in triggers_of(pipeline, "The league started a series of marches in 1892.")


def test_a_census_is_the_happening_its_finding_tells(pipeline):
    assert triggers_of(pipeline, "The census recorded 12,000 inhabitants in 1851.") == ["census"]
    assert triggers_of(pipeline, "A census conducted in 1851 found 12,000 inhabitants.") == ["census"]


def test_a_wave_of_happenings_is_the_happenings(pipeline):
    assert triggers_of(pipeline, "In 1871 a wave of strikes swept the country.") == ["strike"]


def test_taking_someones_place_is_no_happening_of_the_subject(pipeline):
    # "took its place" is a replacing: the state is no happening that took place.
    assert triggers_of(pipeline, "In 1815 the new state took its place.") == ["take"]
    assert triggers_of(pipeline, "The Vell War took place from 1904 to 1905.") == ["war"]


@pytest.mark.parametrize("text, trigger", [
    ("Lusk became independent of Orm in 1512.", "independence"),
    ("In 1799 he was put in charge of the army.", "put in charge"),
    ("The Lusk riders took part in the 1936 Olympics.", "take part"),
    ("In 1812 Orm took part in the invasion of Lusk.", "invasion"),
])
def test_a_verb_names_its_happening_with_the_words_it_takes(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


def test_a_gerund_of_a_happening_noun_gives_the_row_to_the_noun(pipeline):
    # "the banning of whaling by 1969": the banning is dated, whaling went on before it.
    assert triggers_of(pipeline, "Their losses led to the banning of whaling in many ports by 1969.") == ["banning"]
    assert triggers_of(pipeline, "The practice of whaling in the region ended by 1969.") == ["end"]


def test_a_happening_noun_in_the_post_held_is_no_row_of_its_own(pipeline):
    # "served as editor of the publication": a post, the publication a thing; one row, the serving.
    assert triggers_of(pipeline, "Holm served as editor of the publication from 1988 to 2005.") == ["serve"]
