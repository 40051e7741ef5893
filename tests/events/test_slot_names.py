"""A side the model left untagged or took for a building, named in a party slot (issue 31); invented
sentences, regression tests."""

from tests.events.test_role_shapes import roles


def test_a_side_taken_for_a_building_after_over_is_a_party():
    r = roles("The Hawks recorded their first victory over the Vela Pilots in 1990.", "victory")
    assert r["participants"] == ["Vela Pilots"]


def test_a_place_or_a_venue_in_the_slot_is_no_party():
    r = roles("In 1999 the ship collided with the Golden Gate Bridge.", "collided")
    assert r["participants"] == []
    r = roles("In 1999 the regiment fought against the Tarsk Line defenders.", "fought")
    assert r["participants"] == []


def test_an_agent_left_untagged_is_an_actor_but_a_force_of_nature_is_not():
    r = roles("In 1969 he was voted best player by Tom Orme and Tarsk Evening Herald.", "voted")
    assert set(r["actors"]) == {"Tom Orme", "Tarsk Evening Herald"}
    r = roles("In 1906 the town was destroyed by the Great Fire.", "destroyed")
    assert r["actors"] == []
    r = roles("In 2005 the hall was hit by Hurricane Katrina.", "hit")
    assert r["actors"] == []
