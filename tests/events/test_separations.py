"""The state a land breaks away from is a party, not a place (issue 31, history leads): invented
sentences of the same shapes, regression tests."""

from pipeline import label_roles


def roles(text: str, word: str) -> dict:
    start = text.index(word)
    return label_roles(text, [(start, start + len(word))])[0]


def test_the_state_independence_or_secession_is_from_takes_part():
    r = roles("In 1821 Mexico declared independence from Spain.", "declared")
    assert r["actors"] == ["Mexico"] and r["participants"] == ["Spain"] and r["places"] == []
    r = roles("In 1830 Belgium seceded from the Netherlands.", "seceded")
    assert r["actors"] == ["Belgium"] and r["participants"] == ["Netherlands"] and r["places"] == []
    assert roles("Brazil became independent from Portugal in 1822.", "became")["participants"] == ["Portugal"]


def test_a_nationality_s_rule_or_control_a_land_is_lost_from_is_its_state():
    r = roles("The loss of Egypt from Ottoman control in 1882 weakened the state.", "loss")
    assert r["participants"] == ["Egypt", "Ottoman Empire"]


def test_a_place_someone_comes_from_stays_a_place():
    r = roles("In 1821 the envoy returned from Spain.", "returned")
    assert r["participants"] == [] and r["places"] == ["Spain"]
