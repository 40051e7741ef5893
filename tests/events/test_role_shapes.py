"""Parties in shapes measured among the WikiEvents and WikiGold misses (issue 31, session 9): one test
per shape, invented sentences (regression tests, not evidence: evaluation/wikievents.py and the events
audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_bare_infinitive_after_a_perception_verb_behind_an_aside_is_its_objects():
    text = "On 3 May the guards saw Harold Pinchbeck, dressed in a grey coat, leave the hall and cross the yard."
    assert roles(text, "leave")["actors"] == ["Harold Pinchbeck"]
    assert roles(text, "cross")["actors"] == ["Harold Pinchbeck"]


def test_the_one_an_event_noun_is_handed_to_is_its_party():
    r = roles("Maria Lopez said on 2 June that she was given an ultimatum by the board.", "ultimatum")
    assert r["participants"] == ["Maria Lopez"]
    r = roles("On 2 June warnings were given to the Red Cross and the police.", "warnings")
    assert "Red Cross" in r["participants"]


def test_a_prepositional_verb_the_parser_splits_keeps_its_object():
    r = roles("In 1702 the council called on the Walloons to take up arms.", "called")
    assert "Walloons" in r["participants"]


def test_every_charge_of_a_long_list_is_laid_on_the_accused():
    text = "On 4 May Pedro Salvat was charged with fraud, bribery, conspiracy to commit a crime and perjury."
    assert roles(text, "perjury")["participants"] == ["Pedro Salvat"]
    text = "On 4 May Pedro Salvat was charged with complicity in the murder of Ana Roig."
    assert "Pedro Salvat" not in roles(text, "murder")["participants"]


def test_an_absolute_with_phrase_belongs_to_its_participle():
    text = "Sweden and Norway were neutral. On 2 May four Danish sailors were killed with two Swedes and a Norwegian wounded."
    assert not {"Sweden", "Swedes"} & set(roles(text, "killed")["participants"])
    # counted people of a nation are people, not their state (issue 31, names29: "six Iraqis ... were rounded up")
    assert {"Swedes", "Norwegian"} <= set(roles(text, "wounded")["participants"])


def test_the_man_who_is_the_name_he_is_said_to_be():
    r = roles("On 3 May a clerk identified Arno Steyl as the man who bought the rifle.", "bought")
    assert r["actors"] == ["Arno Steyl"]
    r = roles("Arno Steyl was the man who bought the rifle on 3 May.", "bought")
    assert r["actors"] == ["Arno Steyl"]


def test_a_pronoun_object_is_not_its_own_verbs_subject():
    r = roles("On 2 May John Smith and Peter Jones carried the crates to the pier before burning them.", "burning")
    assert set(r["actors"]) == {"John Smith", "Peter Jones"}
    assert r["participants"] == []


def test_what_a_subjects_participle_acts_on_is_no_actor():
    r = roles("On 2 May farmers carrying Ruritania's banner marched to the capital.", "marched")
    assert "Ruritania" not in r["actors"]


def test_a_place_or_a_made_thing_is_no_party():
    assert roles("The Orland Village Mall opened in 1979.", "opened")["actors"] == []
    assert roles("The Tarn Reservoir was completed in 1901 by Hugo Bell.", "completed")["actors"] == ["Hugo Bell"]


def test_a_lone_first_name_is_the_one_person_named_in_full_before_it():
    text = "Friedrich Schlegel married Dorothea Veit in 1804. In 1808, Friedrich and Dorothea converted to Catholicism."
    assert roles(text, "converted")["actors"] == ["Friedrich Schlegel", "Dorothea Veit"]
    # a first name the text introduces on its own is that person, not a namesake named later
    text = "José, a bus driver, said on 2 May that he was given an ultimatum. José Luis Rada denied it."
    assert "José Luis Rada" not in roles(text, "ultimatum")["participants"]


def test_it_and_they_stand_for_the_body_that_was_the_last_main_subject():
    text = "Lockheed Aircraft was an aircraft maker founded by Gary Holt. It sold the design to Orme Composites in 1986."
    r = roles(text, "sold")
    assert r["actors"] == ["Lockheed Aircraft"] and r["participants"] == ["Orme Composites"]
    text = "Over the next years the Acme Corporation opened new offices. In 1997 they released a new product."
    assert roles(text, "released")["actors"] == ["Acme Corporation"]
    # a thing as the last main subject: "it" is that thing, no party
    text = "The treaty was signed by Tarvia. In 1703 it was broken."
    assert roles(text, "broken")["participants"] == []


def test_a_role_noun_stands_for_the_body_said_to_be_one():
    text = "Pacific Gas Corporation was a publicly traded partnership founded in 1988. The partnership went public in 1994."
    assert roles(text, "went")["actors"] == ["Pacific Gas Corporation"]


def test_a_nickname_in_quotes_is_part_of_the_name():
    # The whole name is read (no fragment cut at the quote); the canonical name drops the nickname.
    text = 'William Herbert "Buckshot" May was a pitcher who appeared in one game in 1924.'
    assert roles(text, "appeared")["actors"] == ["William Herbert May"]


def test_a_participle_before_a_subject_that_is_someones_thing_is_that_someones_act():
    text = "Carmen Cavallaro joined a big band in 1933. Starting his own band in St. Louis in 1939, his popularity grew."
    assert roles(text, "Starting")["actors"] == ["Carmen Cavallaro"]


def test_his_with_two_people_in_view_stays_empty():
    text = "On 2 May Judge Ann Roe ordered Ivan Petrov held after his arrest."
    assert roles(text, "arrest")["actors"] == []


def test_where_someone_is_from_is_no_actor():
    assert roles("Mr. Thomas D. Green of Ottawa had played for the club in 1883.", "played")["actors"] == ["Thomas D. Green"]
    text = "Bill Cowley (born June 12, 1912 in Bristol, Quebec - died December 31, 1993) was a Canadian player."
    assert roles(text, "died")["actors"] == ["Bill Cowley"]


def test_a_quoted_works_title_is_no_party():
    text = 'Dorothea Veit married Friedrich Schlegel. In 1801 her novel "Florentin" was published by Schlegel.'
    r = roles(text, "published")
    assert "Florentin" not in r["participants"] and r["actors"] == ["Friedrich Schlegel"]


def test_the_one_acted_on_in_a_happening_is_its_party():
    text = "Albert Wren was a politician. He was elected to the council in the 1955 election."
    assert roles(text, "election")["participants"] == ["Albert Wren"]


def test_a_numbered_unit_is_a_party_by_the_full_name_the_document_gives_it():
    text = "The 139th Rifle Regiment was formed in 1862. In 1864, the 139th fought in the Overland Campaign."
    assert roles(text, "fought")["actors"] == ["139th Rifle Regiment"]
    # The number alone, never named in full, is a fragment: no party name (issue 31, names11 round 2).
    text = "The 139th was formed in 1862. In 1864, the 139th fought in the Overland Campaign."
    assert roles(text, "fought")["actors"] == []


def test_the_opponents_of_a_happening_someone_took_part_in():
    text = "In February 1944 the 65th participated in the assaults against the German Air Force."
    assert roles(text, "participated")["participants"] == ["Germany"]  # a state's force stands for the state


def test_a_first_name_with_two_spellings_of_one_person():
    text = ("Friedrich Schlegel met Dorothea Veit in 1797. Friedrich von Schlegel wrote a novel. "
            "Friedrich died in 1829.")
    assert roles(text, "died")["actors"] == ["Friedrich von Schlegel"]


def test_a_body_said_to_be_one_past_its_legal_form():
    text = "Pacific Gas Partners, L.P. was a publicly traded partnership. The partnership went public in 1994."
    assert roles(text, "went")["actors"] == ["Pacific Gas Partners"]


def test_who_answers_for_a_happening_did_it():
    text = "The separatist group ETA was founded in 1959. In 1975 the organisation had to admit responsibility for attacks."
    assert roles(text, "attacks")["actors"] == ["ETA"]


def test_a_leader_of_a_happening_acts_beside_its_agents():
    text = "Imam Shamil, the legendary fighter who in the 19th century spearheaded fierce resistance by tribesmen, died."
    assert "Imam Shamil" in roles(text, "resistance")["actors"]


def test_a_state_a_force_crosses_into_is_a_party():
    text = "Sweden and Norway were at war. In 1702 Swedish troops crossed into Norway."
    r = roles(text, "crossed")
    assert r["actors"] == ["Sweden"] and r["participants"] == ["Norway"]


def test_a_participle_the_tagger_took_for_a_past_tense_still_has_its_patient():
    text = "On 2 May we mourned the six U.S. service members killed and all those injured in the attack."
    assert roles(text, "killed")["participants"] == ["United States"]


def test_a_countrys_protests_happen_there_and_are_not_its_acts():
    r = roles("In 2017 Venezuela's political protests were fuelled by the economy.", "protests")
    assert "Venezuela" not in r["actors"] + r["participants"]
    r = roles("Germany's invasion of Poland began on 1 September 1939.", "invasion")
    assert r["actors"] == ["Germany"]


def test_the_body_of_a_persons_post_is_no_party():
    r = roles("On 3 May a local commander of the Tarn Defence Militia was reportedly killed.", "killed")
    assert r["participants"] == []


def test_an_organisations_name_the_model_cut_before_its_head():
    text = "On 2 May the White House Office of the Press Secretary issued a statement."
    assert roles(text, "issued")["actors"] == ["White House Office of the Press Secretary"]


def test_one_end_of_a_hyphenated_word_is_no_name():
    r = roles("Consensus All-SWC choice in 1969, Orme was named a finalist in 1970.", "named")
    assert not any(n in ("Consensus All", "SWC") for n in r["actors"] + r["participants"])


def test_a_cup_won_is_no_party():
    r = roles("In 1939 Cowley helped to lead the Boston Bruins to two Stanley Cups.", "lead")
    assert "Stanley Cups" not in r["participants"]


def test_a_units_number_is_part_of_its_name():
    r = roles("On 17 April 1952 the command redesignated the 65 Air Division.", "redesignated")
    assert "Air Division" not in r["participants"]


def test_a_surname_is_not_the_relative_named_in_full_before_it():
    text = ("Duane Bobick (born 24 August 1950) was a boxer. His younger brother Rodney Bobick was also a boxer. "
            "In 1972 Bobick beat Larry Holmes.")
    assert roles(text, "beat")["actors"] == ["Duane Bobick"]


def test_he_stays_the_articles_person_after_another_acted_on_him():
    text = ("Bill Cowley was a hockey player. Cowley joined the Eagles in 1933. Cowley was fast. Cowley was strong. "
            "In 1934 Art Ross, the manager of the team, selected him in the draft. In Boston he became a star in 1939.")
    assert roles(text, "became")["actors"] == ["Bill Cowley"]


def test_the_side_someone_acts_for_is_a_party_but_not_where_someone_left_for():
    r = roles("In 1944 Pierre Laval fought for the French Resistance.", "fought")
    assert "French Resistance" in r["participants"]
    r = roles("On 2 May Pierre Laval left for France.", "left")
    assert "France" not in r["participants"]


def test_a_body_said_to_be_what_a_participle_qualifies():
    r = roles("The Amateur Hockey Association of Canada was a league founded in 1886.", "founded")
    assert r["participants"] == ["Amateur Hockey Association of Canada"]


def test_the_words_said_in_quotes_are_no_party():
    text = '"Is there any doubt?" asked Scott Mendeloff. "Timothy McVeigh," Elliott said on 21 April.'
    assert roles(text, "said")["participants"] == []


def test_a_place_that_starts_a_companys_name_is_no_party():
    r = roles("Opened in 1902 by the Bristol and Western Railway (BWR), the station lies on the coast line.", "Opened")
    assert "Bristol" not in r["actors"] + r["participants"]


def test_a_capitalised_preposition_after_a_name_is_not_part_of_it():
    text = "The club was linked with Popular Front In the 1980s, the Union tried to take over the Farmers Party."
    r = roles(text, "linked")
    assert "Popular Front In" not in r["participants"]


def test_a_work_introduced_by_its_kind_or_year_is_no_party():
    text = "Their second album, A Quiet Storm, was released on 4 May 2005. A Quiet Storm was certified gold by the RIAA in 2006."
    assert roles(text, "released")["participants"] == []
    r = roles(text, "certified")
    assert r["actors"] == ["RIAA"] and r["participants"] == []
    r = roles("He played himself in films, starting with Harbour Nights (1944), then Blue Mountain (1945).", "starting")
    assert r["participants"] == []


def test_what_a_governed_gerund_acts_on_is_a_party():
    r = roles("Radio 5XR stopped broadcasting Dover Rovers matches in 2006.", "stopped")
    assert r["actors"] == ["Radio 5XR"] and r["participants"] == ["Dover Rovers"]


def test_a_body_noun_is_the_one_body_the_document_describes_so():
    text = ("The Crows are a rock band from Leeds. Hal Bryce joined in 1990. He played drums. Ann Lee sang. "
            "Tom Orr left. They toured a lot. On 3 May 2001 the band won the Brit Award.")
    assert roles(text, "won")["actors"] == ["Crows"]
    text = ("The Crows are a rock band from Leeds. The Larks are a folk band from York. Hal Bryce joined in 1990. "
            "He played drums. Ann Lee sang. Tom Orr left. On 3 May 2001 the band won the Brit Award.")
    assert roles(text, "won")["actors"] == []


def test_it_is_the_body_that_was_the_passive_subject_before():
    text = "The Vela Motor Company was founded in 1901. In 1903 it sold all rights to Orme Aviation."
    assert roles(text, "sold")["actors"] == ["Vela Motor Company"]
    text = "The Orme House was built in 1901 by the Vela Motor Company. In 1903 it was sold."
    assert roles(text, "sold")["participants"] == []


def test_i_in_quoted_words_is_the_one_who_says_them():
    assert roles('"In 2001 I lost my sponsor," says Ben Orr.', "lost")["actors"] == ["Ben Orr"]
    assert roles("In 2001 I lost my sponsor.", "lost")["actors"] == []


def test_a_club_noun_is_none_of_several_clubs():
    text = ("The Tarn Hockey Club lost to the Orme Hockey Club. Hal Bryce played. He scored. Ann Lee watched. "
            "Tom Orr left. In 1894 the hockey club asked for a loan.")
    assert roles(text, "asked")["actors"] == []


def test_a_venue_the_model_took_for_a_person_is_no_party():
    r = roles("Circuit Park Velden played host to the first race of the Euro Cup on 3 May 2006.", "played")
    assert r["actors"] == []


def test_a_body_noun_with_an_indefinite_article_is_a_new_body():
    text = ("The Crows are a rock band from Leeds. Hal Bryce joined in 1990. He played drums. Ann Lee sang. "
            "Tom Orr left. They toured a lot. In 2001 a band was formed by Ann Lee.")
    assert "Crows" not in roles(text, "formed")["participants"]


def test_a_place_joined_to_a_name_its_abbreviation_spells_is_no_party():
    r = roles("Opened in 1850 by the Leeds and North Eastern Railway (LNER), it lies on the coast line.", "Opened")
    assert not {"Leeds", "North Eastern Railway"} & set(r["actors"] + r["participants"])  # fragments of one name


def test_a_place_qualifying_people_says_where_they_are_from():
    r = roles("On 3 May 1890 the Dover excursionists were sent home on a special train.", "sent")
    assert r["participants"] == []
    r = roles("On 3 May 1990 four U.S. tourists were sent home on a special flight.", "sent")
    assert r["participants"] == ["United States"]  # a country's people stand for it


def test_he_stays_the_one_he_was_in_the_sentence_before_whoever_acted_on_him():
    text = ("Dan Orr is a boxer. He finished 1977 unbeaten. In 1978, he was beaten by the puncher Carl Rusk "
            "for his second loss. He fought eight more times in 1978, winning all by KO.")
    assert roles(text, "fought")["actors"] == ["Dan Orr"]


def test_a_person_named_as_subject_in_between_breaks_the_chain_of_he():
    text = "Tom Lee played at school. He was a tackle in 1966 Dan Orr was the best lineman. He was drafted in 1970."
    assert roles(text, "drafted")["participants"] == ["Dan Orr"]


def test_a_recipient_the_parser_hangs_off_the_thing_handed_over():
    r = roles("In 1986 Tarn Aviation sold all rights to the design to Vela Aviation Ltd.", "sold")
    assert r["participants"] == ["Vela Aviation Ltd."]


def test_a_title_in_a_list_of_works_with_its_year_is_no_party_even_if_it_looks_like_a_name():
    r = roles("She starred in films, starting with Mary Rose (1944), then Blue Mountain (1945).", "starting")
    assert r["participants"] == []
    r = roles("In 1950 the prize went to Tom Lee (1901), a painter.", "went")
    assert r["participants"] == ["Tom Lee"]


def test_the_court_and_the_hospital_are_the_one_the_document_names():
    text = ("Ann Lee sued the Tarn General Hospital in 1987. Tom Orr was her lawyer. He filed papers. She waited. "
            "A judge heard it. In November 1990 the hospital settled out of court.")
    assert roles(text, "settled")["actors"] == ["Tarn General Hospital"]
    text = ("The case went to the Tarn Court of Appeals and then the Orme Supreme Court. Ann Lee waited. "
            "Tom Orr filed papers. A judge heard it. On 3 May 1990 the court issued a ruling.")
    assert roles(text, "issued")["actors"] == []


def test_a_country_on_one_private_person_is_where_the_person_is_from_not_a_party():
    r = roles("Mark Orme was a 15-year-old U.S. schoolboy who was shot on 3 May 2006.", "shot")
    assert "United States" not in r["participants"]
    r = roles("On 3 May 2006 a U.S. tourist was kidnapped by rebels in the hills.", "kidnapped")
    assert "United States" not in r["participants"]
    r = roles("On 3 May 2006 six U.S. service members were killed by a bomb.", "killed")
    assert r["participants"] == ["United States"]


def test_the_one_given_in_exchange_is_the_other_side_of_a_trade():
    r = roles("On 5 June 2004, Hale was traded to the Tarn Hawks for pitcher Tom Brady.", "traded")
    assert set(r["participants"]) == {"Hale", "Tarn Hawks", "Tom Brady"}
    r = roles("On 5 June 2004, Hale was traded to the Tarn Hawks for cash.", "traded")
    assert set(r["participants"]) == {"Hale", "Tarn Hawks"}
    r = roles("On 5 June 2004, Hale played for Tom Brady's team.", "played")
    assert "Tom Brady" not in r["participants"]


def test_a_title_after_a_work_noun_the_parser_compounds_is_no_party():
    r = roles("The band toured to promote their debut album Silver Lake, released in October 1988.", "released")
    assert r["participants"] == []
    r = roles("In 1990 the film director Tom Lee married Ann Orme.", "married")
    assert r["actors"] == ["Tom Lee"] and r["participants"] == ["Ann Orme"]


def test_the_person_a_thing_is_named_after_is_a_party_of_the_naming():
    r = roles("The park was named after Bobby Orme, a former auditor, in 1980.", "named")
    assert r["participants"] == ["Bobby Orme"]
    r = roles("In 1980 the town was named after the river.", "named")
    assert r["participants"] == []


def test_a_partner_in_cooperation_on_the_governing_verb_is_a_party_of_the_act():
    r = roles("In cooperation with Vela Systems, Tarnex embarked on developing cash registers in 1994.", "developing")
    assert r["actors"] == ["Tarnex"] and r["participants"] == ["Vela Systems"]
    r = roles("In 1994 Tarnex began developing cash registers in Tarn.", "developing")
    assert r["participants"] == []


def test_a_quoted_title_after_a_work_noun_is_no_one_a_later_pronoun_means():
    text = ('Greta Holm left her husband in 1798. In 1801 her novel "Albertin" was published anonymously by '
            'Karl Brandt. They lived in Vienna from 1802 until 1804.')
    assert "Albertin" not in roles(text, "lived")["actors"]


def test_the_side_a_spell_of_play_is_for_is_a_party():
    r = roles("In 1995 Tom Orme played 30 games for the Tarn Hawks.", "played")
    assert r["actors"] == ["Tom Orme"] and r["participants"] == ["Tarn Hawks"]
    r = roles("In 1995 Tom Orme made 30 appearances for Steaua Bucharest.", "appearances")
    assert r["participants"] == ["Steaua Bucharest"]
    r = roles("Tom Orme made his debut for Steaua Bucharest in 1995.", "debut")
    assert r["participants"] == ["Steaua Bucharest"]
    # a reason, not a spell: its "for" object is no side
    r = roles("In 1995 Tom Orme gave a reason for the Tarn Hawks' loss.", "gave")
    assert "Tarn Hawks" not in r["participants"]


def test_the_body_of_a_post_given_is_a_party():
    r = roles("In 1999 Tom Orme was named coach of the Tarn Hawks.", "named")
    assert set(r["participants"]) == {"Tom Orme", "Tarn Hawks"}
    r = roles("In 1999 Tom Orme became head coach of the Tarn Hawks.", "became")
    assert r["participants"] == ["Tarn Hawks"]
    # a person named by a post is no tie of the act to the body
    r = roles("On 2 May a commander of the Tarn Militia was killed in Vela.", "killed")
    assert "Tarn Militia" not in r["participants"]


def test_the_parties_of_a_participle_clause_telling_more_of_the_act():
    r = roles("He was elected to the Tarsk Assembly in 1999, defeating Ken Hale.", "elected")
    assert "Ken Hale" in r["participants"]
    r = roles("In 2004 he went 1-2 in 26 appearances while splitting time with Vela Durham.", "went")
    assert "Vela Durham" in r["participants"]
    # another act told after it, and a place left, are no parties of this one
    r = roles("He was elected to the Tarsk Assembly in 1999, before defeating Ken Hale in 2003.", "elected")
    assert "Ken Hale" not in r["participants"]
    r = roles("In 1999 Tom Orme sailed to Vela, leaving Tarvia.", "sailed")
    assert "Tarvia" not in r["participants"]


def test_the_body_that_confers_is_a_party_where_the_parser_strays():
    r = roles("In 1990 Tom Orme was given the freedom of the city by the Tarsk Council.", "given")
    assert r["actors"] == ["Tarsk Council"] and r["participants"] == ["Tom Orme"]
    r = roles("In 1990 Tom Orme was nominated for a Grammy by the Recording Academy.", "nominated")
    assert r["actors"] == ["Recording Academy"]
    r = roles("In 1990 Tom Orme won the Vela Prize, awarded by the Tarsk Society.", "won")
    assert r["actors"] == ["Tom Orme"] and r["participants"] == ["Tarsk Society"]
    # a date or a means after "by" is no agent; a thing seized by another is no conferring
    r = roles("In 1990 Tom Orme was given the freedom of the city by 1991.", "given")
    assert r["actors"] == []
    r = roles("In 1990 the Tarsk Assembly annexed areas occupied by Vela.", "annexed")
    assert "Vela" not in r["participants"]


def test_names_joined_by_and_the_parser_takes_for_a_modifier_are_all_subjects():
    r = roles("Tarsk County and Vela County merged in 1932.", "merged")
    assert set(r["actors"]) == {"Tarsk County", "Vela County"}
    r = roles("In 1920 German Foreign Minister Walther Rathenau met Tom Orme.", "met")
    assert r["actors"] == ["Walther Rathenau"]


def test_the_one_a_thing_acted_on_came_from_is_a_party():
    r = roles("In 1990 Tom Orme accepted an offer from Vela Systems.", "accepted")
    assert r["participants"] == ["Vela Systems"]
    r = roles("In 1990 Tom Orme won a scholarship from the Tarsk Foundation.", "won")
    assert r["participants"] == ["Tarsk Foundation"]
    r = roles("In 1990 Tom Orme accepted an offer from his brother.", "accepted")
    assert r["participants"] == []
    r = roles("In 1907 the Tarsk Railroad replaced the rails from Vela Junction.", "replaced")
    assert "Vela Junction" not in r["participants"]


def test_a_prize_is_no_resolved_name_as_it_is_no_actor_or_participant():
    # One filter for stated and resolved names: a prize the band won is a thing, whatever names it.
    text = ('The Vellmen are a rock band from Tarvia. On 2 May 2001, the band won the Orme Music Award for '
            '"Tarn Song", one of the two categories they were nominated in.')
    r = roles(text, "won")
    assert "Orme Music Award" not in r["resolved"] + r["actors"] + r["participants"]


def test_he_is_not_the_man_named_beside_an_earlier_he():
    from pipeline import label_roles
    text = ("Sir Tom Orme was a Tarvian climber. On 29 May 1953, he and Jan Vell became the first to reach the "
            "summit of Mount Lusk. They were part of an expedition led by Ann Kerr. From 1985 to 1988, he served "
            "as Tarvia's envoy to Lusk.")
    start = text.index("served")
    assert "Jan Vell" not in label_roles(text, [(start, start + 6)])[0]["actors"]


def test_it_after_a_things_noun_as_subject_stands_for_no_body():
    from pipeline import label_roles
    text = ("The Tarvian Statistics Office counts people every year. The number of people over 60 has tripled "
            "since 1950; it reached 600 million in 2000.")
    start = text.index("reached")
    assert label_roles(text, [(start, start + 7)])[0]["actors"] == []


def test_her_is_not_a_title_said_of_her():
    from pipeline import label_roles
    text = ("Isabella was Queen of Castile from 1474 and Queen of Aragon as the wife of King Ferdinand from 1479 "
            "until her death in 1504.")
    start = text.index("death")
    assert "Queen of Aragon" not in label_roles(text, [(start, start + 5)])[0]["actors"]
