"""Issue 32, second round: shapes of one happening told by two reports that the merge missed on AQUAINT
(invented reports, through the real path), and the precision guards beside each."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.stories.deadline_kinds import DEADLINE, deadline_kind
from pipeline.stories.leader_states import ruled_states
from pipeline.stories.state_bodies import body_state_evidence
from pipeline.stories.venues import same_venue, venue_of
from tests.stories.news_corpus import run_reports, story

REPORTS = {  # name: (report date, text)
    "strikes": ("1998-08-21", "U.S. forces on Thursday launched cruise missile strikes against camps in Lusk."),
    "ordered": ("1998-08-22", "U.S. President Tom Vell said Friday that he had ordered the strikes after receiving "
                              "evidence about the camps."),
    "extended": ("2000-04-03", "The relatives refused to sign, and the Orme Housing Authority extended its deadline "
                               "until 9 a.m. Tuesday."),
    "given": ("2000-04-03", "In its latest deadline, the Orme Housing Authority has given the relatives until 9 a.m. "
                            "Tuesday to sign a paper."),
    "ceremony_a": ("1999-03-12", "In a ceremony at the Harry Quill Library here, the three ministers met the "
                                 "press."),
    "ceremony_b": ("1999-03-12", "In a touch of symbolism, the ceremony took place at the Quill Presidential "
                                 "Library."),
    "ceremony_c": ("1999-03-12", "Later, the ceremony took place at the Tarsk National Museum."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("storypairs28"), REPORTS)


def test_a_rulers_ordered_strikes_are_his_states_strikes(events):
    assert story(events, "ordered", "strike") == story(events, "strikes", "strike")


def test_a_light_verb_and_its_event_noun_are_one_happening(events):
    assert story(events, "strikes", "launch") == story(events, "strikes", "strike")


def test_an_extended_deadline_is_the_time_given_until(events):
    assert story(events, "extended", "extend") == story(events, "given", "give")


def test_one_named_building_joins_two_ceremonies_and_another_stays_apart(events):
    a, b, c = (story(events, d, "ceremony") for d in ("ceremony_a", "ceremony_b", "ceremony_c"))
    assert a == b != c


def test_a_ruler_is_tied_to_his_state_only_by_the_title_written():
    is_state = {"United States"}.__contains__
    canonical = {"U.S.": "United States", "United States": "United States"}.get

    def name(n: str) -> str:
        return canonical(n) or n
    assert ruled_states(["U.S. President Tom Vell said Friday"], name, is_state) == {"Vell": "United States"}
    assert ruled_states(["Tom Vell, a U.S. senator, said", "U.S. Foreign Minister Jan Orme said"], name, is_state) == {}


@pytest.mark.parametrize("trigger, theme, after, told", [
    ("extend", "its deadline", " until 9 a.m. Tuesday", True),
    ("give", None, " the Miami relatives until 9 a.m. Tuesday", True),
    ("give", "a car", " to the relatives on Tuesday", False),
    ("extend", "its lead", " over the rivals", False),
])
def test_a_deadline_is_told_by_extending_it_or_giving_until(trigger, theme, after, told):
    kinds, _ = deadline_kind(frozenset({trigger}), trigger, theme, after)
    assert (DEADLINE in kinds) is told


def _mention(actors=(), participants=(), body_of=(), kinds=("decide",)):
    return SimpleNamespace(actors=list(actors), participants=list(participants), body_of=frozenset(body_of),
                           kinds=frozenset(kinds))


def test_an_agencys_state_is_shared_with_the_states_doerless_telling_only():
    agency = _mention(["Orme Housing Authority"], body_of=["United States"])
    evidence, weights = [], []
    body_state_evidence(agency, _mention(participants=["United States"]), evidence, weights, 0.75, frozenset({"bomb"}))
    assert evidence == ["party:United States"]
    for other in (_mention(["Tarsk Court"], ["United States"]),  # another doer is told
                  _mention(participants=["Canada"]),  # another state
                  _mention(participants=["United States"], kinds=("bomb",))):  # harm: the roles say who did it
        evidence, weights = [], []
        body_state_evidence(agency if "bomb" not in other.kinds else _mention(["Orme Housing Authority"],
                            body_of=["United States"], kinds=("bomb",)), other, evidence, weights, 0.75,
                            frozenset({"bomb"}))
        assert evidence == []


def test_a_venue_is_one_named_building():
    assert venue_of("At the Harry Truman Library in Independence, they signed.") == "Harry Truman Library"
    assert venue_of("They met at the Orme Hall and then at the Quill Museum.") is None  # two buildings: none
    assert same_venue("Harry S. Truman Library", "Truman Presidential Library")
    assert not same_venue("Truman Presidential Library", "Quill Presidential Library")
    assert not same_venue("Quill Library", "Quill Museum")
