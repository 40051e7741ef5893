"""Rows for news happenings the parse used to hide (issue 32: a story mention with no row never merges).

Invented sentences as news reports dated 10 March 2001 (a Saturday), and one as a history article:
pipeline.events.news_nominals, pipeline.events.gathering_participles, pipeline.events.planned_gatherings.
"""

from __future__ import annotations

from datetime import date

from pipeline.core.document import Document
from pipeline.events.dated_by import DOCUMENT, SENTENCE, TEXT

REPORT_DATE = date(2001, 3, 10)


def events(pipeline, text: str, kind: str = "news"):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = kind, REPORT_DATE if kind == "news" else None
    return pipeline(doc).layers["events"]


def rows(found, trigger: str) -> list:
    return [e for e in found if e.trigger == trigger]


def test_an_event_noun_tagged_as_a_verb_gets_its_row(pipeline):
    # "wreck" is tagged VB as the object of "on": a noun all the same, told as past as "perished".
    found = events(pipeline, "Castro said Friday she had been kidnapped by the boyfriend who perished along with "
                             "her on the boat wreck her 6-year-old son survived.")
    wreck, perish = rows(found, "wreck"), rows(found, "perish")
    assert len(wreck) == 1 and len(perish) == 1
    assert wreck[0].dated_by == SENTENCE and (wreck[0].date_start, wreck[0].date_end) == \
        (perish[0].date_start, perish[0].date_end)


def test_an_after_clause_hung_from_the_object_happened_before_the_past_verb(pipeline):
    found = events(pipeline, "Reno allowed the extension of the deadline after rejecting a court order that the "
                             "boy remain in Vell.")
    assert [e.dated_by for e in rows(found, "reject")] == [DOCUMENT]


def test_an_after_clause_of_a_present_verbs_object_is_no_past(pipeline):
    assert not rows(events(pipeline, "Reno allows the extension of the deadline after rejecting a court order."),
                    "reject")


def test_a_gathering_participle_shares_its_clauses_date(pipeline):
    found = events(pipeline, "A message was read Wednesday night to several thousand rallying scientists.")
    rally = rows(found, "rally")
    assert len(rally) == 1 and rally[0].date_text == "Wednesday night" and rally[0].dated_by == TEXT
    assert rows(found, "read")


def test_a_gathering_participle_in_a_history(pipeline):
    found = events(pipeline, "In 1926 the army fired on striking miners at Tarsk.", kind="narrative")
    assert [e.date_text for e in rows(found, "strike")] == ["1926"]


def test_a_participle_of_no_gathering_gets_no_row(pipeline):
    assert [e.trigger for e in events(pipeline, "A message was read Wednesday night to several thousand "
                                                "visiting scientists.")] == ["read"]


def test_a_gathering_set_for_a_day_is_a_planned_row(pipeline):
    found = events(pipeline, "The issue is expected to dominate a summit set for Vell in April.")
    assert [(e.trigger, e.modality, e.date_start) for e in found] == [("summit", "planned", date(2001, 4, 1))]


def test_a_staged_gathering_to_come_is_a_planned_row_of_the_gathering(pipeline):
    found = events(pipeline, "Leaders of Orm and Lusk will hold a summit in Vell next week.")
    assert [(e.trigger, e.modality, e.theme) for e in found] == [("summit", "planned", None)]


def test_no_planned_row_for_a_denied_or_conditional_gathering_nor_a_forecast(pipeline):
    for text in ("The leaders will not hold talks in Vell next week.", "Orm could hold talks with Lusk next month.",
                 "The company will develop the chip next year."):
        assert events(pipeline, text) == [], text


def test_a_decision_in_force_was_taken_before_the_report(pipeline):
    found = events(pipeline, "The government decision to return the boy to Orm does not guarantee that he will be "
                             "repatriated, the leadership warned.")
    assert [(e.trigger, e.dated_by, e.modality) for e in found] == [("decision", DOCUMENT, "asserted")]


def test_a_decision_awaited_gets_no_row(pipeline):
    for text in ("The decision is expected next week, officials said.", "The ruling will come soon, lawyers said.",
                 "No decision was taken, officials said."):
        assert not rows(events(pipeline, text), "decision") and not rows(events(pipeline, text), "ruling"), text


def test_a_plan_whose_day_is_past_when_the_report_is_written_gets_no_row():
    from pipeline.events.planned_gatherings import still_to_come

    assert still_to_come(date(2001, 4, 30), REPORT_DATE) and still_to_come(REPORT_DATE, REPORT_DATE)
    assert not still_to_come(date(2000, 4, 30), REPORT_DATE) and not still_to_come(None, REPORT_DATE)


def test_what_a_text_did_it_did_the_day_it_was_signed(pipeline):
    found = events(pipeline, "On April 4, 1949, Acheson signed the Tarsk Treaty, which created the league.")
    assert [e.date_text for e in rows(found, "create")] == ["April 4, 1949"]
    found = events(pipeline, "In 1920 Orm and Lusk signed the Treaty of Vell, which ended the war.", kind="narrative")
    assert [(e.date_text, e.theme) for e in rows(found, "end")] == [("1920", "war")]


def test_a_texts_clause_of_another_time_is_not_the_signings(pipeline):
    for text in ("In 1930 Orm violated the treaty, which guaranteed the border.",  # no verb making it binding
                 "In 1921 the assembly ratified the treaty, which had been signed in 1920."):  # its own date
        assert [e.date_text for e in events(pipeline, text, kind="narrative")] in (["1930"], ["1921", "1920"]), text
    found = events(pipeline, "In 1921 the assembly passed a law that banned the sale of salt in 1925.", kind="narrative")
    assert [e.date_text for e in rows(found, "ban")] == ["1925"]


def test_granting_time_up_to_a_day_is_a_happening_before_the_report(pipeline):
    found = events(pipeline, "The agency has given the relatives until 9 a.m. Tuesday to sign a paper.")
    assert [(e.trigger, e.dated_by) for e in found] == [("give", DOCUMENT)]
    assert events(pipeline, "The agency gave the relatives the papers, officials said.") == []
    assert events(pipeline, "The judge will give the company until Friday to respond.") == []
