"""Temporal expressions: golden article annotations, hand-written hard cases, no leaks."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline import load_table
from evaluation.scores import read_timex_cases, score_timexes
from pipeline.timex.tagger import tag
from pipeline.timex.values import RefTime, interval
from tests.conftest import REFERENCE

GOLDEN = Path(__file__).parents[1] / "golden"
REF_ID = "germany_soviet_union_relations_1918_1941"


def _rows(df) -> list[dict]:
    return [{"start": r.clean_start, "end": r.clean_end, "type": r.type, "value": r.value,
             "mod": r.mod if isinstance(r.mod, str) else None} for r in df.itertuples()]


def _golden_reference() -> list[dict]:
    lines = [line for line in (GOLDEN / "timexes_reference.tsv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    return [{"start": int(r["clean_start"]), "end": int(r["clean_end"]), "text": r["text"], "type": r["type"],
             "value": r["value"], "mod": r["mod"] or None}
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@pytest.fixture(scope="module")
def article(full_run):
    return load_table("timexes", full_run["outputs"], REF_ID)


def test_golden_offsets_still_point_at_their_text(full_run):
    sentences = load_table("sentences", full_run["outputs"], REF_ID)
    clean = {}
    for r in sentences.itertuples():
        for i, ch in enumerate(r.text):
            clean[r.clean_start + i] = ch
    for g in _golden_reference():
        assert "".join(clean.get(i, "") for i in range(g["start"], g["end"])) == g["text"], g


def test_article_scores_against_golden(article):
    gold = _golden_reference()  # the body's timexes; headings are checked in test_timex_news.py
    assert len(gold) > 250
    s = score_timexes(_rows(article[article.zone == "body"]), gold)
    assert s.strict.f1 >= 0.98, s
    assert s.relaxed.f1 >= 0.99, s
    assert s.value_accuracy >= 0.98, s


@pytest.mark.parametrize("name, strict_f1, value_accuracy", [
    ("timex_cases.txt", 0.98, 0.98),
    ("timex_holdout.txt", 0.95, 0.95),
    ("timex_holdout2.txt", 0.95, 0.95),
])
def test_hand_written_cases(spacy_model, name, strict_f1, value_accuracy):
    cases = read_timex_cases(GOLDEN / name)
    predicted, gold = [], []
    for n, case in enumerate(cases):
        ref = RefTime(*[int(x) for x in case.reference.split("-")]) if case.reference else RefTime()
        found, _, _ = tag(case.sentence, ref, spacy_model(case.sentence))
        shift = n * 100_000  # keep every case's spans apart in one score
        predicted += [{"start": t.start + shift, "end": t.end + shift, "type": t.type, "value": t.value,
                       "mod": t.mod} for t in found]
        gold += [{**g, "start": g["start"] + shift, "end": g["end"] + shift} for g in case.expected]
    assert len(cases) >= 30 and (name != "timex_cases.txt" or len(cases) >= 80)
    s = score_timexes(predicted, gold)
    assert s.strict.f1 >= strict_f1, (s, s.misses, s.spurious, s.wrong_values)
    assert s.value_accuracy >= value_accuracy, (s, s.wrong_values)


def test_no_timex_from_glossary_snippets_or_citations(full_run, article):
    raw = REFERENCE.read_text(encoding="utf-8")
    links = load_table("links", full_run["outputs"], REF_ID)
    anchor_end = {r.raw_start: r.raw_end for r in links.itertuples() if r.kind == "glossary"}
    snippets = [(anchor_end[raw.rfind("\n", 0, i) + 1], i) for i in range(len(raw)) if raw.startswith(" ...\n", i)]
    citations = load_table("citations", full_run["outputs"], REF_ID)
    cut = snippets + list(zip(citations.raw_start, citations.raw_end))
    for r in article.itertuples():
        assert raw[r.raw_start:r.raw_end] == r.text
        assert not any(s < r.raw_end and r.raw_start < e for s, e in cut), r.text
    # Dates only the snippets state never show up.
    assert not article.text.str.contains("1871|1889|1870").any()


def test_values_and_intervals_agree(article):
    assert set(article.type) <= {"DATE", "TIME", "DURATION", "SET"}
    for r in article.itertuples():
        if r.type in ("DATE", "TIME"):
            start, end = interval(r.value)
            # load_table gives datetime64 (any era); these are all AD, so Python dates compare.
            date_start, date_end = (None if pd.isna(d) else d.date() for d in (r.date_start, r.date_end))
            # early/mid/late and "… later" narrow the value's interval, never leave it
            if start is None:
                assert date_start is None and date_end is None, r
            else:
                assert start <= date_start <= date_end <= end, r
                if r.mod is None and not r.anchored:
                    assert (date_start, date_end) == (start, end), r
    ranges = article.dropna(subset=["range_id"]).groupby("range_id")
    assert len(ranges) >= 15
    for _, rows in ranges:
        assert len(rows) == 2
        first, last = rows.date_start.iloc[0], rows.date_start.iloc[1]
        assert pd.isna(first) or pd.isna(last) or first <= last  # "from 1933 until today"


def test_run_date_never_leaks(article, spacy_model):
    this_year = str(date.today().year)
    assert not article.value.fillna("").str.contains(this_year).any()
    text = "The border is still disputed today, as it was ten years ago."
    found, _, _ = tag(text, RefTime(1939), spacy_model(text))
    assert [(t.text, t.value) for t in found] == [("today", "PRESENT_REF"), ("ten years ago", "PAST_REF")]
    found, _, _ = tag(text, RefTime(1939), spacy_model(text), reference_date=date(2020, 5, 1))
    assert [(t.text, t.value) for t in found] == [("today", "2020-05-01"), ("ten years ago", "2010")]


def test_narrative_time_carries_over_and_ignores_asides(spacy_model):
    text = ("Hitler came to power on January 30, 1933. Mein Kampf (which first appeared in 1926) called for "
            "Lebensraum. The 1931 extension was ratified on May 5. The following day nothing happened.")
    found, ref, _ = tag(text, RefTime(), spacy_model(text))
    values = {t.text: t.value for t in found}
    assert values["May 5"] == "1933-05-05"
    assert values["The following day"] == "1933-05-06"
    assert ref == RefTime(1933, 5, 6)
    # The caller hands the reference on: the next paragraph starts where this one ended.
    found, _, _ = tag("On June 2 the talks resumed.", ref)
    assert [t.value for t in found] == ["1933-06-02"]


def test_reference_date_config_is_checked():
    from pipeline.core.config import ConfigError, load_config

    assert load_config(None, timexes={"reference_date": "2020-05-01"}).timexes.reference_date == date(2020, 5, 1)
    with pytest.raises(ConfigError, match="reference_date.*YYYY-MM-DD"):
        load_config(None, timexes={"reference_date": "last spring"})


def test_plain_article_timexes(tmp_path):
    from pipeline.batch.runner import run

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "plain.txt").write_text(
        "Plain Article\n\nThe treaty was signed in Berlin on 24 April 1926. It lasted five years.\n", encoding="utf-8")
    run(corpus=str(tmp_path / "corpus"), outputs=str(tmp_path / "outputs"))
    timexes = load_table("timexes", tmp_path / "outputs", "plain")
    assert list(zip(timexes.text, timexes.type, timexes.value)) == [
        ("24 April 1926", "DATE", "1926-04-24"), ("five years", "DURATION", "P5Y")]


def test_impossible_dates_never_break_the_narrative_time(spacy_model):
    """A text may state 31 February or year 0; the expression keeps its value, the reference stays sane."""
    text = ("On 31 February 1940 it happened. The following day it ended. In 0 AD the city was small. "
            "On 29 February 1940 it rained. A year later it rained again.")
    found, ref, _ = tag(text, RefTime(1939, 8, 23), spacy_model(text))
    values = {t.text: (t.value, t.date_start) for t in found}
    assert values["31 February 1940"] == ("1940-02-31", None)
    assert values["The following day"][0] == "1940-02"  # no day to step from: the month, approximately
    assert values["A year later"][0] == "1941"
    assert ref.year == 1941


_WORDS = ["On", "in", "the", "31", "29", "February", "May", "1939", "0", "BC", "AD", "–", "-", "/", "to", "from",
          "between", "and", "later", "earlier", "ago", "two", "a", "few", "days", "weeks", "years", "following",
          "day", "night", "of", "1930s", "'30s", "19th", "century", "early", "mid-", "late", "summer", "that",
          "year", "Sunday,", "at", "4:45", "a.m.", "noon", "within", "six", "months", "every", "per", "12.13.1940",
          "1940-02-30", ",", ".", "Christmas", "Day", "1800s", "half", "first", "12", "32", "Decades", "Years"]


def test_tagger_never_fails_and_spans_are_exact():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    refs = st.sampled_from([RefTime(), RefTime(1939), RefTime(1940, 2), RefTime(1940, 2, 29), RefTime(2099, 12, 31)])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=16), refs)
    def check(words, ref):
        text = " ".join(words)
        found, _, _ = tag(text, ref)
        for t in found:
            assert text[t.start:t.end] == t.text
            if t.type in ("DATE", "TIME"):
                start, end = interval(t.value)
                if start is None:
                    assert t.date_start is None and t.date_end is None
                else:
                    assert start <= t.date_start <= t.date_end <= end

    check()
