"""Sides of a war, the founded state, the counterpart of a request (issue 31, blind judges' findings on
history leads): invented sentences of the same shapes, regression tests (evaluation/wikievents.py and the
events audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_every_side_after_between_of_a_war_is_an_actor_an_alliance_s_members_included():
    text = "The Vell War was fought between Portugal and an alliance of Spain, Denmark and Sweden from 1701 to 1704."
    for word in ("fought", "War"):
        r = roles(text, word)
        assert r["actors"] == ["Portugal", "Spain", "Denmark", "Sweden"] and r["participants"] == []
    r = roles("The war between Peru and Chile (1879–1884) ended in a treaty.", "war")
    assert r["actors"] == ["Peru", "Chile"]
    r = roles("The battle was fought on 3 May 1702 between Sweden and Denmark.", "fought")
    assert r["actors"] == ["Sweden", "Denmark"]


def test_sides_between_of_no_fight_stay_participants():
    assert roles("In 1879 a treaty between Peru and Chile was signed.", "treaty")["participants"] == ["Peru", "Chile"]
    r = roles("Trade between Peru and Chile grew in 1880.", "Trade")
    assert r["actors"] == [] and r["participants"] == ["Peru", "Chile"]


def test_the_realm_a_founding_verb_makes_takes_part_an_ordinal_in_its_name_or_not():
    assert roles("Jan Orme established the Second Tarvian Empire in 1852.", "established")["participants"] == \
        ["Second Tarvian Empire"]
    assert roles("The Lusk Empire was established in 1721.", "established")["participants"] == ["Lusk Empire"]
    # a stretch of history that only began stays no party
    assert roles("The Second Tarvian Empire began in 1852.", "began")["participants"] == []


def test_the_state_a_proposal_is_made_to_and_the_state_whose_force_is_asked_of_take_part():
    r = roles("In 1940 Italy proposed to Germany to renegotiate the spheres of influence.", "proposed")
    assert r["actors"] == ["Italy"] and r["participants"] == ["Germany"]
    r = roles("In 1939 Finland asked for the withdrawal of Soviet troops.", "asked")
    assert r["actors"] == ["Finland"] and r["participants"] == ["Soviet Union"]
    # a place someone went to stays where
    r = roles("In 1940 the Italian envoy travelled to Germany.", "travelled")
    assert r["participants"] == [] and r["places"] == ["Germany"]


def test_a_fronted_passive_participle_with_an_agent_acts_on_its_clause_s_subject():
    for text in ("Formally annexed by Austria-Hungary in 1908, Bosnia became a crown land.",
                 "Occupied in 1878 and formally annexed by Austria-Hungary in 1908, Bosnia became a crown land."):
        r = roles(text, "annexed")
        assert r["actors"] == ["Austria-Hungary"] and r["participants"] == ["Bosnia and Herzegovina"]
    # the clause's own verb keeps its subject as its actor
    assert roles("Formally annexed by Austria-Hungary in 1908, Bosnia became a crown land.", "became")["actors"] != []


def test_the_realm_an_ending_verb_ends_takes_part_a_lower_case_realm_noun_included():
    assert roles("The Ottoman sultanate was abolished in 1922.", "abolished")["participants"] == ["Ottoman sultanate"]
    assert roles("In 1918 the Habsburg monarchy was abolished.", "abolished")["participants"] == ["Habsburg monarchy"]
    r = roles("The Spanish conquered the Inca empire in 1532.", "conquered")
    assert r["actors"] == ["Spain"] and r["participants"] == ["Inca empire"]
    # an ordinal realm conquered is the state taken, not a stretch of history
    assert roles("Timur conquered the Second Tarvian Empire in 1396.", "conquered")["participants"] == \
        ["Second Tarvian Empire"]
    # a demonym before a thing that is no realm takes no realm's name
    assert "Ottoman fleet" not in roles("The French destroyed the Ottoman fleet in 1827.", "destroyed")["participants"]


def test_who_fought_at_a_battle_acts_in_it_who_was_killed_there_does_not():
    text = "Jan Orme was a Tarvian general. He fought at the Battle of Vell (1302) against the Lusk army."
    assert roles(text, "Battle")["actors"] == ["Jan Orme"]
    text = "Jan Orme was a Tarvian general. He was killed at the Battle of Vell (1302)."
    assert roles(text, "Battle")["actors"] == []


def test_a_dynasty_rebelled_against_is_a_party_even_where_the_model_took_it_for_a_time():
    r = roles("In 617 Li Yuan rebelled against the Sui dynasty.", "rebelled")
    assert r["actors"] == ["Li Yuan"] and r["participants"] == ["Sui dynasty"]
    assert roles("In 1644 the Manchus overthrew the Ming dynasty.", "overthrew")["participants"] == ["Ming dynasty"]
    # a dynasty as the time of a happening stays no party
    r = roles("Under the Ming dynasty, trade grew in 1500.", "grew")
    assert r["actors"] == [] and r["participants"] == []


def test_who_went_to_war_acts_and_the_foe_it_went_to_war_with_takes_part():
    r = roles("In 1700 Tarvia and Poland went to war with Russia, Denmark and Saxony.", "war")
    assert r["actors"] == ["Tarvia", "Poland"] and r["participants"] == ["Russia", "Denmark", "Saxony"]
    r = roles("In 1870 Prussia went to war against France.", "war")
    assert r["actors"] == ["Prussia"] and r["participants"] == ["France"]
    # a war memorial one walks to is no war gone to
    r = roles("In 1914 the soldiers went to the war memorial with Jan Orme.", "war")
    assert r["actors"] == [] and r["participants"] == []


def test_the_realm_whose_forces_a_rising_is_against_and_a_conquest_s_object_hung_on_its_date_take_part():
    r = roles("Jan Orme led a failed uprising against the conquering forces of the Roman Empire in AD 60.", "uprising")
    assert r["participants"] == ["Roman Empire"]
    r = roles("His reign is notable for the conquest between 1516 and 1517 of the Mamluk Sultanate.", "conquest")
    assert r["participants"] == ["Mamluk Sultanate"]


def test_a_realm_named_by_untagged_or_people_words_before_a_plural_or_lower_case_realm_noun_takes_part():
    assert roles("The Crusader states were established after 1098.", "established")["participants"] == \
        ["Crusader states"]
    assert roles("The Hafsid kingdom was proclaimed in 1229.", "proclaimed")["participants"] == ["Hafsid kingdom"]
    assert roles("The Latin states were founded after the war.", "founded")["participants"] == ["Latin states"]
    # a realm's word with no capitalised name before it is no named party
    assert roles("In 1804 a new state was established.", "established")["participants"] == []


def test_a_dashed_pair_of_peoples_words_on_a_war_name_both_act_and_a_battle_s_sides_after_its_verb_act():
    r = roles("The Russo-Tarvian War began in 1904, but the Russo-Japanese War began later.", "Japanese War")
    assert r["actors"] == ["Russia", "Japan"]
    r = roles("The Battle of Orm took place in 1571 between the Holy League and the Ottoman Empire.", "took")
    assert r["actors"] == ["Holy League", "Ottoman Empire"] and r["participants"] == [] and r["places"] == []


def test_the_side_peace_is_sued_for_or_sought_with_takes_part():
    r = roles("In 1905 Russia sued for peace with Japan.", "sued")
    assert r["actors"] == ["Russia"] and r["participants"] == ["Japan"]
    # a suit in court with no settlement keeps only its parse's parties
    r = roles("In 1905 Russia sued for damages with Japan's help.", "sued")
    assert "Japan" not in r["participants"]


def test_whose_force_a_side_is_and_who_led_it_act_in_the_fight():
    text = "The Battle of Orm was fought in 1066 between the army of William and an English army under Harold Godwinson."
    r = roles(text, "fought")
    assert set(r["actors"]) == {"William", "England", "Harold Godwinson"} and r["participants"] == []
    # an army's "of" outside a fight's "between" is no side
    r = roles("In 1066 William inspected the army of Harold Godwinson.", "inspected")
    assert "Harold Godwinson" not in r["actors"]


def test_the_realm_a_noun_of_founding_or_ending_names_with_of_takes_part():
    r = roles("Marie Orme was queen until the abolition of the French monarchy in 1792.", "abolition")
    assert r["participants"] == ["French monarchy"]
    assert roles("The founding of the Tarvian kingdom in 1100 was celebrated.", "founding")["participants"] == \
        ["Tarvian kingdom"]
    # a thing founded is no realm
    assert roles("The establishment of a new school in 1900 was welcomed.", "establishment")["participants"] == []


def test_who_breaks_away_in_a_noun_of_independence_acts_and_the_state_left_takes_part():
    r = roles("Following Mexico's independence from Spain in 1821, Texas grew.", "independence")
    assert r["actors"] == ["Mexico"] and r["participants"] == ["Spain"]
    r = roles("Comoros proclaimed its independence from France on 6 July 1975.", "independence")
    assert r["actors"] == ["Comoros"] and r["participants"] == ["France"]
    # independence from no one names no breaker here
    assert roles("The Tarvian journal values its independence.", "independence")["actors"] == []


def test_whose_struggle_for_independence_it_is_breaks_away():
    r = roles("He led Cuba's struggle for independence from Spain in 1868.", "independence")
    assert r["actors"] == ["Cuba"] and r["participants"] == ["Spain"]
