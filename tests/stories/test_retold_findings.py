"""Shapes of issue 32's missed AQUAINT retellings, in sentences of our own: one report
telling its own finding twice on one day, or by a general word for the thing ("the weapon" for "the
rifle"), and what stays apart."""

from __future__ import annotations

from datetime import date

from pipeline.stories.evidence import Mention, judge, same_document_allowed

DAY = (date(2001, 4, 8), date(2001, 4, 8), "day")
WEEKS = (date(2001, 3, 19), date(2001, 4, 19), "before")


def told(key: str, when: tuple, theme: str | None, actors=(), sentence_id: int = 0,
         kinds=frozenset({"discover"})) -> Mention:
    start, end, granularity = when
    return Mention(key=key, doc_id=key.split("#")[0], sentence_id=sentence_id, start=start, end=end,
                   granularity=granularity, trigger="find", kinds=kinds, night=False, actors=list(actors),
                   participants=[], places=[], citations=[], theme=theme)


def test_a_report_telling_its_finding_twice_on_one_day_is_one_finding():
    # "With the finding of a buried rifle on April 8, …" … "The rifle was discovered April 8 behind the house."
    assert same_document_allowed(told("a#0", DAY, "buried rifle"), told("a#6", DAY, "rifle", sentence_id=6))


def test_two_things_or_two_finders_of_one_day_in_one_report_stay_apart():
    assert not same_document_allowed(told("a#0", DAY, "rifle"), told("a#6", DAY, "pistol", sentence_id=6))
    assert not same_document_allowed(told("a#0", DAY, "rifle"),
                                     told("a#6", DAY, "rifle", actors=["Orm police"], sentence_id=6))
    # "captured the town" twice that day may be two towns
    assert not same_document_allowed(told("a#0", DAY, "the town", kinds=frozenset({"capture"})),
                                     told("a#6", DAY, "the town", sentence_id=6, kinds=frozenset({"capture"})))


def test_a_general_word_for_the_dated_thing_is_the_same_thing():
    # "the weapon was unearthed Thursday" … "investigators said they found a rifle buried near the house"
    assert same_document_allowed(told("a#3", DAY, "weapon"), told("a#6", WEEKS, "rifle", sentence_id=6))


def test_two_undated_tellings_by_a_general_word_stay_apart():
    # "investigators unearthed a rifle" … "the killer unearthed the weapon to fire the shots": two handlings
    assert not same_document_allowed(told("a#3", WEEKS, "rifle"), told("a#6", WEEKS, "weapon", sentence_id=6))


def arrived(key: str, day: int, actors=("Juan Orme",), places=("Tarvia",), kinds=frozenset({"arriv"})) -> Mention:
    when = date(2001, 4, day)
    return Mention(key=key, doc_id=key.split("#")[0], sentence_id=1, start=when, end=when, granularity="day",
                   trigger="arrive", kinds=kinds, night=False, actors=list(actors), participants=[],
                   places=list(places), citations=[], theme=None)


def test_two_reports_giving_one_arrival_days_apart_tell_one_arrival_weakly():
    # "since he arrived in Tarvia on April 6" and "Juan Orme arrived in Tarvia April 2"
    found = judge(arrived("a#1", 6), arrived("b#1", 2))
    assert found is not None and "date:near" in found.evidence and found.score < 0.5


def test_arrivals_days_apart_stay_apart_otherwise():
    assert judge(arrived("a#1", 9), arrived("b#1", 2)) is None  # a week apart: two arrivals
    assert judge(arrived("a#1", 6), arrived("a#2", 2)) is None  # one report gives two days: two arrivals
    assert judge(arrived("a#1", 6), arrived("b#1", 2, places=("Lusk",))) is None  # two places
    assert judge(arrived("a#1", 6), arrived("b#1", 2, actors=("Vell",))) is None  # two people
    assert judge(arrived("a#1", 6, actors=()), arrived("b#1", 2, actors=())) is None  # nobody named
    # attacks and meetings come again within days: "Tarvia attacked Lusk on April 2", "… on April 6"
    attack = frozenset({"invade"})
    assert judge(arrived("a#1", 6, kinds=attack), arrived("b#1", 2, kinds=attack)) is None


