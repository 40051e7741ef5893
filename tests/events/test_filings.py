"""The firm that made a filing, not the body it was filed with, acts (pipeline.events.filings)."""

from datetime import date

import pytest

from pipeline.core.document import Document


def filing(pipeline, text: str):
    doc = Document.from_raw("t", "t.txt", "Title\n\n" + text + "\n")
    doc.kind, doc.reference_date = "news", date(1989, 11, 2)
    rows = [e for e in pipeline(doc).layers["events"] if e.trigger == "filing"]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize("text, filer", [
    ("In a Securities and Exchange Commission filing, Orm Corp. said it now holds 1.3 million Vell shares.", "Orm Corp."),
    ("Tarvo Inc. made the disclosure in a Securities and Exchange Commission filing.", "Tarvo Inc."),
    ("In a filing with the Securities and Exchange Commission, Lusk Acquisition said it expects to need $215 million.",
     "Lusk Acquisition"),
])
def test_the_filer_acts_and_the_body_filed_with_takes_part(pipeline, text, filer):
    row = filing(pipeline, text)
    assert row.actors == [filer]
    assert row.participants == ["Securities and Exchange Commission"]


def test_the_body_filed_with_never_acts(pipeline):
    row = filing(pipeline, "Orm Corp. rose. In a Securities and Exchange Commission filing, it said it holds 5% of Vell.")
    assert "Securities and Exchange Commission" not in row.actors
