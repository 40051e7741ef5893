"""An era that describes a thing or a life dates no happening (pipeline.events.era_dates).

Sentences of our own; regression tests, not evidence (the external measure is the events audit on
biographies' leads). A century that says who or what someone was ("a major figure of 20th-century
poetry") or the span of a life ("lived during the 4th century BCE") gives no row; a happening of that
century keeps its row.
"""

from __future__ import annotations

import pytest

from pipeline.core.document import Document


def triggers(pipeline, text: str) -> list[str]:
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    return [e.trigger for e in pipeline(doc).layers["events"]]


@pytest.mark.parametrize("text", [
    "She is regarded as a major figure of 20th-century poetry.",
    "He is considered among the finest 16th-century engravers, first working in Antwerp.",
    "Orsk was a grammarian who lived during the 4th century BCE.",
    "Velda Marr was among the most admired painters of the 18th century.",
])
def test_an_era_describing_a_thing_or_a_life_gives_no_row(pipeline, text):
    assert triggers(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The 17th-century revolts weakened the crown.", ["revolt", "weaken"]),
    ("The city was rebuilt in the 12th century.", ["rebuild"]),
    ("In his 1874 essay, he formulated the theory.", ["formulate"]),
    ("The wars of the 15th century ruined the duchy.", None),
])
def test_a_happening_of_an_era_keeps_its_row(pipeline, text, expected):
    found = triggers(pipeline, text)
    assert found == expected if expected is not None else "war" in found or "ruin" in found
