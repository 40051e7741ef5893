"""Who did it when a happening is told as a noun with a possessive, a relative clause or a passive (issue
"who did it"); invented sentences of the shapes blind judges found missed on leads."""

from tests.events.rows import row


def parties(event) -> list:
    return list(event.actors) + list(event.participants)


def test_his_death_in_a_who_clause_is_the_clause_subject_s_not_its_object_s(process):
    # "Lusk" is the model's PERSON: the look-back took it for the one who died
    events = process("Jan Orme was a Tarvian ruler who ruled Lusk from 1120 until his death in 1153.")
    assert parties(row(events, "death")) == ["Jan Orme"]


def test_his_death_after_a_participle_is_the_main_subject_s(process):
    events = process("Harun Vell, famously known as Harun the Just, was the fifth of the Tarvian caliphs, reigning "
                     "from September 786 until his death in March 809.")
    # (by the name he is famously known by: one person, the name a user groups by, issue 31)
    assert parties(row(events, "death")) == ["Harun the Just"]


def test_his_death_with_a_second_person_named_in_the_clause_is_the_subject_s(process):
    events = process("Gregory Vell, also known as Gregory Nyssen, was an early Tarvian theologian who served as the "
                     "bishop of Lusk from 372 to 376 and from 378 until his death in 394.")
    assert parties(row(events, "death")) == ["Gregory Vell"]


def test_his_father_s_death_is_not_his(process):
    events = process("Jan Orme was a Tarvian poet who lived in Lusk until his father's death in 1820.")
    assert parties(row(events, "death")) == []


def test_a_passive_agent_s_workplace_is_not_an_actor(process):
    events = process("The first engine was built in 1960 by Cal Orme at Lusk Research Laboratories.")
    assert row(events, "build").actors == ["Cal Orme"]


def test_a_council_a_passive_happened_at_is_no_party_and_the_titled_agent_acts(process):
    events = process("The Vell Crusade was proclaimed by Pope Orm II at the Council of Lusk in November 1095.")
    event = row(events, "proclaim")
    assert event.actors == ["Orm II"]
    assert "Council of Lusk" not in event.participants


def test_the_work_of_a_person_a_foundation_dates_back_to_is_his(process):
    events = process("Tarvistry is a science. The foundation of the science dates back to the work of Jean Orme in 1796.")
    # The row's word is the work (triggers27's aspect links), its doer the person the work is of.
    (dated,) = [e for e in events if e.date_text == "1796"]
    assert dated.actors == ["Jean Orme"]


def test_works_by_a_person_proposed_and_published_are_published_by_him(process):
    events = process("Relativity comprises two theories by Cal Orme, proposed and published in 1905 and 1915.")
    assert [e.actors for e in events if e.trigger == "publish"] == [["Cal Orme"], ["Cal Orme"]]


def test_an_alias_joined_by_or_keeps_the_subject_whose_death_it_is(process):
    events = process("Harun ibn Orm Vell, or simply Harun Vell, was the fifth of the Tarvian caliphs, reigning from "
                     "September 786 until his death in March 809.")
    assert parties(row(events, "death")) == ["Harun ibn Orm Vell"]


def test_a_passive_joined_to_an_earlier_verb_with_an_agent_is_undergone_by_that_verb_s_subject(process):
    events = process("Mara Orme was a Tarvian general who led the army of Lusk and was captured by Tom Vell in 1945.")
    event = row(events, "capture")
    assert (event.actors, event.participants) == (["Tom Vell"], ["Mara Orme"])


def test_a_passive_joined_to_a_pronoun_s_verb_is_undergone_by_the_one_the_pronoun_stands_for(process):
    events = process("Mara Orme was a Tarvian general. She led the army of Lusk in the Vell War, and was executed by "
                     "Tom Vell in 1945.")
    event = row(events, "execute")
    assert (event.actors, event.participants) == (["Tom Vell"], ["Mara Orme"])


def test_a_restoration_added_with_with_to_his_abdication_is_his(process):
    events = process("Jan Orme was emperor of the Tarvians from 1804 until his first abdication in 1814, with a brief "
                     "restoration in 1815.")
    assert parties(row(events, "restoration")) == ["Jan Orme"]


def test_a_happening_joined_by_and_to_her_abdication_is_hers(process):
    events = process("Mara Orme was a Tarvian queen. After her abdication in 1814 and exile in 1815, she lived in Lusk.")
    assert parties(row(events, "exile")) == ["Mara Orme"]


def test_a_passive_subject_pronoun_is_the_lead_not_a_student_named_in_passing(process):
    events = process("Peter Orme was a Lusk philosopher. Orme authored no texts and is known mainly through the "
                     "posthumous accounts of his students Tom Vell and Cal Lask. In 399 BC, he was accused of impiety.")
    event = row(events, "accuse")
    assert (event.actors, event.participants) == ([], ["Peter Orme"])


def test_a_people_s_adjective_is_never_an_actor(process):
    events = process("Tarvia was a Levantine kingdom. European powers recognised Tarvia in 1820. Levantine traders "
                     "founded Lusk in 900.")
    assert [row(events, t).actors for t in ("recognise", "found")] == [[], []]


def test_a_passive_s_agent_does_not_own_the_patient_s_escape(process):
    events = process("Peter Orme was a Tarvian rebel. In 1820 Peter Orme was captured by Tom Vell during his escape from Lusk.")
    assert parties(row(events, "escape")) == ["Peter Orme"]
