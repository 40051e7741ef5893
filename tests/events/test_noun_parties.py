"""Parties missed in session 14's dev rows (issue 31): one test per shape, invented sentences (regression
tests, not evidence: evaluation/wikievents.py and the events audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_nationality_on_a_happening_done_to_a_party_is_its_doer_unnamed_state_or_not():
    r = roles("The war began with the Russian invasion of Poland in May 1702.", "invasion")
    assert r["actors"] == ["Russia"] and r["participants"] == ["Poland"]
    r = roles("The Mongol conquest of China was complete by 1279.", "conquest")
    assert r["actors"] == ["Mongols"] and r["participants"] == ["China"]
    # a force's noun as the happening itself: "occupation", "rule"
    r = roles("The war ended with the American occupation of Japan in 1945.", "occupation")
    assert r["actors"] == ["United States"] and r["participants"] == ["Japan"]


def test_a_nationality_on_a_happening_done_to_no_one_stays_no_party():
    assert roles("The Catholic persecution of heretics began in 1231.", "persecution")["actors"] == []
    assert roles("The Tarvian elections of 1702 were won by the liberals.", "elections")["actors"] == []


def test_a_happening_that_is_its_verbs_subject_is_not_done_by_what_it_was_done_to():
    r = roles("The capture of Granada in 1492 ended the war.", "capture")
    assert r["actors"] == [] and r["participants"] == ["Granada"]
    r = roles("The invasion of Poland by Germany began the war.", "invasion")
    assert r["actors"] == ["Germany"] and r["participants"] == ["Poland"]


def test_a_happening_led_by_someone_is_his_act_and_its_victim_takes_part():
    text = "When Madero was ousted by a coup led by General Victoriano Huerta in February 1913, Villa fled."
    r = roles(text, "coup")
    assert r["actors"] == ["Victoriano Huerta"] and r["participants"] == ["Madero"]


def test_two_happening_nouns_before_one_of_share_it():
    r = roles("After the defeat and exile of Huerta in July 1914, Villa broke with Carranza.", "defeat")
    assert r["participants"] == ["Huerta"]
    r = roles("After the defeat of Lusk and the exile of Huerta in July 1914, Villa broke with Carranza.", "defeat")
    assert "Huerta" not in r["participants"]


def test_a_predicate_list_with_a_who_clause_is_said_of_the_subject():
    text = "Pierre Trudeau was a Canadian politician, lawyer, and journalist who served as prime minister of Canada from 1968 to 1979."
    assert roles(text, "served")["actors"] == ["Pierre Trudeau"]


def test_a_recipient_named_in_apposition_to_a_common_noun():
    r = roles("In 1821 Anna Holm sent the letters to her brother Peter Holm.", "sent")
    assert r["actors"] == ["Anna Holm"] and r["participants"] == ["Peter Holm"]
    assert roles("In 1821 the army marched to the river.", "marched")["participants"] == []


def test_a_relative_pronoun_object_stands_for_the_body_it_is_said_of():
    r = roles("Orme founded the Tarvian Workers Party, which he led from 1959 until 2004.", "led")
    assert r["participants"] == ["Tarvian Workers Party"]


def test_a_dashed_pair_of_state_names_before_an_agreement_names_both_states():
    assert roles("The France–Germany pact was executed on 2 May 1950.", "pact")["actors"] == ["France", "Germany"]


def test_his_after_a_name_said_to_be_a_title_holder_is_that_name():
    # the model may tag the title ("King of Burma") a person; what the subject is said to be is no second man
    text = "Bayinnaung Kyawhtin Nawrahta was King of Burma from 30 April 1550 until his death in 1581."
    assert roles(text, "death")["actors"] == ["Bayinnaung Kyawhtin Nawrahta"]
    assert roles("The judge ordered Petrov held after his arrest in 1990.", "arrest")["actors"] == []
    # another name of the subject ("also known as") is no second man either
    text = "Frederick Barbarossa, also known as Frederick I, was the Holy Roman Emperor from 1155 until his death in 1190."
    assert roles(text, "death")["actors"] == ["Frederick Barbarossa"]


def test_a_by_agent_the_parser_hangs_on_the_happenings_of_object_is_its_actor():
    text = "After the assassination of Archduke Franz Ferdinand by Gavrilo Princip in June 1914, war broke out."
    r = roles(text, "assassination")
    assert r["actors"] == ["Gavrilo Princip"] and r["participants"] == ["Franz Ferdinand"]
    r = roles("After the assassination of Archduke Franz Ferdinand in June 1914, war broke out.", "assassination")
    assert r["actors"] == []


def test_a_people_s_or_dynasty_s_word_before_a_noun_of_taking_is_its_doer_even_mistagged():
    from pipeline import label_roles

    def roles_of(text: str, word: str) -> dict:
        start = text.index(word)
        return label_roles(text, [(start, start + len(word))])[0]

    r = roles_of("The Norman conquest of England began in 1066.", "conquest")
    assert r["actors"] == ["Normans"] and r["participants"] == ["England"]
    assert roles_of("The Abbasid Revolution of 750 ended Umayyad rule.", "Revolution")["actors"] == ["Abbasids"]
    # a person's name shaped like a people's word, with no one the happening was done to, names no people
    assert roles_of("The Reagan revolution began in 1980.", "revolution")["actors"] == []
    # a noun of no taking keeps the rule for nationalities only
    assert "Normans" not in roles_of("The Norman festival began in 1066.", "festival")["actors"]


def test_a_creed_s_an_age_s_or_a_thinker_s_word_on_a_happening_names_no_people():
    from pipeline import label_roles

    def actors(text: str, word: str) -> list:
        start = text.index(word)
        return label_roles(text, [(start, start + len(word))])[0]["actors"]

    assert actors("The Islamic conquest of Persia ended in 651.", "conquest") == []
    assert actors("The Copernican Revolution began in 1543.", "Revolution") == []
    assert actors("The Neolithic Revolution began around 10,000 BC.", "Revolution") == []
    # a state's people's word still names the state's doing where it took land
    assert actors("The Arab conquest of Egypt began in 639.", "conquest") == ["Arabs"]
