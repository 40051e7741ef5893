"""One name for each party (issue 31, names29): the shapes blind judges marked as wrong names on History and
Philosophy leads and news, in invented sentences (or a real ruler's name where the small model only tags
that one): a ruler's name whole, a body named with a possessive, a people counted or narrowed as a group
and not its state, a place inside a happening's name as no party, a state named as one kept, a reign's
name and a personal name as one person, a first name two numbered rulers share kept as written."""


def _rows(process, text: str, trigger: str) -> list:
    return [e for e in process(text) if e.trigger == trigger]


def _names(row) -> list[str]:
    return list(row.actors) + list(row.participants)


def test_a_ruler_s_epithet_the_model_tagged_apart_stays_in_the_name(process):
    (row,) = _rows(process, "In 1260, Albert the Great was appointed bishop of Lusk.", "appoint")
    assert "Albert the Great" in _names(row) and "Albert" not in _names(row)
    (row,) = _rows(process, "In 1260, Orm the Great was appointed bishop of Lusk.", "appoint")
    assert "Great" not in _names(row)


def test_a_piece_of_a_ruler_s_name_cut_at_its_numeral_is_no_party(process):
    (row,) = _rows(process, "Tarsk Khanate\n\nEstablished by Hacı I Giray in 1441.", "establish")
    assert "Giray" not in _names(row) and "Hacı" not in _names(row)


def test_a_body_named_with_a_possessive_is_the_body_not_the_person(process):
    (row,) = _rows(process, "In 1931, Vellah's Witnesses adopted their name.", "adopt")
    assert row.actors == ["Vellah's Witnesses"]
    # the model tags the name alone (as a person here): the body still
    (row,) = _rows(process, "In 2025, Jehovah's Witnesses opened a new headquarters.", "open")
    assert row.actors == ["Jehovah's Witnesses"]


def test_a_people_narrowed_by_another_people_s_word_is_a_group_not_a_state(process):
    (row,) = _rows(process, "In 1937, the Tarvian government deported Soviet Koreans to Lusk.", "deport")
    assert "Soviet Koreans" in row.participants and "Korea" not in _names(row)
    # a people's word before a noun still stands for its state
    (row,) = _rows(process, "In 1998, a Soviet delegation visited Lusk.", "visit")
    assert row.actors == ["Soviet Union"]


def test_a_place_inside_a_happening_s_name_is_no_party(process):
    (row,) = _rows(process, "After the Nairobi bombing in 1998, Tarvia attacked Vell.", "bombing")
    assert "Nairobi" not in _names(row) and list(row.places) == ["Nairobi"]
    (row,) = _rows(process, "It was one of two accidents, the other being the 2011 Orm nuclear accident, which "
                            "happened in Lusk.", "accident")
    assert "Orm" not in _names(row)
    # a state's name there is the happening's doer
    (row,) = _rows(process, "In 1998, the Hamas bombing killed 30 people.", "kill")
    assert row.actors == ["Hamas"]


def test_a_state_named_as_one_keeps_its_name_beside_the_dynasty_it_founded(process):
    rows = _rows(process, "In 230 BC, the state of Qin conquered Han and in 221 BC founded the Qin dynasty.", "conquer")
    assert rows[0].actors == ["Qin"]


def test_a_personal_name_beside_a_reign_name_is_the_same_person(process):
    (row,) = _rows(process, "The Orm Emperor, personal name Zhu Vell, founded the Lusk dynasty in 1368.", "found")
    assert row.actors == ["Orm Emperor"]


def test_a_first_name_two_numbered_rulers_share_stays_as_written(process):
    rows = _rows(process, "Tarvia\n\nPedro II ruled Tarvia for 58 years. In 1822, Pedro declared the independence "
                          "of Tarvia and was acclaimed as Pedro I.", "declare")
    assert rows[0].actors == ["Pedro"]


def test_a_people_s_word_is_the_state_whose_name_it_continues(process):
    # "Iraqi" shares "Ira" with Iran, then a letter Iran lacks: Iraq's people, never Iran
    (row,) = _rows(process, "The Iran–Iraq War, also called the First Imposed War by Iran, began with the Iraqi "
                            "invasion of Iran in September 1980.", "invasion")
    assert "Iran" not in row.actors


def test_a_ruler_named_by_his_realm_is_the_ruler_not_the_realm(process):
    # (a real ruler: the small model tags this one a body, an invented one not at all)
    (row,) = _rows(process, "But Philip II of France brought the Lusk Empire to an end by defeating a coalition of "
                            "his rivals in 1214.", "defeat")
    assert row.actors == ["Philip II of France"]


def test_a_japanese_name_with_its_particle_is_whole(process):
    (row,) = _rows(process, "In 712, Ō no Yasumaro compiled the Kojiki.", "compile")
    assert row.actors == ["Ō no Yasumaro"]


def test_a_people_s_word_before_a_noun_is_no_counted_person(process):
    rows = _rows(process, "The Vell Horde was originally a Mongol and later Turkicized khanate established in the "
                          "13th century, originating from the northwestern part of the Mongol Empire.", "establish")
    assert "Mongol" not in _names(rows[0])
    (row,) = _rows(process, "In 1998, six Sudanese, a Somali and a Turk were rounded up by police in Lusk.", "round")
    assert "Sudan" not in _names(row) and "Somalia" not in _names(row)

