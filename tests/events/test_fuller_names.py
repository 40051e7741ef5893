"""The document's fuller name for a short form (pipeline.events.fuller_names), through label_roles; invented text."""

from pipeline.stories.party_names import country_name, mention_party


def _roles(text: str, trigger: str) -> dict:
    from pipeline import label_roles

    start = text.index(trigger)
    return label_roles(text, [(start, start + len(trigger))])[0]


def test_a_bare_head_word_is_the_one_state_the_document_names_with_it():
    text = "The Orm Caliphate was founded in 750. In 1258 the Caliphate attacked Tarsk."
    assert _roles(text, "attacked")["actors"] == ["Orm Caliphate"]


def test_a_bare_head_word_no_one_name_completes_is_no_party():
    text = "The Orm Caliphate and the Vell Caliphate were rivals. In 1258 the Caliphate attacked Tarsk."
    assert "Caliphate" not in _roles(text, "attacked")["actors"]


def test_a_dynastys_short_name_and_a_peoples_plural_are_the_dynasty_or_state_named_in_full():
    assert _roles("The Han dynasty ruled Orm. In 111 BC the Han conquered Tarsk.", "conquered")["actors"] == \
        ["Han dynasty"]
    assert _roles("The Ottoman Empire grew. In 1453 the Ottomans captured Orm.", "captured")["actors"] == \
        ["Ottoman Empire"]


def test_a_regnal_name_is_the_fuller_form_of_the_document():
    text = "Charles IV of Vell was born in 1316. In 1350 Charles IV invaded Lusk."
    assert _roles(text, "invaded")["actors"] == ["Charles IV of Vell"]


def test_two_rulers_of_one_regnal_name_stay_apart():
    text = "Charles IV of Vell and Charles IV of Orm were rivals. In 1350 Charles IV invaded Lusk."
    assert _roles(text, "invaded")["actors"] == ["Charles IV"]


def test_a_given_name_introduced_as_a_brother_takes_the_familys_name():
    r = _roles("In 1953 Fidel Orme and his brother Raúl attacked the barracks.", "attacked")
    assert r["actors"] == ["Fidel Orme", "Raúl Orme"]


def test_a_wife_keeps_the_name_as_written():
    r = _roles("In 1953 Fidel Orme and his wife Mara attacked the barracks.", "attacked")
    assert "Mara Orme" not in r["actors"]


def test_a_republics_formal_name_is_the_state_and_a_historic_state_is_a_state():
    assert country_name("Republic of Turkey") == "Turkey"
    assert country_name("Republic of Venice") is None
    assert mention_party("Orm Caliphate", "ORG", [])[1:] == ("Orm Caliphate", "state")
    assert mention_party("Empire of Vell", "GPE", [])[1:] == ("Empire of Vell", "state")


def test_a_name_with_an_epithet_is_the_fuller_form_of_the_document():
    from pipeline.core.records import Entity
    from pipeline.events.names import Names

    text = "Rodric the Bold ruled Orm. Rodric died in 1200."
    found = [Entity(0, 15, "Rodric the Bold", "PERSON", "model", None), Entity(27, 33, "Rodric", "PERSON", "model", None)]
    names = Names(found, text)
    assert [names(e) for e in found] == ["Rodric the Bold", "Rodric the Bold"]


def test_a_state_written_with_its_head_word_first_and_last_is_one_name():
    text = "The Sultanate of Orm rose in 1415. In 1529 the Orm Sultanate invaded Tarsk."
    assert _roles(text, "rose")["actors"] == _roles(text, "invaded")["actors"] == ["Orm Sultanate"]


def test_a_kings_title_of_a_place_is_no_state():
    from pipeline.stories.party_names import PartyNames

    assert PartyNames(["King of Congress Orm", "Orm"], states=["Orm"])("King of Congress Orm") == "King of Congress Orm"


def test_a_bodys_bare_head_is_the_one_body_named_of_a_place_and_a_generic_one_alone_no_party():
    from pipeline import label_roles

    text = "The Parliament of Great Orm met in 1640. In 1642 Parliament raised an army."
    start = text.index("raised")
    assert label_roles(text, [(start, start + 6)])[0]["actors"] == ["Parliament of Great Orm"]
    text = "In 1999 the Embassy sued the builders."
    start = text.index("sued")
    assert label_roles(text, [(start, start + 4)])[0]["actors"] == []
