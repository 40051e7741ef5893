"""The realm or body of an office a reign, a rule, a service or a becoming names is a participant (issue 31,
realms30): invented sentences of the shapes the blind judges marked on People and History leads."""

from __future__ import annotations

import pytest

from pipeline.core.config import load_config
from pipeline.batch.processing import Pipeline


@pytest.fixture(scope="module")
def rows():
    pipeline = Pipeline(load_config(None))

    def run(title: str, text: str, trigger: str | None):
        found = [e for e in pipeline.text(f"{title}\n\n{text}\n", "t").layers["events"]
                 if trigger is None or e.trigger == trigger]
        if trigger is None:
            return found
        assert found, f"no {trigger} row"
        return found[0]

    return run


def test_a_monarchs_realm_after_of_on_the_copula(rows):
    row = rows("Orm the Bold", "Orm I was King of Tarvia from 1515 until his death in 1547.", "reign")
    assert row.participants == ["Tarvia"] and row.actors == ["Orm I"]


def test_a_bodys_name_after_the_office_served_as(rows):
    row = rows("Vell Hammar", "Vell Hammar was a Tarvian diplomat who served as the second Secretary-General of the "
               "League of Orm from April 1953 until his death in September 1961.", "serve")
    assert row.participants == ["League of Orm"]


def test_a_historic_states_own_name_stays_whole_under_a_ruling_participle(rows):
    row = rows("Ismail Orm", "Ismail Orm was the founder and first shah of Safavid Tarvia, ruling from 1501 until "
               "his death in 1524.", "rule")
    assert row.participants == ["Safavid Tarvia"]
    row = rows("Nebuchadnezzar", "Nebuchadnezzar was the second king of the Neo-Lusk Empire, ruling from the death of "
               "his father in 605 BC to his own death in 562 BC.", "rule")
    assert row.participants == ["Neo-Lusk Empire"]


def test_the_realm_of_an_office_become(rows):
    row = rows("Holy Lusk Empire", "In 962, Otto I became the first emperor of the Holy Lusk Empire.", "become")
    assert row.participants == ["Holy Lusk Empire"]


def test_a_spell_dated_on_the_as_object_of_the_title(rows):
    row = rows("Marie Orm", "Marie Orm was Queen of Tarvia as the wife of Vell XVI from 10 May 1774 until the "
               "abolition of the monarchy in 1792.", "reign")
    assert "Tarvia" in row.participants


def test_the_country_led_is_no_theme(rows):
    row = rows("Jan Orm", "Jan Orm was a Tarvian politician. As the leader of Tarvia, he led the country as its "
               "president and prime minister from 1972 until 1990.", "lead")
    assert row.participants == ["Tarvia"] and row.theme is None


def test_a_ruling_house_of_a_land_rules_not_the_land(rows):
    row = rows("Orm Vell", "Orm Vell was the founder and first shogun of the Vell shogunate of Tarvia, which ruled "
               "from 1603 until the Lusk Restoration in 1868.", "rule")
    assert row.actors == ["Vell shogunate"]


def test_the_realm_is_the_land_of_the_house_the_ruler_belongs_to(rows):
    row = rows("Yongle Emperor", "The Yongle Emperor, personal name Zhu Di, was the third emperor of the Ming dynasty "
               "of China, reigning from 1402 to 1424.", "reign")
    assert row.participants == ["China"]


def test_a_realm_tagged_inside_its_office_is_the_realm_not_the_office(rows):
    row = rows("Mohammad Reza Pahlavi", "Mohammad Reza Pahlavi was the last Shah of Iran, reigning from 1941 to 1979.",
               "reign")
    assert row.participants == ["Iran"]


def test_titles_used_as_names_name_no_realm(rows):
    # a peer's title names its bearer, not a realm; a nickname's "of" names no realm
    found = rows("Arthur Orm", "Arthur Orm was Duke of Wellington from 1814 until his death in 1852.", None)
    assert found and not any("Wellington" in e.participants for e in found)
    row = rows("Elvis Presley", "Elvis Presley was the King of Rock and Roll from 1956 until his death.", "reign")
    assert row.participants == []


def test_two_offices_of_two_spells_give_neither_realm(rows):
    row = rows("Jan Orm", "He was the country's head of state from 1967 to 1989, serving as President of the State "
               "Council from 1967 to 1974 and as President of the Republic from 1974 until 1989.", "serve")
    assert "State Council" not in row.participants


def test_the_state_whose_office_its_names(rows):
    row = rows("Jan Orm", "The Tarvian Republic was founded in 1920. Jan Orm served as its president from 1920 to 1925.",
               "serve")
    assert row.participants == ["Tarvian Republic"]


def test_the_realm_that_ruled_until_an_invasion_is_invaded(rows):
    row = rows("Orm Empire", "The Orm Empire ruled large parts of Lusk from 1077 to 1231, up until the Vell invasion "
               "in 1219–1221.", "invasion")
    assert row.actors == ["Vell"] and row.participants == ["Orm Empire"]
    # the invasion's own object is the one invaded; "after" only says when
    found = rows("Tarvia", "The Kingdom of Tarvia existed until the Lusk invasion of Orm in 1200.", None)
    assert not any("Kingdom of Tarvia" in e.participants for e in found)


def test_a_realm_the_model_took_for_a_building_or_left_untagged(rows):
    row = rows("Jan Orm", "Jan Orm served as the first President of Mozambique from 1975 until his death in 1986.", "serve")
    assert row.participants == ["Mozambique"]


def test_every_realm_of_one_office_is_a_party(rows):
    # Post-audit (session 22): the second realm was taken for the home town a person is "of" and dropped.
    row = rows("Vell I", "Vell I was Queen of England and Ireland from 17 November 1558 until her death in 1603.", "reign")
    assert row.participants == ["England", "Ireland"]
    row = rows("Vell II", "Vell II was King of England, Scotland, and Ireland from 27 March 1625 until his death in 1649.",
               "reign")
    assert row.participants == ["England", "Scotland", "Ireland"]
