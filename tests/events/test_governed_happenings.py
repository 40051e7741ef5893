"""A light or relational verb whose subject or object is the happening gives the row to that noun, and
a date told with a relation, an opinion or a label gets no row (issue 33). Sentences of our own."""

from __future__ import annotations

import pytest


def triggers_of(pipeline, text: str) -> list[str]:
    return [e.trigger for e in pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]]


@pytest.mark.parametrize("text, trigger", [
    ("The Tarvian Revolution took place between 1905 and 1911.", "revolution"),
    ("The Congress of Vell was held in September 1814.", "congress"),
    ("A series of quarrels preceded the formal split in 1054.", "split"),
    ("By 1920 a conflict followed.", "conflict"),
    ("Vell shows occupation since the 8th millennium BC.", "occupation"),
    ("The custom originated in the 15th-century search for routes to the east.", "search"),
    ("In 1921 the king started the quest for a pact with Lusk.", "quest"),
    ("On 30 November 1939 the war started with an attack on Lusk.", "attack"),
    ("In 1920 the fighting involved Tarvia and Lusk.", "fighting"),
    ("In 1998 the Netherlands became the last country to ratify the expansion.", "ratify"),
    ("Holm ruled the island until his overthrow in 1989.", "overthrow"),
])
def test_the_governed_happening_is_the_trigger(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text, trigger", [
    # The verb of order stays when neither side names a happening: a succession is told.
    ("In 1920 Holm followed his father as king of Tarvia.", "follow"),
    # A verb of its own, not a light one, stays.
    ("In 1921 the king ended the talks with Lusk.", "end"),
    ("In 1962 troops were placed on alert along the border.", "place"),
    ("In 1920 Tarvia was recognized as a state by Lusk.", "recognize"),  # at a point, a happening
    ("Holm was called to the Bar by the Inn in November 1730.", "call"),  # no label: a happening
    ("His discovery in 1928 of the mould has been described as a great victory.", "discovery"),
])
def test_a_verb_that_names_the_happening_stays(pipeline, text, trigger):
    assert triggers_of(pipeline, text) == [trigger]


@pytest.mark.parametrize("text", [
    "In the third quarter of 1989, capital gains offset the payments.",
    "Since 1985 the firm has relied on sales of its old drugs.",
    "By 1980 he had outlasted five presidents.",
    "Proposed dates include 1009 and 1011.",
    "Historians place the poem between the third and seventh centuries.",
    "The dynasty is often compared with the Qin dynasty (221–206 BC).",
    "The period from 1400 to 1500 is described as the Tarvian renaissance.",
    "Current market conditions in 1989 hurt the company.",
    "In 1920 the new district involved the two ports of Lusk.",
    "Astrology has been recognized as pseudoscientific since the 18th century.",
    "The islands were listed as a non-self-governing territory until 1990.",
    "The city's growth rate between 2010 and 2020 made it one of the fastest-growing cities.",
    "Basil remained the de facto ruler until 985.",
    "He lived in the 5th century BC, dated variously by most scholars.",
])
def test_a_relation_a_view_or_a_label_makes_no_row(pipeline, text):
    assert triggers_of(pipeline, text) == []


@pytest.mark.parametrize("text, theme", [
    ("In 1939 Tarvia annexed the Polish areas.", "Polish areas"),
    ("On 25 August 1939 the envoy proposed spheres of interest to Lusk.", "spheres of interest"),
    ("In 1939 Tarvia signed mutual assistance treaties with the Baltic states.", "mutual assistance treaties"),
    ("In 1989 the Lusk government declassified the secret protocol.", "secret protocol"),
    ("In 1932 Tarvia used the Orm tank school near Lusk.", "Orm tank school"),
    ("In 1911 the army burned the old mill, which stood by the river.", "old mill"),
    # a count is no part of what the thing is; an "of" the verb takes is no part of the thing
    ("In 1925 the police arrested several members of the club.", "members of the club"),
    # the accused are a party: the deed is the thing (issue 33's judges)
    ("On 26 November 1939 Tarvia accused Lusk's troops of the shelling.", "shelling"),
    # a measure or a date is no part of what the thing is
    ("In 1807 the steamboat covered an area of 243 km2 on the river.", "area"),
    # a complement of up to ten words is part of the name (a shorter cap cut names short) ...
    ("In 1945 the clerks found a microfilmed copy of the secret annexes of the old treaty between the two old kingdoms.",
     "microfilmed copy of the secret annexes of the old treaty"),
    # ... a longer one, a clause's worth of words, leaves the modified noun
    ("In 1945 the clerks found a microfilmed copy of the long secret annexes of the old trade treaty of the two "
     "northern kingdoms.", "microfilmed copy"),
])
def test_the_theme_names_the_thing_in_full(pipeline, text, theme):
    rows = pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]
    assert rows and rows[-1].theme == theme


def news_triggers(pipeline, text: str) -> list[str]:
    from datetime import date

    from pipeline.core.document import Document

    doc = Document.from_raw("t", "t.txt", "Report\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return [e.trigger for e in pipeline(doc).layers["events"]]


@pytest.mark.parametrize("text", [
    "On Friday investors disregarded the gains.",
    "Officials sized up the threat on Tuesday.",
    "Since 1985 the firm has relied on sales of its old drugs.",
    "Last week analysts speculated about a sale of the unit.",
    "The embassy is now operating out of a hotel near the harbour.",
])
def test_a_report_of_a_relation_or_an_opinion_has_no_row_of_any_date(pipeline, text):
    assert news_triggers(pipeline, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("The minister tried yesterday to entice the envoys back to the table.", "entice"),
    ("The senator made remarks last week about the budget.", "remark"),
    ("On Tuesday troops were placed on alert along the border.", "place"),
])
def test_a_report_of_a_happening_keeps_its_row(pipeline, text, trigger):
    assert news_triggers(pipeline, text) == [trigger]
