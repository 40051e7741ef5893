"""Parties in the wrong role, or no parties at all (issue 31's judged news rows: places as actors, swapped
roles, the topics of a saying, price moves and disasters with actors). Invented sentences: regression
tests, not evidence (evaluation/wikievents.py and the events audit measure)."""

import spacy
from spacy.tokens import Doc

from pipeline import label_roles
from pipeline.events.non_parties import is_common_word_opening


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_price_move_has_no_actor_and_the_firm_whose_stock_moved_takes_part():
    for text in ("Shares of Tarnex Inc. fell 50 cents to $21 on Monday.",
                 "Tarnex Inc. fell 50 cents to $21 on Monday in heavy trading.",
                 "Tarnex's stock rose 2% on Tuesday."):
        r = roles(text, "fell" if "fell" in text else "rose")
        assert r["actors"] == [] and r["participants"] and r["participants"][0].startswith("Tarnex"), text
    r = roles("The Dow Jones Industrial Average fell 20 points on Friday.", "fell")
    assert r["actors"] == [] and r["participants"] == []
    # A firm that acts on something is no price move: it acts.
    assert roles("On 4 May Tarnex Inc. closed its plant in Lusk.", "closed")["actors"] == ["Tarnex Inc."]
    assert roles("On Tuesday Tarnex Inc. increased its dividend by 10%.", "increased")["actors"] == ["Tarnex Inc."]


def test_who_received_a_loan_takes_part_and_the_lender_acts():
    r = roles("Orme Corp. received a $40 million loan from Harlow Bank on Monday.", "received")
    assert r["actors"] == ["Harlow Bank"] and r["participants"] == ["Orme Corp."]
    r = roles("On Monday Tarnex Inc. got an extension from its lenders.", "got")
    assert r["actors"] == [] and r["participants"] == ["Tarnex Inc."]
    # A degree or a prize is no thing given in business: the graduate stays the actor (as judged on Wikipedia).
    r = roles("In 1950 Tom Orme received his doctorate from Lusk University.", "received")
    assert r["actors"] == ["Tom Orme"]


def test_an_offer_from_someone_is_theirs_and_its_target_takes_part():
    r = roles("On Monday Tarnex Inc. received an offer from Orme Corp.", "offer")
    assert r["actors"] == ["Orme Corp."] and r["participants"] == ["Tarnex Inc."]
    r = roles("On Monday Tarnex Inc. rejected a bid from Orme Corp.", "rejected")
    assert r["actors"] == ["Tarnex Inc."] and r["participants"] == ["Orme Corp."]


def test_a_disaster_has_no_actor_and_the_place_it_struck_is_where():
    r = roles("On 2 May an earthquake struck California, killing four people.", "struck")
    assert r["actors"] == [] and r["participants"] == [] and r["places"] == ["California"]
    r = roles("On 3 May Hurricane Tessa struck Georgia, killing four.", "struck")
    assert r["actors"] == [] and "Georgia" not in r["participants"]


def test_a_place_named_on_the_thing_a_happening_is_about_is_where():
    r = roles("On 3 May the Alabama clinic bombing killed a guard.", "bombing")
    assert r["actors"] == [] and r["places"] == ["Alabama"]


def test_the_topics_of_a_saying_are_no_parties_of_it():
    r = roles("Orme Corp. said Tuesday that Tarnex Inc. and the state of Vell had agreed to new terms.", "said")
    assert r["actors"] == ["Orme Corp."] and r["participants"] == []


def test_a_speaker_set_inside_another_clause_is_no_party_of_that_clause():
    for text in ("The plan, said Tom Orme, the director of the Lusk office, is meant to spotlight the vote.",
                 "The plan, Tom Orme said, is meant to spotlight the vote."):
        assert roles(text, "spotlight")["actors"] == [], text
    assert roles("The plan, Tom Orme said, is meant to spotlight the vote.", "said")["actors"] == ["Tom Orme"]


def test_a_capitalised_common_noun_opening_a_sentence_is_no_name():
    assert roles("Kidnappers seized two engineers on 4 May in Vell.", "seized")["actors"] == []
    assert roles("Democrats won the vote on 4 May.", "won")["actors"] == ["Democrats"]
    # a capital inside the word marks a name, however the tagger reads it
    for word, common in (("Kidnappers", True), ("TarnCon", False)):
        doc = Doc(spacy.blank("en").vocab, words=[word, "met", "."], tags=["NNS", "VBD", "."],
                  sent_starts=[True, False, False])
        assert is_common_word_opening(doc[0:1]) is common


def test_the_town_a_business_is_of_is_no_party():
    r = roles("Orme Inc. of Dayton and Tarnex Corp. agreed to merge on Monday.", "agreed")
    assert "Dayton" not in r["actors"] + r["participants"]


