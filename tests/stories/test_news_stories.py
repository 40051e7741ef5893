"""Stories across news reports (issue 32), in sentences of our own: a report's undated retelling
(pipeline.events.document_dated) joins another report's dated telling only on shared evidence, and
places that say two spots keep two happenings apart. ``python -m evaluation.stories_aquaint`` measures
on real reports."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stories.news_corpus import run_reports
from pipeline.stories.evidence import Mention, compatible, judge
from pipeline.stories.merge import cluster
from pipeline.stories.triggers import same_kind

REPORTS = {  # name: (report date, text)
    "embassy_a": ("2001-03-10", "A car bomb exploded outside the embassy in Quito on Friday, killing twelve people."),
    "embassy_b": ("2001-03-14", "The bomb went off in Quito as the embassy opened, police said."),
    "embassy_orm": ("2001-03-12", "Another bomb went off in Lima, wounding two guards."),
    "no_place": ("2001-03-12", "The explosion killed twelve people, officials said."),
    "long_ago": ("2001-03-12", "Rebels bombed Quito in 1990."),
    # The place said a sentence before; one word dated twice in its sentence.
    "nearby": ("2001-03-11", "Police sealed off the streets in Quito. The explosion killed twelve people."),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return run_reports(tmp_path_factory.mktemp("news_stories"), REPORTS, {"history": "The bomb went off in Quito."})


def row(events, doc_id: str, trigger: str):
    rows = events[(events.doc_id == doc_id) & (events.trigger == trigger)]
    assert len(rows) == 1, (doc_id, trigger, events[events.doc_id == doc_id][["trigger", "date_text", "dated_by"]])
    return rows.iloc[0]


def test_an_undated_retelling_joins_the_dated_telling_it_shares_a_place_with(events):
    dated, undated = row(events, "embassy_a", "explode"), row(events, "embassy_b", "go off")
    assert (dated.dated_by, undated.dated_by) == ("text", "document")
    assert dated.story_id == undated.story_id


def test_another_city_and_no_place_stay_apart(events):
    story = row(events, "embassy_a", "explode").story_id
    assert row(events, "embassy_orm", "go off").story_id != story
    alone = row(events, "no_place", "explosion").story_id
    assert (events.story_id == alone).sum() == 1
    assert row(events, "long_ago", "bomb").story_id != story


def test_the_place_of_the_sentence_before(events):
    assert row(events, "nearby", "explosion").story_id == row(events, "embassy_a", "explode").story_id
    # a place said before never joins two borrowings, and no place at all joins nothing
    assert (events.story_id == row(events, "no_place", "explosion").story_id).sum() == 1


def test_one_word_dated_twice_in_its_sentence_is_one_happening():
    # "The blast in Quito occurred at about 10:35 a.m. Friday": two dates, one word, one story with another report's
    twice = [mention("r#1", places=["Quito"]), mention("r#2", places=["Quito"]), mention("s#1", places=["Quito"])]
    for m in twice[:2]:
        m.doc_id, m.trigger_at = "r", 4
    twice[2].doc_id = "s"
    stories = cluster(twice)
    assert len(stories) == 1 and len(stories[0].members) == 3
    twice[1].trigger_at = 40  # two words of one sentence: two happenings
    assert len(cluster(twice)) == 2


def test_a_history_article_gets_no_row_dated_by_a_document(events):
    assert not len(events[events.doc_id == "history"])
    assert set(events.dated_by) <= {"text", "sentence", "document"}


def mention(key: str, actors=(), participants=(), places=(), day=date(2001, 3, 9), states=()) -> Mention:
    return Mention(key=key, doc_id=key, sentence_id=0, start=day, end=day, granularity="day", trigger="attack",
                   kinds=frozenset({"bomb"}), night=False, actors=list(actors), participants=list(participants),
                   places=list(places), citations=[], states=set(states))


def test_a_shared_country_with_two_cities_is_two_happenings():
    nairobi = mention("a", places=["United States", "Nairobi"])
    dar = mention("b", places=["United States", "Dar es Salaam"])
    assert compatible(nairobi, dar) is None
    assert judge(nairobi, mention("c", places=["United States", "Nairobi"])) is not None


def test_an_actor_is_no_place():
    # "U.S. missile attacks" and "the attacks on the U.S. embassies"
    by_state = mention("a", actors=["United States"], states=["United States"])
    at_embassies = mention("b", places=["United States", "Kenya"])
    assert judge(by_state, at_embassies) is None
    # the place of one acted on in the other is shared evidence ("fighting in Quito", "captured Quito")
    assert judge(mention("c", participants=["Quito"]), mention("d", places=["Quito"])) is not None


@pytest.mark.parametrize("a, b", [("go off", "explode"), ("capsize", "sink"), ("drown", "die"),
                                  ("found", "establish")])
def test_paraphrases_are_one_kind(a, b):
    assert same_kind(a, b)


def test_a_town_is_in_the_state_the_corpus_writes_after_it():
    import pandas as pd

    from pipeline.stories.mentions import place_containment
    from pipeline.stories.party_names import PartyNames

    rows = pd.DataFrame({"places": [["Quito", "Ecuador"], ["Ecuador", "Peru", "Chile"]],
                         "sentence": ["A bomb exploded in Quito, Ecuador on Friday.",
                                      "Ministers of Ecuador, Peru and Chile met."]})
    names = PartyNames(["Quito", "Ecuador", "Peru", "Chile"], ["Ecuador", "Peru", "Chile"])
    assert place_containment(rows, names) == {"quito": {"Ecuador"}}  # a list of states holds nothing
    country, town = mention("a", places=["Ecuador"]), mention("b", places=["Quito"])
    assert compatible(country, town) is None  # no one said which holds which
    town.regions = {"ecuador": "Ecuador"}
    assert "place:Ecuador" in judge(country, town).evidence
    assert compatible(mention("c", places=["Lima"]), town) is None


def told(key: str, sentence_id: int, places=(), actors=(), granularity="before", doc_id="r") -> Mention:
    m = mention(key, actors=actors, places=places)
    m.doc_id, m.sentence_id, m.granularity, m.definite = doc_id, sentence_id, granularity, True
    if granularity == "before":
        m.start = date(2001, 2, 10)
    return m


def test_a_definite_description_refers_back_to_the_documents_earlier_telling():
    from pipeline.stories.evidence import same_document_allowed
    from pipeline.stories.mentions import antecedents

    # "Bombs exploded outside the embassy in Quito on Friday. ... The bombings killed twelve."
    dated = told("r#0", 0, places=["Quito"], granularity="day")
    later = told("r#1", 3)
    elsewhere = mention("s#0", places=["Quito"])
    assert judge(later, elsewhere) is None  # naming nothing, it joins nothing
    antecedents([dated, later, elsewhere], ["text", "document", "text"])
    assert (later.nearby, later.antecedent) == (["Quito"], "r#0")
    found = judge(later, elsewhere)
    assert found is not None and "coref:Quito" in found.evidence
    assert found.score < judge(dated, elsewhere).score  # borrowed evidence weighs less than its own
    assert same_document_allowed(later, dated)
    assert compatible(later, mention("t#0", places=["Lima"])) is None  # what it borrowed keeps it apart too
    # two borrowings never merge with each other
    other = told("u#1", 2, doc_id="u")
    antecedents([told("u#0", 0, places=["Quito"], doc_id="u"), other], ["document", "document"])
    assert judge(later, other) is None


def test_the_parties_of_the_antecedent_are_borrowed_too():
    from pipeline.stories.mentions import antecedents

    dated, later = told("r#0", 0, actors=["Tarvia"], granularity="day"), told("r#1", 1)
    antecedents([dated, later], ["text", "document"])
    assert later.borrowed == ["Tarvia"]
    found = judge(later, mention("s#0", actors=["Tarvia"]))
    assert found is not None and "coref:Tarvia" in found.evidence


def test_no_antecedent_when_it_is_ambiguous_later_or_in_a_history_article():
    from pipeline.stories.mentions import antecedents

    # "Bombs went off in Quito and, minutes later, in Lima. ... The blast killed twelve.": which one?
    a, b, later = told("r#0", 0, places=["Quito"]), told("r#9", 0, places=["Lima"]), told("r#1", 2)
    antecedents([a, b, later], ["document"] * 3)
    assert later.nearby == [] and later.antecedent is None
    # an antecedent comes before; another kind or an incompatible date is none
    first, after = told("r#0", 0), told("r#1", 1, places=["Quito"])
    antecedents([first, after], ["document"] * 2)
    assert first.antecedent is None
    shot = told("r#2", 0, places=["Quito"])
    shot.kinds = frozenset({"kill"})
    long_before = told("r#3", 0, places=["Quito"], granularity="day")
    long_before.start = long_before.end = date(1990, 1, 1)
    plain = told("r#4", 2)
    antecedents([shot, long_before, plain], ["document"] * 3)
    assert plain.antecedent is None
    # only a definite description refers back: "twelve were killed" says nothing of which killing
    verb = told("r#5", 3)
    verb.definite = False
    antecedents([told("r#0", 0, places=["Quito"]), verb], ["document"] * 2)
    assert verb.antecedent is None
    # a history article's sentences are read alone
    history = [told("h#0", 0, places=["Quito"], granularity="day", doc_id="h"), told("h#1", 1, doc_id="h")]
    antecedents(history, ["text", "text"])
    assert history[1].antecedent is None


def test_a_list_of_towns_each_with_its_state_says_which_holds_which():
    import pandas as pd

    from pipeline.stories.mentions import place_containment
    from pipeline.stories.party_names import PartyNames

    # The corpus tags towns as states too (GPE), so only the "and" joining two pairs tells a list of pairs.
    gpes = ["Quito", "Ecuador", "Lima", "Peru", "Chile", "Bolivia"]
    rows = pd.DataFrame({"places": [["Quito", "Ecuador", "Lima", "Peru"], ["Ecuador", "Peru", "Chile", "Bolivia"]],
                         "sentence": ["Bombs hit the embassies in Quito, Ecuador, and Lima, Peru, on Friday.",
                                      "Envoys of Ecuador, Peru, Chile, Bolivia and Brazil met."]})
    within = place_containment(rows, PartyNames(gpes, gpes))
    assert within == {"quito": {"Ecuador"}, "lima": {"Peru"}}


@pytest.mark.parametrize("count", ["at least 74", "40 people", "dozens", "them"])
def test_a_count_of_people_names_no_thing(count):
    from pipeline.stories.evidence import themes_agree

    assert themes_agree(count, "people") is None
    assert themes_agree("the rifle", count) is None
    assert themes_agree("the rifle", "the documents") is False


def test_a_theme_that_is_the_others_place_is_where_not_what():
    # "his car was found abandoned at Tarsk Central Station" (the station read as what was found) and
    # "the car was discovered last month at Tarsk, Central Station"
    found, discovered = mention("a"), mention("b", places=["Tarsk", "Central Station"])
    found.theme, discovered.theme = "Tarsk Central Station", "Orm Roadster"
    judged = judge(found, discovered)
    assert judged is not None and "place:Tarsk Central Station" in judged.evidence
    # a named thing that is no place of the other still contradicts it
    found.theme = "Lusk Museum"
    assert compatible(found, discovered) is None


@pytest.mark.parametrize("sentence, word, definite", [
    ("The suspected car bombings occurred on Friday.", "bombings", True),
    ("Officials met after the blast.", "blast", True),
    ("He spoke about Wednesday's meeting with the envoy.", "meeting", True),
    ("A bomb blast shook the city.", "blast", False),
    ("The man was killed on Friday.", "killed", False),
    ("Twelve people died in an explosion.", "explosion", False),
])
def test_a_definite_description_of_a_happening(sentence, word, definite):
    from pipeline.stories.mentions import definite_description

    start = sentence.index(word) + 100
    assert definite_description(sentence, start, start + len(word), 100) is definite


def test_a_description_naming_its_parties_borrows_only_where():
    from pipeline.stories.mentions import antecedents

    # "A bomb exploded in Quito on Friday. ... Two ministers were hurt in the blast."
    dated, hurt = told("r#0", 0, places=["Quito"], actors=["Rebels"], granularity="day"), told("r#1", 2)
    hurt.participants = ["Ana Ruiz"]
    antecedents([dated, hurt], ["text", "document"])
    assert (hurt.nearby, hurt.borrowed) == (["Quito"], [])
    assert "coref:Quito" in judge(hurt, mention("s#0", places=["Quito"])).evidence


def test_the_blast_is_not_one_of_two_spots_but_the_bombings_are_both():
    from pipeline.stories.mentions import antecedents

    # "Bombs went off in Quito and Lima. ... The blast killed twelve." / "... The bombings killed twelve."
    both = told("r#0", 0, places=["Quito", "Lima"])
    blast, bombings = told("r#1", 2), told("r#2", 3)
    bombings.plural = True
    antecedents([both, blast, bombings], ["document"] * 3)
    assert blast.antecedent is None and bombings.antecedent == "r#0"
    # a town and the state that holds it are one spot ("in Quito, Ecuador")
    town = told("s#0", 0, places=["Quito", "Ecuador"], doc_id="s")
    blast = told("s#1", 1, doc_id="s")
    antecedents([town, blast], ["document"] * 2, {"quito": {"Ecuador"}})
    assert blast.antecedent == "s#0"


def test_one_spot_of_several_is_not_the_happening_at_all_of_them():
    from pipeline.stories.mentions import spots_of

    # "Bombs exploded in Quito and Lima on Friday" / "a bomb went off in Lima on Friday"
    both, lima = mention("a", places=["Quito", "Lima"]), mention("b", places=["Lima"])
    both.spots, lima.spots = spots_of(both, {}), spots_of(lima, {})
    assert compatible(both, lima) is None and compatible(lima, both) is None
    # the same two spots, written as town and state ("in Quito, Ecuador" is one spot), are one happening
    again = mention("c", places=["Lima", "Quito", "Ecuador"])
    again.spots = spots_of(again, {"quito": {"Ecuador"}})
    assert again.spots == both.spots and judge(both, again) is not None
    town = mention("d", places=["Quito", "Ecuador"])
    town.spots = spots_of(town, {"quito": {"Ecuador"}})
    assert judge(town, mention("e", places=["Quito"])) is not None  # one spot each: nothing of the sort
    # "at a summit in Lima, Peru": a place written right after another may hold it, one spot where no
    # report said which holds which; the one spot "in Lima" is the same happening
    summit = mention("f", places=["Lima", "Peru"])
    summit.spots = spots_of(summit, {}, sentence="At a summit in Lima, Peru, the ministers met.")
    assert summit.spots == {"lima"}
    lima.spots = spots_of(lima, {})
    assert compatible(summit, lima) is not None


def test_a_reports_retelling_placed_by_its_sentences_around_is_its_own_telling_again():
    from pipeline.stories.evidence import same_document_allowed

    # "The explosions in Quito and Lima on Friday killed forty. ... The attacks shocked the region."
    dated = told("r#0", 0, places=["Quito", "Lima"], granularity="day")
    retold = told("r#1", 2)
    retold.nearby = ["Lima", "Quito"]
    assert same_document_allowed(dated, retold)
    elsewhere = told("r#2", 3)
    elsewhere.nearby = ["Lima"]  # only one of the two spots: another telling, in doubt apart
    assert not same_document_allowed(dated, elsewhere)


def test_the_same_thing_acted_on_the_same_day_is_weak_evidence():
    # "a jogger observed the car at 6 a.m." / "a jogger spotted the car at 6 a.m."
    seen, spotted = mention("a"), mention("b")
    seen.theme, spotted.theme = "car", "the car"
    found = judge(seen, spotted)
    assert found is not None and "thing:car" in found.evidence and found.score < 0.75
    # a word standing for a place or people says nothing: "captured the city", "killed soldiers"
    for word in ("the city", "soldiers", "three", "it", "a treaty", "the attack"):
        seen.theme = spotted.theme = word
        assert judge(seen, spotted) is None, word
    # a month holds many such things
    seen.theme = spotted.theme = "car"
    seen.granularity = spotted.granularity = "month"
    seen.end = spotted.end = date(2001, 3, 31)
    seen.start = spotted.start = date(2001, 3, 1)
    assert judge(seen, spotted) is None


@pytest.mark.parametrize("place, sentence, whole", [
    ("Salaam", "The blasts in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed forty.", "Dar-es-Salaam"),
    ("Moscow", "A pro-Moscow party won in Tarsk.", "Moscow"),  # a prefix, not a name's first part
    ("Quito", "A bomb exploded in Quito.", "Quito"),
])
def test_a_place_is_the_whole_hyphenated_name_its_sentence_writes(place, sentence, whole):
    from pipeline.stories.evidence import place_key
    from pipeline.stories.mentions import whole_place

    assert whole_place(place, sentence) == whole
    assert place_key(whole_place("Salaam", "at Dar-es-Salaam.")) == place_key("Dar es Salaam")
