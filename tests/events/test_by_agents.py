"""Who did it when the entities stage lost the name of a passive's ``by``-agent (issue 31, brief
agents29; pipeline.events.by_agents): invented sentences of the judged shapes."""

from tests.events.rows import row


def test_a_titled_agent_behind_a_people_adjective_and_a_bracket_founded_it(process):
    events = process("Vellism was a religion founded in the third century CE by the Parthian Iranian prophet Mani "
                     "(216–274) in the Lusk Empire.")
    assert row(events, "found").actors == ["Mani"]


def test_a_people_tagged_as_a_product_sacked_the_city(process):
    events = process("His cult fell into decline after Orm was sacked by the Elamites in 1230 BC.")
    assert row(events, "sack").actors == ["Elamites"]


def test_a_name_tagged_as_a_common_plural_established_the_religion(process):
    events = process("The Orm Faith is a religion established by Baháʼu'lláh in the 19th century that teaches unity.")
    assert row(events, "establish").actors == ["Baháʼu'lláh"]


def test_a_lower_case_title_before_the_agent_is_no_part_of_its_name(process):
    events = process("Vellia was an ancient kingdom established in c. 323 BC by the Persian satrap Atropates.")
    assert row(events, "establish").actors == ["Atropates"]


def test_a_common_noun_agent_stays_unnamed(process):
    events = process("Protests led by students and workers were held in Vell from 15 April to 4 June 1989.")
    assert all(e.actors == [] for e in events)


def test_two_passive_verbs_share_the_agent_written_after_the_second(process):
    events = process("In 1849 Orm was defeated and annexed by the Tarvian Company.")
    assert row(events, "defeat").actors == ["Tarvian Company"]


def test_a_passive_verb_told_apart_by_its_own_date_keeps_no_agent_of_the_next(process):
    events = process("It was founded by Jan Vell in 1392 and replaced by the Lusk Empire in 1897.")
    assert row(events, "found").actors == ["Jan Vell"]
    events = process("Vell was founded in 1392 and replaced by the Lusk Empire in 1897.")
    assert row(events, "found").actors == []


def test_the_beaten_forced_out_after_a_passive_are_no_actors(process):
    events = process("Jan Orme and Piet Vell were defeated by Tarvia, under Karl Lusk, and forced out of the "
                     "alliance in 1700.")
    assert row(events, "force").actors == ["Tarvia"]  # Tarvia forced them out (carried_agents); never one of the beaten


def test_a_list_of_peoples_with_its_first_member_hung_on_the_date_all_acted(process):
    events = process("Over the first millennium BC the Tarvians, Lusks and Ormans established colonies on the coast.")
    assert sorted(row(events, "establish").actors) == ["Lusks", "Ormans", "Tarvians"]


def test_a_subject_swallowed_by_an_era_date_without_a_comma_acted(process):
    events = process("In 700 BC the Greeks and the Romans established colonies on the coast of Vell.")
    assert sorted(row(events, "establish").actors) == ["Greece", "Romans"]  # a state's people: the state


def test_a_single_name_before_a_list_s_comma_is_no_member_by_the_list_rule(process):
    events = process("In the 5th century Tarvia, a kingdom of the Lusks and Ormans, invaded Vell.")
    assert "Lusks" not in row(events, "invade").actors


def test_a_party_that_trained_or_funded_those_who_act_is_no_actor(process):
    events = process("In April 1961 an invasion of Tarvia by CIA-trained exiles failed.")
    assert "CIA" not in row(events, "fail").actors
    events = process("In 1990 the Lusk-funded Orm Front attacked Vell.")
    assert row(events, "attack").actors == ["Orm Front"]


def test_a_leader_written_before_led_still_acts(process):
    events = process("In 2003 a US-led coalition invaded Tarvia.")
    assert row(events, "invade").actors == ["United States"]


def test_the_one_a_fronted_participle_with_a_complement_tells_of_is_not_its_doer(process):
    events = process("Found clinging to a raft off the coast on 25 November 1999, Elo has been the subject of "
                     "a custody battle.")
    assert "Elo" not in row(events, "find").actors
    events = process("Rescued on 25 November 1999 by fishermen, Elo was taken to Vell.")
    assert "Elo" not in row(events, "rescue").actors


def test_a_ruler_numbered_i_whose_numeral_the_parser_took_for_a_pronoun_acted(process):
    events = process("In 962, Orme I became the first emperor of the Tarvian Empire.")
    assert row(events, "become").actors == ["Orme I"]
    events = process("\"In 1990 I became a teacher,\" Orme said.")
    assert "Orme I" not in row(events, "become").actors


def test_a_government_named_after_its_leader_is_his_state_or_no_one(process):
    events = process("Cuban President Jan Orme spoke in Havana in 1961. In 1962 the Orme government expelled "
                     "the Tarvian ambassador.")
    assert row(events, "expel").actors == ["Cuba"]
    events = process("Tarvian leader Jan Orme spoke in 1961. In 1962 the Orme regime expelled the Lusk ambassador.")
    assert "Jan Orme" not in row(events, "expel").actors


def test_other_names_joined_by_or_are_one_party(process):
    events = process("The Tarvs, Ormans or Vellites were a people who conquered Lusk in 568.")
    assert row(events, "conquer").actors == ["Tarvs"]


def test_a_work_a_fronted_participle_made_is_no_party(process):
    events = process("Written in stages between 1937 and 1949, The Lord of the Rings is one of the best-selling "
                     "books ever written.")
    assert all(not e.participants and not e.actors for e in events if e.trigger == "write")
