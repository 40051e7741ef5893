"""A date that belongs to a name, or labels one, dates no happening of its sentence
(pipeline.events.name_years, issue 33). Sentences of our own; the audits measure on text we did not write."""

from __future__ import annotations

from datetime import date

import pytest


def rows(pipeline, text: str) -> list[tuple]:
    events = pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]
    return [(e.trigger, e.date_text, e.date_start, e.date_end) for e in events]


@pytest.mark.parametrize("text", [
    "The Anglo-Orm Treaty of 1824 divided the islands between the two crowns.",
    "After the Voting Rights Act of 1965 was secured, the movement turned north.",
    "The Tratado de Lusk de 1750 fixed the border of the colony.",
    "The constitution of 1791 was abolished by the assembly.",
])
def test_a_year_closing_a_name_dates_nothing(pipeline, text):
    assert rows(pipeline, text) == []


def test_the_name_year_leaves_the_happening_its_own_date(pipeline):
    found = rows(pipeline, "The Lusk–Orm Pact of 1932 was denounced in 1939.")
    assert [(t, d) for t, d, *_ in found] == [("denounce", "1939")]
    found = rows(pipeline, "The 1931 extension was ratified on 5 May 1933.")
    assert [(t, d) for t, d, *_ in found] == [("ratify", "5 May 1933")]


def test_a_happening_nouns_year_dates_the_noun_not_the_verb_it_is_subject_of(pipeline):
    found = rows(pipeline, "The revolutions of 1989 ended the regimes of the eastern bloc.")
    assert [(t, d) for t, d, *_ in found] == [("revolution", "1989")]


@pytest.mark.parametrize("text", [
    "The empire was compared with the Qin dynasty (221–206 BC) by later historians.",
    "The Golden Age (1588–1672) saw the growth of the ports.",
])
def test_a_bracketed_span_after_a_name_labels_it(pipeline, text):
    assert rows(pipeline, text) == []


def test_the_labelled_name_keeps_the_sentences_own_span(pipeline):
    found = rows(pipeline, "Ottoman Syria (1516–1918) was occupied by Tarvia from 1918 to 1920.")
    assert found == [("occupy", "1918 to 1920", date(1918, 1, 1), date(1920, 12, 31))]


@pytest.mark.parametrize("text, trigger, date_text", [
    ("The Treaty of 1824 was signed in London by both crowns.", "treaty", "1824"),  # its making
    ("The army withdrew from the coast in the spring of 1945.", "withdraw", "the spring of 1945"),
    ("In May of 1945 the army withdrew from the coast.", "withdraw", "May of 1945"),
    ("The city was founded (1820) by settlers from the coast.", "found", "1820"),
    ("She took part in the elections of 1905.", "election", "1905"),
    ("Some mistrust arose during the Tarsk Conference of 1932.", "conference", "1932"),  # a named happening
    ("Holm (1801–1870) painted the harbour in 1840.", "paint", "1840"),
])
def test_dates_of_the_happening_itself_stay(pipeline, text, trigger, date_text):
    assert (trigger, date_text) in [(t, d) for t, d, *_ in rows(pipeline, text)]


def test_a_happening_nouns_year_stays_when_another_date_dates_something_else(pipeline):
    found = rows(pipeline, "After the 1917 revolution, in 1918 the prince fled to Lusk.")
    assert [(t, d) for t, d, *_ in found] == [("revolution", "1917"), ("flee", "1918")]


def test_a_labelled_period_a_happening_falls_in_dates_it(pipeline):
    found = rows(pipeline, "The book was written during the late Orm Kingdom period (476–221 BC) by a scholar.")
    assert [(t, d) for t, d, *_ in found] == [("write", "476–221 BC")]


@pytest.mark.parametrize("text, trigger, date_text", [
    # a bracket closing a happening's phrase dates the happening
    ("Orm fought an unsuccessful war with the Lusk Empire (1877–78) over the islands.", "war", "1877–78"),
    ("He led the herders in an uprising against the Tarvian lords (1648–1654) that freed the valley.", "uprising",
     "1648–1654"),
    # a year after "of" on a post or a named time the happening falls in
    ("The brothers served in the tribunates of 133 BC and 122–121 BC.", "serve", "133 BC"),
    ("The king abdicated during the Orm Revolution of 1848.", "abdicate", "1848"),
    # a year before the noun a verb acts on, with another date in the sentence
    ("After winning the 1990 election, Holm became the first elected mayor of Orm since 1922.", "election", "1990"),
    ("Holm was popular in the first half of the 20th century, and he won the 1943 Tarsk Prize.", "win", "1943"),
])
def test_a_year_that_dates_the_happening_it_describes_stays(pipeline, text, trigger, date_text):
    assert (trigger, date_text) in [(t, d) for t, d, *_ in rows(pipeline, text)]


def test_a_bracket_labelling_a_post_dates_no_appointment(pipeline):
    assert rows(pipeline, "Holm was appointed the first director of the Tarsk Symphony Orchestra (1937–1954).") == []


def test_a_year_in_brackets_after_a_work_dates_only_making_or_playing_in_it(pipeline):
    # Regression: the work's year dated whatever was done to the work later.
    assert rows(pipeline, "The censors banned Winter at Lusk (1958) soon after.") == []
    assert [(t, d) for t, d, *_ in rows(pipeline, "Critics praised Winter at Lusk (1958) in 1961.")] == \
        [("praise", "1961")]
    assert [(t, d) for t, d, *_ in rows(pipeline, "He wrote Winter at Lusk (1958) while in exile.")] == \
        [("write", "1958")]
    assert [(t, d) for t, d, *_ in rows(pipeline, "She starred in Tarsk Harbour (1944).")] == [("star", "1944")]


def test_a_year_in_brackets_after_an_award_dates_its_giving(pipeline):
    found = rows(pipeline, "He was awarded the Orm Medal (1947) and the Lusk Prize (1958).")
    assert [(t, d) for t, d, *_ in found] == [("award", "1947"), ("award", "1958")]


# A named happening's own row only where the sentence tells that happening (issue 33). Sentences of our own.
@pytest.mark.parametrize("text, trigger", [
    ("The envoy cited the Lusk Conference of 1932 in his speech.", "conference"),
    ("The Orm revolutions of 1761 were followed by a famine in the north.", "revolution"),
    ("Orm merchants fled the city after the Orm revolutions of 1761.", "revolution"),
    ("The Lusk army violated the Treaty of Vell (1926) by crossing the river.", "treaty"),
])
def test_a_named_happening_the_sentence_does_not_tell_gets_no_row_of_its_year(pipeline, text, trigger):
    found = rows(pipeline, text)
    assert not any(start is not None and start.year in (1761, 1926, 1932) for _, _, start, _ in found)


@pytest.mark.parametrize("text, trigger", [
    ("Delegates met at the Lusk Conference of 1932 to discuss tariffs.", "conference"),
    ("The Lusk Conference of 1932 was held in the old palace.", "conference"),
    ("He signed the Treaty of Vell (1926) with the Lusk envoy.", "treaty"),
])
def test_a_named_happening_the_sentence_tells_keeps_its_row(pipeline, text, trigger):
    assert any(t == trigger and start is not None for t, _, start, _ in rows(pipeline, text))
