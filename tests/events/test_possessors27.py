"""Who did it when a happening is told as a noun with a possessive, a relative clause or a passive (issue
"who did it", brief possessors27); invented sentences of the shapes blind judges found missed on leads."""


def row(events: list, trigger: str):
    return next(e for e in events if e.trigger == trigger)


def parties(event) -> list:
    return list(event.actors) + list(event.participants)


def test_his_death_in_a_who_clause_is_the_clause_subject_s_not_its_object_s(process):
    # "Lusk" is the model's PERSON: the look-back took it for the one who died
    events = process("Jan Orme was a Tarvian ruler who ruled Lusk from 1120 until his death in 1153.")
    assert parties(row(events, "death")) == ["Jan Orme"]


def test_his_death_after_a_participle_is_the_main_subject_s(process):
    events = process("Harun Vell, famously known as Harun the Just, was the fifth of the Tarvian caliphs, reigning "
                     "from September 786 until his death in March 809.")
    assert parties(row(events, "death")) == ["Harun Vell"]


def test_his_death_with_a_second_person_named_in_the_clause_is_the_subject_s(process):
    events = process("Gregory Vell, also known as Gregory Nyssen, was an early Tarvian theologian who served as the "
                     "bishop of Lusk from 372 to 376 and from 378 until his death in 394.")
    assert parties(row(events, "death")) == ["Gregory Vell"]


def test_his_father_s_death_is_not_his(process):
    events = process("Jan Orme was a Tarvian poet who lived in Lusk until his father's death in 1820.")
    assert parties(row(events, "death")) == []
