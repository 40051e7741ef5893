"""One whole name per party (issue 31, part 2; pipeline.events.whole_party_gate, name_ends, alias_names):
no piece of a longer name, no era word, no war, works or place as a party, and one party never twice.
Invented sentences of the shapes blind judges found on history leads: regression tests, not evidence."""

from __future__ import annotations


def parties(process, text: str, trigger: str) -> tuple[list[str], list[str]]:
    found = [e for e in process(text) if e.trigger == trigger]
    assert found, f"no {trigger!r} row in {text!r}"
    return found[0].actors, found[0].participants


def test_a_polity_word_alone_is_no_party(process):
    actors, participants = parties(process, "The Principality or, from 1253, Kingdom of Orm–Lusk, also known as the "
                                            "Kingdom of Vell, was a medieval state which ruled the plain from 1199 to 1349.", "rule")
    assert "Principality" not in actors + participants


def test_a_realm_cut_before_its_of_name_is_whole(process):
    _, participants = parties(process, "In 1386 Tarvia had been united with the Grand Duchy of Orm.", "unite")
    assert "Grand Duchy" not in participants and "Grand Duchy of Orm" in participants


def test_an_en_dash_compound_is_one_name(process):
    actors, participants = parties(process, "The Orm War was a war fought between the Tarvian–Lusk Commonwealth "
                                            "and the Tsardom of Orm from 1654 to 1667.", "war")  # the war's row
    assert "Lusk Commonwealth" not in actors + participants and "Tarvian" not in actors + participants
    assert "Tarvian–Lusk Commonwealth" in actors + participants and "Tsardom of Orm" in actors + participants


def test_a_family_name_particle_stays_inside_the_name(process):
    actors, _ = parties(process, "The treaty was signed on 14 May 1836 by President Antonio López de Santa Anna "
                                 "after he was captured.", "sign")
    assert actors == ["Antonio López de Santa Anna"]
    actors, _ = parties(process, "In 1806 Jan da Orm signed the treaty.", "sign")
    assert actors == ["Jan da Orm"]


def test_where_settlers_came_from_is_no_party(process):
    actors, _ = parties(process, "They traced their origins to Lusk settlers who became rulers of Tarvia in 1204.", "become")
    assert "Lusk" not in actors


def test_an_era_word_is_never_a_party(process):
    actors, _ = parties(process, "Around 1500 BCE, the Orm settled in Tarvia.", "settle")
    assert "BCE" not in actors and "Orm" in actors


def test_a_war_is_no_party_of_its_own_fighting(process):
    actors, participants = parties(process, "The First Orm War, also known as the Lusk–Vell War, was fought between "
                                            "the Orm Empire and Vell from 1839 to 1842.", "fight")
    assert "First Orm War" not in participants and {"Orm Empire", "Vell"} <= set(actors)


def test_a_power_plant_is_a_thing(process):
    actors, _ = parties(process, "On 26 April 1986, the Orm Nuclear Power Plant exploded.", "explode")
    assert actors == []


def test_whose_rule_was_founded_is_no_party(process):
    actors, participants = parties(process, "In 1120 Orm laid the foundation of Lusk rule.", "found")
    assert "Lusk" not in participants and actors == ["Orm"]
    actors, participants = parties(process, "In 1526 Orme laid the foundation of Tarvian rule in Lusk.", "found")
    assert participants == [] and actors == ["Orme"]  # never "Tarvians"


def test_a_state_from_a_wars_name_is_not_added_beside_its_own_name(process):
    actors, _ = parties(process, "The Anglo-Zulu War was fought in 1879 between forces of the British Empire "
                                 "and the Zulu Kingdom.", "fight")
    assert "United Kingdom" not in actors and {"British Empire", "Zulu Kingdom"} <= set(actors)


def test_a_leads_two_names_are_one_party(process):
    rows = process("Orm or Ormi, earlier called Vellat, was a state that fought Lusk from 1200 to 1250. "
                   "In 1210 Ormi attacked Lusk. In 1230 Vellat attacked Vell.")
    assert [e.actors for e in rows] == [["Orm"], ["Orm"], ["Orm"]]
    assert [e.actor_mentions for e in rows] == [["Ormi"], ["Ormi"], ["Vellat"]]


def test_a_place_named_by_todays_map_is_where_not_a_party(process):
    rows = [e for e in process("From 1378 to 1508 the Vellans ruled parts of present-day Tarvia.") if e.trigger == "rule"]
    assert rows[0].actors == ["Vellans"] and rows[0].participants == [] and rows[0].places == ["Tarvia"]


def test_a_persons_of_place_name_is_the_person_not_the_place(process):
    actors, _ = parties(process, "Gregory of Orm, also known as Gregory Ormen, was a theologian who served as the "
                                 "bishop of Orm from 372 to 376.", "serve")
    assert actors == ["Gregory of Orm"]
    actors, _ = parties(process, "In 1694 the Bank of Orm lent money to the king.", "lend")
    assert actors == ["Bank of Orm"]


def test_an_untagged_head_word_is_its_whole_name(process):
    _, participants = parties(process, "The French Vaulet-Charme Mission, led by the captains Paul Vaulet and Julien "
                                       "Charme, had been dispatched in 1898 to Africa by the French government.", "dispatch")
    assert "Mission" not in participants and "Vaulet-Charme Mission" in participants


def test_a_regnal_name_before_of_place_stays_whole(process):
    # The model tags "Frederick Orm" a person and leaves the numeral: the name runs on to "of <Place>".
    actors, _ = parties(process, "In 1715 Frederick William I of Brandenburg-Prussia joined the coalition.", "join")
    assert actors == ["Frederick William I of Brandenburg-Prussia"]
