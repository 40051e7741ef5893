"""Coming to power told by an article and by a biography (issue 32 round 3), in sentences of our own:
"came to power on 30 January" and "became the chancellor in that year" are one happening when one
person does both; another person's coming to power, or a coming home, stays apart."""

from __future__ import annotations

import pytest

from pipeline import load_table, run
from pipeline.stories.triggers import comes_to_power
from tests.stories.news_corpus import story

DOCUMENTS = {
    # the article: the day; the biography: the office, by the year
    "relations": "After Ansel Varrick came to power on 12 March 1921, he began the suppression of the Tarvian Farmers' League.",
    "varrick": "Ansel Varrick\n\nAnsel Varrick was a Tarvian politician. He rose through the army, becoming the chancellor of Tarvia in 1921.",
    # another person's coming to power that year: apart
    "orsk": "Mira Olden became the president of Orm in 1921 after a long campaign.",
    # coming home is no coming to power
    "home": "In March 1921 Ansel Varrick came home to Lusk from the front.",
}


@pytest.mark.parametrize("lemma, after", [
    ("come", " to power on 30 January"), ("rise", " to power in 1926"), ("seize", " power in a coup"),
    ("seizure", " of power in 1933"), ("take", " power"), ("become", " the chancellor of Tarvia in 1921"),
    ("become", " the de facto dictator of Orm"), ("become", " Prime Minister"), ("ascend", " the throne in 1801"),
])
def test_words_of_coming_to_power(lemma, after):
    assert comes_to_power(lemma, after)


@pytest.mark.parametrize("lemma, after", [
    ("come", " home"), ("become", " a member of the league"), ("become", " leader of the party"),
    ("become", " the president's adviser"), ("take", " the title of marshal"), ("seize", " the bridge"),
    ("sign", " to power"), ("become", None),
])
def test_other_words_are_no_coming_to_power(lemma, after):
    assert not comes_to_power(lemma, after)


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    root = tmp_path_factory.mktemp("power_stories")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DOCUMENTS.items():
        body = text if "\n\n" in text else f"{name}\n\n{text}"
        (corpus / f"{name}.txt").write_text(body + "\n", encoding="utf-8")
    summary = run(corpus=str(corpus), outputs=str(root / "outputs"))
    assert not summary.failed
    return load_table("events", root / "outputs")



def test_an_article_and_a_biography_tell_one_coming_to_power(events):
    assert story(events, "relations", "come to power") == story(events, "varrick", "become")


def test_another_persons_office_and_a_coming_home_stay_apart(events):
    came = story(events, "relations", "come to power")
    assert story(events, "orsk", "become") != came
    assert story(events, "home", "come") != came


# An overthrow told by an article and by the biography of the one who led it.
def _mention(key, trigger, theme=None, actors=(), participants=(), span=(1931, 1934)):
    from datetime import date

    from pipeline.stories.evidence import Mention
    from pipeline.stories.triggers import trigger_kinds

    return Mention(key=f"{key}#0", doc_id=key, sentence_id=1, start=date(span[0], 1, 1), end=date(span[1], 12, 31),
                   granularity="year", trigger=trigger, kinds=trigger_kinds(trigger, theme), night=False,
                   actors=list(actors), participants=list(participants), places=[], citations=[], theme=theme)


def test_defeating_a_government_is_its_overthrow():
    from pipeline.stories.triggers import trigger_kinds

    assert trigger_kinds("defeat", "the Republican government") & trigger_kinds("overthrow", "Second Tarvian Republic")
    assert not trigger_kinds("defeat", "the rebel army") & trigger_kinds("overthrow", "the king")
    from pipeline.stories.themes import themes_agree

    assert themes_agree("government", "Second Tarvian Republic")
    assert themes_agree("republic", "monarchy") is False


def test_a_biographys_full_name_is_its_title_and_a_span_of_years_is_compared():
    from pipeline.stories.merge import cluster
    from pipeline.stories.mentions import subject_full_names
    from pipeline.stories.party_names import PartyNames

    article = _mention("relations", "defeat", "government", actors=["Nationalists", "Anselm Varrick"],
                       participants=["Republicans"])
    bio = _mention("varrick", "overthrow", "Second Tarvian Republic", actors=["Anselm Rudolf Varrick"])
    son = _mention("varrick2", "overthrow", "Second Tarvian Republic", actors=["Anselm Tomas Varrick"])
    son.doc_id = "varrick"
    son.key = "varrick#1"
    sentences = {"varrick#0": "Anselm Rudolf Varrick was a Tarvian general who led the Nationalists.",
                 "varrick#1": "In 1940 his son Anselm Tomas Varrick joined them.", "relations#0": "The war."}
    names = PartyNames(["Anselm Varrick", "Anselm Rudolf Varrick", "Anselm Tomas Varrick"], [])
    subject_full_names([article, bio, son], [None, "Anselm Varrick", "Anselm Varrick"], sentences, names)
    assert bio.actors == ["Anselm Varrick"]
    assert son.actors == ["Anselm Tomas Varrick"]  # named later, not where the article defines its subject
    stories = cluster([article, bio])
    assert len(stories) == 1 and "actor:Anselm Varrick" in stories[0].evidence
    # a reign or a career is no date of one happening: spans longer than a decade are not compared
    long_a = _mention("a", "overthrow", "government", actors=["Anselm Varrick"], span=(1900, 1930))
    long_b = _mention("b", "overthrow", "government", actors=["Anselm Varrick"], span=(1905, 1925))
    assert len(cluster([long_a, long_b])) == 2


def test_words_in_order():
    from pipeline.stories.mentions import _words_in_order

    assert _words_in_order(["Franklin", "D.", "Orme"], ["Franklin", "Delano", "Orme"]) is False  # no more words
    assert _words_in_order(["Carla", "Orme"], ["Carla", "Maria", "Orme"])
    assert not _words_in_order(["Carla", "Orme"], ["Orme", "Carla", "Maria"])
    assert _words_in_order(["Jon", "D.", "Orme"], ["Jon", "Dale", "Lusk", "Orme"])
