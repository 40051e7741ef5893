"""The article's subject far from its name (issue 31: "they", "it", "the band" and subjectless list
lines of an encyclopedia article): invented articles, regression tests (the events audit measures)."""

from pipeline import label_roles


def roles(text: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return label_roles(text, [(start, start + len(word))])[0]


BAND = ("Grimwold are an English punk rock band from Derby. Their songs ranged from protest to farce. "
        "Formed in 1986, they signed to a small label later that year. In 1991 they toured Canada. "
        "The band split up in 1994.")


def test_they_far_from_an_untagged_band_name_is_the_band():
    assert roles(BAND, "toured")["actors"] == ["Grimwold"]
    assert roles(BAND, "toured")["resolved"] == ["Grimwold"]


def test_the_bare_defining_noun_is_the_article_subject():
    assert roles(BAND, "split")["actors"] == ["Grimwold"]


def test_it_stands_for_a_singular_body_while_it_stays_in_view():
    text = ("KXRT 104 FM is a radio station in Perth. It plays country music. "
            "It launched a sister station in 1996.")
    assert roles(text, "launched")["actors"] == ["KXRT 104 FM"]


def test_another_subject_in_between_takes_the_lead_out_of_view():
    text = ("KXRT 104 FM is a radio station in Perth. The old transmitter was sold to a museum. "
            "It was dismantled in 1996.")
    assert roles(text, "dismantled")["participants"] == []
    text = "Grimwold are an English punk rock band. The album sold well. In 1991 it was reissued."
    assert roles(text, "reissued")["participants"] == []


def test_a_place_article_gives_no_lead():
    text = "The Orrin is a river in Scotland. In 1820 it flooded the town."
    assert roles(text, "flooded")["actors"] == []


def test_a_biography_list_line_without_a_subject_is_its_subjects():
    text = ("Walter James Peabody (born May 3, 1948) is a former American football player. "
            "Graduated in 1966. Was voted Most Valuable Player by the Tulsa Tribune in 1969.")
    assert roles(text, "Graduated")["actors"] == ["Walter James Peabody"]
    r = roles(text, "voted")
    assert "Walter James Peabody" in r["participants"]
    assert "Walter James Peabody" not in r["actors"]


def test_a_line_with_a_subject_of_its_own_is_not_the_subjects():
    text = ("Walter James Peabody (born May 3, 1948) is a former American football player. "
            "The team folded in 1972.")
    assert roles(text, "folded")["actors"] == []


def test_a_passive_verb_joined_to_a_list_lines_active_one_is_done_to_the_subject():
    text = ("Walter James Peabody (born May 3, 1948) is a former American football player. "
            "Left camp in July 1972, and was traded to the Chicago Bears.")
    assert roles(text, "Left")["actors"] == ["Walter James Peabody"]
    r = roles(text, "traded")
    assert "Walter James Peabody" in r["participants"] and r["actors"] == []



def test_a_named_body_opening_the_article_with_its_act_is_its_subject():
    text = ("Hartley Wireless Company began trading on 14 October 1931. Its focus is on news and sport. "
            "In 1996 it launched a sister station.")
    assert roles(text, "launched")["actors"] == ["Hartley Wireless Company"]


def test_a_pronoun_patient_the_parser_hangs_off_the_auxiliary_opening_a_paragraph_is_the_subject():
    text = ("Tom Varley was a Canadian boxer. He won the national title in 1970 and beat Joe Orr in 1971.\n\n"
            "In 1978, he was upset by South African puncher Kallie Knoetze.")
    r = roles(text, "upset")
    assert r["participants"] == ["Tom Varley"] and r["actors"] == ["Kallie Knoetze"]


def test_they_opening_a_paragraph_of_a_band_article_is_the_band():
    text = "The Crows are an English rock band from Leeds. The Crows formed in 1986.\n\nIn 1997 they released a demo."
    assert roles(text, "released")["actors"] == ["Crows"]


def test_a_units_record_lines_opening_with_a_participle_are_done_to_the_unit():
    text = ("The 412th Bomb Wing is a unit of the Tarvian Air Force.\n\nActivated on 27 March 1943.\n\n"
            "Moved to Lusk in 1944.")
    assert roles(text, "Activated")["participants"] == ["412th Bomb Wing"]
    assert roles(text, "Activated")["actors"] == []


def test_a_bodys_list_line_with_its_own_object_is_its_act():
    text = "The Orme Rovers are an English rock band from Leeds.\n\nReleased their second album in 1996."
    assert roles(text, "Released")["actors"] == ["Orme Rovers"]


def test_a_plural_looking_name_a_singular_verb_defines_is_it():
    text = ("Orme Timber Partners was a publicly traded partnership founded in 1988. The partnership went "
            "public in 1994. It filed for bankruptcy in June 2003.")
    assert roles(text, "filed")["actors"] == ["Orme Timber Partners"]


def test_the_company_is_the_business_the_article_defines():
    text = ("Caloma Bicycles Inc. is a Brazilian bicycle manufacturer founded in 1898. In 1948 the company was "
            "directed by Bruno Lusk.")
    assert roles(text, "directed")["participants"] == ["Caloma Bicycles Inc."]
    text = ("The Tarn Rovers are an English rock band from Leeds. In 1990 the company was sold to Bruno Lusk.")
    assert "Tarn Rovers" not in roles(text, "sold")["participants"]


def test_the_band_is_the_article_band_before_any_body_named_nearby():
    text = ("Grimwold are an English rock band from Derby. The other award went to Madina Lake. On 1 November "
            "2007 the band won the Orme Music Award for Rock Out.")
    assert roles(text, "won")["actors"] == ["Grimwold"]


def test_a_name_the_parser_makes_the_root_with_the_copula_as_its_aside_keeps_its_defining_noun():
    # The parse as the model gives it for "Orme Pacific Partners, L.P. was a partnership founded in 1988."
    # (built by hand: invented names rarely draw the same misparse).
    import spacy
    from spacy.tokens import Doc

    from pipeline.core.records import Entity
    from pipeline.events.lead_subject import find_lead

    words = ["Orme", "Pacific", "Partners", ",", "L.P.", "was", "a", "partnership", "founded", "in", "1988", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, True, True, True, True, True, True, True, False, False],
              heads=[2, 2, 2, 5, 5, 2, 7, 5, 7, 8, 9, 2],
              deps=["compound", "compound", "ROOT", "punct", "nsubj", "parataxis", "det", "attr", "acl", "prep",
                    "pobj", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "AUX", "DET", "NOUN", "VERB", "ADP", "NUM", "PUNCT"],
              tags=["NNP", "NNP", "NNPS", ",", "NNP", "VBD", "DT", "NN", "VBN", "IN", "CD", "."])
    entity = Entity(0, 22, "Orme Pacific Partners", "ORG", "model", None)
    lead = find_lead([(0, doc)], [entity], lambda e: e.text)
    assert lead is not None and lead.kind == "body" and lead.noun == "partnership"


