"""News words that are no happening to date by the report's day (pipeline.events.news_words).

Sentences of our own as news documents dated 10 March 2001; regression tests. The rows a report's
own date dates stand on a past word alone, so a state, a view, a discourse phrase or a noun that
only classifies a thing must give none, and the happening beside it keeps its row.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document
from pipeline.events.document_dated import DOCUMENT


def undated(pipeline, text: str) -> set[str]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(2001, 3, 10)
    return {e.trigger for e in pipeline(doc).layers["events"] if e.dated_by == DOCUMENT}


@pytest.mark.parametrize("text, kept, dropped", [
    ("The death toll in the harbour blast rose to 40, officials said.", {"blast"}, {"death", "rise"}),
    ("A rescue team pulled two miners from the shaft.", {"pull"}, {"rescue"}),
    ("Police obtained an arrest warrant for the driver.", {"obtain"}, {"arrest"}),
    ("In addition, the rebels burned the customs post.", {"burn"}, {"addition"}),
    ("Many villagers worried that the dam had cracked.", {"crack"}, {"worry"}),
    ("The governor, founder of the farmers' league, resigned.", {"resign"}, {"founder"}),
    ("Residents had no information about the flooding of the valley.", {"flooding"}, {"information"}),
])
def test_a_state_a_view_or_a_classifier_gets_no_row_of_the_report_date(pipeline, text, kept, dropped):
    found = undated(pipeline, text)
    assert kept <= found and not (dropped & found), found


@pytest.mark.parametrize("text, kept, dropped", [
    # a firm's unit or standing activity
    ("The brewer sold its European operations after the strike.", {"sell", "strike"}, {"operations"}),
    ("The packaging division was closed after the merger.", {"close"}, {"division"}),
    ("Rescue operations resumed after the avalanche.", {"operation", "resume"}, set()),
    # nothing happened
    ("The ferry capsized, but no one was hurt.", {"capsize"}, {"hurt"}),
    ("The tanker exploded and there were no injuries.", {"explode"}, {"injuries", "injury"}),
    # what only might have happened
    ("If the talks failed, the miners walked out.", {"walk"}, {"fail"}),
    # a word cut from a compound, a light verb before its happening
    ("Shares fell in heavy profit-taking after the bank collapsed.", {"collapse"}, {"taking", "take"}),
    ("The carmaker suffered a sharp decline after the strike.", {"strike"}, {"suffer"}),
    ("The carmaker posted a sharp decline in sales.", set(), {"post"}),
    # the topic of a view
    ("Farmers opposed the merger and blocked the road.", {"block"}, {"merger"}),
    ("Pastors who opposed gambling denounced the raid.", {"denounce", "raid"}, {"gambling"}),
    ("Villagers feared an attack, and the police closed the road.", {"close"}, {"attack"}),
])
def test_an_activity_a_negation_a_condition_a_fragment_or_a_light_verb_gets_no_row(pipeline, text, kept, dropped):
    found = undated(pipeline, text)
    assert kept <= found and not (dropped & found), found


@pytest.mark.parametrize("text, kept, dropped", [
    # What a person did as a rule, told in a relative clause, is a description, no happening.
    ("Police looked into four attacks on doctors who performed abortions in Tarsk.", {"attack"},
     {"perform", "abortion"}),
    ("The rebels who burned houses fled.", {"burn", "flee"}, set()),           # houses are no happenings
    ("The gunman killed a doctor who performed two abortions.", {"kill", "perform"}, set()),  # counted ones
])
def test_a_habit_in_a_relative_clause_gets_no_row(pipeline, text, kept, dropped):
    found = undated(pipeline, text)
    assert kept <= found and not dropped & found, found
