"""Coming to power told by an article and by a biography (issue 32 round 3), in sentences of our own:
"came to power on 30 January" and "became the chancellor in that year" are one happening when one
person does both; another person's coming to power, or a coming home, stays apart."""

from __future__ import annotations

import pytest

from pipeline import load_table, run
from pipeline.stories.triggers import comes_to_power

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


def story(events, doc_id: str, trigger: str) -> str:
    rows = events[(events.doc_id == doc_id) & (events.trigger == trigger)]
    assert len(rows) == 1, (doc_id, trigger, events[events.doc_id == doc_id][["trigger", "date_text"]])
    return rows.iloc[0].story_id


def test_an_article_and_a_biography_tell_one_coming_to_power(events):
    assert story(events, "relations", "come") == story(events, "varrick", "become")


def test_another_persons_office_and_a_coming_home_stay_apart(events):
    came = story(events, "relations", "come")
    assert story(events, "orsk", "become") != came
    assert story(events, "home", "come") != came
