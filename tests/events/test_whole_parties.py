"""One name per party (issue "who did it", part 2): every actor or participant is a whole, canonical party.
Invented sentences, real pipeline output."""

from __future__ import annotations

from datetime import date

from pipeline.events.era_states import state_in_its_era
from pipeline.stories.party_names import country_name


def _parties(rows) -> set[str]:
    return {n for r in rows for n in [*r.actors, *r.participants]}


def test_a_historic_state_keeps_its_historic_name(process):
    rows = process("In 539 BC the Persian Empire conquered Lusk.")
    assert [r.actors for r in rows if r.trigger == "conquer"] == [["Persian Empire"]]
    assert country_name("Persian Empire") is None and country_name("Russian Empire") is None
    assert country_name("Kingdom of Great Britain") == "Great Britain"
    assert country_name("Persia") == "Persia" and country_name("Soviets") == "Soviet Union"
    assert country_name("Royal Prussia") is None  # a province of another crown, no Prussia


def test_great_britain_before_the_union_is_never_the_united_kingdom(process):
    rows = process("In 1750 the Kingdom of Great Britain declared war on Tarvia.")
    assert [r.actors for r in rows if r.trigger == "declare"] == [["Great Britain"]]
    assert state_in_its_era("United Kingdom", "Great Britain", date(1707, 1, 1), date(1707, 12, 31)) == "Great Britain"
    assert state_in_its_era("United Kingdom", "England", date(1700, 1, 1), date(1710, 12, 31)) == "England"
    assert state_in_its_era("United Kingdom", "Great Britain", date(1708, 1, 1), None) == "Great Britain"
    assert state_in_its_era("United Kingdom", "British", date(1815, 1, 1), date(1815, 12, 31)) == "United Kingdom"


def test_a_ruler_with_an_epithet_is_no_bare_epithet(process):
    rows = process("In 550 BC Cyrus the Great founded the Orm Empire.")
    assert "Great" not in _parties(rows)


def test_a_title_alone_names_no_one(process):
    rows = process("In 1854 one of President Orme's sons founded a bank in Lusk.")
    assert "President" not in _parties(rows)


def test_a_piece_of_a_dashed_name_is_no_party(process):
    rows = process("In 1772 Vell annexed Royal Lusk from the Polish–Lithuanian Commonwealth.")
    parties = _parties(rows)
    assert "Vell" in parties and "Polish" not in parties


def test_the_site_of_an_accident_is_no_party(process):
    rows = process("In 1986 the town of Lusk had the worst nuclear accident in history.")
    assert "Lusk" not in _parties(rows)
    rows = process("In 1986 the town of Lusk sued the Vell Company.")
    assert "Lusk" in _parties(rows)  # no accident: the rule leaves it


def test_a_capital_acting_as_government_is_the_state(process):
    rows = process("In 1972 London imposed direct rule on Northern Ireland. In 2012 London hosted the Summer Olympics.")
    actors = {r.trigger: r.actors for r in rows}
    assert actors["impose"] == ["United Kingdom"]
    assert "United Kingdom" not in actors.get("host", [])


def test_an_ethnic_group_is_no_state(process):
    rows = process("In 1998 clashes between Lusk police and ethnic Albanians killed 20 people.")
    parties = _parties(rows)
    assert "Albania" not in parties and "ethnic Albanians" in parties


def test_a_body_with_a_state_word_in_its_name_is_no_state(process):
    rows = process("In 1919 Orme founded the Fasci Italiani di Combattimento, which became the Vell Party in 1921.")
    parties = _parties(rows)
    assert "Italy" not in parties and "Combattimento" not in parties


def test_the_seat_of_a_title_is_no_party(process):
    rows = process("Lusk was ruled by the count of Orvell until 988.")
    assert "Orvell" not in _parties(rows)


def test_a_roman_numeral_alone_is_no_party(process):
    rows = process("The Vell Covenant was adopted by Resolution 2200A (XXI), and came into force on 3 January 1976.")
    assert "XXI" not in _parties(rows)
