"""Parties of business and government news in shapes the general role reader missed (issue 31,
market16): a holding "in" a business, a clearance to act, a body acting through its officials.
Invented sentences (regression tests, not evidence)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_business_a_stake_is_held_in_takes_part_in_the_deal():
    got = roles("Brenton Industries bought a 20% stake in Calder Foods Inc. on Monday.", "bought")
    assert got["actors"] == ["Brenton Industries"]
    assert got["participants"] == ["Calder Foods Inc."]


def test_a_holding_noun_as_the_happening_names_its_business():
    got = roles("Delmar Corp. said its stake in Calder Foods Inc. rose to 12%.", "stake")
    assert "Calder Foods Inc." in got["participants"]


def test_a_stake_in_an_unnamed_business_adds_no_party():
    got = roles("Brenton Industries bought a stake in the company.", "bought")
    assert got["actors"] == ["Brenton Industries"] and got["participants"] == []


def test_the_one_a_regulator_clears_does_what_it_is_cleared_to_do():
    got = roles("Regulators cleared Harlow Savings Bank to acquire Calder Foods Inc.", "acquire")
    assert got["actors"] == ["Harlow Savings Bank"]
    assert got["participants"] == ["Calder Foods Inc."]


def test_a_body_acts_through_those_who_speak_for_it():
    got = roles("The ambassadors of Tarvia and Ruritania issued a joint statement on Friday.", "issued")
    assert got["actors"] == ["Tarvia", "Ruritania"]
    got = roles("The foreign ministers of Tarvia and Ruritania signed the accord on Monday.", "signed")
    assert got["actors"] == ["Tarvia", "Ruritania"]
    got = roles("A spokesman of Delmar Corp. announced the closure.", "announced")
    assert got["actors"] == ["Delmar Corp."]


def test_officials_acted_on_do_not_make_their_body_a_party():
    # the officials were arrested; their employer did nothing and suffered nothing as a body
    got = roles("Officials of Delmar Corp. were arrested on Monday.", "arrested")
    assert got["actors"] == [] and "Delmar Corp." not in got["participants"]


def test_the_one_an_accusation_says_did_wrong_is_its_party():
    text = "Lawyers for the family raised accusations that Jan Orme had mistreated his son."
    assert roles(text, "accusations")["participants"] == ["Jan Orme"]
    got = roles("Delmar Corp. denied allegations that Brenton Industries had paid bribes.", "denied")
    assert got["actors"] == ["Delmar Corp."] and got["participants"] == ["Brenton Industries"]


def test_a_relative_clause_on_an_accusation_names_no_accused():
    # "that" is the clause's object here: Ruritania made the allegations, it is not accused in them
    got = roles("Tarvia rejected the allegations that Ruritania made on Monday.", "rejected")
    assert "Ruritania" not in got["participants"]


def test_the_person_named_to_a_post_is_a_party_where_the_parser_hangs_the_name_on_the_post():
    got = roles("Delmar Corp. named John Orme chief executive.", "named")
    assert got["actors"] == ["Delmar Corp."] and got["participants"] == ["John Orme"]


def test_the_business_whose_trading_is_halted_takes_part():
    got = roles("Trading in Delmar Corp. shares was halted on the New York Stock Exchange.", "halted")
    assert got["actors"] == [] and got["participants"] == ["Delmar Corp."]


def test_a_named_union_on_its_common_noun_is_the_party():
    got = roles("Delmar Corp. reached an agreement with the United Auto Workers union.", "reached")
    assert got["participants"] == ["United Auto Workers"]


def test_a_place_on_a_unit_is_no_party():
    got = roles("Delmar Corp. sold the plant to its Chicago unit.", "sold")
    assert got["participants"] == []


def test_who_brought_a_legal_action_is_the_other_side_of_settling_or_dismissing_it():
    text = "Delmar Corp. agreed to pay $5 million to settle charges brought by the Securities and Exchange Commission."
    got = roles(text, "settle")
    assert got["actors"] == ["Delmar Corp."] and got["participants"] == ["Securities and Exchange Commission"]
    got = roles("A judge dismissed a suit filed by Calder Foods Inc. against Delmar Corp.", "dismissed")
    assert set(got["participants"]) == {"Calder Foods Inc.", "Delmar Corp."}


def test_a_business_acts_through_its_board():
    got = roles("Delmar Corp. said its board approved a merger with Calder Foods Inc.", "approved")
    assert got["actors"] == ["Delmar Corp."] and got["participants"] == ["Calder Foods Inc."]


def test_a_state_abbreviation_on_a_force_stands_for_the_state():
    assert roles("U.S. troops entered the city on Monday.", "entered")["actors"] == ["United States"]
    got = roles("Noriega surrendered to U.S. troops on Wednesday.", "surrendered")
    assert got["actors"] == ["Noriega"] and got["participants"] == ["United States"]


def test_a_place_on_a_unit_that_is_no_force_is_no_actor():
    got = roles("Delmar Corp. said its Ohio plant closed on Monday.", "closed")
    assert "Ohio" not in got["actors"]


def test_who_travels_for_talks_is_a_side_of_them():
    got = roles("Arafat arrived in Cairo on Monday for talks with Mubarak.", "talks")
    assert got["actors"] == ["Arafat"] and got["participants"] == ["Mubarak"]



def test_the_business_a_sold_stake_is_in_takes_part_in_the_sale():
    got = roles("Delmar Corp. said the sale of its stake in Calder Foods Inc. to Brenton Industries was completed.", "sale")
    assert set(got["participants"]) >= {"Calder Foods Inc.", "Brenton Industries"}
