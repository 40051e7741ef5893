"""Names that are no party of a happening (issue 31's judged wrong actors on history leads): a period,
a theatre, a barrier, a creed, a meeting held, a seat, a facility, a ship, whom a group follows, a
cited source, and a realm that only lasted. Invented sentences: regression tests, not evidence
(evaluation/wikievents.py and the events audit measure)."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_theatre_of_war_is_no_actor_but_a_political_front_is():
    r = roles("The Eastern Front ran from the Baltic Sea to the Black Sea in 1916.", "ran")
    assert r["actors"] == []
    r = roles("The Hungarian Front involved Austria and Romania from 1916 to 1918.", "involved")
    assert r["actors"] == [] and set(r["participants"]) == {"Austria", "Romania"}
    assert roles("In 1936 the Popular Front won the election in Spain.", "won")["actors"] == ["Popular Front"]


def test_a_period_or_a_barrier_is_no_actor():
    assert roles("The Bamboo Curtain separated China from the West from 1949.", "separated")["actors"] == []
    assert roles("The New Kingdom began in 1550 BC.", "began")["actors"] == []
    r = roles("Spain's Golden Age lasted from 1492 to 1659.", "lasted")
    assert r["actors"] == [] and r["participants"] == []


def test_a_realm_that_only_lasted_does_not_act_but_one_that_acted_does():
    assert roles("The Mughal Empire lasted until 1857.", "lasted")["actors"] == []
    r = roles("In 1526 the Mughal Empire conquered Delhi.", "conquered")
    assert r["actors"] == ["Mughal Empire"]


def test_a_creed_is_no_party_the_people_who_brought_it_are():
    assert roles("Christianity came to Iceland in the 10th century.", "came")["actors"] == []
    assert roles("In the 6th century Buddhism reached Korea.", "reached")["actors"] == []
    r = roles("In 999 Norwegian missionaries brought Christianity to Iceland.", "brought")
    assert "Christianity" not in r["actors"] + r["participants"]


def test_a_meeting_held_is_the_happening_not_a_party():
    r = roles("The Congress of Berlin was held by the great powers in 1878.", "held")
    assert r["actors"] == [] and r["participants"] == []
    r = roles("In 1945 Churchill attended the Potsdam Conference.", "attended")
    assert "Potsdam Conference" not in r["participants"]
    # One word is the body that sits: "Congress" passing a law acts.
    assert roles("In 1964 Congress passed the Civil Rights Act.", "passed")["actors"] == ["Congress"]


def test_a_town_named_as_a_seat_is_no_party():
    r = roles("In 1920 Poland founded a new state with Warsaw as its capital.", "founded")
    assert "Warsaw" not in r["actors"] + r["participants"]


def test_a_facility_and_a_ship_are_no_parties():
    r = roles("In 1931 Germany opened the Kama tank school in the Soviet Union.", "opened")
    assert "Kama" not in r["actors"] + r["participants"]
    assert roles("In 1942 the USS Hornet docked at Pearl Harbor.", "docked")["actors"] == []
    assert roles("In 1941 the battleship Bismarck sailed from Gotenhafen.", "sailed")["actors"] == []


def test_whom_a_group_follows_is_no_actor_of_what_it_did():
    assert roles("In 1925 Trotsky's supporters rallied in Moscow.", "rallied")["actors"] == []
    # A force stands for its state: the possessor of an army acts.
    assert roles("In 1925 Germany's army invaded Poland.", "invaded")["actors"] == ["Germany"]


def test_a_cited_source_is_no_party():
    r = roles("According to the Boston Globe, the court struck down the rule in 2001.", "struck")
    assert r["actors"] == [] and r["participants"] == []


def test_a_person_pronoun_never_stands_for_a_realm_the_model_tagged_as_a_person():
    text = "Ptolemy was king and pharaoh of Ptolemaic Egypt from 305 BC to his death in 282 BC."
    r = roles(text, "death")
    assert "Ptolemaic Egypt" not in r["actors"]


def test_whose_kin_or_aide_speaks_is_no_actor_but_a_government_stands_for_its_state():
    assert roles("Harlow's stepmother said on Thursday that he should come forward.", "said")["actors"] == []
    assert roles("In 1950 Orme's lawyers appealed the ruling.", "appealed")["actors"] == []
    assert roles("Tarvia's government fell in 1920.", "fell")["actors"] == ["Tarvia"]


def test_a_place_where_the_subjects_people_are_is_no_actor_but_their_firm_is():
    r = roles("Elected officials in and around Denver warned federal agents on Wednesday.", "warned")
    assert r["actors"] == []
    r = roles("The bombings at the American Embassies in Kenya and Tanzania have frightened away travellers.",
              "frightened")
    assert r["actors"] == []
    assert roles("Analysts at Goldman Sachs said on Monday that the stock would fall.", "said")["actors"] == \
        ["Goldman Sachs"]


def test_a_name_the_document_uses_as_a_realm_is_no_antecedent_of_his_but_a_person_rushed_at_is():
    text = ("Harkon founded a kingdom centred in Lusk. Harkon was king of Lusk from 305 BC to his death "
            "in 282 BC.")
    assert "Lusk" not in roles(text, "death")["actors"]
    text = "The crowd rushed at Tom Orme as he stepped out of the courthouse on 3 May 2000."
    assert roles(text, "stepped")["actors"] == ["Tom Orme"]


def test_the_possessor_of_a_happening_done_to_it_takes_part_and_does_not_act():
    r = roles("Mara Orme served as prime minister from 1980 until her assassination in 1984.", "assassination")
    assert r["actors"] == [] and r["participants"] == ["Mara Orme"]
    r = roles("In 1998 Pinochet's arrest in London caused a crisis.", "arrest")
    assert r["actors"] == [] and r["participants"] == ["Pinochet"]
    # A doer's possessive stays the actor, and so does one who resigned.
    assert roles("In 1940 the Soviet Union's invasion of Finland began.", "invasion")["actors"] == ["Soviet Union"]
    assert roles("Nixon served until his resignation in 1974.", "resignation")["actors"] == ["Nixon"]


def test_a_rank_or_honour_given_is_no_party_but_a_person_called_by_name_is():
    r = roles("Harald Orme was later formally crowned King of Lusk, at Vell on 30 June 1178.", "crowned")
    assert "King of Lusk" not in r["participants"]
    r = roles("In 2000, Tom Orme was voted World Player of the Century by the Tarvian Federation of Football.", "voted")
    assert r["participants"] == ["Tom Orme"]
    assert roles("In 1999, he met a man called Yuhua Bai in Vell.", "called")["participants"] == ["Yuhua Bai"]


def test_a_works_title_beside_its_noun_is_no_antecedent_of_he():
    text = ('Ada Orme began a revolution in drama with his "anti play", The Bald Soprano, which founded a school. '
            'He was made a member of the Tarvian Academy in 1970.')
    assert "Bald Soprano" not in roles(text, "made")["participants"]


def test_he_after_he_stands_for_no_one_where_the_first_stands_for_no_one():
    text = ("The Orm Theatre staged new plays in Vell. He wrote plays that follow the ideas of the philosopher "
            "Albert Tarn. He was made a member of the Tarvian Academy in 1970.")
    assert "Albert Tarn" not in roles(text, "made")["participants"]
    text = "Tom Orme wrote plays in Vell. He was made a member of the Tarvian Academy in 1970."
    assert "Tom Orme" in roles(text, "made")["participants"]


def test_a_piece_of_a_happenings_name_is_no_party():
    # The name word before "War" or "collapse" and the place a Treaty is "of" name the happening.
    r = roles("The Nine Years' War devastated Flanders from 1688 to 1697.", "devastated")
    assert r["actors"] == [] and "Nine Years" not in r["participants"]
    assert roles("The Iron Age collapse destroyed many towns around 900 BC.", "destroyed")["actors"] == []
    r = roles("The Treaty of Lusk in 1412 divided the kingdom.", "divided")
    assert "Lusk" not in r["actors"] + r["participants"]
    r = roles("The Peace of Vell, signed in Orm in 1512, ended the Tarvian War.", "ended")
    assert "Vell" not in r["actors"] + r["participants"]
    # A party beside such a name stays, and so does a state doing the happening its adjective names.
    r = roles("In 1870 Prussia invaded France.", "invaded")
    assert r["actors"] == ["Prussia"] and r["participants"] == ["France"]


def test_the_land_a_dynasty_or_a_people_is_of_is_not_who_ruled():
    r = roles("The Orm dynasty was a royal dynasty of Norway that ruled from 1120 to 1340.", "ruled")
    assert "Norway" not in r["actors"] + r["participants"]
    r = roles("The Celts were a people of Gaul who traded with Rome in 100 BC.", "traded")
    assert "Gaul" not in r["actors"] and "Rome" in r["participants"]
    # The house itself, named before the clause, still rules.
    r = roles("The Lusk dynasty of Orm, which ruled from 960, fell in 1127.", "ruled")
    assert r["actors"] == ["Lusk dynasty"]


def test_the_land_a_ruler_is_of_is_not_who_acted_in_the_rulers_clause():
    r = roles("The prince of Vell, who fled to Orm in 1420, died in exile.", "fled")
    assert "Vell" not in r["actors"] + r["participants"]
    r = roles("He was the king of Orm who ruled from 960 to 990.", "ruled")
    assert "Orm" not in r["actors"]
    # The ruler named beside the title still acts.
    r = roles("William, the Duke of Normandy, who invaded England in 1066, was crowned king.", "invaded")
    assert r["actors"] == ["William"] and r["participants"] == ["England"]


def test_an_operations_code_name_is_no_party():
    assert roles("Operation Tarn Harvest began on 3 March 1962.", "began")["actors"] == []
    r = roles("In 1962 France launched Operation Vell against the rebels.", "launched")
    assert r["actors"] == ["France"] and not {"Vell", "Operation Vell"} & set(r["participants"])


def test_a_landform_is_no_party_whatever_the_model_calls_it():
    r = roles("The herders of the Pontic Steppe raided Lusk in 120 BC.", "raided")
    assert "Pontic Steppe" not in r["actors"] + r["participants"] and r["participants"] == ["Lusk"]
    r = roles("In 1806 the surveyors crossed the Continental Divide.", "crossed")
    assert "Continental Divide" not in r["actors"] + r["participants"]
    r = roles("In 1838 the Boers crossed the Drakensberg Escarpment.", "crossed")
    assert r["actors"] == ["Boers"] and r["participants"] == []


def test_a_ship_that_sails_is_no_party_but_a_fleet_and_a_people_are():
    r = roles("The Ormestar sailed from Lusk in 1620.", "sailed")
    assert r["actors"] == []
    r = roles("The Endeavour sailed from Plymouth in 1768.", "sailed")
    assert "Endeavour" not in r["actors"]
    assert roles("In 1588 the Spanish Armada sailed against England.", "sailed")["actors"] == ["Spain"]
    assert roles("In 1620 the Pilgrims sailed from Plymouth.", "sailed")["actors"] == ["Pilgrims"]


def test_an_adjective_the_model_took_for_a_body_is_no_party():
    r = roles("Greco-Roman culture spread across Gaul in the 1st century.", "spread")
    assert r["actors"] == []
    # A body named in full stays.
    assert roles("In 1526 the Mughal Empire conquered Delhi.", "conquered")["actors"] == ["Mughal Empire"]


def test_a_happening_named_with_the_triggers_own_noun_is_no_party():
    text = ("Captain Jan Orme was a Tarvian officer who led two expeditions to the Antarctic regions: the "
            "Harbinger Expedition of 1901–1904 and the Kestrel Expedition of 1910–1913.")
    r = roles(text, "Expedition")
    assert not {"Harbinger Expedition", "Kestrel Expedition"} & set(r["actors"] + r["participants"])
    # A body at a meeting of its own keeps its place.
    assert roles("The Socialist Party congress was held in Lusk in 1920.", "congress")["participants"] == ["Socialist Party"]


def test_places_listed_after_an_office_in_are_no_person_for_his():
    from pipeline.events.genders import is_no_person
    from pipeline.events.labelling import _context, parse_text

    text = "First a prefect in Tarn (1820–1822), Orne (1822–1825), and Aude (1825–1830), he was then sent to Lyon."
    _, parsed = parse_text(text, _context(None)).layers["spacy_docs"][0]
    for place in ("Tarn", "Orne"):
        start = text.index(place)
        assert is_no_person(parsed.char_span(start, start + len(place)))
    start = text.index("Lyon")
    assert not is_no_person(parsed.char_span(start, start + 4))  # "sent to Lyon": not this rule's shape


def test_a_rulers_title_said_of_someone_is_no_person_but_the_title_as_subject_is():
    from pipeline.events.genders import is_no_person
    from pipeline.events.labelling import _context, parse_text

    text = ("Matilda was Queen of Lusk from May 1553 and Queen of Orm from 1556 until her death. "
            "The King of Tarvia signed the treaty in 1560.")
    _, parsed = parse_text(text, _context(None)).layers["spacy_docs"][0]
    for title, expected in (("Queen of Lusk", True), ("Queen of Orm", True), ("King of Tarvia", False)):
        start = text.index(title)
        assert is_no_person(parsed.char_span(start, start + len(title))) is expected, title


def test_he_is_not_the_state_war_was_declared_on():
    r = roles("The King of Tarvia declared war on Lusk in 1701. He died in 1702.", "died")
    assert "Lusk" not in r["actors"]


def test_a_named_act_of_its_patient_is_no_party_of_another_verb():
    r = roles("The Fall of Constantinople in 1453 ended the Byzantine Empire.", "ended")
    assert "Fall of Constantinople" not in r["actors"] and "Constantinople" not in r["actors"]
    r = roles("With the Christianization of Tarvia in 864, paganism was abolished.", "abolished")
    assert r["actors"] == [] and r["participants"] == []
    r = roles("The Sack of Rome in 1527 shocked Europe.", "shocked")
    assert not {"Sack", "Rome", "Sack of Rome"} & set(r["actors"])
    # The doer named before the act stays: "the Tarvian conquest" is no "Conquest of" name.
    assert roles("After the Siege of Lusk in 1453, the Ottomans moved their capital.", "moved")["actors"] == ["Ottoman Empire"]


def test_the_people_of_a_body_are_not_the_body_and_a_watch_list_is_no_party():
    from pipeline import label_roles

    def roles(text: str, trigger: str) -> dict:
        start = text.index(trigger)
        return label_roles(text, [(start, start + len(trigger))])[0]

    assert "Vell Institute" not in roles("In 1924 students of the Vell Institute protested in Lusk.", "protested")["actors"]
    assert roles("In 1924 members of the Vell Party protested in Lusk.", "protested")["actors"] == ["Vell Party"]
    placed = roles("On 4 May 1990 Orme Ratings placed the Tarlo bonds on WatchList.", "placed")
    assert "WatchList" not in placed["participants"] + placed["actors"]
