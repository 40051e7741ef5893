"""Parties the way prose gives them: one test per shape of issue 31, invented sentences of the
shapes measured in misses (regression tests, not evidence: evaluation/wikievents.py measures)."""

import pytest

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


def test_passive_agent():
    r = roles("The fort was retaken on 2 May by Admiral Nelson.", "retaken")
    assert r["actors"] in (["Nelson"], ["Admiral Nelson"])


def test_a_force_named_by_its_state_stands_for_the_state():
    assert roles("In March 1702 the royal cavalry of Sweden crossed the Elbe.", "crossed")["actors"] == ["Sweden"]
    assert roles("Sweden lost the war. Swedish troops entered Norway on 3 June.", "entered")["actors"] == ["Sweden"]
    assert roles("Denmark armed. The Danish fleet sailed on 4 July.", "sailed")["actors"] == ["Denmark"]


def test_a_named_group_is_a_party():
    assert roles("In 1937 the Nationalists besieged the city.", "besieged")["actors"] == ["Nationalists"]


def test_subjects_through_infinitives_control_and_raising():
    r = roles("On 2 May Sweden persuaded Norway to attack Poland.", "attack")
    assert r["actors"] == ["Norway"] and "Poland" in r["participants"]
    assert roles("In 1702 Sweden was forced to withdraw from Norway.", "withdraw")["actors"] == ["Sweden"]
    assert roles("In 1702 Sweden decided to invade Norway.", "invade")["actors"] == ["Sweden"]


@pytest.mark.parametrize("dash", [" - ", " – ", " — ", " -- "])
def test_subjects_behind_an_apposition_with_any_dash(dash):
    text = f"Sweden and Norway{dash}a client state in 1702{dash}attacked Poland."
    r = roles(text, "attacked")
    assert set(r["actors"]) == {"Sweden", "Norway"} and r["participants"] == ["Poland"]


def test_subjects_behind_brackets_and_along_with():
    r = roles("Sweden (then a client state of Poland) attacked Norway in 1702.", "attacked")
    assert r["actors"] == ["Sweden"] and r["participants"] == ["Norway"]
    r = roles("Sweden, along with Norway and Poland, invaded Saxony in 1702.", "invaded")
    assert set(r["actors"]) == {"Sweden", "Norway", "Poland"} and r["participants"] == ["Saxony"]


def test_every_named_object_opponent_recipient_and_co_signatory():
    r = roles("On 4 May Admiral Nelson wrote to General Villeneuve.", "wrote")
    assert "Villeneuve" in " ".join(r["participants"])
    r = roles("In 1702 Sweden signed a truce with Norway and Poland.", "signed")
    assert r["actors"] == ["Sweden"] and set(r["participants"]) == {"Norway", "Poland"}
    r = roles("Sweden lost. In 1702 Norway recognised Swedish rule over Finland.", "recognised")
    assert r["actors"] == ["Norway"] and {"Sweden", "Finland"} <= set(r["participants"])


def test_a_pronoun_resolves_to_a_party_that_acted_before_never_to_a_place():
    text = "Swedish gunmen and Norwegian bombers attacked Camp Bastion in Helmand Province, Afghanistan. They killed 23 soldiers."
    r = roles(text, "killed")
    assert not {"Helmand Province", "Afghanistan"} & set(r["actors"])
    text = "Nelson met Villeneuve in Cadiz. He signed the truce on 2 May."
    assert roles(text, "signed")["actors"] == ["Nelson"]


def test_he_is_the_last_person_who_acted_not_the_last_person_named():
    text = ('"I saw him," said Edward Vane, recalling the day when Orsino entered his shop. '
            "He said Orsino paid in cash.")
    assert roles(text, "said", 1)["actors"] == ["Edward Vane"]


def test_in_doubt_a_pronoun_stays_empty():
    text = "The report on the harbour was printed in 1702. It was expanded in 1703, and they signed it."
    assert roles(text, "signed")["actors"] == []


