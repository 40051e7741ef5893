"""Which word a date belongs to, and which rows a copula or a work's telling make (issue 33, "when and what").

Invented sentences, one per shape judged wrong on held-out leads and news (pipeline.events.date_owners,
told_contents, office_spells; the coordination and date_hops hooks).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document

REPORT_DATE = date(2000, 1, 20)


def rows(pipeline, text: str, news: bool = False):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    if news:
        doc.kind, doc.reference_date = "news", REPORT_DATE
    return pipeline(doc).layers["events"]


def dated(pipeline, text: str, news: bool = False) -> list[tuple]:
    """(trigger, date_start, date_end) of the rows a written date dates."""
    return [(e.trigger, e.date_start, e.date_end) for e in rows(pipeline, text, news) if e.dated_by == "text"]


def test_a_day_after_before_a_happening_noun_is_the_nouns(pipeline):
    found = dated(pipeline, "Cooperation between Tarvia and Lusk ended before the invasion of the Soviet Union "
                            "on June 22, 1941.")
    assert found == [("invasion", date(1941, 6, 22), date(1941, 6, 22))]


def test_each_date_goes_to_the_verb_of_its_own_clause_bc(pipeline):
    found = dated(pipeline, "The Lusk culture developed around 900 BCE, ending around 250 BCE.")
    assert [t for t, *_ in found] == ["develop", "end"]
    assert str(found[1][1]).startswith("-249-01-01")  # 250 BCE, astronomical numbering


def test_a_present_narrating_verb_is_no_happening_of_the_told_year(pipeline):
    assert dated(pipeline, "His History recounts the war between Sparta and Athens until the year 411 BC.") == []


@pytest.mark.parametrize("text", ["Vell played a major role in the decline of the empire in 455.",
                                  "In 455, Vell played a major role in the decline of the empire."])
def test_a_role_played_in_a_happening_is_no_row_of_its_own(pipeline, text):
    assert [t for t, *_ in dated(pipeline, text)] == ["decline"]


def test_a_copula_with_an_office_from_a_date_is_a_reign_not_the_election(pipeline):
    found = dated(pipeline, "Orm was elected King of Tarvia in 1410, and was also King of Lusk from 1419.")
    assert found == [("elect", date(1410, 1, 1), date(1410, 12, 31)), ("reign", date(1419, 1, 1), None)]


def test_a_copular_presidency_is_closed_by_the_nominals_date(pipeline):
    found = dated(pipeline, "Orm Vell was president of Tarvia from 1962 until his assassination in 1979.")
    assert ("serve", date(1962, 1, 1), date(1979, 12, 31)) in found
    # a seat or a state at a date stays no row
    assert dated(pipeline, "Orm was a member of the senate from 1830 to 1832.") == []
    assert dated(pipeline, "Orm was king of Lusk in 1419.") == []
    # the participle names the spell: one reign row, not two
    found = dated(pipeline, "Orm was the second emperor of Tarvia from AD 14 until his death, reigning as its ruler.")
    assert [t for t, *_ in found] == ["reign"]


def test_a_posture_in_an_as_clause_is_the_scene_not_a_happening(pipeline):
    found = rows(pipeline, "Slepian was shot to death at 10 p.m. Friday as he stood in his kitchen.", news=True)
    assert "stand" not in [e.trigger for e in found]
    assert [e.date_start for e in found if e.trigger == "shoot"] == [date(2000, 1, 14)]


def test_a_date_in_a_clause_below_the_verb_leaves_the_setting_date(pipeline):
    found = dated(pipeline, "In Sunday's debate, Spitzer attacked Vacco for failing to enforce a court order in 1992.",
                  news=True)
    assert ("attack", date(2000, 1, 16), date(2000, 1, 16)) in found


def test_a_date_the_parser_hangs_on_the_participle_after_the_verb_is_the_verbs(pipeline):
    found = dated(pipeline, "Elian was found Thanksgiving Day clinging to an inner tube.", news=True)
    assert found == [("find", date(1999, 11, 25), date(1999, 11, 25))]


def test_a_month_told_in_the_sentence_dates_its_happenings_within_that_month(pipeline):
    doc = Document.from_raw("t", "t.txt", "Title\n\nIn January, Orm told reporters that the company had hired Vell.\n")
    doc.kind, doc.reference_date = "news", date(1998, 2, 20)
    found = [(e.trigger, e.date_start, e.date_end) for e in pipeline(doc).layers["events"]]
    assert ("hire", date(1998, 1, 1), date(1998, 1, 31)) in found  # not from December 1997


def test_a_spell_from_a_date_followed_by_another_title_is_left_open(pipeline):
    # "from 1580, and King of Lusk from 1554 until …": the end of the first spell is not told
    found = dated(pipeline, "Orm was King of Tarvia from 1580, and King of Lusk and Vell from 1554 until his death in 1598.")
    assert ("reign", date(1580, 1, 1), None) in found


def test_a_spell_is_closed_by_a_happening_told_in_several_words(pipeline):
    found = dated(pipeline, "Orma was Queen of Tarvia from 14 December 1542 until her forced abdication on 24 July 1567.")
    assert ("reign", date(1542, 12, 14), date(1567, 7, 24)) in found
    found = dated(pipeline, "Vell was vice president under Orm Lusk from 1961 until Lusk's assassination in 1963.")
    assert ("serve", date(1961, 1, 1), date(1963, 12, 31)) in found


def test_the_article_subject_of_a_copula_spell_is_its_actor(pipeline):
    doc = Document.from_raw("t", "t.txt", "Nero\n\nNero was Roman emperor from AD 54 until his suicide in AD 68.\n")
    reign = [e for e in pipeline(doc).layers["events"] if e.trigger == "reign"]
    assert [e.actors for e in reign] == [["Nero"]]
