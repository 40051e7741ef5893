"""Parties a happening is done to, with or against that the rules left as a theme or dropped (issue "who
did it", part 1: every named party; :mod:`pipeline.events.acted_parties`). One test per shape of the
measured misses, invented sentences: regression tests, not evidence."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_people_ruled_as_their_kings_take_part():
    r = roles("The Vell family ruled as kings of the Lusks since 751.", "ruled")
    assert r["participants"] == ["Lusks"]


def test_the_party_of_a_standing_acted_on_takes_part():
    r = roles("In 1783 the Tarvian crown acknowledged the independence of the Thirteen Provinces.", "acknowledged")
    assert r["participants"] == ["Thirteen Provinces"]


def test_a_body_whose_members_are_acted_on_takes_part():
    r = roles("Many members of the Red League were tried for treason in 1925.", "tried")
    assert r["participants"] == ["Red League"]
    # one holder of a post acted on is no act on the body
    r = roles("In 1925 a local commander of the Red League was killed.", "killed")
    assert "Red League" not in r["participants"]


def test_an_untagged_people_or_company_acted_on_takes_part():
    r = roles("Under the new regime, ethnic Belastanis were persecuted by Norvania from 1928.", "persecuted")
    assert r["participants"] == ["ethnic Belastanis"]
    r = roles("John Vell quit Orm Inc. in March 1990.", "quit")
    assert r["actors"] == ["John Vell"] and r["participants"] == ["Orm Inc."]


def test_the_parties_of_ties_take_part_and_do_not_act():
    r = roles("Relations between Tarvia and Lusk improved in 1922.", "improved")
    assert r["actors"] == [] and r["participants"] == ["Tarvia", "Lusk"]


def test_the_two_countries_of_a_tie_are_the_pair_named_before_only_when_plain():
    text = "In 1930 Norvania and Belastan signed a trade agreement. The two countries' economic relationship dwindled in 1933."
    assert roles(text, "dwindled")["participants"] == ["Norvania", "Belastan"]
    text = "Tarvia signed a trade agreement with Lusk. The two countries' economic relationship dwindled in 1933."
    assert roles(text, "dwindled")["participants"] == []


def test_each_name_of_a_coordinated_object_list_is_its_own_party():
    r = roles("In 1400 it governed Crete, Orm, the Vell isles and several ports.", "governed")
    assert "Orm" in r["participants"] and "Crete" in r["participants"]
    assert not any("," in name for name in r["participants"])


def test_a_person_joined_by_a_participle_in_a_bracketed_list_takes_part():
    text = "In 1936 the minister launched talks with the new ambassadors (Tom Seeds, assisted by Will Strang, and Paul Naggar)."
    assert set(roles(text, "launched")["participants"]) == {"Tom Seeds", "Will Strang", "Paul Naggar"}


def test_the_other_state_of_a_dashed_agreement_denounced_takes_part():
    text = "In 1930 Norvania and Belastan signed a pact. In 1936 Norvania denounced the 1932 Norvanian-Belastani Pact."
    r = roles(text, "denounced")
    assert r["actors"] == ["Norvania"] and r["participants"] == ["Belastan"]


def test_the_collective_owning_a_force_asked_of_is_the_pair_named_before():
    text = "Tarvia and Lusk fought along the border. In 1938 Lusk requested a withdrawal of troops of both nations."
    r = roles(text, "requested")
    assert r["actors"] == ["Lusk"] and r["participants"] == ["Tarvia"]
    # the pair named last does not hold the one asking: "both nations" is in doubt, no party
    text = "Norvania and Belastan signed a pact in 1939. In 1940 Tarvia requested a withdrawal of troops of both nations."
    assert roles(text, "requested")["participants"] == []


def test_the_company_whose_shares_an_offer_is_for_takes_part():
    r = roles("Orm Corp. said on Tuesday it has offered $125 a share for a majority of Vell's shares.", "offered")
    assert r["actors"] == ["Orm Corp."] and r["participants"] == ["Vell"]
    text = "Dow Jones & Co. said it extended its $18-a-share offer for Tarsk Inc. common stock until Nov. 9."
    assert roles(text, "extended")["participants"] == ["Tarsk Inc."]


def test_the_company_whose_shares_one_offers_to_buy_takes_part():
    r = roles("Heritage Media Corp., New York, said it offered to buy the shares of POP Radio Corp.", "offered")
    assert r["participants"] == ["POP Radio Corp."]


def test_a_shared_prize_names_the_one_shared_with_though_the_model_reads_one_title():
    r = roles("Hayek shared the 1974 Nobel Memorial Prize in Economic Sciences with Gunnar Myrdal for work on money.", "shared")
    assert r["participants"] == ["Gunnar Myrdal"]


def test_the_offerer_of_an_offer_shares_are_tendered_under_takes_part():
    r = roles("Orm Corp. said on Friday that 90% of Vell's shares have been tendered under its offer.", "tendered")
    assert set(r["participants"]) == {"Vell", "Orm Corp."}


def test_a_fight_against_a_bid_has_both_sides():
    text = ("Tarsk Mixte said on Monday it would continue its fight against a hostile takeover bid launched last "
            "week by Lusk S.A.")
    assert roles(text, "fight")["participants"] == ["Lusk S.A."]
    r = roles(text, "bid")
    assert r["actors"] == ["Lusk S.A."] and r["participants"] == ["Tarsk Mixte"]


def test_a_town_acted_on_by_its_noun_is_where_no_party():
    r = roles("The Tarvian army captured the town of Orm in 1455.", "captured")
    assert "Orm" not in r["participants"] and "Orm" in r["places"]
    # an abbreviation or a market's index the model left untagged is no party
    r = roles("The university's emblem carries the motto Alma Mater Studiorum and the date A.D. 1088.", "carries")
    assert "A.D." not in r["participants"]
    r = roles("The old city of Orm was declared a World Heritage Site in 1988.", "declared")
    assert r["participants"] == []
