"""A people named by its plural is a party even where the model tagged it as a person (issue 31, blind
judges' finding on history leads): invented sentences of the same shape, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_peoples_plural_after_the_acts_and_is_acted_on():
    r = roles("The Goths invaded Italy in 410.", "invaded")
    assert r["actors"] == ["Goths"] and r["participants"] == ["Italy"]
    assert roles("The Seljuks defeated the Byzantines in 1071.", "defeated")["actors"] == ["Seljuks"]
    assert roles("The Aztecs founded Tenochtitlan in 1325.", "founded")["actors"] == ["Aztecs"]


def test_a_singular_after_the_stays_out():
    # "the Blitzkrieg" is a term, not a people: a one-word name after "the" with no plural ending
    assert "Blitzkrieg" not in roles("The Blitzkrieg overran Poland in 1939.", "overran")["actors"]


def test_the_leader_a_side_acts_under_acts_too_where_the_model_left_him_untagged():
    r = roles("In 1453 the Ottomans under Mehmed II captured Constantinople.", "captured")
    assert r["actors"] == ["Ottoman Empire", "Mehmed II"] and r["participants"] == ["Constantinople"]
    # a law or a rule one lives under is no leader
    assert roles("The Jews under Roman Law suffered in 100.", "suffered")["actors"] == ["Jews"]


def test_a_sentence_s_one_verb_misparsed_as_its_subject_s_participle_is_still_done_by_the_subject():
    r = roles("The Huguenots rebelled against Louis XIII in 1625.", "rebelled")
    assert r["actors"] == ["Huguenots"] and r["participants"] == ["Louis XIII"]
    # a true participle beside a main verb keeps its passive reading
    r = roles("The Tarvian soldiers captured in 1945 were released in 1947.", "captured")
    assert r["actors"] == []


def test_a_dropped_singular_name_is_a_realm_only_where_the_sentence_says_so():
    r = roles("The Qing under the Kangxi Emperor conquered Taiwan in 1683.", "conquered")
    assert sorted(r["actors"]) == ["Kangxi Emperor", "Qing"] and r["participants"] == ["Taiwan"]
    r = roles("The unification of China by the Qin state in 221 BC ended the period.", "unification")
    assert r["actors"] == ["Qin state"] and r["participants"] == ["China"]


def test_a_people_s_fighters_stand_for_the_people():
    # "conquerors", "colonizers" are a people's force like "troops": the people acts
    assert roles("Muslim conquerors took the city in 711.", "took")["actors"] == ["Muslims"]
    assert roles("Arab conquerors took the city in 711.", "took")["actors"] == ["Arabs"]


def test_a_people_the_model_tags_a_location_acts_as_subject_and_agent():
    assert roles("The Visigoths sacked Rome in 410.", "sacked")["actors"] == ["Visigoths"]
    assert roles("Rome was sacked by the Visigoths in 410.", "sacked")["actors"] == ["Visigoths"]
    # a region named by a plural that is acted on stays no party
    assert "Balkans" not in roles("The Ottomans conquered the Balkans in 1400.", "conquered")["participants"]


def test_a_capitalised_plural_the_tagger_took_for_a_common_noun_is_a_people():
    r = roles("The Orm Caliphate was established by the Lusks in 750.", "established")
    assert r["actors"] == ["Lusks"] and r["participants"] == ["Orm Caliphate"]


def test_a_counterpart_the_tagger_took_for_a_common_plural_takes_part():
    assert roles("In 1918 Tarvia signed an armistice with the Allies.", "signed")["participants"] == ["Allies"]
    assert roles("In 1918 Tarvia made peace with the Allies.", "peace")["participants"] == ["Allies"]


def test_a_people_the_model_tagged_as_its_language_takes_part():
    r = roles("The English defeated the French at Agincourt in 1415.", "defeated")
    assert r["actors"] == ["England"] and r["participants"] == ["France"]
    # the language itself, without an article, is no party
    assert roles("In 1600 the English language spread to Ireland.", "spread")["actors"] == []
