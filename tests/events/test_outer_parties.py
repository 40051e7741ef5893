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
