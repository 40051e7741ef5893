"""Named parties a sentence ties to a happening outside the verb's own objects (issue 31, "who did it":
every named object, opponent, recipient and co-signatory; :mod:`pipeline.events.outer_parties`). One test
per shape of the measured misses, invented sentences: regression tests, not evidence."""


def row(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [e.trigger for e in events]
    return found[0]


def test_a_co_victim_named_beside_a_conjunct_takes_part(process):
    e = row(process("Karl Orm and his wife, Sophie Vell, were killed by Tarvo Princip in 1914."), "kill")
    assert e.participants == ["Karl Orm", "Sophie Vell"]


def test_the_agent_of_a_cause_takes_part(process):
    e = row(process("In 1527 the empire collapsed due to an invasion by the Sultanate of Orm."), "collapse")
    assert e.participants == ["Sultanate of Orm"]
    # a common noun names no party
    e = row(process("In 1527 the empire collapsed due to an invasion by the army."), "collapse")
    assert e.participants == []


def test_the_group_a_targeting_participle_names_takes_part(process):
    e = row(process("In 1933 mass arrests targeting Soviet Germans began."), "arrest")
    assert e.participants == ["Soviet Germans"]


def test_the_opponent_under_a_support_verb_belongs_to_its_noun(process):
    e = row(process("In 1937 the NKVD conducted operations among diaspora nationalities against Poles."), "operation")
    assert e.actors == ["NKVD"] and len(e.participants) == 1 and e.participant_mentions == ["Poles"]


def test_the_body_a_joining_noun_goes_into_takes_part(process):
    text = "Norvania's economy grew after its incorporation into the Orm Free Trade Agreement (OFTA) in 1994."
    assert row(process(text), "incorporation").participants == ["Orm Free Trade Agreement"]


def test_the_sides_of_what_one_takes_part_in_take_part(process):
    e = row(process("In 1925 Norvania took part in the Orm Treaties with France and Belgium."), "take part")
    assert e.actors == ["Norvania"] and e.participants == ["France", "Belgium"]


def test_a_member_an_including_names_in_a_group_takes_part(process):
    e = row(process("In March 1990, Orm Inc. received an offer from an investor group including large holder Lusk Vell."),
            "receive")
    assert "Lusk Vell" in e.participants


def test_the_ruler_a_happening_took_place_under_takes_part(process):
    e = row(process("In 1868 the revolution restored imperial rule under Emperor Orm."), "restore")
    assert e.participants == ["Emperor Orm"]
    # under a thing: no party
    e = row(process("In 1868 the revolution restored imperial rule under the new Constitution."), "restore")
    assert e.participants == []


def test_the_state_whose_demand_is_met_takes_part(process):
    e = row(process("In 1940 Estonia acceded to the Soviet demands."), "accede")
    assert e.actors == ["Estonia"] and e.participants == ["Soviet Union"]
    # a nationality on what is no demand names no one
    e = row(process("In 1940 Estonia acceded to the Soviet railway network."), "accede")
    assert e.participants == []


def test_a_regime_word_in_a_dashed_pact_name_gives_its_state(process):
    e = row(process("The Nazi-Soviet Pact was signed on August 23, 1939."), "sign")
    assert e.resolved == ["Germany", "Soviet Union"]


def test_respectively_gives_each_dated_row_its_own_signatory(process):
    text = "Estonia, Latvia and Lithuania signed the treaties on September 28, October 5, and October 10, 1939, respectively."
    rows = [e for e in process(text) if e.trigger == "sign"]
    assert [e.actors for e in rows] == [["Estonia"], ["Latvia"], ["Lithuania"]]
    assert [e.actor_mentions for e in rows] == [["Estonia"], ["Latvia"], ["Lithuania"]]
    # counts that differ: every row keeps them all
    text = "Estonia, Latvia and Lithuania signed the treaties on September 28 and October 10, 1939, respectively."
    rows = [e for e in process(text) if e.trigger == "sign"]
    assert all(e.actors == ["Estonia", "Latvia", "Lithuania"] for e in rows)


def test_a_person_something_is_done_for_takes_part():
    from pipeline import label_roles

    text = 'The source said the younger Orm "sketched out for Jan Lusk" the problems.'
    start = text.index("sketched")
    assert label_roles(text, [(start, start + 8)])[0]["participants"] == ["Jan Lusk"]


def test_the_parties_between_which_stand_for_the_pair_named_before(process):
    text = "In May 1939 Norvania and Belastan signed a truce. In June 1939 a treaty between the parties was signed."
    rows = [e for e in process(text) if e.date_text == "June 1939"]
    assert rows and rows[0].participants == ["Norvania", "Belastan"]
    # anywhere else "the parties" may be any number: unresolved
    text = "In May 1939 Norvania and Belastan signed a truce. In June 1939 the parties signed a treaty."
    rows = [e for e in process(text) if e.date_text == "June 1939"]
    assert rows and rows[0].actors == [] and rows[0].resolved == []


def test_the_agent_of_a_passive_conjunct_belongs_to_its_own_clause_only(process):
    text = "The son of a merchant, Karl Orm embraced Islam in 629 and was assigned important roles by Jan Vell."
    assert row(process(text), "embrace").participants == []
    # a passive shares the second participle's agent as a party ("was dismissed and replaced by")
    assert "Jan Vell" in row(process("In 1939 Karl Orm was dismissed and replaced by Jan Vell."), "dismiss").participants


def test_the_other_side_of_the_talks_a_journey_is_for_takes_part():
    from pipeline import label_roles

    text = "Special envoy Mikhail Orlov left Tuesday for consultations with the governments of Syria, Jordan and Egypt."
    start = text.index("left")
    assert label_roles(text, [(start, start + 4)])[0]["participants"] == ["Syria", "Jordan", "Egypt"]
    text = "Special envoy Mikhail Orlov left Tuesday for Damascus."
    assert label_roles(text, [(start, start + 4)])[0]["participants"] == []


def test_a_body_named_in_apposition_to_the_other_side_takes_part():
    from pipeline import label_roles

    text = "Lawrence Insurance also sold 3.2 million of its shares for $7.125 each to its parent, Lawrence Group Inc."
    start = text.index("sold")
    assert label_roles(text, [(start, start + 4)])[0]["participants"] == ["Lawrence Group Inc."]


def test_the_defier_of_a_demand_is_the_side_a_hostile_act_answers(process):
    e = row(process("After Serbia rejected the ultimatum, Austria declared war on 28 July 1914."), "declare")
    assert e.actors == ["Austria"] and e.participants == ["Serbia"]
    text = "On 24 February 1991, when Iraq failed to respond to the Lusk ultimatum, Mr. Vell let the ground offensive begin."
    assert process(text)[0].participants == ["Iraq"]
    # no demand defied: no side
    e = row(process("When Serbia failed to win the vote, Austria declared war on 28 July 1914."), "declare")
    assert e.participants == []
