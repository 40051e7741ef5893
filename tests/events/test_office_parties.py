"""News parties named by an office, a mission, a request or a counted people (issue 31, news19):
invented sentences of the shapes the blind news audit's judges marked (regression tests, not
evidence)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_an_office_named_by_a_nationality_acts_for_its_state():
    assert roles("The Syrian foreign minister said on Monday that talks would resume.", "said")["actors"] == ["Syria"]
    got = roles("The French ambassador told reporters in Cairo on Monday that the deal was off.", "told")
    assert got["actors"] == ["France"] and "Egypt" not in got["actors"]


def test_an_office_of_a_city_or_state_acts_for_it():
    assert roles("The mayor of Chicago announced the closure on Monday.", "announced")["actors"] == ["Chicago"]
    assert roles("Iraqi officials said on Monday that the border would open.", "said")["actors"] == ["Iraq"]


def test_the_office_holder_named_nearby_acts_not_the_state():
    text = "Foreign Minister Farouk al-Sharaa arrived in Paris. On Monday the Syrian foreign minister said talks would resume."
    assert roles(text, "said")["actors"] == ["Farouk al-Sharaa"]
    got = roles("The Soviet foreign minister, Eduard Shevardnadze, said on Monday that talks would resume.", "said")
    assert got["actors"] == ["Eduard Shevardnadze"]


def test_what_an_office_holder_does_as_a_person_is_no_act_of_the_state():
    assert roles("The mayor of Chicago resigned on Monday.", "resigned")["actors"] == []
    assert roles("A French official said on Monday that the deal was off.", "said")["actors"] == []


def test_an_attack_on_a_states_embassy_is_done_to_that_state():
    got = roles("The car bomb attack at the U.S. embassy in Nairobi killed 253 people.", "attack")
    assert got["participants"] == ["United States"] and got["places"] == ["Nairobi"]
    got = roles("Clinton condemned the bombings of the U.S. embassies in Kenya and Tanzania on Thursday.", "bombings")
    assert got["participants"] == ["United States"]
    assert roles("The U.S. embassy said on Monday that the deal was off.", "said")["actors"] == ["United States"]


def test_an_attack_at_a_place_names_no_party():
    got = roles("The bomb attack at the market in Nairobi killed 20 people.", "attack")
    assert got["participants"] == []


def test_who_a_request_comes_from_and_whom_it_is_made_for_take_part():
    got = roles("Lawyers filed a petition on behalf of Lazaro Orme on Friday.", "filed")
    assert got["participants"] == ["Lazaro Orme"]
    got = roles("The department is considering a request from the boy's father, Juan Miguel Orme.", "considering")
    assert got["participants"] == ["Juan Miguel Orme"]


def test_people_of_a_nationality_counted_out_are_no_state():
    assert roles("Twelve Americans were killed in the bombing on Monday.", "killed")["participants"] == []
    assert roles("Five Iraqis were deported on Monday.", "deported")["participants"] == []


def test_where_goods_are_shipped_is_a_place_not_a_party():
    got = roles("The grain was shipped to Egypt on Monday.", "shipped")
    assert got["participants"] == [] and got["places"] == ["Egypt"]
    got = roles("Japan banned imports from China on Monday.", "banned")
    assert "China" not in got["participants"]
    # a recipient of what is sold stays a party
    got = roles("Texaco Inc. agreed to sell its refinery to Shell Oil Co. on Monday.", "sell")
    assert got["participants"] == ["Shell Oil Co."]


def test_the_company_named_before_acts_through_its_descriptions_and_pronouns():
    text = "Campeau Corp. said Tuesday it would close the plant. The company approved the plan Friday."
    assert roles(text, "approved")["actors"] == ["Campeau Corp."]
    assert roles(text, "close")["actors"] == ["Campeau Corp."]
    assert roles("Campeau Corp. reported a loss. Its recapitalization was completed in May.",
                 "recapitalization")["actors"] == ["Campeau Corp."]


def test_a_takeover_names_its_target_and_a_sale_its_buyer():
    got = roles("Texaco Inc. launched a tender offer for Getty Oil Co. on Monday.", "offer")
    assert got["actors"] == ["Texaco Inc."] and got["participants"] == ["Getty Oil Co."]
    got = roles("Texaco Inc. completed the sale of its stake to Kohlberg Investors on Monday.", "sale")
    assert got["actors"] == ["Texaco Inc."] and got["participants"] == ["Kohlberg Investors"]


def test_an_attack_near_an_embassy_named_by_nationality_is_done_to_its_state():
    got = roles("A car bomb explosion near the American embassy in Dar es Salaam killed four people.", "explosion")
    assert got["participants"] == ["United States"]


def test_a_person_named_after_a_town_in_apposition_to_a_noun_is_no_region():
    text = ("The department is still considering a request from the boy's father in Cuba, Juan Miguel Orme, "
            "to have the custody shifted.")
    got = roles(text, "considering")
    assert got["participants"] == ["Juan Miguel Orme"] and got["places"] == ["Cuba"]


def test_an_office_holder_met_takes_part_for_the_state():
    got = roles("The Israeli prime minister met the Syrian foreign minister in Geneva on Monday.", "met")
    assert got["actors"] == ["Israel"] and got["participants"] == ["Syria"] and got["places"] == ["Geneva"]


def test_a_states_police_is_no_office_that_makes_the_state_act():
    # the police acts as a body of its own (pipeline.events.state_police), not as the state Kenya
    assert roles("Kenyan police arrested two suspects on Friday.", "arrested")["actors"] == ["Kenya Police"]


def test_an_officer_of_a_body_speaks_for_it():
    assert roles("The chairman of Texaco Inc. said on Friday that the deal was off.", "said")["actors"] == ["Texaco Inc."]
    assert roles("The chairman of Texaco Inc. resigned on Friday.", "resigned")["actors"] == []


def test_the_owner_of_what_is_sold_sells_it_to_the_one_it_goes_to():
    got = roles("Campeau Corp. agreed to the sale of its stake to Edward DeBartolo on Monday.", "sale")
    assert got["actors"] == ["Campeau Corp."] and got["participants"] == ["Edward DeBartolo"]
    got = roles("Campeau Corp. reported a loss. The sale of its stake to Edward DeBartolo was completed in May.", "sale")
    assert got["actors"] == ["Campeau Corp."] and got["participants"] == ["Edward DeBartolo"]
    # a seller named on the noun itself stays the seller
    got = roles("Orme Ltd.'s sale of the Lusk plant to Edward DeBartolo was completed in May.", "sale")
    assert got["actors"] == ["Orme Ltd."]


def test_an_embassy_inside_an_attacks_subject_makes_no_state_act():
    got = roles("The bombings at U.S. embassies in Kenya and Tanzania wounded over 5,000 people.", "wounded")
    assert got["actors"] == []


def test_a_towns_or_states_full_name_on_an_embassy_says_where_it_is():
    got = roles("Twelve Americans were killed in the Kenya embassy bombing.", "bombing")
    assert "Kenya" not in got["participants"]
    got = roles("The bombings at the American Embassies in Kenya and Tanzania frightened travelers.", "bombings")
    assert got["participants"] == ["United States"]


def test_an_embassy_the_model_took_for_a_body_gives_way_to_its_state():
    got = roles("Two men were arrested in connection with the bombing of the U.S. Embassy in Nairobi.", "bombing")
    assert got["participants"] == ["United States"]


def test_where_a_person_named_with_an_age_is_from_is_no_party():
    text = "Anti-abortion activist James Kopp was named a suspect. Kopp, 44, of St. Albans, Vt., became the subject of a manhunt."
    assert roles(text, "became")["actors"] == ["James Kopp"]
    got = roles("James Kopp, 44, of St. Albans, Vt., was charged on Thursday.", "charged")
    assert got["participants"] == ["James Kopp"]


def test_a_states_office_named_by_its_possessor_is_the_states():
    # the other side of a meeting: the state whose minister was met
    got = roles("Ambassador Anna Delby met with Norway's trade minister on Wednesday.", "met")
    assert got["participants"] == ["Norway"]
    assert roles("Tarvia's foreign minister said on Monday that the talks had failed.", "said")["actors"] == ["Tarvia"]
    # the holder named in apposition acts himself; a pronoun's office is no state's
    assert roles("Tarvia's foreign minister, Jan Orme, said on Monday that the talks had failed.",
                 "said")["actors"] == ["Jan Orme"]
    assert roles("Jan Orme met with his envoy on Monday.", "met")["participants"] == []


def test_a_blast_through_a_states_embassy_is_done_to_that_state():
    got = roles("An explosion ripped through the French Embassy in Vell on Friday.", "ripped")
    assert got["participants"] == ["France"]
    assert roles("A blast wrecked the French embassy in Vell on Friday.", "wrecked")["participants"] == ["France"]
    # a building that is no mission: no state
    assert roles("A blast wrecked the market in Vell on Friday.", "wrecked")["participants"] == []