def test_she_is_the_woman_the_document_describes_not_the_nearer_man():
    for text in ("Peter Orme met the actress Anna Lee in 1990. On 4 July 1995 she resigned.",
                 "Peter Orme met Anna Lee, a spokeswoman for the firm, in 1990. On 4 July 1995 she resigned."):
        assert roles(text, "resigned")["actors"] == ["Anna Lee"], text
    # "he" keeps the main subject: a person the document says nothing of is no evidence either way.
    text = "Tom Orme met Peter Vane, the son of a miner, in 1990. On 4 July 1995 he resigned."
    assert roles(text, "resigned")["actors"] == ["Tom Orme"]


def test_a_place_on_a_happening_held_there_or_on_a_site_is_where():
    r = roles("On 4 July 1990 the Denver concert drew 40,000 fans.", "concert")
    assert r["actors"] == [] and r["places"] == ["Denver"]
    r = roles("A fire destroyed the Denver warehouse on 2 May.", "destroyed")
    assert r["participants"] == [] and r["places"] == ["Denver"]
    r = roles("On 2 May Ohio suffered its worst flood in a century.", "suffered")
    assert r["actors"] == [] and r["participants"] == []


def test_a_groups_base_is_no_party():
    r = roles("On 3 May the Kandahar-based rebels attacked the convoy.", "attacked")
    assert "Kandahar" not in r["actors"] + r["participants"]


def test_who_won_an_extension_takes_part():
    r = roles("On Monday Texaco won an extension from the court.", "won")
    assert r["actors"] == [] and r["participants"] == ["Texaco"]


def test_a_speaker_keeps_what_a_clause_on_him_tells_and_an_instrument_locates_nothing():
    text = "The plan will fail, said Tom Orme, a banker who left Lusk in 1962."
    assert roles(text, "left")["actors"] == ["Tom Orme"]
    text = "Anna Lee, a lawyer for the family, said Tom Orme's assumptions were wrong."
    assert roles(text, "assumptions")["actors"] == ["Tom Orme"]
    text = "On 20 August 1998 U.S. missile attacks hit sites in Sudan."
    assert roles(text, "attacks")["actors"] == ["United States"]


def test_a_states_name_on_a_site_says_whose_not_where():
    text = "On 7 August 1998 a blast damaged the U.S. embassy in Nairobi."
    assert "United States" in roles(text, "damaged")["participants"]


def test_the_state_whose_press_reports_is_no_party():
    text = "Kenya's national newspapers reported on Friday that two suspects were arrested."
    assert roles(text, "reported")["actors"] == []
    text = "Kenya's government said on Friday that two suspects were arrested."
    assert roles(text, "said")["actors"] == ["Kenya"]


def test_a_document_or_a_law_named_as_subject_is_no_actor():
    r = roles("The Lusk Treaty created the Tarvian League in 1949.", "created")
    assert r["actors"] == [] and "Lusk Treaty" not in r["participants"]
    r = roles("In 1849, the Vell Treaty, which created the Orme Union, was signed.", "created")
    assert r["actors"] == []
    # A body acts, though the law it passed is named in the sentence.
    r = roles("In 1833 the Tarvian Parliament passed the Lusk Act.", "passed")
    assert r["actors"] == ["Tarvian Parliament"]


def test_a_craft_that_crashed_is_no_actor():
    r = roles("In 1994 the Boeing crashed near Lusk.", "crashed")
    assert r["actors"] == [] and r["places"] == ["Lusk"]
    assert roles("In 1994 Tom Orme crashed at Lusk.", "crashed")["actors"] == ["Tom Orme"]


def test_a_named_groups_plural_is_no_states_demonym():
    from pipeline.events.demonyms import state_of_demonym
    assert state_of_demonym("Greens", ["Greece", "Greenland"]) is None
    assert state_of_demonym("Liberals", ["Liberia"]) is None
    assert state_of_demonym("Bolsheviks", ["Bolivia"]) is None
    assert state_of_demonym("Greeks", ["Greece"]) == "Greece"
    assert state_of_demonym("Germans", ["Germany"]) == "Germany"
    assert state_of_demonym("Serbs", ["Serbia"]) == "Serbia"
    assert state_of_demonym("Israelis", ["Israel"]) == "Israel"
    assert state_of_demonym("Danes", []) == "Denmark"
    r = roles("In 1850 the Greens defeated Greece in the war.", "defeated")
    assert r["actors"] == ["Greens"]


def test_he_after_a_critic_named_the_articles_subject_is_the_subject():
    text = ("Tom Lusk\n\nTom Lusk was a Tarvian painter. Sam Orme called Lusk \"a hero of the critics.\" "
            "He was nominated for the Vell Prize in 1941 and won the Orme Medal in 1974.")
    assert roles(text, "won")["actors"] == ["Tom Lusk"]
    # The man met is not "he" either way, and a critic who acted on no one stays in view.
    text = "Tom Lusk\n\nTom Lusk was a Tarvian painter. Sam Orme met Ann Vell in 1960. He won the Orme Medal in 1974."
    assert roles(text, "won")["actors"] == ["Sam Orme"]
    # A short lead names its subject too seldom to count: the person its first sentence defines is the subject.
    text = "Tom Lusk was a Tarvian painter. Sam Orme called Lusk \"a hero.\" He won the Orme Medal in 1974."
    assert roles(text, "won")["actors"] == ["Tom Lusk"]
