"""tables.py only writes: the ids, the clean gloss and the dates on a row are the ones the stages stored."""

from __future__ import annotations

from datetime import date

import numpy as np

from pipeline.core.document import Document
from pipeline.core.records import Entity, LinkRecord, Sentence, Timex
from pipeline.io.tables import entity_rows, link_rows, sentence_rows, timex_rows


def _doc() -> Document:
    return Document.from_raw("d", "d.txt", "Molotov signed it in 490 BC.")


def test_rows_copy_the_ids_the_stages_set_without_looking_them_up():
    doc = _doc()  # no sentences or sections layer: a looked-up id would be None
    doc.layers["sentences"] = [Sentence(0, 0, 28, section_id=4)]
    doc.layers["entities"] = [Entity(0, 7, "Molotov", "PERSON", "model", None, sentence_id=9, section_id=3)]
    doc.layers["timexes"] = [Timex(21, 27, "490 BC", "DATE", "BC0490", None, None, True, np.datetime64("-489-01-01"),
                                   np.datetime64("-489-12-31"), sentence_id=5)]
    assert sentence_rows(doc)[0]["section_id"] == 4
    assert (entity_rows(doc)[0]["sentence_id"], entity_rows(doc)[0]["section_id"]) == (9, 3)
    row = timex_rows(doc)[0]
    assert row["sentence_id"] == 5 and row["date_start"] == np.datetime64("-489-01-01")


def test_a_timex_without_days_is_written_without_days():
    """The BC interval is the timexes stage's work; the writer adds none."""
    doc = _doc()
    doc.layers["timexes"] = [Timex(21, 27, "490 BC", "DATE", "BC0490", None, None, True, None, None)]
    assert timex_rows(doc)[0]["date_start"] is None


def test_the_link_row_carries_the_gloss_the_stage_cleaned():
    doc = _doc()
    doc.layers["links"] = [LinkRecord("glossary", "Molotov", "Vyacheslav Molotov", "''Vyacheslav'' Molotov ...",
                                      "PERSON", 0, 7, gloss_clean="as the stage stored it")]
    assert link_rows(doc)[0]["gloss_clean"] == "as the stage stored it"


def test_the_timexes_stage_stores_a_bc_interval_and_the_sentence():
    from pipeline.batch.processing import Pipeline
    from pipeline.core.config import load_config

    stages = ["normalize", "reflow", "sections", "nlp", "timexes"]
    doc = Pipeline(load_config(None, stages=stages)).text("Title\n\nThe battle of Marathon was fought in 490 BC.\n")
    bc = [t for t in doc.layers["timexes"] if t.value == "BC0490"]
    assert bc and (bc[0].date_start, bc[0].date_end) == (np.datetime64("-489-01-01"), np.datetime64("-489-12-31"))
    assert bc[0].sentence_id == 0
    assert not isinstance(bc[0].date_start, date)


def test_citation_and_event_rows_copy_the_support_the_cite_stage_set():
    """No sentences or blocks layer: a sentence looked up or a support re-derived here would be None or []."""
    from pipeline.core.records import CitationRecord, Event
    from pipeline.io.tables import citation_rows, event_rows

    doc = _doc()
    fields = dict.fromkeys(["authors", "year", "title", "container", "publisher", "volume", "issue", "pages", "url"])
    doc.layers["citations"] = [CitationRecord("inline", 28, 28, "Holloway 1994", fields, sentence_id=7)]
    doc.layers["events"] = [Event(0, "490 BC", None, None, "year", "sign", sentence_end=28, sentence_id=7,
                                  citation_ids=[0, 2])]
    assert citation_rows(doc)[0]["sentence_id"] == 7
    assert event_rows(doc)[0]["citation_ids"] == [0, 2]