def test_an_article_about_a_state_its_it_is_the_state_a_party():
    from pipeline import label_roles
    text = "Saxony, officially the Free State of Saxony, is an autonomous state in Europe. It was formed in 1998."
    start = text.index("formed")
    assert label_roles(text, [(start, start + len("formed"))])[0]["participants"] == ["Saxony"]
    # a city's article: its "it" stays the place it is, no party
    text = "Orrin is a small city in Saxony. It was flooded in 1998."
    start = text.index("flooded")
    assert label_roles(text, [(start, start + len("flooded"))])[0]["participants"] == []


def test_a_lead_a_title_or_a_trade_defines_is_a_person_whatever_the_model_made_of_the_name():
    # an untagged name "of" a place: the person, named by the words before the place, never the place
    r = roles("Sigismund of Luxembourg was Holy Roman Emperor from 1433 until his death in 1437.", "death")
    assert r["actors"] == ["Sigismund"]
    # a person's name the model took for a body, defined by a trade
    r = roles("Benito Pablo Juárez García was a Mexican politician who served as president from 1858 "
              "until his death in 1872.", "death")
    assert r["actors"] == ["Benito Pablo Juárez García"]
    # a town's article stays a place's: its "it" is no party
    assert roles("Lusk is a city in Tarvia. In 1433 it was annexed by Orm.", "annexed")["participants"] == []
