"""Stories across news reports (issue 32), in sentences of our own: a report's undated retelling
(pipeline.events.document_dated) joins another report's dated telling only on shared evidence, and
places that say two spots keep two happenings apart. ``python -m evaluation.stories_aquaint`` measures
on real reports."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline import load_table, run
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
    root = tmp_path_factory.mktemp("news_stories")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, (written, text) in REPORTS.items():
        (corpus / f"{name}.txt").write_text(f"{name}\n\n{text}\n", encoding="utf-8")
        (corpus / f"{name}.meta.yaml").write_text(f"kind: news\nreference_date: {written}\n", encoding="utf-8")
    (corpus / "history.txt").write_text("history\n\nThe bomb went off in Quito.\n", encoding="utf-8")
    summary = run(corpus=str(corpus), outputs=str(root / "outputs"))
    assert not summary.failed
    return load_table("events", root / "outputs")


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

    from pipeline.stories.evidence import place_containment
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
