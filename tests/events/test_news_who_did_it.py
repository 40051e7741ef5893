"""Who did it in news prose (issue "who did it", news articles): one test per shape, invented
sentences, asserting on the roles the events code gives (regression tests, not evidence)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_who_signs_a_letter_of_intent_to_buy_is_the_buyer():
    text = ("Tarvia Pacific Corp. reported higher profit. "
            "Tarvia said it signed a letter of intent to buy Lusk Bancorp.")
    r = roles(text, "buy")
    assert r["actors"] == ["Tarvia Pacific Corp."] and r["participants"] == ["Lusk Bancorp"]
    assert roles("Orm Corp. reached an agreement to acquire Lusk Bancorp.", "acquire")["actors"] == ["Orm Corp."]


def test_who_rejects_an_offer_to_buy_is_no_buyer():
    assert roles("Orm Corp. rejected an offer to acquire Lusk Bancorp.", "acquire")["actors"] == []


def test_it_of_a_described_business_is_the_business():
    text = "Vell Airways reported a loss on Monday. Analysts were surprised. The airline said it would cut 500 jobs."
    assert roles(text, "cut")["actors"] == ["Vell Airways"]
    # two airlines before: "the airline" is in doubt, so is "it"
    text = "Vell Airways and Orm Air reported losses. The airline said it would cut 500 jobs."
    assert roles(text, "cut")["actors"] == []


def test_a_name_opening_a_sentence_with_a_relative_clause_acts():
    text = "Orm, which has three ships on order from Vell Marine, presented claims for $1.5 billion this week."
    assert roles(text, "presented")["actors"] == ["Orm"]


def test_who_was_involved_before_having_to_flee_flees():
    text = ("Jan Lusk, who had been involved in the search before having to flee the capital after a coup "
            "last year, said that the plane was found.")
    assert roles(text, "flee")["actors"] == ["Jan Lusk"]


def test_a_friend_of_someones_assassin_speaks_for_neither():
    text = "Taking the stand, a friend of Tarvia's assassin said Friday that he had bought the gun."
    assert roles(text, "said")["actors"] == []


def test_a_title_before_a_possessor_is_no_actor():
    text = "One of President Orme's sons has informed Chief of Staff Jan Lusk that he will resign."
    r = roles(text, "informed")
    assert r["actors"] == [] and r["participants"] == ["Jan Lusk"]


def test_the_state_an_ambassador_is_sent_to_does_not_speak():
    text = ("The U.S. ambassador to Poland, Dan Fried, who was then on the National Security Council, "
            "said Friday that he remembered it.")
    assert roles(text, "said")["actors"] == ["Dan Fried"]


def test_the_business_whose_stock_is_rated_takes_part():
    text = "Standard & Orm lowered the rating on Vell's stock and placed it on CreditWatch."
    assert "Vell" in roles(text, "lowered")["participants"]
    assert roles("Prices rose on Vell's stock market.", "rose")["participants"] == []


def test_the_parties_of_what_is_called_for_take_part():
    text = "Tarvia called for an emergency conference of the Organization of Lusk Exporters."
    assert roles(text, "called")["participants"] == ["Organization of Lusk Exporters"]


def test_the_business_that_says_its_man_resigned_is_the_body_he_left():
    r = roles("Tarn Foods Inc. said Mr. Orme resigned.", "resigned")
    assert r["participants"] == ["Tarn Foods Inc."]
    assert roles("Tarn Foods Inc. said Mr. Orme stepped up production.", "stepped")["participants"] == []


def test_a_passive_agent_acts():
    text = "The opinion was written by Justice Jan Orme and joined by Chief Justice Lusk."
    assert roles(text, "joined")["actors"] == ["Lusk"]


def test_who_wraps_up_a_meeting_held_it():
    r = roles("Jan Orme wrapped up a meeting with Jan Lusk on Monday.", "meeting")
    assert r["actors"] == ["Jan Orme"] and r["participants"] == ["Jan Lusk"]


def test_the_company_far_from_any_name_is_the_reports_own_business_where_plain():
    text = ("Tarnex Corp. said it would cut 300 jobs. Shares of Tarnex Corp. fell. Rain fell for a week. "
            "The river rose. Roads closed. The company said output would fall.")
    assert roles(text, "said", 1)["actors"] == ["Tarnex Corp."]


def test_a_short_name_opening_a_sentence_is_the_business_named_in_full():
    text = "Savin Corp. reported a loss of $35.2 million. Savin cited a general softening in the demand."
    assert roles(text, "cited")["actors"] == ["Savin Corp."]


def test_a_company_described_by_where_it_is_based_is_the_business_just_named():
    text = "Vell Systems Inc. posted a loss. The Menlo Park, Calif., company said net was $7.4 million."
    assert roles(text, "said")["actors"] == ["Vell Systems Inc."]
    # another business named first in its own sentence: the described one is told apart from it
    text = ("McCaw Corp. made a bid for LIN. In response to BellSouth's amended pact, "
            "the Kirkland, Wash., company extended its own offer.")
    assert roles(text, "extended")["actors"] == []
