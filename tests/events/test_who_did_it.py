"""Who did it (subjects25): subjects the rows missed or put in the wrong slot on history leads.
Invented articles, each titled; one test per shape, asserting on the pipeline's rows."""

import pytest


@pytest.fixture(scope="module")
def article():
    """Run every configured stage over a titled article; the events as (trigger, actors, participants, resolved)."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(title: str, text: str) -> list[tuple]:
        events = pipeline.text(title + "\n\n" + text + "\n", "t").layers["events"]
        return [(e.trigger, e.actors, e.participants, e.resolved) for e in events]

    return run


def _row(rows: list[tuple], trigger: str) -> tuple:
    found = [r for r in rows if r[0] == trigger]
    assert found, rows
    return found[0]


def test_subject_before_a_naming_aside_is_the_relative_clauses_actor(article):
    rows = article("Kingdom of Orm", "The Kingdom of Orm, sometimes called the Orm Empire, was a Tarvian kingdom "
                   "in the Vell Basin which ruled the basin from 331 BC to 428 AD.")
    assert _row(rows, "rule")[1] == ["Kingdom of Orm"]


def test_a_name_after_a_fronted_description_acts_not_the_place_in_it(article):
    rows = article("Tarvia", "A former colony of the Kingdom of Lusk, the Republic of Tarvia declared war on Orm in 1917.")
    assert _row(rows, "declare")[1] == ["Republic of Tarvia"]


def test_a_name_the_parser_hung_after_a_fronted_description_is_the_subject(article):
    rows = article("Tarvia", "Once a province of Lusk, Tarvia joined the league in 1920.")
    assert _row(rows, "join")[1] == ["Tarvia"]


def test_a_definite_fronted_noun_is_no_description(article):
    # "The capital of Tarvia, Vell": the capital may be Vell itself; the rule stays out (no Tarvia).
    rows = article("Vell", "The capital of Tarvia, Vell fell in 1920.")
    assert "Tarvia" not in _row(rows, "fall")[1]


def test_the_latter_is_the_last_name_of_the_coordination_before_it(article):
    rows = article("Tarvian Empire", "The Tarvian Empire comprised the lands of modern Orm and Lusk until the "
                   "latter achieved independence in 1828.")
    assert _row(rows, "independence")[1] == ["Lusk"]


def test_the_former_is_the_first_name(article):
    rows = article("Tarvia", "Tarvia fought Lusk and Orm in 1820. In 1828 the former signed a treaty with the latter.")
    row = _row(rows, "sign")
    assert row[1] == ["Lusk"]
    assert row[2] == ["Orm"]


def test_the_latter_with_no_names_coordinated_stays_empty(article):
    # "the army and the navy": no names, no guess (not Tarvia, the only name in view).
    rows = article("Tarvia", "Tarvia reformed its forces. The army and the navy were rebuilt. "
                   "In 1828 the latter achieved a victory.")
    assert _row(rows, "achieve")[1] == []


def test_an_untagged_co_founder_after_a_regnal_name_acts_too(article):
    rows = article("Vijaya Empire", "It was established in 1336 by the brothers Hara I and Bukka Orm.")
    assert "Bukka Orm" in _row(rows, "establish")[1]


def test_a_named_people_is_the_they_of_its_article(article):
    rows = article("Lusks", "The Lusks were a Tarvic tribe. In 1204, they conquered Vell.")
    assert _row(rows, "conquer")[1] == ["Lusks"]


def test_the_people_is_not_the_article_people(article):
    # A people's lead is "they", never "the people" (as often the land's population).
    rows = article("Lusks", "The Lusks were a Tarvic tribe. In 1204, the people rebelled against the king.")
    assert "Lusks" not in _row(rows, "rebel")[1]


def test_the_subject_of_became_embroiled_in_acts(article):
    rows = article("Vell", "In 1919 the Vell Communist Party became embroiled in a war with Orm.")
    row = _row(rows, "embroil")
    assert row[1] == ["Vell Communist Party"]
    assert "Vell Communist Party" not in row[2]


def test_was_elected_stays_undergone(article):
    rows = article("Jan Orme", "In 1919 Jan Orme was elected to the Vell Council.")
    assert "Jan Orme" not in _row(rows, "elect")[1]


def test_the_country_is_the_one_state_named_before_it_in_its_sentence(article):
    rows = article("Republic of Orm", "The history of the Republic of Orm began when the country became "
                   "independent on 15 August 1947.")
    assert _row(rows, "independence")[1] == ["Republic of Orm"]


def test_the_country_after_a_city_only_is_no_one(article):
    rows = article("Jan Orme", "Born in Vellton in 1920, Jan Orme left when the country was invaded in 1940.")
    assert _row(rows, "invade")[2] == []


def test_a_longer_name_holding_the_title_is_another_party(article):
    rows = article("Orm", "Orm is a country in the Vell. It borders the state of South Orm, which became "
                   "independent in 2011.")
    assert _row(rows, "independence")[1] == ["South Orm"]


def test_a_unions_members_take_part_in_its_life(article):
    rows = article("Tarvo-Lusk Union", "The Tarvo-Lusk Union was a federation of the Kingdom of Tarvia and the "
                   "Duchy of Lusk, ruling the plain from 1569 to 1795.")
    row = _row(rows, "rule")
    assert row[1] == ["Tarvo-Lusk Union"]
    assert row[2] == ["Kingdom of Tarvia", "Duchy of Lusk"]


def test_a_state_founded_is_not_the_region_the_clause_hung_on(article):
    rows = article("Orm Empire", "The Orm Empire was a state in the western Vell which was founded in 1400.")
    assert _row(rows, "found")[2] == ["Orm Empire"]


def test_a_person_in_a_region_leaves_the_region_alone(article):
    # Only a state's defining noun takes the clause back from the place.
    rows = article("Jan Orme", "Jan Orme was a prince in the Vell which was founded in 1400.")
    assert "Jan Orme" not in _row(rows, "found")[2]


def test_a_state_described_before_it_becomes_a_seat_as_a_party(article):
    rows = article("Orm", "A colony of the Kingdom of Tarvia, Orm became the seat of the Tarvian Empire in 1808.")
    assert _row(rows, "become")[1] == ["Orm"]


def test_a_town_described_before_it_stays_no_party_as_a_seat(article):
    rows = article("Vell", "A small town in Lusk, Vell became the capital of Tarvia in 1808.")
    assert _row(rows, "become")[1] == []
