"""Where a party is from is no party (issue 31: places taken as parties): invented sentences,
regression tests (WikiEvents and the events audit measure)."""

from tests.events.test_role_shapes import roles


def test_a_towns_province_and_the_land_of_inhabitants_are_no_actors():
    text = "It was the second league in Canada, after one in Kingston, Ontario started in 1883."
    assert "Ontario" not in roles(text, "started")["actors"]
    text = "In 1830 the imam led a revolt by tribesmen of Chechnya and Dagestan."
    r = roles(text, "revolt")
    assert "Chechnya" not in r["actors"] + r["participants"]
    text = "It was the first rowing club formed in Australia, after one in Hobart, Tasmania started in 1850."
    assert roles(text, "started")["actors"] == []
    text = "At Versailles, France signed the treaty on 28 June 1919."
    assert roles(text, "signed")["actors"] == ["France"]
    text = "In 1702 the war began in Lusk, when Russia, Sweden and Denmark declared war on Tarvia."
    assert {"Russia", "Sweden", "Denmark"} <= set(roles(text, "declared")["actors"])


def test_the_owner_of_a_damaged_thing_is_no_party():
    text = "Maria Lopez owns a bakery on the square. On 3 May her shop window was damaged by the blast."
    assert "Maria Lopez" not in roles(text, "damaged")["participants"]
    text = "On 3 May the explosion shattered the windows of the Tarvian Interior Ministry."
    assert roles(text, "shattered")["participants"] == []


def test_the_maker_of_a_thing_is_a_party_of_its_trade_only():
    text = "On 14 April 1995 Tim Orme rented a Hertz truck in Topeka."
    assert "Hertz" in roles(text, "rented")["participants"]
    text = "On 17 April the Hertz truck was driven to the city."
    assert roles(text, "driven")["participants"] == []


def test_the_employer_of_private_people_is_no_party():
    text = "In 1972 four Reuters journalists and two soldiers were killed in Belfast."
    assert "Reuters" not in roles(text, "killed")["participants"]


def test_every_party_of_an_including_list_broken_into_appositions():
    text = ("On 2 June 1975 many writers were arrested, including Ana Vidal, wife of the painter Jorge Sala, "
            "the actress Carmen Roig, construction worker Pablo Ferrer, and the poet Luis Abad.")
    r = roles(text, "arrested")
    assert {"Ana Vidal", "Carmen Roig", "Pablo Ferrer", "Luis Abad"} <= set(r["participants"])


def test_a_clause_inside_an_including_list_names_no_item():
    text = ("On 3 May the prosecutors presented records, including a taxi log and photos from a bank in Madrid, "
            "to trace Pablo Ferrer's movements.")
    r = roles(text, "presented")
    assert "Pablo Ferrer" not in r["participants"] and "Madrid" not in r["participants"]


def test_a_conjunct_that_opens_the_next_clause_is_not_the_first_ones():
    text = "Days later, Tom Orme was killed in a gun battle with police and Dan Orme was found hiding in a barn."
    assert "Dan Orme" not in roles(text, "killed")["participants"]
    text = "The Treaty of Lusk between Tarvia and Russia was signed on 16 April 1922."
    assert {"Tarvia", "Russia"} <= set(roles(text, "signed")["participants"])


def test_a_player_given_in_exchange_named_on_his_position():
    text = "On 5 December 2005, Tom Orr was traded to the Athletics for outfielder Dan Miles."
    assert "Dan Miles" in roles(text, "traded")["participants"]


def test_a_boxing_result_the_model_tags_as_a_body_is_no_party():
    text = "Tom Varley was a boxer. He took a 38-0 record with 34 KO's into the ring against Ken Norton in May 1977."
    assert all("KO" not in p for p in roles(text, "took")["participants"])


def test_an_opponent_hung_off_the_verbs_place_is_a_party():
    text = "He took a 38-0 record into the ring against former champion Ken Norton in May 1977."
    assert "Ken Norton" in roles(text, "took")["participants"]


def test_the_one_a_bracketed_born_tells_of_is_the_name_before_the_bracket():
    from pipeline import label_roles

    for text in ("Peter Harlow (Russian: Пётр Харлов, born November 3, 1949) is a Russian rock singer.",
                 "Chad Orme Wilson (pronounced wil-SUN) (born March 24, 1983 in Lusk) is a baseball pitcher."):
        start = text.index("born")
        found = label_roles(text, [(start, start + 4)])[0]
        assert len(found["participants"]) == 1 and found["participants"][0].endswith(("Harlow", "Wilson"))
    text = "In 1902 the bridge (born of a long dispute) was opened."
    assert bracketed_life_owner_of(text) is None


def bracketed_life_owner_of(text: str):
    from pipeline.events.labelling import _context, parse_text
    from pipeline.events.origins import bracketed_life_owner

    parsed = parse_text(text, _context(None)).layers["spacy_docs"][0][1]
    owner = bracketed_life_owner(next(t for t in parsed if t.lower_ == "born"))
    return None if owner is None or parsed[owner].ent_type_ != "PERSON" else owner
