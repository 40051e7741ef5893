"""Canonical names of a document's mentions (pipeline.events.names): one test per shape, invented text."""

from pipeline.core.records import Entity
from pipeline.events.names import Names, person_name
from pipeline.stories.party_names import PartyNames, country_name


def _entities(text: str, *spans: tuple[str, str]) -> list[Entity]:
    """Entities at the first occurrence after the previous one of each (words, label)."""
    out, at = [], 0
    for words, label in spans:
        start = text.index(words, at)
        out.append(Entity(start, start + len(words), words, label, "model", None))
        at = start + len(words)
    return out


def test_titles_and_quoted_nicknames_are_not_part_of_a_persons_name():
    text = 'Dr Mara Orlin met General Tobias Venn. Thomas "Red" Hallam and King Rodric III came later.'
    ents = _entities(text, ("Dr Mara Orlin", "PERSON"), ("General Tobias Venn", "PERSON"),
                     ('Thomas "Red" Hallam', "PERSON"), ("King Rodric III", "PERSON"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Mara Orlin", "Tobias Venn", "Thomas Hallam", "Rodric III"]
    # A regnal title stays where a lone first name would be left; a rank before a surname goes.
    assert person_name("Queen Mara") == "Queen Mara" and person_name("Admiral Corran") == "Corran"


def test_an_office_of_several_words_before_a_full_name_is_no_part_of_it():
    assert person_name("Treasurer Peter Orme") == "Peter Orme"
    assert person_name("Deputy Foreign Minister Anna Lusk") == "Anna Lusk"
    assert person_name("Attorney General Tom Vell") == "Tom Vell"
    # A qualifier alone is a name's own word: "Lord Byron", "Chief Joseph" stay as written.
    assert person_name("Lord Byron") == "Lord Byron" and person_name("Chief Joseph") == "Chief Joseph"


def test_an_office_before_a_surname_names_the_person_not_a_second_bearer():
    text = "Tobias Venn arrived. Minister of War Venn resigned. Venn left."
    ents = _entities(text, ("Tobias Venn", "PERSON"), ("Minister of War Venn", "PERSON"), ("Venn", "PERSON"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Tobias Venn"] * 3


def test_an_abbreviation_names_the_organisation_the_document_spells_or_brackets():
    text = ("The Orme and Lusk Railway bought the line. The OLR sold it. The Workers' Union of Tarvia (WUT) "
            "struck. The WUT won.")
    ents = _entities(text, ("Orme and Lusk Railway", "ORG"), ("OLR", "ORG"),
                     ("Workers' Union of Tarvia", "ORG"), ("WUT", "ORG"), ("WUT", "ORG"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Orme and Lusk Railway"] * 2 + ["Workers' Union of Tarvia"] * 3


def test_an_abbreviation_two_names_spell_stays_as_written():
    text = "The Orme Lusk Company and the Orlin Lake Club met. The OLC sued."
    ents = _entities(text, ("Orme Lusk Company", "ORG"), ("Orlin Lake Club", "ORG"), ("OLC", "ORG"))
    assert Names(ents, text)(ents[2]) == "OLC"


def test_a_legal_form_or_a_unit_number_alone_names_the_whole_name():
    text = "Venn Timber Partners, L.P. was founded. The 212th Signal Brigade formed. The 212th moved on."
    ents = _entities(text, ("Venn Timber Partners", "ORG"), ("L.P.", "GPE"), ("212th Signal Brigade", "ORG"),
                     ("212th", "ORG"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Venn Timber Partners"] * 2 + ["212th Signal Brigade"] * 2


def test_a_unit_number_two_units_share_stays_as_written():
    text = "The 212th Signal Brigade and the 212th Rifle Regiment formed. The 212th moved on."
    ents = _entities(text, ("212th Signal Brigade", "ORG"), ("212th Rifle Regiment", "ORG"), ("212th", "ORG"))
    names = Names(ents, text)
    assert names(ents[2]) == "212th" and id(ents[2]) in names.fragments  # no party: which unit is unknown


def test_a_unit_number_alone_is_the_unit_the_text_names_in_full_else_a_fragment():
    # The model tagged only the number both times: the text still writes the unit's whole name.
    text = "The 139th Airlift Squadron was raised in Orme. The 139th moved to Lusk."
    ents = _entities(text, ("139th", "ORG"), ("Orme", "GPE"), ("139th", "ORG"))
    names = Names(ents, text)
    assert [names(ents[0]), names(ents[2])] == ["139th Airlift Squadron"] * 2 and not names.fragments
    alone = "The 139th was raised in Orme. The 139th moved to Lusk."
    ents = _entities(alone, ("139th", "ORG"), ("Orme", "GPE"), ("139th", "ORG"))
    names = Names(ents, alone)
    assert names.fragments == {id(ents[0]), id(ents[2])} and names(ents[0]) == "139th"


def test_a_bare_first_name_is_the_one_person_named_in_full_before_it_not_a_namesake_relative():
    text = "Tobias Orme founded Lusk Timber in 1901. Tobias's mill burned. Tobias died in 1930."
    ents = _entities(text, ("Tobias Orme", "PERSON"), ("Lusk Timber", "ORG"), ("Tobias", "ORG"),
                     ("Tobias", "PERSON"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Tobias Orme", "Lusk Timber", "Tobias Orme", "Tobias Orme"]
    assert [Names(ents)(e) for e in ents] == ["Tobias Orme", "Lusk Timber", "Tobias Orme", "Tobias Orme"]  # no text
    # Named in full only after it, or by nobody, a first name stays as written.
    later = "Perth's station opened. Perth Glory won. Their daughter Angelina was born in 2004."
    ents = _entities(later, ("Perth", "PERSON"), ("Perth Glory", "PERSON"), ("Angelina", "GPE"))
    assert [Names(ents, later)(e) for e in ents] == ["Perth", "Perth Glory", "Angelina"]
    # A person's bare first name the document names in full only after it: the one bearer.
    forward = "Lazaro said the boy would stay. Lazaro Ruiz, his great-uncle, took him in 2000."
    ents = _entities(forward, ("Lazaro", "PERSON"), ("Lazaro Ruiz", "PERSON"))
    assert [Names(ents, forward)(e) for e in ents] == ["Lazaro Ruiz", "Lazaro Ruiz"]
    # Two people of that first name named in full after it: no reading is the one, it stays.
    two = "Lazaro said no. Lazaro Ruiz left. Lazaro Vell stayed."
    ents = _entities(two, ("Lazaro", "PERSON"), ("Lazaro Ruiz", "PERSON"), ("Lazaro Vell", "PERSON"))
    assert Names(ents, two)(ents[0]) == "Lazaro"
    # A word of a body's or a place's name tagged as a body is that name's word, no first name.
    firm = "Lusk Orme was born in 1900. Lusk Timber was sold. Lusk bought it."
    ents = _entities(firm, ("Lusk Orme", "PERSON"), ("Lusk Timber", "ORG"), ("Lusk", "ORG"))
    assert Names(ents, firm)(ents[2]) == "Lusk"


def test_a_first_name_introduced_as_a_relative_of_a_namesake_stays_as_written_and_is_suspected():
    # The family trap: the father named in full, his son of the same first name named bare.
    text = "Tobias Orme founded a bank in 1901. The bank was run by his sons Tobias and Rodney. In 1928 Tobias left."
    ents = _entities(text, ("Tobias Orme", "PERSON"), ("Tobias", "PERSON"), ("Rodney", "PERSON"),
                     ("Tobias", "PERSON"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Tobias Orme", "Tobias", "Rodney", "Tobias"]
    assert names.suspected_relatives == {("Tobias", "Tobias Orme")}
    # The son named in full as a relative once ("the father of Tobias Lusk") is the bare "his son Tobias".
    text = "Rodney Lusk was the father of the player Tobias Lusk. In 1956 he coached his son Tobias. Tobias left."
    ents = _entities(text, ("Rodney Lusk", "PERSON"), ("Tobias Lusk", "PERSON"), ("Tobias", "PERSON"),
                     ("Tobias", "PERSON"))
    names = Names(ents, text)
    assert [names(e) for e in ents[2:]] == ["Tobias Lusk"] * 2 and not names.suspected_relatives
    # His family or his parents named before his own bare name make him no relative of himself.
    text = "Tobias Orme was born in 1970. Son of famous parents and family, Tobias's father paints. Tobias left."
    ents = _entities(text, ("Tobias Orme", "PERSON"), ("Tobias", "PERSON"), ("Tobias", "PERSON"))
    names = Names(ents, text)
    assert [names(e) for e in ents[1:]] == ["Tobias Orme"] * 2 and not names.suspected_relatives


def test_a_shared_first_name_is_the_person_last_named_in_full_before_it():
    text = "Mara Orlin wrote to Mara Hallam. Mara replied. Later Mara Orlin moved; Mara stayed."
    ents = _entities(text, ("Mara Orlin", "PERSON"), ("Mara Hallam", "PERSON"), ("Mara", "PERSON"),
                     ("Mara Orlin", "PERSON"), ("Mara", "PERSON"))
    names = Names(ents, text)
    assert names(ents[2]) == "Mara Hallam" and names(ents[4]) == "Mara Orlin"
    # Before any full naming, a first name is no one's yet.
    early = _entities("Mara left. " + text, ("Mara", "PERSON"))
    assert Names(early + [Entity(e.start + 11, e.end + 11, e.text, e.label, "model", None) for e in ents],
                 "Mara left. " + text)(early[0]) == "Mara"


def test_a_colony_named_by_its_ruler_is_not_the_later_state():
    # "Ruritanian Chad": an adjective before a state's name makes another place, not Chad.
    assert country_name("Ruritanian Chad") is None
    assert country_name("South Sudan") == "South Sudan" and country_name("Republic of Korea") == "South Korea"


def test_a_sides_adjective_names_the_side():
    assert PartyNames(["Allied", "Tarvia"])("Allied") == "Allies"


def test_a_railway_company_that_acts_is_a_party_by_its_full_name():
    from pipeline import label_roles

    text = "Opened in 1850 by the Orme and Lusk Railway (OLR), the station lies on the coast."
    start = text.index("Opened")
    assert label_roles(text, [(start, start + len("Opened"))])[0]["actors"] == ["Orme and Lusk Railway"]


def test_places_a_railways_name_joins_are_its_name_not_parties_of_their_own():
    from pipeline import label_roles

    text = "In 1911 the Tarnby, Wexham and Orford Railway bought the line."
    start = text.index("bought")
    r = label_roles(text, [(start, start + len("bought"))])[0]
    assert r["actors"] == ["Tarnby, Wexham and Orford Railway"] and not {"Tarnby", "Wexham"} & set(r["participants"])


def test_a_town_its_region_qualifies_is_a_place_not_a_party():
    from pipeline import label_roles

    text = "In May 1862 the brigade left Frederick, Maryland and joined the Orford Rifles."
    start = text.index("left")
    r = label_roles(text, [(start, start + len("left"))])[0]
    assert not {"Frederick", "Maryland"} & set(r["actors"] + r["participants"]) and "Frederick" in r["places"]


def test_a_familys_name_that_also_names_its_company_stays_as_written():
    text = ("Orlin Brothers Ltd was founded by Tomas Orlin. His son Mara Orlin ran Orlin Brothers Ltd. "
            "In 1970 Orlin built a plant.")
    ents = _entities(text, ("Orlin Brothers Ltd", "ORG"), ("Tomas Orlin", "PERSON"), ("Mara Orlin", "PERSON"),
                     ("Orlin Brothers Ltd", "ORG"), ("Orlin", "ORG"))
    names = Names(ents, text)
    assert names(ents[-1]) == "Orlin" and "Orlin" in names.ambiguous
    # Two bearers and no company: the one last named in full before it.
    plain = "Tomas Orlin met Mara Orlin in May. In 1970 Orlin built a plant."
    people = _entities(plain, ("Tomas Orlin", "PERSON"), ("Mara Orlin", "PERSON"), ("Orlin", "PERSON"))
    assert Names(people, plain)(people[-1]) == "Mara Orlin"


def test_a_states_armed_forces_named_by_its_demonym_stand_for_the_state():
    names = PartyNames(["Ruritanian Army"], ["Ruritania"])
    assert country_name("Spanish Armada") == "Spain" and country_name("German Air Force") == "Germany"
    # A force named by more than its state's word is a group's, no state's.
    assert country_name("Free Ruritanian Army") is None and country_name("Ruritanian Liberation Army") is None
    assert names("Ruritanian Army") == "Ruritania"  # by the states the document names


def test_a_peoples_plural_noun_names_its_state():
    names = PartyNames(["Ottomans", "Poles", "Danes"])
    assert [names(n) for n in ("Ottomans", "Poles", "Danes")] == ["Ottoman Empire", "Poland", "Denmark"]


def test_an_office_before_a_surname_the_model_took_for_an_organisation_names_the_person():
    text = "Tobias Venn took office. In June People's Commissar of War Venn gave the order."
    ents = _entities(text, ("Tobias Venn", "PERSON"), ("People's Commissar of War Venn", "ORG"))
    assert Names(ents, text)(ents[1]) == "Tobias Venn"


def test_a_years_era_run_into_a_name_is_not_part_of_it():
    text = "In 530 BC Tarkan died."
    ents = _entities(text, ("530 BC Tarkan", "ORG"))
    assert Names(ents, text)(ents[0]) == "Tarkan" and PartyNames(["BC Tarkan"])("BC Tarkan") == "Tarkan"


def test_one_organisation_written_with_its_legal_form_or_in_capitals_is_one_name():
    text = "VELLCOM Ltd. was founded in 1991. In 1995 Vellcom merged. Vellcom grew. Orme Holdings Ltd. stayed apart."
    ents = _entities(text, ("VELLCOM Ltd.", "ORG"), ("Vellcom", "ORG"), ("Vellcom", "ORG"), ("Orme Holdings Ltd.", "ORG"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Vellcom", "Vellcom", "Vellcom", "Orme Holdings Ltd."]


def test_an_organisations_short_name_is_the_one_full_name_of_the_document_it_starts():
    text = ("The Orme Institution of Lusk opened in 1904. The Orme Institution grew. The Workers Party of Tarvia "
            "and the Workers Party of Vell met; the Workers Party split.")
    ents = _entities(text, ("Orme Institution of Lusk", "ORG"), ("Orme Institution", "ORG"),
                     ("Workers Party of Tarvia", "ORG"), ("Workers Party of Vell", "ORG"), ("Workers Party", "ORG"))
    names = Names(ents, text)
    assert names(ents[1]) == "Orme Institution of Lusk" and names(ents[4]) == "Workers Party"
    alone = "The Vell Institute of Arts opened in 1890. In 1939 the Institute closed."
    ents = _entities(alone, ("Vell Institute of Arts", "ORG"), ("Institute", "ORG"))
    assert Names(ents, alone)(ents[1]) == "Vell Institute of Arts"


def _roles(text: str, trigger: str) -> dict:
    from pipeline import label_roles

    start = text.index(trigger)
    return label_roles(text, [(start, start + len(trigger))])[0]


def test_a_person_named_by_a_title_of_a_place_is_the_whole_title():
    r = _roles("In 1790 the Sultan of Tarsk attacked the fort of Lusk.", "attacked")
    assert r["actors"] == ["Sultan of Tarsk"] and "Tarsk" not in r["participants"] + r["places"]
    r = _roles("In 1812 Orme signed a treaty with the Emir of Vellabad.", "signed")
    assert "Emir of Vellabad" in r["participants"] and "Vellabad" not in r["participants"]
    # No title before "of": the place stays the place.
    assert "Tarsk" in _roles("In 1790 the armies of Tarsk attacked the fort of Lusk.", "attacked")["actors"]


def test_a_region_after_a_town_and_a_town_taken_for_a_person_are_places():
    r = _roles("The second club was founded in Kingston, Ontario and started in 1883.", "started")
    assert "Ontario" not in r["actors"] + r["participants"]
    r = _roles("In 1862 the regiment spent the week marching from Poolesville to Sandy Hook, Maryland.", "marching")
    assert "Sandy Hook" not in r["participants"] and "Sandy Hook" in r["places"]


def test_a_mention_keeps_the_title_the_text_writes():
    r = _roles("In 1990 Dr Toni Harlow examined the rhinoceros.", "examined")
    assert r["actors"] == ["Toni Harlow"] and r["actor_mentions"] == ["Dr Toni Harlow"]


def test_a_store_named_in_the_possessive_keeps_its_s_and_an_owner_does_not():
    r = _roles("Mellin's became Garrow's in 1992.", "became")
    assert r["actors"] == ["Mellin's"] and r["actor_mentions"] == ["Mellin's"]
    # An owner: "Napoleon's army", and a name the text also writes bare.
    r = _roles("Napoleon crossed the Rhine. In 1805 Napoleon's army crossed it. Napoleon's was the larger force.", "army")
    assert r["actors"] == ["Napoleon"]
    assert _roles("In 1805 Napoleon's army crossed the Rhine.", "crossed")["actors"] == ["Napoleon"]


def test_a_natural_features_name_is_a_place_and_a_person_so_named_is_not():
    r = _roles("In 2006, Orme Coulee was producing about 50,000 barrels of oil per day.", "producing")
    assert r["actors"] == [] and r["places"] == ["Orme Coulee"]
    r = _roles("In 1702 the army of Tarvia marched into the Orme Valley.", "marched")
    assert r["actors"] == ["Tarvia"] and "Orme Valley" in r["places"]
    r = _roles("On 3 May 1975 the police arrested the writer Mara Forest in Lusk.", "arrested")
    assert "Mara Forest" in r["participants"]
    # Islands are often a territory that takes part, not a feature.
    assert "Orme Islands" in _roles("Tarvia occupied the Orme Islands in April 1702.", "occupied")["participants"]


def test_one_first_name_under_two_surnames_stays_two_names_and_is_suspected():
    text = "Mara Orlin was born in Lusk. In 1980 Mara Venn married. Tomas Hallam and Tomas Orme Lusk met."
    ents = _entities(text, ("Mara Orlin", "PERSON"), ("Mara Venn", "PERSON"), ("Tomas Hallam", "PERSON"),
                     ("Tomas Orme Lusk", "PERSON"))
    names = Names(ents, text)
    assert [names(e) for e in ents] == ["Mara Orlin", "Mara Venn", "Tomas Hallam", "Tomas Orme Lusk"]
    assert names.maybe_same == {("Mara Orlin", "Mara Venn")}


def test_a_bare_surname_names_the_person_a_park_is_named_after_when_no_one_else_bears_it():
    text = "Tarn Orme Park opened in 2003 in Lusk. The park was renamed for Orme, who had died in 1995."
    ents = _entities(text, ("Tarn Orme Park", "FAC"), ("Lusk", "GPE"), ("Orme", "PERSON"))
    assert Names(ents, text)(ents[-1]) == "Tarn Orme"
    # Another Orme named in full, or a place's own name ("New Lusk Stadium"), gives no such person.
    other = "Tarn Orme Park opened in 2003. Mara Orme spoke. Orme left."
    ents = _entities(other, ("Tarn Orme Park", "FAC"), ("Mara Orme", "PERSON"), ("Orme", "PERSON"))
    assert Names(ents, other)(ents[-1]) == "Mara Orme"
    place = "New Lusk Stadium opened in 2003. Lusk spoke."
    ents = _entities(place, ("New Lusk Stadium", "FAC"), ("Lusk", "PERSON"))
    assert Names(ents, place)(ents[-1]) == "Lusk"


def test_a_year_before_a_meeting_or_a_body_is_no_part_of_its_name():
    text = "The 1961 Vellcon was held in Orme. Vellcon moved to Lusk."
    ents = _entities(text, ("1961 Vellcon", "ORG"), ("Vellcon", "ORG"))
    assert [Names(ents, text)(e) for e in ents] == ["Vellcon", "Vellcon"]


def test_a_company_named_in_full_then_by_its_first_words_is_the_full_name():
    text = "Vantor Gas Systems Inc. cut 200 jobs in 1995. In March 1996 Vantor sold its pipeline unit."
    ents = _entities(text, ("Vantor Gas Systems Inc.", "ORG"), ("Vantor", "PERSON"))
    assert Names(ents, text)(ents[-1]) == "Vantor Gas Systems Inc."
    # Cut at the apostrophe, the full name untagged: the owner's name and the business's plural after it.
    shop = "Tully's Bakeries opened a plant in Lusk in 1990. In 1994 Tully closed the plant."
    ents = _entities(shop, ("Lusk", "GPE"), ("Tully", "PERSON"))
    assert Names(ents, shop)(ents[-1]) == "Tully's Bakeries"


def test_a_short_name_stays_where_it_may_be_another_party():
    # An abbreviation beside its unit's name: a parent and its unit.
    text = "CBS Cable closed in 1982. In 1983 CBS sold the studio."
    ents = _entities(text, ("CBS Cable", "ORG"), ("CBS", "ORG"))
    assert Names(ents, text)(ents[-1]) == "CBS"
    # A founder named in full: his surname is the man.
    founder = "Orme Timber Ltd was founded by Tomas Orme. In 1970 Orme left the firm."
    ents = _entities(founder, ("Orme Timber Ltd", "ORG"), ("Tomas Orme", "PERSON"), ("Orme", "PERSON"))
    assert Names(ents, founder)(ents[-1]) == "Tomas Orme"
    # Written alone before the full name: its own name; two bodies it starts: neither; a state: a state.
    first = "Vantor sold the plant in 1990. Vantor Gas Systems Inc. bought it."
    ents = _entities(first, ("Vantor", "ORG"), ("Vantor Gas Systems Inc.", "ORG"))
    assert Names(ents, first)(ents[0]) == "Vantor"
    two = "Vantor Gas and Vantor Rail split in 1990. In 1991 Vantor sued."
    ents = _entities(two, ("Vantor Gas", "ORG"), ("Vantor Rail", "ORG"), ("Vantor", "ORG"))
    assert Names(ents, two)(ents[-1]) == "Vantor"
    army = "Orme's Army marched in 1750. In 1751 Orme retreated."
    ents = _entities(army, ("Army", "ORG"), ("Orme", "PERSON"))
    assert Names(ents, army)(ents[-1]) == "Orme"


def test_a_name_in_capitals_is_the_name_the_prose_writes_in_ordinary_case():
    text = "VANTOR GAS\nVantor Gas was founded in 1901. NATO and Orme Ltd met. In 1990 VANTOR GAS sold a plant."
    ents = _entities(text, ("VANTOR GAS", "ORG"), ("Vantor Gas", "ORG"), ("NATO", "ORG"), ("Orme Ltd", "ORG"),
                     ("VANTOR GAS", "ORG"))
    names = Names(ents, text)
    assert names(ents[0]) == names(ents[-1]) == "Vantor Gas"
    assert names(ents[2]) == "NATO"  # an abbreviation the prose never writes otherwise stays


def test_a_names_generic_plural_is_no_party_where_the_document_names_the_one():
    text = "The League of Justice met in 1920. In 1921 Leagues of Justice formed in Lusk and Orme."
    ents = _entities(text, ("League of Justice", "ORG"), ("Leagues of Justice", "ORG"))
    names = Names(ents, text)
    assert id(ents[1]) in names.fragments and id(ents[0]) not in names.fragments
    alone = "In 1772 Committees of Correspondence formed in Orme."
    ents = _entities(alone, ("Committees of Correspondence", "ORG"))
    assert not Names(ents, alone).fragments


def test_a_generic_plural_is_not_listed_among_the_parties():
    from pipeline import label_roles

    text = "The League of Justice met in 1920. In 1921 Leagues of Justice formed in Lusk and Orme."
    start = text.index("formed")
    r = label_roles(text, [(start, start + len("formed"))])[0]
    assert "Leagues of Justice" not in r["actors"] + r["participants"]


def _canonical(text: str, *spans: tuple[str, str]) -> list[str]:
    ents = _entities(text, *spans)
    names = Names(ents, text)
    from pipeline.stories.party_names import document_canonicaliser
    canonical = document_canonicaliser(ents, names)
    return [canonical(names(e)) for e in ents]


def test_a_name_and_its_alias_given_with_a_cue_are_one_party_by_the_usual_name():
    # After a language's label the English name is the usual one.
    assert _canonical("The Vandari (Latin: Vandarii) crossed the Rhine. The Vandarii took Orm.",
                      ("Vandari", "NORP"), ("Vandarii", "NORP"), ("Vandarii", "NORP")) == ["Vandari"] * 3
    # "also known as": the name the document uses more often.
    assert _canonical("Tarsk Horde\n\nThe Ulus of Bato, also known as the Tarsk Horde, was a khanate. "
                      "The Tarsk Horde attacked Vell.",
                      ("Ulus of Bato", "GPE"), ("Tarsk Horde", "ORG"), ("Tarsk Horde", "ORG")) == ["Tarsk Horde"] * 3
    # No cue, no alias: a party's affiliation or a later name in brackets stays its own name.
    assert _canonical("Mara Orme (Liberal) won. Tarvia (now Lusk) fell.", ("Mara Orme", "PERSON"),
                      ("Liberal", "NORP"), ("Tarvia", "GPE"), ("Lusk", "GPE")) == ["Mara Orme", "Liberal", "Tarvia", "Lusk"]


def test_a_slash_form_and_a_states_long_form_are_the_states_short_name():
    assert _canonical("The Kingdom of Akkar rose. Akkar/Akkad conquered Ur. Akkar fell.", ("Kingdom of Akkar", "GPE"),
                      ("Akkar/Akkad", "GPE"), ("Ur", "GPE"), ("Akkar", "GPE")) == ["Akkar", "Akkar", "Ur", "Akkar"]
    # A long form the document never shortens stays whole.
    assert _canonical("The Kingdom of Akkar rose.", ("Kingdom of Akkar", "GPE")) == ["Kingdom of Akkar"]
    # A caliphate or an emirate named after its city is not the city, nor the other state of that city.
    assert _canonical("The Emirate of Vorda, and from 929, the Caliphate of Vorda, ruled Vorda.",
                      ("Emirate of Vorda", "GPE"), ("Caliphate of Vorda", "GPE"), ("Vorda", "GPE")) == \
        ["Emirate of Vorda", "Caliphate of Vorda", "Vorda"]


def test_a_peerage_after_the_persons_full_name_is_that_person():
    assert _canonical("Margaret Hilda Orme, Baroness Orme was a stateswoman.", ("Margaret Hilda Orme", "PERSON"),
                      ("Baroness Orme", "PERSON")) == ["Margaret Hilda Orme"] * 2
    assert person_name("Pandit Ravi Tarvi") == "Ravi Tarvi"


def test_two_parties_written_with_a_slash_stay_as_written():
    from pipeline.events.alias_names import slash_name

    assert slash_name("Kyiv/Kiev") == "Kyiv" and slash_name("Tarvia/Lusk") == "Tarvia/Lusk"
