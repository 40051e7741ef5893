"""Parties the way prose gives them (issue 31, agents30): invented sentences of the judged shapes."""

from __future__ import annotations


def _rows(events, trigger):
    return [e for e in events if e.trigger == trigger]


def test_a_passive_agent_carries_to_a_follow_up_participle_split_by_respectively(process):
    events = process("Vestria and Orland were defeated by Tarvia, under Jan Vell, and forced out of the alliance "
                     "in 1700 and 1706, respectively.")
    rows = sorted(_rows(events, "force"), key=lambda e: e.date_text)
    assert [(e.date_text, e.actors, e.participants) for e in rows] == [
        ("1700", ["Tarvia"], ["Vestria"]), ("1706", ["Tarvia"], ["Orland"])]


def test_a_date_between_the_two_participles_keeps_them_apart(process):
    events = process("The Vestrians were defeated by Tarvia in 1700 and forced out of the alliance in 1706.")
    assert [e.actors for e in _rows(events, "force")] == [[]]


def test_the_one_who_ordered_a_passive_acts_and_along_with_adds_a_patient(process):
    events = process("In 1457, Orm was imprisoned along with his older brother, Jan Lusk, on the orders of "
                     "King Ladislaus the Posthumous.")
    (row,) = _rows(events, "imprison")
    assert row.actors == ["Ladislaus the Posthumous"]  # the title drops (events.name_repairs)
    assert sorted(row.participants) == ["Jan Lusk", "Orm"]


def test_an_order_on_an_active_verb_leaves_its_subject_the_actor(process):
    events = process("In 1457, the Tarvians imprisoned Orm on the orders of King Tarn Vell.")
    (row,) = _rows(events, "imprison")
    assert row.actors == ["Tarvians"]


def test_a_gapped_second_title_is_no_party_and_its_by_acts(process):
    events = process("Vell Orm is a Tarvian footballer. In 1999, he was named Sportsman of the Century by Orm "
                     "Weekly and the Sports Personality of the Century by the VBC.")
    (row,) = _rows(events, "name")
    assert sorted(row.actors) == ["Orm Weekly", "VBC"]
    assert row.participants == ["Vell Orm"]


def test_a_second_by_of_means_is_no_gap(process):
    events = process("In 1999, the city was attacked by Tarvia and Lusk by sea.")
    (row,) = _rows(events, "attack")
    assert sorted(row.actors) == ["Lusk", "Tarvia"]


def test_who_something_came_under_the_control_of_acts(process):
    events = process("In 1204 Lusk came under the control of Tarvia.")
    (row,) = _rows(events, "control")
    assert (row.actors, row.participants) == (["Tarvia"], ["Lusk"])


def test_a_period_in_a_states_history_is_not_the_states_act(process):
    events = process("The Orm Golden Age was a period in the history of Tarvia which lasted from 1588 to 1672.")
    # A period's lasting gives no row at all (events.period_lasting); whatever row is left is not Tarvia's act.
    assert all("Tarvia" not in e.actors for e in events)


def test_a_works_possessive_owner_made_it(process):
    events = process("A Sunday in Orm was painted from 1884 to 1886 and is Vell Lusk's most famous work.")
    (row,) = _rows(events, "paint")
    assert row.actors == ["Vell Lusk"]


def test_an_example_of_what_someone_made_is_their_act(process):
    events = process("Vell made significant changes, including adoption of the name Orm's Witnesses in 1931.")
    (row,) = _rows(events, "adoption")
    assert row.actors == ["Vell"]


def test_an_example_of_what_someone_received_was_done_to_them(process):
    events = process("Vell Orm is a Tarvian footballer. He received many accolades, including being named "
                     "Tarvian Player of the Year in 1998, 2000 and 2003.")
    rows = _rows(events, "name")
    assert len(rows) == 3 and all(e.participants == ["Vell Orm"] and e.actors == [] for e in rows)


def test_a_fronted_happening_is_no_subject_its_conjuncts_after_the_comma_are(process):
    events = process("Following the Orm War of Independence, Tarvia and Lusk made peace in 1949.")
    (row,) = [e for e in events if e.date_text == "1949"]
    assert sorted(row.actors) == ["Lusk", "Tarvia"]


def test_a_participle_before_a_passive_is_said_of_its_subject_not_its_agent(process):
    events = process("Lasting from 19 July 1870 to 28 January 1871, the conflict was caused primarily by "
                     "Tarvia's determination to reassert its position.")
    (row,) = _rows(events, "conflict")  # the opening "Lasting …" is the conflict's (events.period_lasting)
    assert row.actors == []


def test_a_state_swallowed_into_a_happenings_name_takes_part(process):
    events = process("It dates back to the Christianization of the Kingdom of Lusk by Orm missionaries in 330.")
    (row,) = [e for e in events if e.date_text == "330"]
    assert row.participants == ["Kingdom of Lusk"]


def test_an_untagged_ruler_joined_to_a_named_one_takes_his_own_respective_row(process):
    events = process("Frederick IV and Karel II were defeated by Tarvia, under Jan Vell, and forced out of the "
                     "alliance in 1700 and 1706, respectively.")
    rows = sorted(_rows(events, "force"), key=lambda e: e.date_text)
    assert [(e.actors, e.participants) for e in rows] == [(["Tarvia"], ["Frederick IV"]), (["Tarvia"], ["Karel II"])]


def test_the_body_a_speech_was_given_to_takes_part(process):
    events = process("Apollo was dedicated to President Orm Vell's goal of landing a man on the Moon, which he "
                     "proposed in his address to the Tarvian Congress on May 25, 1961.")
    (row,) = _rows(events, "propose")
    assert (row.actors, row.participants) == (["Orm Vell"], ["Tarvian Congress"])


def test_a_stray_participle_of_founding_has_no_founder_from_the_main_clause(process):
    events = process("The Orm League was a confederacy of Greek city-states, numbering between 150 and 330, "
                     "founded in 478 BC under the hegemony of Tarvia, whose purpose was to fight Lusk.")
    (row,) = _rows(events, "found")
    assert "Orm League" not in row.actors


def test_a_name_right_before_and_his_owns_the_happening(process):
    events = process("Early modern philosophy conventionally starts with René Orm and his publication of the "
                     "Discourse in 1637.")
    (row,) = _rows(events, "publication")
    assert row.actors == ["René Orm"]


def test_whoever_ordered_a_subject_to_act_is_no_actor_but_takes_part(process):
    events = process("The war began when the Tarvian military junta based in West Tarvia—under the orders of Yahya "
                     "Lusk—launched Operation Vell against East Tarvians on the night of 25 March 1971.")
    (row,) = _rows(events, "launch")
    assert "Yahya Lusk" not in row.actors and "Yahya Lusk" in row.participants
