"""Named parties of issue 31: the one a happening was done at the word of or under, the named examples
of a group, and a ruler's epithet kept in his name. Invented sentences of the shapes judged missing on
History and Philosophy leads."""

from __future__ import annotations


def _rows(events, trigger):
    return [e for e in events if e.trigger == trigger]


def test_the_one_who_asked_for_it_takes_part(process):
    rows = _rows(process("The abbey was built in 1120 at the request of Empress Genvell."), "build")
    assert len(rows) == 1 and rows[0].actors == [] and any("Genvell" in p for p in rows[0].participants)


def test_the_ruler_it_was_done_under_takes_part(process):
    rows = _rows(process("In 1952, Orm was federated under Selassie's rule."), "federate")
    assert len(rows) == 1 and sorted(rows[0].participants) == ["Orm", "Selassie"]


def test_the_hegemon_of_a_founding_takes_part(process):
    rows = _rows(process("The city was founded in 478 BC under the hegemony of Athens."), "found")
    assert len(rows) == 1 and rows[0].participants == ["Athens"]


def test_a_pronoun_on_whose_word_it_was_done_is_left_out(process):
    # Whom "his" stands for is a guess: the row names no one rather than a wrong party.
    rows = _rows(process("Jan Orm ruled Lusk. The abbey was built in 1120 at his request."), "build")
    assert len(rows) == 1 and rows[0].participants == []


def test_an_adjective_of_rule_is_no_party(process):
    rows = _rows(process("The city was rebuilt in 1520 under Tarvian rule."), "rebuild")
    assert len(rows) == 1 and rows[0].participants == []


def test_the_named_examples_of_a_group_take_part(process):
    rows = _rows(process("In 1260 he studied with notable teachers such as Albert the Great, Thomas Orm, "
                         "William of Lusk, and Marsilius of Vell."), "study")
    assert len(rows) == 1
    assert rows[0].participants == ["Albert the Great", "Thomas Orm", "William of Lusk", "Marsilius of Vell"]


def test_a_ruler_with_an_epithet_acts_whole(process):
    rows = _rows(process("In 1260 he was influenced by Albert the Great, Thomas Orm and Marsilius of Vell."),
                 "influence")
    assert len(rows) == 1 and rows[0].actors == ["Albert the Great", "Thomas Orm", "Marsilius of Vell"]


def test_a_people_converted_takes_part_and_does_not_act(process):
    rows = _rows(process("The Vell peoples kept their old gods until their gradual Christianization between "
                         "the 8th and 13th centuries."), "christianization")
    assert len(rows) == 1 and rows[0].actors == [] and rows[0].participants


def test_a_state_colonizing_still_acts(process):
    rows = _rows(process("Tarvia began its colonization of Lusk in 1820."), "colonization")
    assert len(rows) == 1 and rows[0].actors == ["Tarvia"] and rows[0].participants == ["Lusk"]


def test_every_person_of_a_list_acts_where_one_is_parsed_as_an_apposition(process):
    rows = _rows(process("In the fourteenth century late medieval philosophy was influenced by notable figures "
                         "such as Albert the Great, Thomas Aquinas, William of Ockham, and Marsilius of Padua."),
                 "influence")
    assert len(rows) == 1 and "William of Ockham" in rows[0].actors and "Ockham" not in rows[0].actors


def test_a_person_in_apposition_to_the_object_takes_part(process):
    rows = _rows(process("On 3 May 1999 officials escorted the driver, Jan Orm, to the airport."), "escort")
    assert len(rows) == 1 and rows[0].participants == ["Jan Orm"]


def test_the_alias_of_an_apposed_object_is_no_second_party(process):
    rows = _rows(process("On 3 May 1999, Tarvia handed over to Lusk officials a suspect, Mohammed Orm, "
                         "also known as Abu Vell."), "hand")
    assert len(rows) == 1 and "Mohammed Orm" in rows[0].participants
    assert not any("Vell" in p for p in rows[0].participants + rows[0].actors)


def test_a_person_named_by_a_participle_takes_part(process):
    rows = _rows(process("On 3 May 1999 police raided two homes and searched for a suspect in the bombings "
                         "identified as Hamid Yusuf Tarvani, a Lusk citizen."), "search")
    assert len(rows) == 1 and rows[0].participants == ["Hamid Yusuf Tarvani"]


def test_a_speaker_after_a_comma_is_no_apposition(process):
    rows = _rows(process("On 3 May 1999 Tarvia sent aid to the region, Jan Orm said."), "send")
    assert len(rows) == 1 and "Jan Orm" not in rows[0].participants


def test_names_listed_after_a_present_day_place_are_places(process):
    rows = _rows(process("The Orm Empire ruled large parts of present-day Central Asia, Afghanistan, and Iran "
                         "from 1077 to 1231."), "rule")
    assert len(rows) == 1 and rows[0].participants == [] and "Iran" in rows[0].places


def test_a_city_rising_with_another_is_no_party_of_its_rise(process):
    rows = _rows(process("Enlil rose to prominence during the twenty-fourth century BC with the rise of Nippur."),
                 "rise")
    assert len(rows) == 1 and rows[0].participants == []


def test_the_one_abdicated_for_takes_part(process):
    rows = _rows(process("In 1830 King Orm abdicated in favour of his nephew, Jan Lusk."), "abdicate")
    assert len(rows) == 1 and rows[0].participants == ["Jan Lusk"]


def test_the_one_who_ordered_it_from_afar_takes_part_but_not_a_capital(process):
    rows = _rows(process("In 1520 the monks left Vell on orders from Pope Lusk."), "leave")
    assert len(rows) == 1 and any("Lusk" in p for p in rows[0].participants)
    rows = _rows(process("About 200 Americans left Pakistan on 3 May 1999 on orders from Washington."), "leave")
    assert len(rows) == 1 and "Washington" not in rows[0].participants


def test_a_pet_named_in_a_participle_is_no_party(process):
    rows = _rows(process("On 3 May 1999 Elian played in the yard with a puppy named Dolphin, a gift from Jan Orm."),
                 "play")
    assert len(rows) == 1 and "Dolphin" not in rows[0].participants


def test_the_named_examples_of_works_are_no_parties(process):
    events = process("A well-regarded author, Orm Vell wrote books such as Letters from a Father to His Daughter "
                     "(1929) and The Discovery of Lusk (1946).")
    for event in events:
        assert "Letters" not in event.participants and "Letters from a Father to His Daughter" not in event.participants
