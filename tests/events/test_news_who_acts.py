"""Actors and parties of news rows (issue "who did it", news): one test per shape of the measured
misses, invented sentences, asserting on the roles the events code gives."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_business_described_by_its_home_town_and_trade_acts():
    text = ("Vell Services Inc. declared a stock split. "
            "The Wilmington, Mass., garment service company also boosted its dividend 20%.")
    assert roles(text, "boosted")["actors"] == ["Vell Services Inc."]
    text = "Orm Products Inc. cut its dividend. The Kearny, N.J.-based maker of hair accessories said it had a loss."
    r = roles(text, "said")
    assert r["actors"] == ["Orm Products Inc."] and "Kearny" not in r["participants"]
    text = ("Tarn Airlines Inc. earnings rose 33%. The Atlanta-based airline, the third largest in the U.S., "
            "attributed the increase to higher traffic.")
    assert roles(text, "attributed")["actors"] == ["Tarn Airlines Inc."]


def test_a_town_described_business_is_the_one_named_with_that_town():
    text = ("Lusk Corp., based in Kirkland, Wash., made a bid for Vell Inc. on Monday. Tarn Corp. agreed to buy "
            "Vell Inc. for more. In response to Tarn Corp.'s amended pact, the Kirkland, Wash., company extended "
            "its own offer.")
    assert roles(text, "extended")["actors"] == ["Lusk Corp."]


def test_a_town_described_business_beside_another_named_one_stays_empty():
    # the trade words alone, with no home town, could be another firm
    text = "Vell Services Inc. declared a stock split. The garment service company also boosted its dividend 20%."
    assert roles(text, "boosted")["actors"] == []


def test_a_quoted_stock_move_has_no_actor():
    r = roles("In New York Stock Exchange trading Friday, Orm closed at $19.50, down 25 cents.", "closed")
    assert r["actors"] == [] and r["participants"] == ["Orm"]
    assert roles("Vell Inc. said sales rose. McCaw fell $2.50 a share to $37.75.", "fell")["actors"] == []
    # a firm's short name, whatever the model tags it, with a price and a change quoted
    assert roles("Tarnica closed at $28.25, down 50 cents.", "closed")["actors"] == []
    r = roles("The Lusk Times 100-share index shed 47.3 points to close at 2082.1.", "shed")
    assert r["actors"] == [] and r["participants"] == []
    # a firm shedding jobs or closing a plant acts
    assert roles("Orm Corp. shed 500 jobs last year.", "shed")["actors"] == ["Orm Corp."]
    assert roles("Orm Corp. closed the plant at Lusk.", "closed")["actors"] == ["Orm Corp."]


def test_who_suffers_does_not_act():
    r = roles("Mexico and Colombia have suffered from a rash of kidnappings.", "suffered")
    assert r["actors"] == [] and set(r["participants"]) == {"Mexico", "Colombia"}


def test_a_legal_form_ends_a_business_name_before_its_country():
    assert roles("Reiss & Co. B.V. of the Netherlands filed a request with the court.", "filed")["actors"] == \
        ["Reiss & Co. B.V."]
    assert roles("The Bank of Tarvia filed a request with the court.", "filed")["actors"] == ["Bank of Tarvia"]


def test_a_titled_ruler_of_a_realm_is_not_his_namesake():
    text = "Tarik Orsu met reporters in Lusk. King Orsu of Lusk arrived in Washington on Monday."
    r = roles(text, "arrived")
    assert r["actors"] == ["King Orsu of Lusk"]
    text = "Saddam Hussein invaded Kuwait. Also today, King Hussein of Jordan arrived in Washington."
    assert roles(text, "arrived")["actors"] == ["King Hussein of Jordan"]


def test_the_speaker_gives_the_speech_or_news_conference():
    text = "In a speech delivered at the Pentagon, Bush seemed to suggest that the war would end."
    assert roles(text, "speech")["actors"] == ["Bush"]
    text = "Sales rose 5%, said David Orm, Vell's vice president, at a news conference yesterday."
    assert roles(text, "conference")["actors"] == ["David Orm"]
    # someone else's speech, and a conference of states, are not the subject's
    assert roles("In Lusk's speech, Bush heard nothing new.", "speech")["actors"] != ["Bush"]
    assert roles("At a conference in Vell, Tarvia signed the pact.", "conference")["actors"] == []


def test_an_organisation_the_model_missed_acts():
    # initials the model took for a common noun
    assert roles("The police in Lusk said the RUC have offered an opinion on the matter.", "offered")["actors"] == ["RUC"]
    assert roles("The CEO said sales rose.", "said")["actors"] == []
    assert roles("Traders said that the DAX dropped Friday on a lack of buying.", "dropped")["actors"] == []
    assert roles("Roadside IED kills Tarvian major general in Lusk", "kills")["actors"] == []  # a thing
    # a business's short name opening a sentence, after its full name
    text = ("Savin Corp. reported a third-quarter net loss.\n\nRevenue declined 8%. "
            "Savin cited a general softening in the demand for products in which Savin competes.")
    assert roles(text, "cited")["actors"] == ["Savin Corp."]
    # a court written in lower case, with its circuit
    text = "Now the ninth US circuit court of appeals has ruled that the original appeal was flawed."
    assert roles(text, "ruled")["actors"] == ["Ninth US Circuit Court of Appeals"]
    assert roles("The court ruled that the appeal was flawed.", "ruled")["actors"] == []


def test_it_of_a_description_that_says_where_its_business_is_based():
    text = ("Orm Products Inc. cut its quarterly dividend. The reduced dividend is payable Jan. 2 to stock of record. "
            "The Kearny, N.J.-based maker of hair accessories said it cut the dividend due to its loss.")
    assert roles(text, "cut", 1)["actors"] == ["Orm Products Inc."]
