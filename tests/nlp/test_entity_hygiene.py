"""Entity spans (pipeline.nlp.entity_hygiene) read through label_roles; invented text."""


def _roles(text: str, trigger: str) -> dict:
    from pipeline import label_roles

    start = text.index(trigger)
    return label_roles(text, [(start, start + len(trigger))])[0]


def test_a_bodys_name_keeps_its_of_place_tail_the_model_left_off():
    text = "Regulators seized Union Savings Association of Ohio on 3 May 1990."
    assert _roles(text, "seized")["participants"] == ["Union Savings Association of Ohio"]
    # The short name after it is the same body.
    later = text + " On 4 May 1990 Union Savings Association closed its branches."
    assert _roles(later, "closed")["actors"] == ["Union Savings Association of Ohio"]


def test_a_bodys_name_takes_no_common_words_after_of():
    text = "On 3 May 1990 the Orme Farmers Association of small growers sued Lusk Ltd."
    r = _roles(text, "sued")
    assert not any("growers" in n for n in r["actors"] + r["participants"])


def test_a_year_or_its_era_run_into_a_name_is_no_part_of_it():
    # "1200 BC the Orm…", "1980 Tarlo Holdings Corp.": the model ran the date into the name.
    r = _roles("In 1200 BC the Ormites crossed the river Vell.", "crossed")
    assert r["actors"] == ["Ormites"]
    r = _roles("In 1980 Tarlo Holdings Corp. (TH) acquired Venn Inc.", "acquired")
    assert r["actors"] == ["Tarlo Holdings Corp."]


def test_a_business_whose_name_holds_a_possessive_keeps_it():
    # "'s" before its legal form: the name holds it; and a verb after "'s" owns nothing
    text = "On 3 May 1990 Venn & Orme's Corp. lowered its rating on Tarlo Inc. On 4 May Venn & Orme's cut it again."
    assert _roles(text, "cut")["actors"] == ["Venn & Orme's"] or _roles(text, "cut")["actors"] == ["Venn & Orme's Corp."]
    assert _roles("On 4 May 1990 Venn & Orme's placed the bonds on its list.", "placed")["actors"] == ["Venn & Orme's"]
    # a possessive before a noun it owns stays the owner
    assert _roles("On 4 May 1990 Orme's army crossed the Vell.", "crossed")["actors"] != ["Orme's"]


def test_an_era_word_alone_is_no_name():
    # The model tags "BC" of "1046 BC" an organisation: no party.
    text = "The Orm state was founded in the 11th century BC. A date of 1046 BC for the Orm's founding is supported by the Vell Chronology Project and Tomas Arden."
    r = _roles(text, "supported")
    assert "BC" not in r["actors"] + r["participants"]
