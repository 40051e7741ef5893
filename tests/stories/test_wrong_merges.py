"""Stories (issue 32): wrong merges a blind judge found, and retellings that must still merge.

- one of several is not the several: "twin bombings" against "the bombing in Lusk"; "the shootings of
  abortion doctors" against "the shooting of Dr. Orme" (pipeline.stories.noun_number); "have been shot
  since 1994" against "was shot on Oct. 23" (pipeline.stories.series);
- two announcements or invitations of different things by one party on different days
  (pipeline.stories.said_content);
- a common noun phrase with a capital ("the three central and eastern European countries") is no name
  that contradicts the named invitees of another telling (pipeline.stories.themes.described_only);
- recall: a raid and a summit told by two reports merge; "troops swept through Karsberg in the occupation
  of Valdonia" is the invasion of Valdonia another report tells (pipeline.stories.campaign_of).
Invented names throughout (Karsberg, Valdonia, Orvieta: names the NER model takes for places).
"""

from __future__ import annotations

import pytest

from pipeline.stories.campaign_of import campaign_of
from pipeline.stories.noun_number import ONE, SEVERAL, noun_number, theme_number
from pipeline.stories.said_content import said_names, say_other_things
from pipeline.stories.themes import described_only
from tests.stories.news_corpus import run_reports, story

