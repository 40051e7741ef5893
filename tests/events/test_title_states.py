"""'The country' in an article titled 'History of X' is X (issue 31, brief agents29;
pipeline.events.title_states): invented sentences of the judged shape."""

import pytest


@pytest.fixture(scope="module")
def titled():
    from pipeline.core.config import load_config
    from pipeline.batch.processing import Pipeline

    pipeline = Pipeline(load_config(None))
    return lambda title, text: pipeline.text(title + "\n\n" + text + "\n", "t").layers["events"]


def test_the_country_of_a_history_article_is_the_state_its_title_names(titled):
    events = titled("History of Vellia", "The history of Vellia began when the country became an independent "
                    "state on 15 August 1947.")
    assert next(e for e in events if e.trigger == "become").actors == ["Vellia"]


def test_the_country_after_another_state_in_its_sentence_stays_unresolved(titled):
    events = titled("History of Vellia", "Vellia was a colony of Tarvia. After Tarvia invaded Lusk in 1950, "
                    "the country became a republic in 1951.")
    assert "Vellia" not in next(e for e in events if e.trigger == "become").actors
