"""Story shapes (issue 32), in sentences of our own: a person found alive is rescued, a person
found guilty is judged, an official's deed is her body's, a vessel's wreck is its sinking, an announced joining is the invitation, and a
party borrowed from an earlier telling counts only when that telling's parties fit the other mention."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stories.news_corpus import run_reports, story
from pipeline.stories.evidence import Mention, judge
from pipeline.stories.found_kinds import found_kinds
from pipeline.stories.title_bodies import headed_bodies
from pipeline.stories.triggers import trigger_kinds
from pipeline.stories.worded_kinds import worded_kinds

REPORTS = {  # name: (report date, text)
    "found_survivors": ("2001-03-14", "Rescuers found the survivors of the Tarvia ferry off Lusk on Tuesday, "
                                      "the coast guard said."),
    "rescued_survivors": ("2001-03-15", "The survivors of the Tarvia ferry were rescued off Lusk on Tuesday, "
                                        "officials said."),
    "found_clinging": ("2001-03-17", "Orm Vell was found clinging to a raft off the coast of Tarsk on Tuesday."),
    "rescued_person": ("2001-03-18", "Fishermen rescued Orm Vell off the coast of Tarsk on Tuesday."),
    "found_dead": ("2001-03-18", "Police found Lusk Marr dead in his car in Tarsk on Tuesday."),
    "rescued_other": ("2001-03-19", "Lusk Marr was rescued from his car in Tarsk on Tuesday, officials said."),
    "agency_ruled": ("2001-03-09", "The Tarvian Refugee Service ruled Wednesday that Lusk must return to Tarvia."),
    "head_ruled": ("2001-04-02", "In March, Tarvian Refugee Service Commissioner Orm Vell ruled that Lusk should "
                                 "go back to Tarvia."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("stories26_shapes"), REPORTS)



def test_survivors_found_are_the_survivors_rescued(events):
    assert story(events, "found_survivors", "find") == story(events, "rescued_survivors", "rescue")


def test_a_named_person_found_alive_is_the_person_rescued(events):
    assert story(events, "found_clinging", "find") == story(events, "rescued_person", "rescue")


def test_a_person_found_dead_is_no_rescue(events):
    assert story(events, "found_dead", "find") != story(events, "rescued_other", "rescue")


def test_the_kinds_of_a_finding():
    rescue, verdict = "rescue", "rule"
    discover = trigger_kinds("find")
    # "The jury found Orm Vell guilty": a verdict, never "Orm Vell was found clinging to a raft" that day
    assert found_kinds(discover, "find", None, " Orm Vell guilty of fraud on Tuesday.", "The jury ",
                       [], ["Orm Vell"], set()) == {verdict}
    assert found_kinds(discover, "find", None, " dead in his car.", "Lusk Marr was ", [], ["Lusk Marr"], set()) \
        == discover
    assert found_kinds(discover, "find", "the body of Lusk Marr", " on Tuesday.", "Divers ", [], ["Lusk Marr"],
                       set()) == discover
    # "Found clinging to an inner tube in late November, Orm ...": the opening participle's one found is
    # the main clause's subject, which the row holds as its actor
    assert rescue in found_kinds(discover, "find", "inner tube", " clinging to an inner tube, Orm has", "",
                                 ["Orm Vell"], [], set())
    # a thing found, or a state, is no one rescued
    assert found_kinds(discover, "find", "the rifle", " in a barn.", "Police ", [], [], set()) == discover
    assert found_kinds(discover, "find", None, " in a barn.", "Police ", [], ["Tarvia"], {"Tarvia"}) == discover
    # a firm found out is no firm rescued (a bank is "rescued" by a bailout)
    assert found_kinds(discover, "find", None, " had hidden losses.", "Auditors ", [], ["Orm Corp."], set()) \
        == discover
    assert found_kinds(discover, "find", None, " had hidden losses.", "Auditors ", [], ["Lusk Bank"], set()) \
        == discover


def test_a_vessels_wreck_is_its_sinking():
    sink = trigger_kinds("sink")
    assert sink <= worded_kinds(trigger_kinds("wreck"), "wreck", "Orm ferry", " killed twelve.", "The ")
    assert sink <= worded_kinds(trigger_kinds("wreck"), "wreck", None, " her son survived.", "on the boat ")
    assert not sink & worded_kinds(trigger_kinds("wreck"), "wreck", None, " killed two.", "A car ")


def test_an_announced_joining_is_the_invitation():
    invite = trigger_kinds("invite")
    assert invite <= worded_kinds(trigger_kinds("announce"), "announce", None,
                                  " on Friday that Lusk would join the talks.", "Orm ")
    assert invite <= worded_kinds(trigger_kinds("announce"), "announce", None,
                                  " it would accept Poland, Hungary and the Czech Republic.", "the alliance ")
    assert not invite & worded_kinds(trigger_kinds("announce"), "announce", None,
                                     " on Friday that it would raise taxes.", "Orm ")


def _filed(key: str, doc: str, sentence: int, actors: list[str], participants: list[str]) -> Mention:
    return Mention(key=key, doc_id=doc, sentence_id=sentence, start=date(2001, 3, 5), end=date(2001, 3, 5),
                   granularity="day", trigger="filing", kinds=frozenset({"filing"}), night=False, actors=actors,
                   participants=participants, places=[], citations=[], theme=None, states=set())


def test_a_borrowed_party_counts_only_when_its_lenders_parties_fit():
    # report a: "Orm Corp disclosed in a filing with the Tarvian Exchange Board on Monday ... the filing";
    # report b: "Lusk Corp made a filing with the Tarvian Exchange Board on Monday"
    lender = _filed("a#0", "a", 0, ["Orm Corp"], ["Tarvian Exchange Board"])
    borrower = _filed("a#1", "a", 2, [], [])
    borrower.borrowed, borrower.antecedent, borrower.lender = sorted(lender.parties), lender.key, lender
    other_firm = _filed("b#0", "b", 0, ["Lusk Corp"], ["Tarvian Exchange Board"])
    assert judge(borrower, other_firm) is None  # the board alone, Orm's filing is not Lusk's
    same_firm = _filed("c#0", "c", 0, ["Orm Corp"], ["Tarvian Exchange Board"])
    assert judge(borrower, same_firm) is not None


def test_an_officials_ruling_is_her_agencys(events):
    # "Tarvian Refugee Service Commissioner Orm Vell ruled" in March: the Service's ruling of Wednesday the 7th
    assert story(events, "head_ruled", "rule") == story(events, "agency_ruled", "rule")


def test_the_bodies_an_official_heads():
    known, same = {"Tarvian Refugee Service", "Tarvia"}, (lambda n: n)
    state = (lambda n: n == "Tarvia")
    sentence = "In March, Tarvian Refugee Service Commissioner Orm Vell ruled that Lusk should go back."
    assert headed_bodies(sentence, ["Orm Vell"], same, known, state) == ["Tarvian Refugee Service"]
    # one who speaks for it does not act for it; a state's president is no state's deed; an unknown body none
    assert headed_bodies("Tarvian Refugee Service spokesman Orm Vell ruled it out.", ["Orm Vell"], same, known,
                         state) == []
    assert headed_bodies("Tarvia Governor Orm Vell ruled that Lusk should go.", ["Orm Vell"], same, known,
                         state) == []
    assert headed_bodies("Lusk Harbour Board Chairman Orm Vell ruled it out.", ["Orm Vell"], same, known,
                         state) == []
    # the title must head the actor's own name, not another person's
    assert headed_bodies("Tarvian Refugee Service Commissioner Dorn Marr said Orm Vell ruled.", ["Orm Vell"],
                         same, known, state) == []