def test_a_surname_is_the_person_named_most_often_not_another_bearer():
    text = ("In 1702 Ortega returned. Raul Ortega spoke once. Francisco Ortega led the revolt. "
            "Francisco Ortega took the city. Francisco Ortega fled.")
    assert roles(text, "returned")["actors"] == ["Francisco Ortega"]


def test_a_surname_is_the_person_last_named_in_full():
    text = "Francisco Ortega led the revolt. Raul Ortega took the city. In 1702 Ortega returned."
    assert roles(text, "returned")["actors"] == ["Raul Ortega"]


def test_fragments_never_become_parties():
    r = roles("Leaving Atlanta, Sherman marched to the sea in November 1864.", "marched")
    assert "Leaving Atlanta" not in r["actors"] + r["participants"]
    r = roles("In 1702 the Bolshevik forces took Norway.", "took")
    assert r["actors"] == ["Bolsheviks"]  # the adjective names the group
    # The capitalised words of an agreement's name are not its parties.
    r = roles("The talks ended with the Swedish-Norwegian Non-Aggression Pact of 3 May 1702.", "Pact")
    assert not {"Non", "Aggression", "Non-Aggression"} & set(r["actors"] + r["participants"])


def test_a_happening_spoken_of_is_not_done_by_the_speaker():
    r = roles("On 3 May the ministers of Sweden deplored the slaughter of the villagers.", "slaughter")
    assert r["actors"] == []
    r = roles("In 1702 Sweden launched a series of attacks on Norway.", "attacks")
    assert r["actors"] == ["Sweden"]


def test_the_one_a_crime_is_laid_on_and_the_patient_of_a_participle():
    assert "Juan Ortega" in roles("In 1702 Juan Ortega was charged with treason.", "treason")["participants"]
    r = roles("The killer, Juan Ortega – shot dead by police in 1702 – had fled.", "shot")
    assert "Juan Ortega" in r["participants"]


def test_a_decision_is_its_possessors():
    r = roles("In 1702 the IRA's decision to carry out the attacks proved a disaster.", "attacks")
    assert r["actors"] == ["IRA"]


def test_a_title_names_no_party_besides_its_bearer():
    r = roles('In 1702 U.S. Secretary of Defense Ash Carter responded to the bombing.', "responded")
    assert r["actors"] == ["Ash Carter"]
    r = roles("In 1702 Russia’s state-run Tass news agency reported the raid.", "reported")
    assert r["actors"] == ["Tass"]


def test_a_quoted_name_after_an_article_is_a_name():
    r = roles('In 1702 the "Islamic State" militant group launched a series of attacks.', "attacks")
    assert r["actors"] == ["Islamic State"]


def test_everyone_a_list_includes_but_not_the_topics_of_what_is_said():
    r = roles("In 1702 many nobles were arrested, including Juan Ortega and Pedro Vane.", "arrested")
    assert {"Juan Ortega", "Pedro Vane"} <= set(r["participants"])
    r = roles("On 3 May Edward Vane said that Juan Ortega had paid in cash.", "said")
    # Juan Ortega is what the saying is about, no party of it (issue 31's judged news rows).
    assert r["actors"] == ["Edward Vane"] and "Juan Ortega" not in r["participants"]


def test_a_perceived_or_caused_act_is_its_objects():
    r = roles("On 3 May the jurors saw Juan Ortega approach the counter.", "approach")
    assert r["actors"] == ["Juan Ortega"]


def test_they_looks_back_one_sentence_and_naming_is_not_doing():
    text = ("Juan Ortega and Pedro Vane met at noon. The harbour was quiet. The bombs were set. "
            "In 1702 they exploded at one a minute.")
    assert roles(text, "exploded")["actors"] == []
    r = roles("On 3 May the French president, Emmanuel Macron, called the explosion an attack.", "explosion")
    assert r["actors"] == []


