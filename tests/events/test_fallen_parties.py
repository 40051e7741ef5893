"""A fall to a side (issue 31, pipeline.events.fallen_parties): invented sentences, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_what_fell_to_a_side_under_a_leader_was_taken_by_both():
    r = roles("In 1453 Constantinople fell to the Ottomans under Mehmed II.", "fell")
    assert r["actors"] == ["Ottoman Empire", "Mehmed II"] and r["participants"] == ["Constantinople"]
    r = roles("In 1187 Jerusalem fell to the Ayyubids under Saladin.", "fell")
    assert "Jerusalem" not in r["actors"] and "Jerusalem" in r["participants"] and "Saladin" in r["actors"]


def test_a_fall_to_no_side_keeps_its_roles():
    # a price falling to an amount, an army falling back: no side took anything
    assert roles("On 3 May shares of General Motors fell to $40.", "fell")["actors"] == []
    r = roles("In 1702 the Tarvian army under General Orme fell back to the river.", "fell")
    assert "Orme" not in " ".join(r["participants"])


def test_a_subject_with_companions_in_an_aside_acts_with_them():
    # the parser reads "In 1805 Austria" as a place of the date; the aside's parties act too
    for text in ("In 1805 Austria, together with Russia, attacked France.",
                 "In 1805 Austria, along with Russia, attacked France."):
        r = roles(text, "attacked")
        assert r["actors"] == ["Austria", "Russia"] and r["participants"] == ["France"] and r["places"] == []
    r = roles("Sweden, along with Denmark and Poland, invaded Saxony in 1702.", "invaded")
    assert set(r["actors"]) == {"Sweden", "Denmark", "Poland"}


def test_a_companion_after_the_verb_is_no_co_actor():
    r = roles("In 1702 Sweden fought along with Denmark against Russia.", "fought")
    assert "Denmark" not in r["actors"]


def test_a_verb_that_brings_its_object_to_bear_on_a_party_makes_it_a_participant():
    r = roles("In 1990 the United States put pressure on Japan to open its markets.", "pressure")
    assert r["actors"] == ["United States"] and r["participants"] == ["Japan"]
    r = roles("On 6 August 1990 the United Nations imposed sanctions on Iraq.", "sanctions")
    assert r["actors"] == ["United Nations"] and r["participants"] == ["Iraq"]


def test_the_firm_whose_shares_peaked_or_doubled_is_no_actor():
    r = roles("Chrysler Corp.'s shares peaked in the early 1980s.", "peaked")
    assert r["actors"] == [] and r["participants"] == ["Chrysler Corp."]
    assert roles("Shares of General Motors doubled in 1988.", "doubled")["actors"] == []
    # a firm that doubles something acts
    assert roles("In 1988 General Motors doubled its output.", "doubled")["actors"] == ["General Motors"]


def test_the_side_a_land_was_lost_to_took_it_a_passive_loss_and_a_noun_loss_alike():
    assert roles("Orm was lost to the Tarvians in 1453.", "lost")["actors"] == ["Tarvians"]
    r = roles("After its loss to Tarvia in 1453, the town was renamed.", "loss")
    assert r["actors"] == ["Tarvia"]
    # an active loss keeps its loser as the actor; a loss to an amount names no side
    assert roles("Venice lost Crete to the Ottomans in 1669.", "lost")["actors"] == ["Venice"]
    assert roles("The firm's loss to $5 million in 2004 was large.", "loss")["actors"] == []
