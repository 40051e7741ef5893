"""Who did it, and what is no party (issue 31, blind judges' misses on real leads and news, as invented
sentences of the same shapes): places gone to are where, titles and posts are no part of a name, the
subject of a predicate noun's infinitive, a body of order placed in a town. Regression tests, not evidence."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_town_entered_left_or_gone_to_is_a_place():
    r = roles("On June 14, 1940, the Tarvian army entered Paris.", "entered")
    assert "Paris" in r["places"] and "Paris" not in r["participants"]
    r = roles("About 200 Americans left Kuwait City on March 3, 2001.", "left")
    assert "Kuwait City" in r["places"] and r["participants"] == []
    r = roles("On November 26, 1939, Tarvia staged the shelling of Mainila near the border.", "staged")
    assert "Mainila" in r["places"] and "Mainila" not in r["participants"]
    # a state the country lists know, entered by an army, stays a side
    assert roles("In 1979, Tarvian forces entered Afghanistan.", "entered")["participants"] == ["Afghanistan"]


def test_the_subject_of_a_predicate_nouns_infinitive_acts():
    r = roles("The Tarvian explorer Cal Orme was the first European to reach Newfoundland in 1524.", "reach")
    assert r["actors"] == ["Cal Orme"] and "Newfoundland" in r["places"]
    r = roles("In 1961 Anna Vell became the first woman to fly across the Orm Sea.", "fly")
    assert r["actors"] == ["Anna Vell"]


def test_titles_and_the_place_of_a_post_are_no_part_of_a_name():
    r = roles("On March 3, 1999, District Attorney Frank C. Orme charged the man.", "charged")
    assert r["actors"] == ["Frank C. Orme"]
    r = roles("In 1938, Tarvian trade representative in Lusk David Vell signed the accord.", "signed")
    assert r["actors"] == ["David Vell"]


def test_a_body_of_order_in_a_place_is_the_places():
    r = roles("On March 3, 2000, police in the Vell archipelago raided two homes.", "raided")
    assert r["actors"] == ["Vell archipelago"]


def test_a_name_tagged_a_person_in_a_things_place_is_no_party():
    r = roles("On March 3, 2000, the head of the Tarvian Bureau investigation in Lusk resigned.", "resigned")
    assert "Lusk" not in r["actors"] + r["participants"]


def test_the_side_passed_over_the_sponsor_and_an_agreements_parties_take_part():
    r = roles("In 1938, Lusk and Orm favoured the Vell Germans over Tarvia.", "favoured")
    assert "Tarvia" in r["participants"]
    r = roles("The league was established under the auspices of Tarvia in 1920.", "established")
    assert r["participants"] == ["Tarvia"]
    r = roles("The signing of a non-aggression pact between Tarvia, Norvania and Belastan on June 7, 1939 ended the "
              "crisis.", "signing")
    assert r["participants"] == ["Tarvia", "Norvania", "Belastan"]


def test_a_body_speaks_through_its_spokesman():
    text = ("The Orm Treaty Organization (OTO) decided on March 3, 1999 to act. On March 4, 1999, an official "
            "from the organization said the strikes would continue.")
    assert roles(text, "said")["actors"] == ["Orm Treaty Organization"]
    text = "On March 4, 1999, an official of the Orm Treaty Organization said the strikes would continue."
    assert roles(text, "said")["actors"] == ["Orm Treaty Organization"]
    # one holder of a post acted on is still no act of the body
    assert roles("On March 4, 1999, a local commander of the Red League was killed.", "killed")["participants"] == []


def test_a_states_paper_was_issued_by_the_state():
    assert roles("The Spanish warrant issued Monday, March 3, 2000 charged Cal Orme with fraud.", "issued")["actors"] == ["Spain"]
    r = roles("Tarvia is a kingdom. The Tarvian ultimatum delivered on March 3, 1900 demanded the fort.", "delivered")
    assert r["actors"] == ["Tarvia"]
    # a people's word on no paper: those released did not release
    assert roles("The German prisoners released in 1955 went home.", "released")["actors"] == []


def test_a_capital_on_the_other_side_of_a_signing_is_its_state():
    r = roles("On May 3, 1940, Tarvian head of state Cal Orme signed Moscow's accession document.", "signed")
    assert r["actors"] == ["Cal Orme"]
    # (label_roles reads no date: the seat years are checked on the events table's rows)


def test_a_dated_capital_counterparty_is_its_state(process):
    rows = process("On May 3, 1940, Tarvian head of state Cal Orme signed Moscow's accession document.")
    row = next(r for r in rows if r.trigger == "sign")
    assert row.actors == ["Cal Orme"] and row.participants == ["Soviet Union"]
    rows = process("On May 3, 1900, the Tarvian envoy Cal Orme signed Moscow's accession document.")
    row = next(r for r in rows if r.trigger == "sign")
    assert row.participants == ["Moscow"]  # no capital of a state of that name in 1900


def test_the_envoys_a_bracket_lists_take_part():
    r = roles("On May 4, 1939, Tarvia launched talks with the ambassadors (Cal Orme, assisted by Jan Vell, and "
              "Paul Lusk).", "launched")
    assert sorted(r["participants"]) == ["Cal Orme", "Jan Vell", "Paul Lusk"] and "Jan Vell" not in r["actors"]


def test_a_family_is_the_kin_not_the_person_of_its_surname():
    r = roles("Delfin Gonzalez ran the farm. On March 2, 2000, the Gonzalez family sent a fax to police.", "sent")
    assert r["actors"] == ["Gonzalez family"]
    r = roles("Peter Smith ran the farm. On March 2, 2000, Smith's father demanded that the boy be returned.", "demanded")
    assert "Peter Smith" not in r["actors"]
