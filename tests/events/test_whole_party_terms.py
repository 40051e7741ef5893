"""Names that are no whole party a user can group by (issue "who did it", part 2; judged shapes of
session 25's brief, pipeline.events.party_terms): a war's name and its pieces, a creed's adjective, an
age, a region, a status, a storm's name, a force named where it is made, a pronoun's carried-over
parties, a company's name run on over its place, a historic state renamed. Invented sentences:
regression tests, not evidence."""

from __future__ import annotations

from pipeline.core.config import load_config
from pipeline.batch.processing import Pipeline
import pytest


@pytest.fixture(scope="module")
def run():
    """The events of a text under a title (the first line), with one model load for the module."""
    pipeline = Pipeline(load_config(None))

    def events(text: str, title: str = "Title"):
        return pipeline.text(title + "\n\n" + text + "\n", "t").layers["events"]

    return events


def _names(rows) -> set[str]:
    return {n for r in rows for n in r.actors + r.participants}


def test_a_wars_own_name_and_its_pieces_are_no_parties(run):
    rows = run("The Orm Wars were waged between 58 and 50 BC by the general Tarvo against the peoples of Vell.")
    assert [r.actors for r in rows] == [["Tarvo"]] and "Orm Wars" not in _names(rows)
    rows = run("The Wars of the Orms, known at the time as the Civil Wars, were fought from 1455 to 1487.")
    assert rows and not _names(rows) & {"Wars", "Orms", "Wars of the Orms"}


def test_a_creeds_adjective_on_a_happening_is_no_party_but_its_forces_are_not_touched(run):
    rows = run("In 1202 Orm Khalji led the Muslim conquest of Vell.")
    assert rows[0].actors == ["Orm Khalji"] and "Muslims" not in _names(rows)
    rows = run("In 1350 the Lusk-Arab wars began along the coast of Vell.")
    assert not _names(rows) & {"Arab", "Arabs"}


def test_an_age_a_region_or_a_status_is_no_party(run):
    assert "Neolithic" not in _names(run("The Neolithic began in 9500 BC in Vell."))
    rows = run("The old town of Vell was declared a UNESCO World Heritage Site in 1979.")
    assert rows and "UNESCO World Heritage Site" not in _names(rows)


def test_a_storm_is_no_actor_and_its_name_no_body_for_it(run):
    rows = run("The 1970 Orm cyclone was a deadly tropical cyclone. It struck East Tarvia on 12 November 1970.",
               "1970 Orm cyclone")
    assert rows and rows[-1].actors == [] and rows[-1].resolved == []
    rows = run("The 1970 Bhola cyclone was a deadly tropical cyclone. It struck East Pakistan on 12 November 1970.",
               "1970 Bhola cyclone")
    assert rows and rows[-1].actors == [] and "Bhola" not in rows[-1].resolved


def test_a_historic_state_keeps_its_name(run):
    from pipeline.stories.party_names import country_name
    assert country_name("East Pakistan") == "East Pakistan" and country_name("Upper Volta") == "Upper Volta"
    assert country_name("Pakistan") == "Pakistan" and country_name("Bangladesh") == "Bangladesh"
    rows = run("In 1965 the army of Lusk invaded East Pakistan.")
    assert "Bangladesh" not in _names(rows) and "East Pakistan" in _names(rows)


def test_a_force_made_is_the_party_but_a_force_acting_is_its_state(run):
    rows = run("In June 1775 the Congress established the Continental Army.")
    assert rows[0].participants == ["Continental Army"]
    rows = run("In 1776 the Continental Army attacked Trenton.")
    assert rows[0].actors == ["United States"]


def test_they_stands_for_its_own_sentences_subject_not_the_sentence_before(run):
    rows = run("Sonni Ali of Gao built a large empire. Timbuktu and Djenne were rich trading towns; "
               "they were conquered in 1468 and 1475.")
    conquered = [r for r in rows if r.trigger == "conquer"]
    assert conquered and not _names(conquered) & {"Sonni Ali", "Gao"}
    rows = run("Sweden and Denmark were allies; they invaded Norway in 1203.")  # states named: those
    assert rows[0].actors == ["Sweden", "Denmark"]


def test_a_companys_name_ends_at_its_legal_form(run):
    rows = run("In 1990 the firm was bought by Reiss & Co. B.V. of the Netherlands.")
    assert rows[0].actors == ["Reiss & Co. B.V."]


def test_a_word_or_a_name_given_is_no_party_but_the_one_named_stays(run):
    rows = run("In 1967 Orme took the title Shahanshah.")
    assert rows[0].actors == ["Orme"] and "Shahanshah" not in _names(rows)
    rows = run("The university's emblem carries the motto Alma Mater Studiorum and the date A.D. 1088.")
    assert "Alma Mater Studiorum" not in _names(rows)
    rows = run("Nizhny Orm, colloquially shortened to Nizhny, was founded in 1221 by Yuri Orme.")
    assert "Nizhny" not in _names(rows) and rows[0].actors == ["Yuri Orme"]
    rows = run("In 1931 the college was renamed Orm State Teachers College.")  # the college by its new name
    assert rows[0].participants == ["Orm State Teachers College"]
    rows = run('Gish was dubbed the "First Lady of the Screen" by Vanity Fair in 1927.')
    assert rows[0].actors == ["Vanity Fair"] and "Screen" not in _names(rows)


def test_a_family_name_split_at_its_article_stays_whole(run):
    rows = run("Jacobus Henricus van 't Hoff was a Dutch chemist. In 1875, he predicted the structures of allenes.")
    assert rows[0].actors == ["Jacobus Henricus van 't Hoff"]


def test_a_document_by_its_head_is_no_party_a_body_named_so_is(run):
    from pipeline.events.party_terms import is_region_era_or_status
    assert is_region_era_or_status("Universal Declaration of Human Rights") and is_region_era_or_status("Acts of Union")
    assert not is_region_era_or_status("Bank of England") and not is_region_era_or_status("Warsaw Pact")
    rows = run("In 1948 the Universal Declaration of Human Rights was adopted by the General Assembly. "
               "In 1950 its drafters won the Orme Prize.")
    assert "Universal Declaration of Human Rights" not in _names(rows)


def test_a_branch_of_a_creed_is_no_party(run):
    rows = run("In the 16th century Sunni Islam spread to Vell.")
    assert rows and "Sunni Islam" not in _names(rows)


def test_a_person_called_by_name_or_called_as_a_witness_stays(run):
    rows = run("In 1995 prosecutors called Yuhua Orme, owner of the Lusk Palace, who testified about the order.")
    assert "Yuhua Orme" in _names(rows)
