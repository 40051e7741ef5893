"""Parties named beside a happening that are, or are not, its parties (issue 31, session 11): shapes
read off the WikiEvents false parties and the WikiGold audit's missed parties. Invented sentences:
regression tests, not evidence (evaluation/wikievents.py and the events audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_one_acted_on_in_a_reported_clause_is_no_party_of_the_saying():
    text = "On 2 May the Tarvian ministry confirmed that Colonel Ivan Petrov was wounded near Lusk."
    assert "Ivan Petrov" not in roles(text, "confirmed")["participants"]
    text = "On 2 May Maria Lopez said that Peter Jones paid the rent."
    assert roles(text, "said") == {**roles(text, "said"), "actors": ["Maria Lopez"], "participants": []}


def test_a_name_the_parser_hangs_in_apposition_on_a_happening_is_no_party_of_it():
    text = ("Prosecutors said two days after the May 4, 2011, bombing, 19-year-old Novak and another "
            "friend removed the bag from the flat.")
    assert roles(text, "bombing")["participants"] == []


def test_the_camera_a_picture_handed_out_comes_from_is_no_party():
    text = "On 2 May the police issued an image from CCTV showing a man wanted for the theft."
    assert roles(text, "issued")["participants"] == []
    text = "On 2 May Tarnex Ltd bought the rights from Orme Holdings."
    assert "Orme Holdings" in roles(text, "bought")["participants"]


def test_the_one_shot_dead_is_named_in_apposition_to_his_description():
    text = "The gunman, Pavel Orlik – shot dead by soldiers on 3 May – had fled the town."
    assert roles(text, "dead")["participants"] == ["Pavel Orlik"]


def test_the_body_a_thing_is_made_or_withdrawn_for_is_a_party():
    text = "In 1939 the Orme Foundation withdrew its funding for the Harlow Institute."
    assert "Harlow Institute" in roles(text, "withdrew")["participants"]
    text = "In 1997 a retired fireman recalled the events for the BBC series Firestorm."
    assert "BBC" in roles(text, "recalled")["participants"]
    text = "On 2 May the minister sent instructions for Lusk authorities to close the roads."
    assert roles(text, "sent")["participants"] == []


def test_service_members_of_a_nationality_stand_for_their_state():
    text = "Denmark sent troops in March. On 2 May four Danish service members were killed near Lusk."
    assert "Denmark" in roles(text, "killed")["participants"]
    text = "Denmark sent troops in March. On 2 May four Danish club members were killed near Lusk."
    assert "Denmark" not in roles(text, "killed")["participants"]


def test_a_purpose_infinitive_on_a_passive_verb_is_done_by_its_named_patient():
    text = "In 1702 John Harper was sent to negotiate with the rebels."
    assert roles(text, "negotiate")["actors"] == ["John Harper"]
    text = "In 1702 John Harper was charged with treason, sedition and conspiracy to commit murder."
    assert roles(text, "conspiracy to commit murder")["actors"] == ["John Harper"]


def test_members_of_a_body_acting_make_the_body_act():
    text = "In April 1971 members of the Tarvian Scout Association volunteered to carry the mail."
    assert roles(text, "volunteered")["actors"] == ["Tarvian Scout Association"]
    text = "On 3 May a local commander of the Tarn Defence Militia was reportedly killed."
    assert roles(text, "killed")["participants"] == []


def test_the_paper_a_work_is_published_in_is_a_party():
    text = "Count Anton Orme had his essay published in The Economist magazine in March 2007."
    found = roles(text, "published")["participants"]
    assert len(found) == 1 and found[0].endswith("Economist")
    text = "In 1901 the essay was published in Tarvia."
    assert roles(text, "published")["participants"] == []


def test_the_one_who_had_fights_or_talks_fought_or_talked():
    text = "Tom Orme had 14 other fights in 1973, winning them all."
    assert roles(text, "fights")["actors"] == ["Tom Orme"]


def test_the_subject_of_a_clause_a_contest_opens_took_part_in_it():
    text = "In the 1994 general election, Tom Orme won the Lusk seat for the Labour Party."
    assert roles(text, "election")["actors"] == ["Tom Orme"]
    text = "In the 1994 battle, Tom Orme was killed by a sniper."
    assert roles(text, "battle")["actors"] == []


def test_a_force_the_model_tags_as_a_body_but_the_parser_as_an_adjective_stands_for_its_side():
    text = "The next day, the regiment pursued the Confederate army and fought in a skirmish at Lusk."
    assert len(roles(text, "pursued")["participants"]) == 1


def test_the_body_someone_is_elected_or_appointed_to_is_a_party_never_a_place():
    text = "In 1990 Maria Lopez was elected to the Tarsk legislature."
    assert roles(text, "elected")["participants"] == ["Maria Lopez", "Tarsk legislature"]
    text = "In 1990 Maria Lopez was appointed to the Supreme Council."
    assert "Supreme Council" in roles(text, "appointed")["participants"]
    text = "In 1990 Maria Lopez was elected to the Verkhovna Rada of Tarvia."
    found = roles(text, "elected")
    assert found["participants"] == ["Maria Lopez", "Verkhovna Rada of Tarvia"] and found["places"] == []
    text = "In 1990 Maria Lopez was elected to the council."  # no body in particular
    assert roles(text, "elected")["participants"] == ["Maria Lopez"]
    text = "In 1990 Maria Lopez returned to the Lusk court house."  # where she went
    assert "Lusk court house" not in roles(text, "returned")["participants"]


def test_a_made_product_released_or_launched_is_no_party_its_maker_is():
    text = "In 1999 Sega released the Dreamcast in Japan."  # the model calls the console a body
    found = roles(text, "released")
    assert found["actors"] == ["Sega"] and found["participants"] == []
    text = "In 2004 Orme Software released Tarn Quest, a role-playing game."
    found = roles(text, "released")
    assert found["actors"] == ["Orme Software"] and found["participants"] == []
    text = "In 2001 Toyota launched the Corolla Verso, a compact car."  # a launched name is a product where said
    assert roles(text, "launched")["participants"] == []
    text = "In 1998 the court released Tom Orme from prison."  # someone released from something
    assert roles(text, "released")["participants"] == ["Tom Orme"]


def test_a_name_the_model_calls_a_place_or_a_people_but_who_is_a_person_takes_the_pronoun():
    text = ("An agent admitted that Baranov, who lived in Springfield, Illinois, had shown up at a police station "
            "while a search was under way for suspected bomber Pavel Orlik, but that the police had not "
            "interviewed him until the next day.")
    assert roles(text, "interviewed")["participants"] == ["Baranov"]
    text = "In 1941 the Germans, who had crossed the border, attacked Lusk."  # a people stays a people
    assert roles(text, "attacked")["actors"] == ["Germany"]
    text = "In 1935 the Liberals in Tarvia, who held the house, opposed the Orme treaty."  # the clause is the Liberals'
    assert "Tarvia" not in roles(text, "opposed")["actors"]


def test_the_body_an_election_seats_someone_in_is_a_party_of_the_election():
    text = "Maria Lopez was elected to the Supreme Council in the 1990 election."
    assert "Supreme Council" in roles(text, "election")["participants"]
    text = "Maria Lopez lost her seat on the Lusk Council in the 1990 election."  # no one seated by it
    assert "Lusk Council" not in roles(text, "election")["participants"]
