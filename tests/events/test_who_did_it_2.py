"""Who did it and what happened (who2): leftovers of the first round on history leads. Invented articles,
each titled; one test per shape, asserting on the pipeline's rows."""

import pytest


@pytest.fixture(scope="module")
def article():
    """Run every configured stage over a titled article; the events as (trigger, actors, participants)."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(title: str, text: str) -> list[tuple]:
        events = pipeline.text(title + "\n\n" + text + "\n", "t").layers["events"]
        return [(e.trigger, e.actors, e.participants) for e in events]

    return run


def _row(rows: list[tuple], trigger: str) -> tuple:
    found = [r for r in rows if r[0] == trigger]
    assert found, rows
    return found[0]


def test_the_country_with_no_state_in_its_sentence_is_the_state_the_title_names(article):
    rows = article("Republic of Orm", "The history of Orm began when the country became independent on 15 August 1947.")
    assert _row(rows, "independence")[1] == ["Republic of Orm"]


def test_a_title_naming_no_state_gives_the_country_no_one(article):
    rows = article("Orm", "The history of Orm began when the country became independent on 15 August 1947.")
    assert _row(rows, "independence")[1] == []


def test_the_passive_agent_of_a_ratification_in_a_cleft_acts_whatever_the_models_label(article):
    rows = article("Treaty of Orm", "The treaty was signed in 1919, but it was not until 1933 that it was "
                   "ratified by the Reichstag.")
    assert _row(rows, "ratify")[1] == ["Reichstag"]


def test_a_happening_that_followed_in_the_passive_is_the_dated_one(article):
    rows = article("Orm", "The war was followed by a famine in 1920.")
    assert [r[0] for r in rows] == ["famine"]


def test_a_party_that_followed_in_the_passive_leaves_the_verb(article):
    rows = article("Orm", "The war was followed by Lusk in 1920.")
    assert [r[0] for r in rows] == ["follow"]


def test_an_untagged_name_coordinated_with_a_known_state_acts_too(article):
    rows = article("Orm", "In 1930 Germany and Orm signed a treaty.")
    assert _row(rows, "sign")[1] == ["Germany", "Orm"]


def test_an_untagged_name_beside_a_party_of_another_label_is_left_alone(article):
    rows = article("Orm", "Orm and Tarvia went to war in 1930.")
    assert "Orm" not in _row(rows, "go")[1]


def test_the_antecedent_of_a_relative_patient_keeps_its_ethnic_word(article):
    rows = article("Orm", "The USSR had a large population of ethnic Orms, who were persecuted by Stalin from 1928.")
    assert _row(rows, "persecute")[2] == ["ethnic Orms"]


def test_a_headline_with_a_state_word_is_no_title_state(article):
    rows = article("Orm Republic joins the league", "The country became independent on 15 August 1947.")
    assert _row(rows, "independence")[1] == []
