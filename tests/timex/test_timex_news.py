"""Dates on text we did not write: news deixis against a creation date, document metadata,
heading timexes, the coverage and reference-time cases, and the TimeML benchmark scores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline import load_table
from evaluation.scores import read_timex_cases, score_timexes
from evaluation.shared import SHARED_TIMEML
from pipeline.timex.tagger import tag
from pipeline.timex.values import RefTime

GOLDEN = Path(__file__).parents[1] / "golden"
TIMEML = SHARED_TIMEML
FRIDAY = date(2013, 3, 22)  # a Friday


def _news(spacy_model, text: str, created: date = FRIDAY) -> dict[str, str]:
    found, _, _ = tag(text, RefTime(created.year, created.month, created.day), spacy_model(text), created,
                      kind="news")
    return {t.text: t.value for t in found}


def test_news_deixis_resolves_against_the_creation_date(spacy_model):
    values = _news(spacy_model, "Officials said on Tuesday that the bridge, damaged last week, will reopen on "
                                "Monday. Traffic fell 4% last year and yesterday the mayor resigned.")
    assert values == {"Tuesday": "2013-03-19", "last week": "2013-W11", "Monday": "2013-03-25",
                      "last year": "2012", "yesterday": "2013-03-21"}
    values = _news(spacy_model, "Earnings rose in the third quarter, and the company expects to report "
                                "next month. It was founded this year; currently it employs 40 people.")
    # Told in the past in March, the third quarter is last year's: this year's has not begun.
    assert values == {"the third quarter": "2012-Q3", "next month": "2013-04", "this year": "2013",
                      "currently": "PRESENT_REF"}
    values = _news(spacy_model, "The company expects earnings to rise in the third quarter.")
    assert values == {"the third quarter": "2013-Q3"}
    # A weekday's report of the past: the weekend just gone; a plan: the coming one.
    values = _news(spacy_model, "Talks broke down over the weekend. They resume next weekend.", date(2013, 3, 19))
    assert values == {"the weekend": "2013-W11-WE", "next weekend": "2013-W13-WE"}
    # An earnings report states its quarter once; "a year earlier" paragraphs later is that quarter a year before.
    text = ("Net income rose 20% in the third quarter.\n\nSales were $5 million.\n\n"
            "Revenue was $3 million a year earlier.")
    values = _news(spacy_model, text, date(1989, 10, 30))
    assert values == {"the third quarter": "1989-Q3", "a year earlier": "1988-Q3"}
    # A year-less date goes where the tense puts it: a past event last November, a plan next January.
    values = _news(spacy_model, "The plant closed on Nov. 30. It will reopen on Jan. 15.", date(2013, 12, 10))
    assert values == {"Nov. 30": "2013-11-30", "Jan. 15": "2014-01-15"}


@pytest.mark.parametrize("created, text, expected", [
    # A year-less month with no tense leans to the past (news reports it); a date a tense would put
    # most of a year away while the other side is days away belongs to that other side.
    (date(1989, 10, 26), "Sun blamed problems tied to a new family of computers introduced in April.",
     {"April": "1989-04"}),
    (date(1989, 10, 30), "The bid was extended to Nov. 16. It had been due to expire Friday evening.",
     {"Nov. 16": "1989-11-16", "Friday evening": "1989-10-27TEV"}),
    (date(2000, 1, 5), "Meissner gave no reason for the Jan. 14 deadline.", {"Jan. 14": "2000-01-14"}),
    (date(2000, 1, 15), "The INS ruled the boy must be returned to his father by Jan. 14.", {"Jan. 14": "2000-01-14"}),
    (date(1999, 5, 6), "Investigators have been searching for Kopp since the Oct. 23 slaying.",
     {"Oct. 23": "1998-10-23"}),
    # Words before a weekday that say which side of the writing it is on.
    (date(2000, 4, 3), "The group might come to the U.S. as soon as Tuesday.", {"Tuesday": "2000-04-04"}),
    (date(2000, 3, 30), "Officials postponed until Tuesday morning any action on the case.",
     {"Tuesday morning": "2000-04-04TMO"}),
    (date(1989, 10, 30), "It said that at the close of business Thursday, 5,745,188 shares were tendered.",
     {"Thursday": "1989-10-26"}),
    (date(1998, 10, 25), "The Times said in an editorial on Monday, Oct. 26: the murder is the latest.",
     {"Monday, Oct. 26": "1998-10-26"}),
    # Financial news: the past year, a fiscal year's length, the year reported on, its end.
    (date(1989, 10, 30), "It settled an inquiry in the past year. For the year ended Sept. 30, it earned $5 million. "
                         "Sales for the full year rose, and it expects to close the deal by year-end.",
     {"the past year": "1988", "the year": "P1Y", "Sept. 30": "1989-09-30", "the full year": "1989",
      "year-end": "1989"}),
    (date(1989, 10, 30), "It expects higher sales in the current fiscal year and will mail the offer at the end "
                         "of this week.", {"the current fiscal year": "1989", "the end of this week": "1989-W44"}),
    # Ages are no durations; weeks ago are calendar weeks; decades are years in TimeML news.
    (date(2000, 1, 6), "Mr. Reupke, 52 years old, fled six weeks ago, the lowest rate for almost two decades.",
     {"six weeks ago": "1999-W47", "almost two decades": "P20Y"}),
    (date(1999, 4, 19), "He was shot to death last Oct. 23. A hearing may come the week of March 6, 2000.",
     {"last Oct. 23": "1998-10-23", "the week of March 6, 2000": "2000-W10"}),
    # A night with its date moves the story's day; the stretch before an event is at the story's month.
    (date(1998, 11, 21), "He returned home on the night of Friday, Oct. 23. The men showed up at his house the day "
                         "after, and his car was seen in the weeks before the shooting.",
     {"the night of Friday, Oct. 23": "1998-10-23TNI", "the day after": "1998-10-24", "weeks": "1998-10"}),
])
def test_news_dates_found_by_the_timeml_harness(spacy_model, created, text, expected):
    """Each case is the shape of a TimeBank/AQUAINT miss the harness showed (the sentences are ours)."""
    assert _news(spacy_model, text, created) == expected


def test_a_with_clause_of_a_future_schedule_looks_ahead(spacy_model):
    # "with the third departing ... from August 6" takes the tense of "would leave", not the past.
    values = _news(spacy_model, "Orm Air said two new flights would leave Lusk on Monday nights from March 30, "
                                "with the third departing each Thursday from August 6.")
    assert values["August 6"] == "2013-08-06", values


def test_the_same_words_in_a_narrative_follow_the_story(spacy_model):
    text = "On Tuesday the army crossed the river. Last year it had failed."
    found, _, _ = tag(text, RefTime(1941, 6, 22), spacy_model(text), FRIDAY)
    assert {t.text: t.value for t in found} == {"Tuesday": "1941-06-24", "Last year": "1940"}


def test_a_narrative_with_a_creation_date_uses_it_for_today_and_now(spacy_model):
    text = "Today the border is open; at present it is busy."
    found, _, _ = tag(text, RefTime(1939), spacy_model(text), FRIDAY)
    rows = {t.text: (t.value, t.date_start) for t in found}
    assert rows == {"Today": ("2013-03-22", FRIDAY), "at present": ("PRESENT_REF", FRIDAY)}


@pytest.mark.parametrize("name", ["timex_coverage.txt"])
def test_coverage_and_reference_time_traps(spacy_model, name):
    cases = read_timex_cases(GOLDEN / name)
    assert len(cases) >= 30
    for case in cases:
        ref = RefTime(*[int(x) for x in case.reference.split("-")]) if case.reference else RefTime()
        found, _, _ = tag(case.sentence, ref, spacy_model(case.sentence))
        got = [(t.text, t.type, t.value, t.mod) for t in found]
        assert got == [(g["text"], g["type"], g["value"], g["mod"]) for g in case.expected], case.sentence


def test_intervals_narrow_with_early_mid_late_and_follow_their_anchor(spacy_model):
    text = ("The treaty was signed on March 3, 1918. A few months later it was annulled. "
            "Trade grew in the early 1920s and collapsed in late September 1929.")
    found, _, _ = tag(text, RefTime(), spacy_model(text))
    spans = {t.text: (str(t.date_start), str(t.date_end)) for t in found}
    assert spans["A few months later"] == ("1918-03-04", "1918-12-31")
    assert spans["the early 1920s"][0] == "1920-01-01" and spans["the early 1920s"][1].startswith("1923")
    assert spans["late September 1929"] == ("1929-09-21", "1929-09-30")


def _corpus(tmp_path: Path, text: str, name: str = "story.txt") -> tuple[Path, Path]:
    corpus, outputs = tmp_path / "corpus", tmp_path / "outputs"
    corpus.mkdir(exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return corpus, outputs


def test_add_with_kind_and_date_and_editing_the_metadata_reprocesses(tmp_path):
    from pipeline.cli import main
    from pipeline.io.status import corpus_status
    from pipeline.core.config import load_config

    corpus, outputs = _corpus(tmp_path, "Storm\n\nThe storm hit on Friday. Last year it was worse.\n")
    common = ["--corpus", str(corpus), "--outputs", str(outputs)]
    assert main(["add", *common, "--kind", "news", "--date", "2013-03-22", str(tmp_path / "story.txt")]) == 0
    assert (corpus / "story.meta.yaml").is_file()
    assert main(["run", *common]) == 0
    docs = load_table("documents", outputs)
    assert (docs.kind.iloc[0], docs.reference_date.iloc[0]) == ("news", pd.Timestamp(2013, 3, 22))  # datetime64, any era
    timexes = load_table("timexes", outputs)
    assert list(zip(timexes.text, timexes.value)) == [("Friday", "2013-03-22"), ("Last year", "2012")]
    config = load_config(None, corpus=str(corpus), outputs=str(outputs))
    assert corpus_status(config)["processed"] == ["story"]
    (corpus / "story.meta.yaml").write_text("kind: news\nreference_date: 2014-01-10\n", encoding="utf-8")
    assert corpus_status(config)["changed"] == ["story"]
    assert main(["run", *common]) == 0
    assert list(load_table("timexes", outputs).value) == ["2014-01-10", "2013"]


def test_bad_metadata_fails_the_document_with_a_clear_error(tmp_path):
    from pipeline.cli import main
    from pipeline.batch.runner import run

    corpus, outputs = _corpus(tmp_path, "x")
    (corpus / "a.txt").write_text("Some text from 1939.\n", encoding="utf-8")
    (corpus / "a.meta.yaml").write_text("kind: gossip\n", encoding="utf-8")
    summary = run(corpus=str(corpus), outputs=str(outputs))
    assert "a.meta.yaml" in summary.failed["a"] and "narrative, news" in summary.failed["a"]
    assert main(["add", "--corpus", str(corpus), "--date", "22/03/2013", str(tmp_path / "story.txt")]) == 2


def test_heading_dates_are_timexes_and_set_their_sections_time(tmp_path):
    from pipeline.batch.runner import run

    corpus, outputs = _corpus(tmp_path, "")
    (corpus / "war.txt").write_text(
        "The War\n\nIt began long ago.\n\nSpring 1945\n\nOn May 8 the fighting stopped.\n\n"
        "Campaign of 1812\n\nIn June the army crossed the Niemen.\n", encoding="utf-8")
    run(corpus=str(corpus), outputs=str(outputs))
    timexes = load_table("timexes", outputs)
    rows = list(zip(timexes.text, timexes.value, timexes.zone))
    assert rows == [("Spring 1945", "1945-SP", "heading"), ("May 8", "1945-05-08", "body"),
                    ("1812", "1812", "heading"), ("June", "1812-06", "body")]
    assert load_table("timexes", outputs).query("zone == 'heading'").sentence_id.isna().all()
    events = load_table("events", outputs)
    assert list(events.date_text) == ["May 8", "June"]  # headings give no events


# --- TimeML (TimeBank, AQUAINT): public text annotated by others ---------------------------

@pytest.fixture(scope="module")
def timeml_scores():
    if not TIMEML.is_dir():
        pytest.skip(f"TimeML data not found at {TIMEML} (../shared is absent)")
    from evaluation.timexes import evaluate

    return {name: evaluate(TIMEML / name)[0].scores for name in ("TimeBank", "AQUAINT")}


@pytest.mark.parametrize("corpus, strict, relaxed, value_f1", [
    ("TimeBank", 0.88, 0.925, 0.81),   # session 6: 0.885 / 0.928 / 0.812
    ("AQUAINT", 0.84, 0.945, 0.77),    # session 6: 0.848 / 0.949 / 0.775
])
def test_timeml_scores_do_not_regress(timeml_scores, corpus, strict, relaxed, value_f1):
    s = timeml_scores[corpus]
    assert s.strict.f1 >= strict, s
    assert s.relaxed.f1 >= relaxed, s
    assert s.value_f1 >= value_f1, s


def test_timeml_reader_keeps_offsets():
    from evaluation.timeml import parse_timeml

    doc = parse_timeml('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
                       '19980108</TIMEX3></DCT><TEXT>A &amp; B met <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
                       'yesterday</TIMEX3>.</TEXT>')
    assert doc.text == "A & B met yesterday." and doc.creation_date == date(1998, 1, 8)
    assert [(g["text"], g["value"]) for g in doc.gold] == [("yesterday", "1998-01-07")]
    assert doc.text[doc.gold[0]["start"]:doc.gold[0]["end"]] == "yesterday"
    s = score_timexes([{"start": 10, "end": 19, "type": "DATE", "value": "1998-01-07", "mod": None}], doc.gold,
                      compare_mod=False)
    assert (s.strict.f1, s.value_f1) == (1.0, 1.0)
