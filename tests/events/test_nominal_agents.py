"""Parties a happening noun's own phrase names (issue "who did it"): one test per shape, invented
sentences (regression tests, not evidence: the dev diff and evaluation/wikievents.py measure)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_people_before_an_act_done_to_others_is_its_doer_without_an_of():
    r = roles("Hungary disintegrated as a state due to the Mongol invasions in 1237–1240.", "invasions")
    assert r["actors"] == ["Mongols"]
    assert roles("The Soviet intervention in 1956 crushed the revolt.", "intervention")["actors"] == ["Soviet Union"]
    # where the act only takes place in the land, no doer: "the Tarvian elections"
    assert roles("The Tarvian elections in 1990 were free.", "elections")["actors"] == []


def test_the_state_a_cause_struck_is_the_one_it_was_done_to():
    r = roles("Hungary disintegrated as a state due to the Mongol invasions in 1237–1240.", "invasions")
    assert r["participants"] == ["Hungary"]
    # a clause only at the time of it tells of anyone: no party
    r = roles("Hungary remained neutral during the Mongol invasions in 1237–1240.", "invasions")
    assert r["participants"] == []


def test_a_noun_of_acting_takes_its_doer_after_of_and_a_side_after_in_support_of():
    r = roles("The intervention of France in 1778 decided the war.", "intervention")
    assert r["actors"] == ["France"] and r["participants"] == []
    r = roles("The intervention of Persia in support of Sparta in 413 BC allowed the Spartans to win.", "intervention")
    assert r["actors"] == ["Persia"] and r["participants"] == ["Sparta"]
    # an act done to someone keeps its "of" as whom it was done to
    assert roles("The invasion of France in 1940 was swift.", "invasion")["actors"] == []


def test_a_reply_to_a_proposal_concerns_its_proposer():
    r = roles("The rejection of Germany's proposal in 1919 angered the delegates.", "rejection")
    assert r["participants"] == ["Germany"]


def test_the_allied_adjective_names_the_allies():
    r = roles("The allied rejection of the German proposal in 1919 ended the talks.", "rejection")
    assert r["actors"] == ["Allies"] and r["participants"] == ["Germany"]


def test_a_contest_won_in_a_landslide_over_someone_was_against_them():
    r = roles("Roosevelt won the 1932 election in a landslide over incumbent Herbert Hoover.", "election")
    assert r["actors"] == ["Roosevelt"] and r["participants"] == ["Herbert Hoover"]


def test_a_verb_whose_subject_is_an_act_done_to_a_state_keeps_that_state_a_participant(process):
    rows = process("The Allied invasion of Normandy began on 6 June 1944.")
    assert [(r.actors, r.participants) for r in rows] == [(["Allies"], ["Normandy"])]
    rows = process("The colonization of Guyana by the Netherlands began in 1616.")
    assert [(r.actors, r.participants) for r in rows] == [(["Netherlands"], ["Guyana"])]


def test_the_sides_of_a_clash_are_a_group_of_people_and_the_state_whose_police_fought(process):
    rows = process("In 1990, clashes between Moldovan police and ethnic Russians left six dead.")
    assert [sorted(r.actors) for r in rows] == [["Moldova", "ethnic Russians"]]


def test_whom_an_offensive_passed_the_initiative_to_was_its_opponent():
    r = roles("Germany's 1942 summer offensive failed and passed the initiative to the Soviet Union.", "offensive")
    assert r["actors"] == ["Germany"] and r["participants"] == ["Soviet Union"]


def test_a_campaigns_people_is_its_doer_only_where_the_land_is_named_apart():
    assert roles("The Mongol campaigns in Hungary in 1241 ended the kingdom.", "campaigns")["actors"] == ["Mongols"]
    assert roles("The Italian campaign in 1943 was long.", "campaign")["actors"] == []  # fought in Italy
    assert roles("The expedition of Drake began in 1577.", "began")["actors"] == ["Drake"]


def test_a_verb_whose_subject_is_an_act_takes_its_by_agents_and_not_its_supported_side_as_doers(process):
    rows = process("The colonization of Guyana by the Netherlands, France and, after 1707, Britain began in 1616.")
    row = next(r for r in rows if r.date_text == "1616")
    assert {"Netherlands", "France"} <= set(row.actors) and row.participants == ["Guyana"]
    r = roles("The intervention of Persia in support of Sparta in 413 BC allowed the Spartans to win.", "allowed")
    assert "Sparta" not in r["actors"] and r["participants"] == ["Sparta"]


def test_a_force_after_of_on_a_noun_of_acting_stands_for_its_state_as_doer():
    r = roles("The withdrawal of Soviet troops from Afghanistan in 1989 ended the war.", "withdrawal")
    assert r["actors"] == ["Soviet Union"] and r["participants"] == []
