"""Who did it where news names the doer by a description (issue 31, news agents): one test per shape,
invented sentences, asserting on the roles the events code gives (pipeline.label_roles)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_business_named_once_and_then_only_described_is_the_company():
    text = ("Orvel Savings Inc. reported a loss. The Lusk thrift holding company said it lost $9 million. "
            "Orvel earned $1 million a year ago. The plan is meant to raise the company's capital ratio. "
            "It includes a sale of stock. During the quarter, the company charged $46 million against earnings.")
    assert roles(text, "charged")["actors"] == ["Orvel Savings Inc."]


def test_a_gap_of_other_talk_breaks_the_chain_of_descriptions():
    text = ("Orvel Savings Inc. reported a loss. The company said it lost $9 million. Rain fell for a week. "
            "The river rose. Roads closed. Schools shut. The company charged $46 million against earnings.")
    assert roles(text, "charged")["actors"] == []


def test_the_states_leader_is_the_one_person_named_as_its_ruler():
    text = ("Tarvian President Fidel Orm rejected the demand on Monday. Lusk welcomed it. "
            "The Tarvian leader announced on Tuesday that he will withdraw the inspectors.")
    assert roles(text, "announced")["actors"] == ["Fidel Orm"]
    text = ("President Fidel Orm of Tarvia met the envoys on Friday. "
            "The Tarvian leader first raised those worries on Sunday night.")
    assert roles(text, "raised")["actors"] == ["Fidel Orm"]
    text = "Tarvia's Fidel Orm met the envoys on Friday. The Tarvian strongman raised those worries on Sunday."
    assert roles(text, "raised")["actors"] == ["Fidel Orm"]
    text = "Tarvian leader Fidel Orm met the envoys on Friday. The Tarvian president raised those worries on Sunday."
    assert roles(text, "raised")["actors"] == ["Fidel Orm"]


def test_a_states_leader_in_doubt_stays_unnamed():
    # a minister is no ruler; two rulers of the state; another kind of leader
    for text in ("Tarvian Foreign Minister Jan Orm met the envoys on Friday. The Tarvian leader raised those worries on Sunday.",
                 "Tarvian President Fidel Orm and Tarvian President Jan Vell met on Friday. "
                 "The Tarvian leader raised those worries on Sunday.",
                 "President Fidel Orm of Tarvia met the envoys on Friday. "
                 "The Tarvian opposition leader raised those worries on Sunday."):
        assert "Fidel Orm" not in roles(text, "raised")["actors"] and "Jan Orm" not in roles(text, "raised")["actors"]


def test_she_after_a_woman_named_by_a_noun_is_not_the_speaker():
    text = ("Calling the mother of Jan Vell an excellent girl, President Fidel Orm said Friday she had been "
            "kidnapped by the boyfriend in 1996.")
    found = roles(text, "kidnapped")
    assert "Fidel Orm" not in found["actors"] + found["participants"]


def test_a_name_on_two_states_titles_is_no_ruler_for_sure():
    # "King Orsu of Jordan" and "Iraq's Saddam Orsu": the one surname folded two namesakes together
    text = ("Iraq's Saddam Orsu invaded Vell on Monday. King Orsu of Jordan flew to Baghdad on Tuesday. "
            "The Jordanian monarch met this week with Orsu.")
    assert "Saddam Orsu" not in roles(text, "met")["actors"]


def test_the_alliance_is_the_alliance_the_document_names():
    text = ("The North Atlantic Treaty Organization met in Vell. In July 1997, at a summit in Vell, "
            "the alliance announced it would accept Tarvia.")
    assert roles(text, "announced")["actors"] == ["North Atlantic Treaty Organization"]
    text = "Lusk joined the NATO alliance on Monday. On Tuesday the Western alliance announced it would accept Tarvia."
    assert roles(text, "announced")["actors"] == ["NATO"]


def test_an_alliance_in_doubt_stays_empty():
    # two alliances named as often; an alliance of others
    text = ("The Warsaw Pact met the North Atlantic Treaty Organization on Monday. On Tuesday the alliance "
            "announced it would accept Tarvia.")
    assert "North Atlantic Treaty Organization" not in roles(text, "announced")["actors"]
    text = ("The North Atlantic Treaty Organization met on Monday. On Tuesday the alliance of Lusk and Orm "
            "announced it would accept Tarvia.")
    assert "North Atlantic Treaty Organization" not in roles(text, "announced")["actors"]


def test_who_speaks_or_decides_at_a_visit_meeting_or_debate_takes_part_in_it():
    text = "In Sunday's debate against Vacco, Spitzer attacked him."
    found = roles(text, "debate")
    assert found["actors"] == ["Spitzer"] and "Vacco" in found["participants"]
    text = "After a two-hour meeting with Jan Orme on Friday, President George Bush said he had no hope."
    assert roles(text, "meeting")["actors"] == ["George Bush"]
    text = "NATO decided at last year's Madrid summit to invite the three countries."
    assert roles(text, "summit")["actors"] == ["NATO"]


def test_an_occasion_held_by_others_has_no_actor_from_the_framing_verb():
    text = "Police arrested Jan Orme at the meeting on Friday."
    assert roles(text, "meeting")["actors"] == []
    text = "Jan Orme said on Friday at a meeting of the Vell Corp. shareholders that the plan was dead."
    assert "Jan Orme" not in roles(text, "meeting")["actors"]


def test_a_states_police_is_one_party_and_the_they_it_says():
    text = "Tanzanian police said on Tuesday they had arrested 14 foreigners."
    assert roles(text, "said")["actors"] == ["Tanzania Police"]
    assert roles(text, "arrested")["actors"] == ["Tanzania Police"]


def test_a_police_of_no_state_or_of_one_kind_is_no_party():
    for text in ("Local police arrested 14 foreigners on Tuesday.",
                 "Tanzanian riot police arrested 14 foreigners on Tuesday."):
        assert roles(text, "arrested")["actors"] == []


def test_the_state_police_is_an_organisation_of_its_state():
    from pipeline.stories.parties import _Party

    row = _Party("Tanzania Police").row()
    assert (row["kind"], row["state"]) == ("organisation", "Tanzania")
