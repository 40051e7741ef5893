"""Who did it on history leads (issue "who did it", brief subjects26): the subject a row misses or
misreads in the measured shapes; invented sentences of those shapes."""

from tests.events.rows import row


def test_a_state_life_clause_on_the_agent_of_a_participle_is_the_state_s(process):
    events = process("The Orm dynasty, officially the Great Orm, was a Lusk-led imperial dynasty of Tarvia ruled by "
                     "the Vell clan that existed between 1115 and 1234.")
    assert row(events, "exist").actors == ["Orm dynasty"]


def test_a_verb_joined_to_a_misread_reduced_relative_is_its_subject_s_as_an_aside_names_it(process):
    events = process("The Orm dynasty was a dynasty of Tarvia. After its fall, numerous rump regimes ruled by "
                     "remnants of the Orm family, collectively called the Southern Orm, survived until 1662.")
    assert row(events, "survive").actors == ["Southern Orm"]


def test_a_who_clause_the_parser_hangs_on_a_place_is_the_person_s(process):
    events = process("Jan Orme was the third to last pharaoh of the Ninth Dynasty of ancient Egypt, who ruled "
                     "c. 1332 – 1323 BC.")
    assert row(events, "rule").actors == ["Jan Orme"]


def test_a_relative_clause_subject_that_suffered_a_decline_declined(process):
    events = process("Vell was one of the last colonies of the Tarvian Empire, which had already suffered a "
                     "massive decline in the 1820s.")
    assert row(events, "decline").actors == ["Tarvian Empire"]


def test_the_state_is_the_state_the_article_defines_while_in_view(process):
    events = process("The Kingdom of Orm was a kingdom in Vell. Encompassing a variety of polities and peoples, the "
                     "kingdom was ruled by the Vell dynasty. The state adopted Christianity from the Lusk Empire in 988.")
    assert row(events, "adopt").actors == ["Kingdom of Orm"]
    events = process("Ormish Rus', also known as Ormian Rus, was the first East Tarvian state and later an amalgam of "
                     "principalities. The state adopted Christianity from the Lusk Empire in 988.")
    assert row(events, "adopt").actors == ["Ormish Rus"]


def test_their_happening_that_occurred_somewhere_is_theirs_not_the_place_s(process):
    events = process("The Orms were an ancient people of Vell. Their consolidation in Vell is believed to have "
                     "occurred during the 8th century BC.")
    # The row is the consolidation (the word naming the happening, not the light "occur"); Vell is where.
    occurred = row(events, "consolidation")
    assert occurred.actors == ["Orms"] and "Vell" not in occurred.participants


def test_a_participle_on_the_copula_names_who_led_the_campaign(process):
    events = process("The Great Leap was an industrialization campaign within Tarvia from 1958 to 1962, led by the "
                     "Tarvian Workers' Party (TWP).")
    assert row(events, "campaign").actors == ["Tarvian Workers' Party"]


def test_every_joined_participle_s_agent_carried_out_the_expedition(process):
    events = process("The Orm expedition was a 16th-century Tarvian expedition planned and initially led by explorer "
                     "Ferdinand Orm and completed by the navigator Juan Vell in 1522.")
    assert {"Ferdinand Orm", "Juan Vell"} <= set(row(events, "expedition").actors)


def test_the_emergence_of_a_dynasty_is_the_dynasty_s_act(process):
    events = process("Vell is a country in Asia. Its history began with the emergence of the Orm dynasty in central "
                     "Vell in 1727.")
    emerged = row(events, "emergence")
    assert emerged.actors == ["Orm dynasty"] and emerged.participants == []


def test_a_name_joined_before_a_possessive_owns_the_victory_too(process):
    events = process("Lusk is a town. It is known for Thomas Harris and the Tarvian Army's decisive victory in the "
                     "Siege of Lusk in 1781.")
    assert "Thomas Harris" in row(events, "victory").actors


def test_a_people_s_word_in_a_conquest_the_model_took_for_a_person_names_the_people(process):
    events = process("The Anglo-Orm period began in 450 and ended in 1066 with the Norman Conquest.")
    assert row(events, "conquest").actors == ["Normans"]


def test_a_battle_a_defeat_was_in_has_the_defeat_s_sides(process):
    events = process("The Orm dynasty was a dynasty of Tarvia. The Orm dynasty defeated three Lusk invasions, most "
                     "notably during the decisive Battle of Vell in 1288.")
    battle = row(events, "battle")
    assert battle.actors == ["Orm dynasty"] and battle.participants == ["Lusk"]


def test_descendants_are_not_their_ancestor(process):
    events = process("Tarvia is an ancient kingdom. It was ruled by Orm's descendants until the 1st century AD.")
    assert "Orm" not in row(events, "rule").actors


def test_a_pronoun_inside_the_main_subject_s_own_phrase_still_stands_for_the_lead(process):
    events = process("Jan Orme was a Tarvian statesman and general. He was prominent in Tarvian politics. The period "
                     "during which he led Vell, roughly from 461 to 429 BC, is known as the Age of Orme.")
    assert row(events, "lead").actors == ["Jan Orme"]


def test_a_returned_land_is_no_doer(process):
    # "return" is no noun of its doer after "of": the land returned is what was handed back
    events = process("Tarvia is a country. The return of Vell to Tarvia took place in 1997.")
    assert all("Vell" not in e.actors for e in events)


def test_a_name_joined_by_or_is_no_second_actor(process):
    # one party under two names, or two the text does not choose between: the first only
    events = process("Ramesses or Ramses, was the third to last pharaoh of the Ninth Dynasty of ancient Egypt, who "
                     "ruled c. 1332 – 1323 BC. In 1290 France or Spain attacked Portugal.")
    assert row(events, "attack").actors == ["France"]
