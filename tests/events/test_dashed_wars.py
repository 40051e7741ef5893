"""The sides a war's dashed name gives are its actors (issue 31, blind judges' finding on history leads):
invented sentences of the same shape, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_a_war_named_after_two_unknown_realms_has_both_as_actors():
    assert roles("The Orm–Lusk War (1533–1592) ruined the country.", "War")["actors"] == ["Orm", "Lusk"]
    assert roles("The Vell–Tarsk conflict began in 1201.", "conflict")["actors"] == ["Vell", "Tarsk"]


def test_a_verb_of_the_war_s_course_takes_the_sides_of_its_subject():
    assert roles("The Vell–Tarsk War broke out in 1201.", "broke")["actors"] == ["Vell", "Tarsk"]


def test_a_dynasty_s_word_is_its_house_and_a_known_people_s_word_its_state():
    r = roles("The Ottoman–Safavid War (1532–1555) ruined the country.", "War")
    assert r["actors"] == ["Ottoman Empire", "Safavids"]


def test_no_side_from_an_unknown_combining_form_a_non_war_or_a_transitive_verb():
    assert roles("The Nagorno–Karabakh War began in 1988.", "War")["actors"] == []
    assert roles("The Orm–Lusk talks began in 1201.", "talks")["actors"] == []
    # the war did the ruining; its sides are not said to have ruined Vell
    assert "Orm" not in roles("The Orm–Lusk War ruined Vell in 1540.", "ruined")["actors"]