# --- a report's definite description naming nothing borrows what its document's story names ---------------

from pipeline.stories.document_story import document_stories  # noqa: E402
from pipeline.stories.merge import cluster  # noqa: E402

WEEKS_OCT = (date(2001, 9, 24), date(2001, 10, 25), "before")
OCT_3 = (date(2001, 10, 3), date(2001, 10, 3), "day")


def shot(key: str, sentence_id: int, when=WEEKS_OCT, participants=(), places=(), definite=False,
         plural=False) -> Mention:
    start, end, granularity = when
    return Mention(key=key, doc_id=key.split("#")[0], sentence_id=sentence_id, start=start, end=end,
                   granularity=granularity, trigger="shooting", kinds=frozenset({"kill"}), night=False, actors=[],
                   participants=list(participants), places=list(places), citations=[], definite=definite,
                   plural=plural)


def lend(mentions: list[Mention]) -> list[Mention]:
    document_stories(mentions, {m.doc_id for m in mentions}, lambda m: len(m.places))
    return mentions


def test_the_shooting_naming_no_one_borrows_its_reports_victim_and_joins_another_reports_story():
    # a: "… denounced the killing of Orme Tarvin." … "His wife was in the kitchen when the shooting occurred."
    # b: "Orme Tarvin was shot on Oct. 3."
    named, bare = shot("a#1", 20, participants=["Orme Tarvin"]), shot("a#2", 2, definite=True)
    other = shot("b#1", 1, when=OCT_3, participants=["Orme Tarvin"])
    lend([named, bare, other])
    assert bare.borrowed == ["Orme Tarvin"] and bare.lent_by == "story"
    found = judge(bare, other)
    assert found is not None and "story:Orme Tarvin" in found.evidence and found.score < 0.5
    stories = cluster([named, bare, other])
    assert len(stories) == 1


def test_a_report_telling_two_shootings_lends_nothing():
    # "the killing of Orme Tarvin" and "the killing of Vell Lusk" in one report: which is "the shooting"?
    bare = shot("a#2", 2, definite=True)
    lend([shot("a#1", 1, participants=["Orme Tarvin"]), shot("a#5", 5, participants=["Vell Lusk"]), bare])
    assert not bare.borrowed and not bare.nearby


def test_a_verb_or_a_singular_of_several_spots_borrows_nothing():
    verb = shot("a#2", 2)  # "whoever shot …": no happening the reader knows
    lend([shot("a#1", 1, participants=["Orme Tarvin"]), verb])
    assert not verb.borrowed
    # "the blast" beside "bombs went off in Tarsk and Orm"
    one = shot("c#2", 2, definite=True)
    lend([shot("c#1", 1, places=["Tarsk", "Orm"]), one])
    assert not one.nearby
    several = shot("d#2", 2, definite=True, plural=True)  # "the bombings" borrow both
    lend([shot("d#1", 1, places=["Tarsk", "Orm"]), several])
    assert several.nearby == ["Tarsk", "Orm"]


# --- one person's first name spelt with a doubled letter by another report ------------------------------

from pipeline.stories.party_names import PartyNames  # noqa: E402


def test_a_first_name_spelt_with_a_doubled_letter_is_one_person_and_the_surname_names_him():
    names = PartyNames(["Barnet Slepian", "Barnett Slepian", "Slepian"])
    assert names("Barnet Slepian") == names("Barnett Slepian") == names("Slepian") == "Barnett Slepian"


def test_other_first_names_stay_two_people():
    names = PartyNames(["Jon Varn", "John Varn", "Varn", "Carla Orme", "Karla Orme"])
    assert names("Jon Varn") != names("John Varn") and names("Varn") == "Varn"
    assert names("Carla Orme") != names("Karla Orme")


