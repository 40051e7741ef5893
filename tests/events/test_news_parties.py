"""Parties in the shapes of news reports (issue 31, session 12: the failure kinds a blind audit of news
rows found): one test per shape, invented sentences (regression tests, not evidence)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_business_description_stands_for_the_business_named_just_before():
    text = "Harlow Savings Bank reported a loss of $12 million on Tuesday. The thrift said it would close four branches."
    assert roles(text, "said")["actors"] == ["Harlow Savings Bank"]
    text = "Orvis Mutual Insurance said on Monday that profits fell. The insurer blamed storm claims."
    assert roles(text, "blamed")["actors"] == ["Orvis Mutual Insurance"]
    text = "Delmar Corp. posted higher profits in March. The concern said sales rose 9 percent."
    assert roles(text, "said", 0)["actors"] == ["Delmar Corp."]


def test_of_two_businesses_the_one_that_acted_is_the_company():
    text = "Brenton Industries agreed to buy Calder Foods for $300 million. The company said the deal would close in May."
    assert roles(text, "said")["actors"] == ["Brenton Industries"]


def test_a_company_in_doubt_stays_empty():
    # two businesses acting together: "the company" could be either
    text = "Brenton Industries and Calder Foods signed a supply pact on Monday. The company said prices would rise."
    assert roles(text, "said")["actors"] == []
    # named too far back for a reader to carry it
    text = ("Brenton Industries opened a plant in May. Rain fell for a week. The river rose. Roads closed. "
            "The company said output would fall.")
    assert roles(text, "said")["actors"] == []


def test_an_exchange_or_a_regulator_is_no_business_a_description_means():
    text = ("Shares of Delmar Corp. fell on the Pacific Stock Exchange on Friday. "
            "The company said orders had slowed.")
    assert roles(text, "said", 0)["actors"] == ["Delmar Corp."]


def test_the_exchange_a_stock_trades_on_is_no_party():
    text = "Shares of Delmar Corp. rose 50 cents to $21 in trading on the Pacific Stock Exchange on Friday."
    r = roles(text, "rose")
    # a price move has no actor: the firm whose shares moved takes part, the exchange does not
    assert r["actors"] == [] and r["participants"] == ["Delmar Corp."]
    text = "Delmar Corp. closed at $21 on the Nasdaq on Friday."
    assert "Nasdaq" not in roles(text, "closed")["participants"]
    # the exchange acting is a party
    text = "The Pacific Stock Exchange suspended trading in Delmar Corp. on Friday."
    assert roles(text, "suspended")["actors"] == ["Pacific Stock Exchange"]


def test_the_business_bid_for_and_the_bidder_are_parties():
    text = "Delmar Corp. made a $40 million bid for Keston Laboratories Inc. on Monday."
    assert "Keston Laboratories Inc." in roles(text, "bid")["participants"]
    text = "Keston Laboratories Inc. rejected a takeover offer from Delmar Corp. on Monday."
    # the offer is the bidder's, never its target's
    r = roles(text, "offer")
    assert r["actors"] == ["Delmar Corp."] and "Keston Laboratories Inc." not in r["actors"]
    # a bid's price or its day is no party
    assert roles("Delmar Corp. raised its bid for the plant on Monday.", "bid")["participants"] == []


def test_a_bodys_head_noun_stands_for_the_body_just_named_with_it():
    text = "The Tarvian Justice Department opened an inquiry on Monday. The department said it would report in May."
    assert roles(text, "said")["actors"] == ["Tarvian Justice Department"]
    # two departments in view: in doubt nothing
    text = ("The Tarvian Justice Department and the Tarvian Labor Department met on Monday. "
            "The department said it would report in May.")
    assert roles(text, "said")["actors"] == []


def test_the_board_of_the_company_acts_for_the_business_named_before():
    text = "Brenton Industries posted a loss in May. The company's board approved the sale of the unit."
    assert roles(text, "approved")["actors"] == ["Brenton Industries"]
    text = "Brenton Industries posted a loss in May. The firm's directors approved the sale of the unit."
    assert roles(text, "approved")["actors"] == ["Brenton Industries"]
    # two businesses just named: whose board is in doubt
    text = "Brenton Industries and Calder Foods posted a loss. The company's board approved the sale of the unit."
    assert roles(text, "approved")["actors"] == []


def test_we_of_a_business_officer_is_the_business():
    text = "Anna Delby, the chairman of Brenton Industries, said we expect orders to slow."
    assert roles(text, "expect")["actors"] == ["Brenton Industries"]
    text = '"We will close two plants," said Brenton Industries chairman Anna Delby.'
    assert roles(text, "close")["actors"] == ["Brenton Industries"]
    # no post, or no officer's post: whose "we" is in doubt
    assert roles("Anna Delby said we expect orders to slow.", "expect")["actors"] == []
    text = "Anna Delby, an analyst at Brenton Industries, said we expect orders to slow."
    assert roles(text, "expect")["actors"] == []


def test_a_family_named_by_its_surname_is_one_party():
    assert roles("The Delby family sold its stake in Calder Foods last year.", "sold")["actors"] == ["Delby family"]
    assert roles("The Kell brothers bought Calder Foods in 1988.", "bought")["actors"] == ["Kell brothers"]
    assert roles("Calder Foods sold the unit to the Delby family in May.", "sold")["participants"] == ["Delby family"]
    # no name on the kin: no party
    assert roles("A farming family sold the land in May.", "sold")["actors"] == []


def test_the_other_side_of_a_meeting_is_a_party_even_untagged():
    assert roles("Annan met with Orme in Vell on Tuesday.", "met")["participants"] == ["Orme"]
    assert roles("Annan met with Orme and Kell at the Vell Hotel on Tuesday.", "met")["participants"] == ["Orme", "Kell"]
    # a common noun met with is no party
    assert roles("Annan met with reporters in Vell on Tuesday.", "met")["participants"] == []


def test_the_untagged_possessor_of_an_offer_makes_it():
    # opening the sentence too, where a bare capitalised word is no name
    got = roles("Orm's $40-a-share offer for Calder Foods expired on Friday.", "offer")
    assert got["actors"] == ["Orm"] and got["participants"] == ["Calder Foods"]
    assert roles("Monday's offer for Calder Foods expired.", "offer")["actors"] == []
    assert roles("Analysts said Orm's offer for Calder Foods was too low.", "offer")["actors"] == ["Orm"]
    got = roles("Shares rose after Orm's purchase of Calder Foods was completed.", "purchase")
    assert got["actors"] == ["Orm"] and got["participants"] == ["Calder Foods"]
