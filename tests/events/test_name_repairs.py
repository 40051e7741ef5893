"""A name the model tagged too short or too long is made whole (pipeline.events.name_repairs; issue 31,
one name for each party). Invented sentences retelling the blind judges' misses on history leads."""

from __future__ import annotations

import pytest

from pipeline.events.alias_names import alias_names
from pipeline.events.name_repairs import described_name, epithet_forms, of_head_name, numbered_forms, title_surname
from pipeline.nlp.person_names import person_name, surnames


@pytest.fixture(scope="module")
def run_titled():
    """Run every configured stage over a document with the given title."""
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))
    return lambda title, text: pipeline.text(f"{title}\n\n{text}\n", "t").layers["events"]


def _parties(events, trigger: str) -> list[str]:
    row = next(e for e in events if e.trigger == trigger)
    return list(row.actors) + list(row.participants)


def test_epithet_is_part_of_the_name_in_every_row(run_titled) -> None:
    events = run_titled("Ionia", "The Persian king Orm the Great conquered the region of Ionia in 547 BC. "
                                 "In 540 BC Orm took Lusk.")
    assert "Orm the Great" in _parties(events, "conquer")
    assert "Orm the Great" in _parties(events, "take") and "Orm" not in _parties(events, "take")


def test_bare_name_is_the_one_numbered_ruler(run_titled) -> None:
    events = run_titled("Tarvia", "On 7 September 1822, Orm declared the independence of Tarvia and was acclaimed "
                                  "on 12 October as Orm I, the first Emperor of Tarvia. In 1831 Orm abdicated the throne.")
    assert _parties(events, "declare")[0] == "Orm I"
    assert _parties(events, "abdicate") == ["Orm I"]


def test_numbered_forms_two_rulers_or_a_longer_name_give_none() -> None:
    assert numbered_forms("Orm declared ... acclaimed as Orm I.") == {"Orm": "Orm I"}
    assert "Orm" not in numbered_forms("Orm I and Orm II ruled.")
    assert "War" not in numbered_forms("World War II began.")


def test_epithet_forms_need_an_epithet_after_a_name() -> None:
    assert epithet_forms("Orm the Great came.") == {"Orm": "Orm the Great"}
    assert epithet_forms("In the Great Depression, Orm the Great Hall fell.") == {}


def test_title_and_description_are_no_part_of_the_name() -> None:
    assert person_name("Archbishop Orm II of Lusk") == "Orm II of Lusk"
    assert person_name("King of Tarvia") == "King of Tarvia"  # no name left after the title
    assert described_name("Ancient Greek mathematician Orm", "ORG") == "Orm"
    assert described_name("Ancient Greek", "NORP") == "Ancient Greek"
    assert described_name("Bank of Orm", "ORG") == "Bank of Orm"  # "of" is no person noun


def test_house_tagged_alone_is_the_house_of_its_name() -> None:
    from types import SimpleNamespace
    text = "The senior line from the House of Orm ruled Tarvia from 987."
    house = SimpleNamespace(start=text.index("House"), end=text.index("House") + 5, label="ORG", text="House")
    assert of_head_name(text, house, "House") == "House of Orm"
    assert of_head_name("The House voted.", SimpleNamespace(start=4, end=9, label="ORG", text="House"), "House") == "House"


def test_surname_before_a_generation_suffix() -> None:
    people = [("Orm Vell Tarvin II", "Orm Vell Tarvin II"), ("Lusk Orme Jr.", "Lusk Orme Jr.")]
    assert surnames(people) == {"Tarvin": "Orm Vell Tarvin II", "Orme": "Lusk Orme Jr."}


def test_bare_surname_is_the_title_person_only_for_a_plain_name() -> None:
    assert title_surname("Orm Vell", "Vell") == "Orm Vell"
    assert title_surname("Battle of Vell", "Vell") is None
    assert title_surname("Vell", "Vell") is None


def test_spelling_variant_is_an_alias() -> None:
    text = "Orm II, more correctly spelled Ormrezzar II, was the king of Lusk."
    assert alias_names([], text, str) == {"Ormrezzar II": "Orm II"}


def _mention(text: str, words: str, label: str):
    from types import SimpleNamespace
    start = text.index(words)
    return SimpleNamespace(start=start, end=start + len(words), label=label, text=words)


def test_title_word_goes_from_a_ruler_with_an_epithet(run_titled) -> None:
    events = run_titled("Vell", "The Hermitage was founded in 1764 when Empress Vell the Great acquired a collection "
                                "of paintings.")
    assert _parties(events, "acquire") == ["Vell the Great"]


def test_people_word_before_a_person_noun_and_a_name_is_the_person() -> None:
    from pipeline.events.name_repairs import described_person
    text = "Lusk was conquered by the Orm emperor Vell Tarqui around 1470."
    assert described_person(text, _mention(text, "Orm", "NORP")) == "Vell Tarqui"
    text = "The Orm army took Lusk in 1470."
    assert described_person(text, _mention(text, "Orm", "NORP")) is None


def test_title_and_given_name_tagged_without_the_last_name() -> None:
    from pipeline.events.name_repairs import titled_run_forms, titled_run_name
    text = "It was established in 1504 by Sultan Orm Vellqas, a convert."
    sultan = _mention(text, "Sultan Orm", "NORP")
    assert titled_run_name(text, sultan, "Sultan Orm") == "Orm Vellqas"
    assert titled_run_forms([sultan], text) == {"Vellqas": "Orm Vellqas"}
    text = "In 1504 Sultan Orm II, a convert, ruled."
    assert titled_run_name(text, _mention(text, "Sultan Orm", "PERSON"), "Sultan Orm") is None


def test_ruler_title_beside_the_numbered_ruler_is_that_ruler() -> None:
    from pipeline.events.name_repairs import appositive_title_name
    text = "Orm II, the last Emperor of Tarvia, and his family were executed in 1918."
    assert appositive_title_name(text, _mention(text, "Emperor of Tarvia", "PERSON"), "Emperor of Tarvia") == "Orm II"
    text = "Lusk, the seat of the Emperor of Tarvia, fell."
    assert appositive_title_name(text, _mention(text, "Emperor of Tarvia", "PERSON"), "Emperor of Tarvia") == \
        "Emperor of Tarvia"


def test_people_adjective_with_its_plural_and_a_date_read_into_a_name() -> None:
    from pipeline.events.name_repairs import people_plural_name, repaired_name
    text = "The war was fought between the Tarvic Knights and the Kingdom of Lusk."
    assert people_plural_name(text, _mention(text, "Tarvic", "NORP"), "Tarvic") == "Tarvic Knights"
    text = "Lusk fell to the Neo-Orm Empire c. 720 BCE."
    assert repaired_name(text, _mention(text, "Neo-Orm Empire c. 720", "ORG"), "Neo-Orm Empire c. 720") == "Neo-Orm Empire"


def test_a_by_name_before_he_is_the_lead_person() -> None:
    from types import SimpleNamespace
    text = "Orm Vellini was a Tarvian dictator. Known under his rule as Il Lusko, he founded a party in 1919."
    orm = SimpleNamespace(start=0, end=11, label="PERSON", text="Orm Vellini")
    assert alias_names([orm], text, str) == {"Il Lusko": "Orm Vellini"}