def test_the_shootings_in_general_do_not_borrow_one_shooting():
    # "Dr. Orme was shot on Oct. 3." … "The shootings of abortion doctors have alarmed the clinics."
    general = shot("a#4", 4, definite=True, plural=True)
    lend([shot("a#1", 1, when=OCT_3, participants=["Orme Tarvin"]), general])
    assert not general.borrowed
    other = shot("b#1", 1, when=OCT_3, participants=["Orme Tarvin"])
    assert judge(general, other) is None


def test_the_twin_bombings_borrowed_do_not_swallow_the_bombing_of_one_city():
    aug_7 = (date(2001, 8, 7), date(2001, 8, 7), "day")
    weeks = (date(2001, 7, 20), date(2001, 8, 20), "before")

    def bombed(key, sentence_id, when, places=(), definite=False, plural=False):
        m = shot(key, sentence_id, when=when, places=places, definite=definite, plural=plural)
        m.kinds, m.trigger = frozenset({"bomb"}), "bombing"
        return m

    # a: "bombs exploded at the embassies in Tarsk and Orm" … "The bombings on Aug. 7 killed 200."
    twin = bombed("a#3", 3, aug_7, definite=True, plural=True)
    lend([bombed("a#1", 1, weeks, places=["Tarsk", "Orm"], plural=True), twin])
    assert sorted(twin.nearby) == ["Orm", "Tarsk"]
    # b: "the bombing in Tarsk on Aug. 7" is one of the two
    one = bombed("b#1", 1, aug_7, places=["Tarsk"])
    one.spots, twin.spots = frozenset({"tarsk"}), frozenset({"tarsk", "orm"})
    assert judge(twin, one) is None


# --- "invited the three central and eastern European countries" and the three named ----------------------

from pipeline.stories.counted_parties import with_its_count  # noqa: E402

JULY = (date(1997, 6, 1), date(1997, 7, 31), "before")


def invited(key: str, theme=None, participants=(), kinds=frozenset({"invit"})) -> Mention:
    start, end, granularity = JULY
    return Mention(key=key, doc_id=key.split("#")[0], sentence_id=1, start=start, end=end, granularity=granularity,
                   trigger="invite", kinds=kinds, night=False, actors=[], participants=list(participants),
                   places=[], citations=[], theme=theme, states={"Tarvia", "Lusk", "Orm", "Vell"})


def test_a_theme_counting_the_states_another_telling_names_is_weak_evidence():
    theme = with_its_count("central and eastern European countries",
                           "The alliance invited the three central and eastern European countries to join.")
    assert theme == "three central and eastern European countries"
    found = judge(invited("a#1", theme=theme), invited("b#1", participants=["Tarvia", "Lusk", "Orm"]))
    assert found is not None and "counted:3 states" in found.evidence and found.score < 0.25


def test_another_count_or_people_or_a_bare_plural_say_nothing():
    three = "three central and eastern European countries"
    assert judge(invited("a#1", theme=three), invited("b#1", participants=["Tarvia", "Lusk"])) is None
    assert judge(invited("a#1", theme=three), invited("b#1", participants=["Tarvia", "Lusk", "Ada Varn"])) is None
    assert judge(invited("a#1", theme="the countries"), invited("b#1", participants=["Tarvia", "Lusk"])) is None
    assert with_its_count("prisoners", "freed the three prisoners") == "prisoners"


def test_a_lasting_happening_borrows_nothing_from_its_report():
    # "the real referendum campaign has begun" … "Keating, in his 1996 campaign for re-election": two campaigns
    bare = shot("a#2", 2, definite=True)
    named = shot("a#1", 1, participants=["Paul Varn"])
    for m in (bare, named):
        m.kinds, m.trigger = frozenset({"campaign"}), "campaign"
    lend([named, bare])
    assert not bare.borrowed
