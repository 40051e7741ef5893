"""Paraphrase kinds: a verb that tells a kind only by what it acts on, and general words for things."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import themes_agree
from pipeline.stories.triggers import covers, same_kind, trigger_kinds


def test_handing_over_or_returning_a_held_person_is_a_handover():
    for verb in ("hand", "return", "turn", "deliver"):
        assert trigger_kinds(verb, "the suspect") & trigger_kinds("extradite"), verb
    assert trigger_kinds("return", "two prisoners") == trigger_kinds("hand", "the fugitive")
    assert trigger_kinds("hand", "the boy") & trigger_kinds("repatriate")


def test_handing_or_returning_a_thing_or_nobody_is_no_handover():
    assert not trigger_kinds("return", "the money") & trigger_kinds("extradite")
    assert not trigger_kinds("hand", "a letter") & trigger_kinds("extradite")
    assert not trigger_kinds("return") & trigger_kinds("extradite")  # "returned home"
    assert not same_kind("return", "extradite")


def test_a_body_embracing_or_admitting_members_is_their_joining():
    assert trigger_kinds("embrace", "three") & trigger_kinds("accede")
    assert trigger_kinds("admit", "new members") & trigger_kinds("join")
    assert trigger_kinds("welcome", "the countries") & trigger_kinds("accession")
    assert not trigger_kinds("embrace", "the idea") & trigger_kinds("accede")
    assert not trigger_kinds("embrace") & trigger_kinds("join")


def test_a_general_word_covers_its_specific_things_only():
    assert covers("weapon", "rifle") and covers("weapons", "rifles") and covers("vessel", "boat")
    assert not covers("rifle", "weapon") and not covers("rifle", "pistol") and not covers("weapon", "car")
    assert themes_agree("a weapon", "the rifle") and themes_agree("the rifle", "a weapon")
    assert themes_agree("the rifle", "a pistol") is False
    assert themes_agree("the car", "a weapon") is False


def test_a_verb_of_going_through_takes_the_kind_of_what_went_through():
    from pipeline.stories.triggers import piercing_kind

    assert piercing_kind("tear", "Nothing could stop the assassin's bullet that ") == "kill"
    assert piercing_kind("rip", "At dawn a bullet apparently ") == "kill"
    assert piercing_kind("tear", "On Friday an explosion ") == "bomb"
    assert piercing_kind("rip", "A car bomb ") == "bomb"
    # no such subject right before it: the verb keeps its own kind
    assert piercing_kind("tear", "The protesters ") is None
    assert piercing_kind("tear", "After the explosion the crowd ") is None
    assert piercing_kind("shoot", "A bullet ") is None


def test_a_force_moving_into_a_territory_is_an_invasion_only_with_into_through_or_across():
    from pipeline.stories.triggers import moves_in

    assert moves_in("sweep", " into the Lusk valley on 17 September")
    assert moves_in("pour", " rapidly across the border")
    assert moves_in("march", " through Tarsk")
    assert not moves_in("march", " in the parade on Sunday")
    assert not moves_in("sweep", " the election in 1936")
    assert not moves_in("sign", " into law")


def test_troops_sweeping_into_a_territory_tell_the_invasion():
    import pandas as pd

    from pipeline.stories.merge import build_stories

    def row(doc: str, trigger: str, sentence: str, word: str, actors: list[str]) -> dict:
        at = sentence.index(word)
        return {"doc_id": doc, "event_id": 0, "date_start": date(1939, 9, 17), "date_end": date(1939, 9, 17),
                "date_text": "17 September 1939", "means": None, "granularity": "day", "trigger": trigger,
                "actors": actors, "participants": ["Lusk"], "places": [], "theme": None, "citation_ids": [],
                "sentence_id": 0, "sentence": sentence, "trigger_start": at, "trigger_end": at + len(word),
                "clean_start": 0}

    invaded = row("a", "invade", "Tarvia invaded Lusk on 17 September 1939.", "invaded", ["Tarvia"])
    swept = row("b", "sweep", "On 17 September 1939 Tarvian troops swept into Lusk.", "swept", ["Tarvia"])
    _, story_of = build_stories(pd.DataFrame([invaded, swept]), ["Tarvia", "Lusk"])
    assert story_of["a#0"] == story_of["b#0"]
    # sweeping an election is no invasion
    won = row("b", "sweep", "On 17 September 1939 the Tarvian party swept the election in Lusk.", "swept",
              ["Tarvia"])
    _, story_of = build_stories(pd.DataFrame([invaded, won]), ["Tarvia", "Lusk"])
    assert story_of["a#0"] != story_of["b#0"]
