"""Two more variants of every issue-32 shape (other names, other verbs, other date precisions).

``test_story_shapes.py`` holds one pair per shape; a rule that passes only its own sentences is
tuned to them. Each shape here is told twice more in sentences of our own, through the real path
(``pipeline.run``: every stage, then the stories merge).
"""

from __future__ import annotations

import pytest

from pipeline import load_table
from tests.stories.test_story_shapes import row, run_documents

DOCUMENTS = {
    # Two different people hurt in one season: another verb, a season instead of a month.
    "stab_a": "Sergeant Orlo Venn was stabbed by a guard on 3 April 1862.",
    "stab_b": "Later that spring, in April 1862, the merchant Piet Vell was stabbed to death.",
    "sniper_a": "On 9 August 1916 Corporal Emil Brandt was shot by a sniper at 10:40.",
    "sniper_b": "In the summer of 1916 the consul Jonas Harrow was shot dead.",
    # A light verb with unrelated objects.
    "siege_a": "On 2 March 1871 the siege forced the council to flee to Orm.",
    "siege_b": "In March 1871 hunger forced the duke to sell his estates.",
    "debts_a": "On 9 June 1902 the floods forced the villagers to leave Vell.",
    "debts_b": "By 1902 debts had forced the company to close its mills.",
    # One verb, different things.
    "fortress_a": "The fortress of Orm fell on 2 September 1870.",
    "fortress_b": "Grain prices fell sharply in September 1870.",
    "seized_a": "The rebels seized Tarsk in early May 1848.",
    "seized_b": "The ship's cargo was seized in May 1848.",
    # A plan against the happening; a planned date that was called off against the day.
    "agreed_a": "In 1655 the two kings agreed that Sweden would invade Poland in 1656.",
    "agreed_b": "In 1656 a band of rebels invaded the Lusk valley.",
    "postponed_a": "Italy was to attack Greece on 12 March 1915, but the attack was postponed.",
    "postponed_b": "On 12 March 1915 Italy attacked Greece.",
    # A feared or a denied happening against the one told as done (events.modality).
    "feared_a": "In March 1940 the Swedes feared that Germany would attack Sweden in April 1940.",
    "feared_b": "In April 1940 Germany attacked Sweden.",
    "denied_a": "Germany did not attack Norway in May 1940.",
    "denied_b": "In May 1940 Germany attacked Norway.",
    # Two different happenings of one month; two named agreements of one month.
    "ultimatum_a": "Austria made demands of Serbia in July 1914.",
    "ultimatum_b": "Trade stopped before the invasion of 28 July 1914.",
    "treaty_vell_a": "On 2 February 1856 Austria signed the Treaty of Vell.",
    "treaty_vell_b": "In February 1856 Austria signed the Treaty of Orm.",
    # Date and kind alone: one telling names no party, theme or place.
    "armistice_a": "An armistice was signed on 11 May 1871.",
    "armistice_b": "On 11 May 1871 France signed an armistice.",
    "bridge_a": "A bridge was blown up on 3 June 1899.",
    "bridge_b": "On 3 June 1899 rebels blew up the railway station near Orm.",
    # The same common thing on the same day is evidence, but only a guess (no name says which bridge).
    "bridge_c": "On 3 June 1899 rebels blew up a bridge near Orm.",
    # Must merge: acceding to / ratifying a named agreement is its signing.
    "accede_a": "On 14 May 1856 Denmark acceded to the Treaty of Vell.",
    "accede_b": "The Treaty of Vell was signed on May 14, 1856.",
    "ratify_a": "Norway ratified the Convention of Tarsk on 2 June 1870.",
    "ratify_b": "The Convention of Tarsk was signed on 2 June 1870.",
    # Must merge: a light verb's event noun, and a state crossing into a territory.
    "began_a": "Prussia began its invasion on 16 June 1866.",
    "began_b": "On 16 June 1866 Prussia entered the Saxon territories.",
    "carried_a": "The Bulgarians carried out their own invasion on 8 October 1912.",
    "carried_b": "On October 8, 1912 Bulgaria crossed into the Ottoman territories.",
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_documents(tmp_path_factory.mktemp("story_shape_variants"), DOCUMENTS)


@pytest.mark.parametrize("a, b", [
    (("stab_a", "stab"), ("stab_b", "stab")),
    (("sniper_a", "shoot"), ("sniper_b", "shoot")),
    (("siege_a", "force"), ("siege_b", "force")),
    (("debts_a", "force"), ("debts_b", "force")),
    (("fortress_a", "fall"), ("fortress_b", "fall")),
    (("seized_a", "seize"), ("seized_b", "seize")),
    (("agreed_a", "invade"), ("agreed_b", "invade")),
    (("postponed_a", "attack"), ("postponed_b", "attack")),
    (("feared_a", "attack"), ("feared_b", "attack")),
    (("denied_a", "attack"), ("denied_b", "attack")),
    (("ultimatum_a", "make"), ("ultimatum_b", "invasion")),
    (("treaty_vell_a", "sign"), ("treaty_vell_b", "sign")),
    (("armistice_a", "sign"), ("armistice_b", "sign")),
    (("bridge_a", "blow"), ("bridge_b", "blow")),
])
def test_different_happenings_stay_apart(events, a, b):
    ra, rb = row(events, *a), row(events, *b)
    assert ra.story_id != rb.story_id


@pytest.mark.parametrize("a, b", [
    (("accede_a", "accede"), ("accede_b", "sign")),
    (("ratify_a", "ratify"), ("ratify_b", "sign")),
    (("began_a", "invasion"), ("began_b", "enter")),
    (("carried_a", "invasion"), ("carried_b", "cross")),
])
def test_one_happening_told_twice_merges(events, a, b):
    ra, rb = row(events, *a), row(events, *b)
    assert ra.story_id == rb.story_id


def test_a_common_thing_on_one_day_is_a_guess_not_a_sure_merge(tmp_path_factory, events):
    outputs = next(p for p in tmp_path_factory.getbasetemp().rglob("story_shape_variants*/outputs"))
    stories = load_table("stories", outputs)
    a, c = row(events, "bridge_a", "blow"), row(events, "bridge_c", "blow")
    assert a.story_id == c.story_id
    story = stories[stories.story_id == a.story_id].iloc[0]
    assert "thing:bridge" in list(story.evidence) and story.confidence < 0.75
