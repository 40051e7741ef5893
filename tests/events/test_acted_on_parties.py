"""Parties of the failure kinds blind judges found on held-out rows in session 13 (issue 31, "all
named parties"): the clubs of a career and a transfer, a body conferring a membership, the one
judged, the proposer of what is adopted, a nationality doing a happening noun, the doer of a
participle after a passive clause. Invented sentences: regression tests, not evidence
(evaluation/wikievents.py and the events audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_club_a_career_begins_at_is_a_party():
    r = roles("In 1995 Tom Barr began his career at Bristol Rovers.", "began")
    assert r["actors"] == ["Tom Barr"]
    assert r["participants"] == ["Bristol Rovers"]


def test_both_clubs_of_a_transfer_are_parties():
    r = roles("In 1998 Tom Barr left Bristol Rovers for Leeds United.", "left")
    assert set(r["participants"]) == {"Bristol Rovers", "Leeds United"}
    r = roles("In 2003 Tom Barr transferred from Bristol Rovers to Leeds United.", "transferred")
    assert set(r["participants"]) == {"Bristol Rovers", "Leeds United"}
    r = roles("In 2003 Tom Barr moved to Leeds United from Bristol Rovers for a fee of £2 million.", "moved")
    assert set(r["participants"]) == {"Bristol Rovers", "Leeds United"}


def test_a_place_one_moves_from_is_no_party():
    r = roles("In 1946 Tom Barr returned from Canada to take up farming.", "returned")
    assert "Canada" not in r["participants"]


def test_the_body_conferring_a_membership_is_a_party():
    r = roles("In 1988 Maria Orne was elected a Fellow of the Royal Society.", "elected")
    assert set(r["participants"]) == {"Maria Orne", "Royal Society"}
    r = roles("In 1999 she was made an honorary member of the Royal Society of Chemistry.", "made")
    assert "Royal Society of Chemistry" in r["participants"]


def test_a_verdicts_subject_is_the_one_judged():
    r = roles("On Monday a jury found John Vell guilty.", "found")
    assert r["participants"] == ["John Vell"]


def test_the_proposer_of_what_is_adopted_takes_part():
    r = roles("In 1702 the assembly adopted a resolution proposed by France.", "adopted")
    assert r["participants"] == ["France"]
    # what a participle says of an ordinary thing names no party of the act
    r = roles("In 1945 the army captured documents written by Adolf Hitler.", "captured")
    assert "Adolf Hitler" not in r["participants"]


def test_a_nationality_on_a_happening_noun_is_its_doer():
    r = roles("The Swedish destruction of Narva in 1702 shocked Europe.", "destruction")
    assert r["actors"] == ["Sweden"]
    assert roles("The Swedish elections of 1702 were quiet.", "elections")["actors"] == []


def test_a_participle_after_a_passive_clause_is_its_patients_act():
    r = roles("In 1998 Alan Crane was appointed manager, replacing Bob Tull.", "replacing")
    assert r["actors"] == ["Alan Crane"]
    assert r["participants"] == ["Bob Tull"]
    r = roles("In 1990 Maria Orne was elected to parliament, defeating John Vell.", "defeating")
    assert r["actors"] == ["Maria Orne"]
    # a thing's patient does nothing: "the city was taken, ending the siege"
    r = roles("In 1702 Narva was captured by Sweden, ending the siege.", "ending")
    assert "Narva" not in r["actors"]


def test_a_passive_agent_named_in_apposition_to_a_noun_acts():
    r = roles("In 1994 the station was purchased by its owner Southern Cross Broadcasting.", "purchased")
    assert r["actors"] == ["Southern Cross Broadcasting"]


def test_the_other_side_of_a_happening_noun_given_on_its_support_verb():
    r = roles("In 1977 an agreement was made with the TAB by the station's owners.", "agreement")
    assert r["participants"] == ["TAB"]
    r = roles("In 1994 the station, in conjunction with the TAB, was able to secure a licence.", "secure")
    assert r["participants"] == ["TAB"]


def test_the_body_a_member_sits_in_is_a_party():
    r = roles("From 1890 to 1895 he served in the Ontario Legislature.", "served")
    assert r["participants"] == ["Ontario Legislature"]
    r = roles("John Vell represented Orme County in the House of Commons from 1890.", "represented")
    assert "House of Commons" in r["participants"]
    text = "He was elected to the Twenty-fourth United States Congress, serving from March 4 1835 to March 3 1837."
    assert roles(text, "serving")["participants"] == ["Twenty-fourth United States Congress"]
    # the body's whole name, never the model's fragment of it
    assert roles(text, "elected")["participants"] == ["Twenty-fourth United States Congress"]
    # a building one serves in is no body
    assert roles("From 1890 he served in the Orme Hotel as a cook.", "served")["participants"] == []


def test_who_fired_the_weapon_does_what_it_did():
    r = roles("Officials said that James Kopp fired the shots that killed a Buffalo doctor last October.", "killed")
    assert r["actors"] == ["James Kopp"]
    r = roles("On 3 May John Vell planted a bomb that killed five people.", "killed")
    assert r["actors"] == ["John Vell"]
    # a thing that is no weapon acts for no one: "the storm that hit Orme"
    r = roles("On 3 May John Vell watched the storm that destroyed the village.", "destroyed")
    assert r["actors"] == []


def test_a_happening_nouns_agent_the_parser_hung_on_the_verb():
    text = "The lawyers tried to get around Wednesday's ruling by the Immigration and Naturalization Service."
    assert roles(text, "ruling")["actors"] == ["Immigration and Naturalization Service"]


def test_the_target_of_an_attack_is_acted_on_not_where():
    r = roles("The attacks were clearly targeted at the United States.", "targeted")
    assert r["participants"] == ["United States"]
    assert r["places"] == []


def test_both_sides_of_an_answered_offer():
    r = roles("In 1998 Chrysler rejected a $5 billion offer from Daimler.", "offer")
    assert set(r["actors"] + r["participants"]) == {"Chrysler", "Daimler"}


def test_the_side_one_loses_or_falls_to():
    # the side a town falls to took it (pipeline.events.fallen_parties): the town only took part
    r = roles("In 1521 Belgrade fell to the Ottomans.", "fell")
    assert r["actors"] == ["Ottoman Empire"] and r["participants"] == ["Belgrade"]
    r = roles("In 1702 the Royal Navy lost to the French fleet off Cadiz.", "lost")
    assert r["participants"] == ["France"]
    # falling back to a town is going there
    assert roles("In 1940 the army fell back to Warsaw.", "fell")["participants"] == []


def test_a_nationality_compounded_on_a_happening_noun_is_its_doer():
    assert roles("The Ottoman capture of Belgrade in 1521 alarmed Europe.", "capture")["actors"] == ["Ottoman Empire"]


def test_the_owner_of_an_office_that_acts_for_him_acts():
    text = "Senator John Vell criticised the plan on 2 May. His office responded on 3 May to the report."
    assert roles(text, "responded")["actors"] == ["John Vell"]
    text = "Senator John Vell was charged on 2 May. His wife appealed on 3 May."
    assert roles(text, "appealed")["actors"] == []


def test_a_numbered_unit_the_model_left_untagged_is_a_party():
    r = roles("In 1962 the Air Force inactivated the 45th Bombardment Wing.", "inactivated")
    assert r["participants"] == ["45th Bombardment Wing"]
    r = roles("The 45th Bombardment Wing was inactivated in 1962.", "inactivated")
    assert r["participants"] == ["45th Bombardment Wing"]
    # a numbered thing that is no unit names no party
    assert roles("In 1962 the council closed the 45th Street Market.", "closed")["participants"] == []


def test_the_name_a_relative_clauses_noun_is_said_of_is_the_patient():
    r = roles("Tom Vell was a young farmer who was shot by the police on 3 May 1921.", "shot")
    assert "Tom Vell" in r["participants"]


def test_the_body_joined_is_a_party_where_the_model_left_it_untagged():
    r = roles("Dr. Don Wright will join BCIT as President in March, 2008.", "join")
    assert r["participants"] == ["BCIT"]
    r = roles("In 1990 Tom Barr joined Arsenal from Chelsea.", "joined")
    assert set(r["participants"]) == {"Arsenal", "Chelsea"}
    # a happening one joins is no party
    assert roles("In 1914 Tom Barr joined the Easter Rising.", "joined")["participants"] == []


def test_the_sides_the_parser_hangs_on_a_date():
    r = roles("The Battle of Narva was fought on 30 November 1700 between Sweden and Russia.", "fought")
    # both sides fought: actors (events/war_sides.py)
    assert {"Sweden", "Russia"} <= set(r["actors"])


def test_the_patient_of_a_passive_infinitive_is_the_subject_of_the_verb_it_completes():
    text = "In 1988 Orme Corp. agreed to be acquired by Tarnex."
    found = roles(text, "acquired")
    assert found["actors"] == ["Tarnex"] and found["participants"] == ["Orme Corp."]
    text = "In 1988 Tarnex agreed to acquire Orme Corp."  # active: the subject acts, as before
    assert "Tarnex" not in roles(text, "acquire")["participants"]


def test_a_launched_channel_or_body_is_a_party_a_launched_product_is_not():
    text = "In 1979 Viacom launched Nickelodeon."
    found = roles(text, "launched")
    assert found["actors"] == ["Viacom"] and found["participants"] == ["Nickelodeon"]
    text = "In 2003 Orme Games launched Tarn Quest, a role-playing game."
    assert roles(text, "launched")["participants"] == []


def test_who_after_a_person_of_a_kin_group_is_the_person():
    text = "Juan Orme is a member of the Tarvian royal family who reigned as King of Tarvia from 1975 until 2014."
    assert roles(text, "reigned")["actors"] == ["Juan Orme"]
    text = "Ali Orme was the ninth sultan of the Lusk dynasty who ruled Tarvia between 1293 and 1294."
    assert roles(text, "ruled")["actors"] == ["Ali Orme"]
    text = "In 1920 Ali Orme joined the Tarn Bank, which the Lusk family had owned since 1880."  # no person noun: as before
    assert "Ali Orme" not in roles(text, "owned")["actors"]