def test_a_trigger_in_a_sentence_without_a_date_is_read_too():
    # The events stage parses only the sentences its dates point at; label_roles parses every
    # sentence, so a user's trigger anywhere gets its parties.
    r = roles("The rebels left the valley. Admiral Nelson attacked the fort of Calvi.", "attacked")
    assert r["actors"] in (["Nelson"], ["Admiral Nelson"])


def test_a_role_noun_stands_for_the_one_party_described_with_it():
    text = ("Major General Ivan Petrov reached the front on 2 May. "
            "On 4 May the general attacked the town.")
    assert roles(text, "attacked")["actors"] == ["Ivan Petrov"]
    # A news lead says "a major general" before it names him.
    text = "A major general was killed in Lusk on Monday. Major General Ivan Petrov died after a mine exploded."
    assert roles(text, "killed")["participants"] == ["Ivan Petrov"]
    text = "In 1972 the militant group Popular Liberation Front bombed a cafe. In June the group declared a truce."
    assert roles(text, "declared")["actors"] == ["Popular Liberation Front"]


def test_a_role_noun_resolves_to_nothing_in_doubt():
    # Two generals nearby: the general is neither.
    text = ("General Ivan Petrov and General Oleg Sokolov met on 2 May. "
            "On 4 May the general attacked the town.")
    assert roles(text, "attacked")["actors"] == []
    # Another title: a lieutenant general is not the major general.
    text = "A lieutenant general was killed on Monday. Major General Ivan Petrov survived the mine."
    assert roles(text, "killed")["participants"] == []
    # A general of no named person stays no one.
    assert roles("Ivan Petrov left on 2 May. On 4 May the general attacked the town.", "attacked")["actors"] == []


def test_an_adjective_complement_passes_its_subject_on():
    assert roles("By June 1972, Sweden felt confident enough to call a truce.", "call")["actors"] == ["Sweden"]


def test_she_skips_a_man_and_he_a_woman():
    text = ("Ivan Petrov said he would stay. Take, for instance, Maria Lopez. For years she fed the rebels. "
            "In May 1980, she was arrested.")
    assert roles(text, "arrested")["participants"] == ["Maria Lopez"]
    text = "Mrs Maria Lopez spoke first. Then Mr John Smith stood up. On 2 May she left the city."
    assert roles(text, "left")["actors"] in (["Maria Lopez"], ["Mrs Maria Lopez"])
    # No evidence of either: the pronoun still goes to the last person who acted.
    text = "Kim Tal spoke first. On 2 May Lee Ran left the hall. On 3 May she returned."
    assert roles(text, "returned")["actors"] == ["Lee Ran"]


def test_the_other_end_of_a_tie_is_no_party():
    r = roles("On 3 May a court convicted a friend of the suspect Ivan Petrov.", "convicted")
    assert "Ivan Petrov" not in r["participants"]
    r = roles("On 3 May Ivan Petrov's wife left Lusk.", "left")
    assert r["actors"] == []


def test_a_title_in_apposition_names_no_party_besides_the_person():
    r = roles("In later years, a Hamas leader at the time, Khalid Omar, said that the attacks had failed.", "said")
    assert r["actors"] == ["Khalid Omar"]


def test_he_is_not_the_one_who_says_it_after_him():
    text = ("John Smith said that Peter Brown paid him in cash. "
            "On 2 May he rented the truck under a false name, Smith said.")
    assert roles(text, "rented")["actors"] == ["Peter Brown"]
    # Said before the pronoun, the sayer may be "he".
    text = "John Smith arrived in Lusk. On 2 May Smith said he rented the truck."
    assert roles(text, "rented")["actors"] == ["John Smith"]


def test_an_untagged_venue_or_happening_name_is_no_party():
    text = ("A citizen of Kyrgyzstan pleaded not guilty to charges of lying about his ties to the two men "
            "accused of carrying out the Portland Marathon bombing.")
    assert roles(text, "bombing")["actors"] == []
    text = "The attack on 3 May 1974 at the Rolando cafe in Calle del Correo, Madrid, Spain which killed 13 people."
    assert "Rolando" not in roles(text, "killed")["actors"]