REPORTS = {
    # one of several, the several
    "twin": ("2001-08-10", "Tarvian rebels carried out twin bombings on Aug. 7, killing 200 people."),
    "one_bombing": ("2001-08-12", "Tarvian rebels carried out the bombing in Lusk on Aug. 7."),
    "series": ("2001-10-24", "The shootings of abortion doctors in Tarvia since 1994 alarmed the police, "
                             "Dr. Kell said on Wednesday."),
    "single": ("2001-10-25", "The shooting of Dr. Orme in Tarvia on Oct. 23 alarmed the police."),
    "five_shot": ("2001-10-24", "Five abortion doctors have been shot in Tarvia since 1994, the police said on "
                                "Wednesday."),
    "orme_shot": ("2001-10-25", "Dr. Orme was shot in Tarvia on Oct. 23, the police said on Thursday."),
    # announcements and invitations by one party
    "admit_valdonia": ("2001-05-02", "The Tarvian League announced on Monday that it would admit Valdonia."),
    "admit_orvieta": ("2001-05-04", "The Tarvian League has announced that it would admit Orvieta, officials said "
                                    "on Friday."),
    "admit_valdonia_again": ("2001-05-04", "The Tarvian League has announced that it would admit Valdonia, "
                                           "officials said on Friday."),
    "invite_join": ("2001-06-02", "On Monday the Tarvian League invited Orvieta to join the alliance."),
    "invite_conference": ("2001-06-08", "The Tarvian League invited Orvieta to a conference on fishing, officials "
                                        "said on Friday."),
    "invite_join_again": ("2001-06-08", "The Tarvian League invited Orvieta to join the alliance, officials said "
                                        "on Friday."),
    # recall: one raid, one summit
    "raided": ("2001-09-03", "Police raided two homes in Karsberg on Sept. 2, the ministry said on Monday."),
    "the_raid": ("2001-09-10", "Investigators said the Sept. 2 raid in Karsberg found explosives."),
    "summit_opened": ("2001-03-13", "The Valdonia-Tarvia summit opened in Karsberg on Monday."),
    "summit_held": ("2001-03-14", "Leaders of Valdonia and Tarvia held a summit in Karsberg on Monday."),
    # recall: a forceful move told as part of a campaign against a state (pipeline.stories.campaign_of)
    "swept": ("1999-03-12", "In 1968 Tarvian troops swept through Karsberg in the occupation of Valdonia, the "
                            "minister said."),
    "invaded": ("1999-03-12", "The Tarvian army invaded Valdonia in 1968, the minister recalled."),
    "born": ("1999-03-12", "The minister was born in Tarvia in 1950 and moved to Valdonia in 1990."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("stories27"), REPORTS)


def test_twin_bombings_do_not_swallow_one_of_them(events):
    assert story(events, "twin", "bombing") != story(events, "one_bombing", "bombing")
    # the light verb tells its noun's happening, and its number
    assert story(events, "twin", "carry") != story(events, "one_bombing", "carry")


def test_a_series_of_shootings_is_not_one_shooting(events):
    assert story(events, "series", "shooting") != story(events, "single", "shooting")


def test_shootings_told_over_years_are_not_one_shooting(events):
    # a verb told over years ("have been shot since 1994"): a series of instants (pipeline.stories.series)
    assert story(events, "five_shot", "shoot") != story(events, "orme_shot", "shoot")


def test_two_announcements_of_different_things_stay_apart(events):
    assert story(events, "admit_valdonia", "announce") != story(events, "admit_orvieta", "announce")
    assert story(events, "admit_valdonia", "announce") == story(events, "admit_valdonia_again", "announce")


def test_two_invitations_to_different_things_stay_apart(events):
    assert story(events, "invite_join", "invite") != story(events, "invite_conference", "invite")
    assert story(events, "invite_join", "invite") == story(events, "invite_join_again", "invite")


def test_a_raid_told_twice_is_one_story(events):
    assert story(events, "raided", "raid") == story(events, "the_raid", "raid")


def test_a_summit_told_twice_is_one_story(events):
    assert story(events, "summit_opened", "summit") == story(events, "summit_held", "hold")


def test_a_sweep_in_the_occupation_of_a_state_is_its_invasion(events):
    # the rows dated 1968 (the events may also keep an undated row of the verb, dated by its report)
    def dated(doc_id: str, trigger: str) -> str:
        rows = events[(events.doc_id == doc_id) & (events.trigger == trigger) & (events.date_text == "1968")]
        assert len(rows) == 1, rows
        return rows.iloc[0].story_id
    assert dated("swept", "sweep") == dated("invaded", "invade")


def test_campaign_of():
    assert campaign_of(frozenset({"invade"}), [], " through Orm in the occupation of Valdonia.") == \
        (frozenset({"occupy"}), "Valdonia")
    assert campaign_of(frozenset({"die"}), [], " in the invasion of Valdonia") is None  # a death is no invasion
    assert campaign_of(frozenset({"invade"}), ["Lusk"], " in the invasion of Valdonia") is None
    assert campaign_of(frozenset({"invade"}), [], " into Lusk in the winter of 1940") is None


@pytest.mark.parametrize("sentence, word, number", [
    ("Twin bombings of the embassies in Orm and Lusk killed 200.", "bombings", SEVERAL),
    ("The bombing in Lusk killed 40.", "bombing", ONE),
    ("U.S. missile attacks on Sudan began.", "attacks", SEVERAL),
    ("Orm attacks Lusk.", "attacks", None),  # a name just before: a verb
    ("They raid homes at night.", "raid", None),
    ("The talks ended on Monday.", "talks", None),  # one happening told in the plural
    ("The party congress ended in May.", "congress", ONE),  # a singular in "s"
    ("The border raids ended in May.", "raids", SEVERAL),
    ("Bombs exploded in Lusk.", "exploded", None),
])
def test_noun_number(sentence, word, number):
    at = sentence.index(word)
    assert noun_number(sentence, at, at + len(word), 0) == number


def test_theme_number_of_a_light_verb():
    assert theme_number("twin bombings") == SEVERAL
    assert theme_number("an attack") == ONE
    assert theme_number("the documents") is None


def test_said_names_and_words():
    valdonia = said_names("announce", " on Monday that it would admit Valdonia.", ["Tarvian League"])
    orvieta = said_names("announce", " that it would admit Orvieta, officials said.", ["Tarvian League"])
    assert valdonia == (frozenset({"valdonia"}), frozenset({"admit"}))
    assert say_other_things(valdonia, orvieta, same_day=False)
    assert not say_other_things(valdonia, orvieta, same_day=True)
    assert said_names("bomb", " the embassy", []) is None


def test_described_only():
    assert described_only("the three central and eastern European countries")
    assert described_only("Tarvian troops")
    assert not described_only("the Orm embassy")
    assert not described_only("the Treaty of Tarsk")
    assert not described_only("Orlov")
