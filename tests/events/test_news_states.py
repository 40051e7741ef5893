"""News words that look like happenings and are states, things, names or habits
(pipeline.events.news_states); sentences of our own as news documents dated 30 October 1989."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.document import Document


def triggers(pipeline, text: str) -> list[str]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(1989, 10, 30)
    return [e.trigger for e in pipeline(doc).layers["events"]]


@pytest.mark.parametrize("text, dropped", [
    ("N.V. Orm said net income in the third quarter jumped 63% as the company had substantially lower "
     "extraordinary charges to account for a restructuring program.", "have"),
    ("Lusk has been under pressure since takeover speculators surfaced holding small stakes last year.", "hold"),
    ('"I know about the stories today," Vell said.', "know"),
    ("As the death toll has mounted, the Orm government has been faced with a growing movement calling for "
     "withdrawal.", "face"),
    ("The dividend increase was Orm's second this year, an affirmation of statements by top executives that "
     "they intend to increase rewards.", "affirmation"),
    ("The extrusion unit produces bare and painted custom extrusions for building products.", "extrusion"),
    ("DD Acquisition Corp. extended its offer. Acquisition has launched a suit in a Delaware court.", "acquisition"),
    ('"You get a news item, it hits, you have strong redemptions that day," says Mr. Vell.', "redemption"),
])
def test_a_state_a_thing_a_name_or_a_habit_gets_no_row(pipeline, text, dropped):
    assert dropped not in triggers(pipeline, text)


@pytest.mark.parametrize("text, kept", [
    ("Police held talks with the rebels on Monday.", "talk"),
    ("The company sold its stake in Orm on Friday.", "sell"),
    ("DD Acquisition Corp. extended its offer. Acquisition has launched a suit in a Delaware court.", "launch"),
    ("Orm completed the acquisition of Lusk on Friday.", "complete"),
    ("Lusk knew about the plan last week and resigned on Monday.", "resign"),
    # a happening set in apposition renames one, and keeps its row
    ("Many worried their efforts to keep the boy in Vell would fail today, the 39th anniversary of the Bay of Orm "
     "fiasco, an aborted invasion of Lusk by Tarvian-trained exiles that left much bitterness.", "invasion"),
])
def test_the_happening_beside_it_keeps_its_row(pipeline, text, kept):
    assert kept in triggers(pipeline, text)
