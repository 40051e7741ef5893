"""Events: golden hand-checked events, one event per dated expression, nothing from noise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline
from pipeline import load_table
from pipeline.evaluation import score_events

GOLDEN = Path(__file__).parent / "golden"
REF_ID = "germany_soviet_union_relations_1918_1941"


@pytest.fixture(scope="module")
def events(full_run):
    return load_table("events", full_run["outputs"], REF_ID)


@pytest.fixture(scope="module")
def process():
    """Run every configured stage over a small text, with one model load for the module."""
    from pipeline.config import load_config
    from pipeline.processing import Pipeline

    pipeline = Pipeline(load_config(None))

    def run(text: str):
        return pipeline.text("Title\n\n" + text + "\n", "t").layers["events"]

    return run


def test_golden_events(events):
    gold = [json.loads(line) for line in (GOLDEN / "events_reference.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(gold) >= 40
    predicted = [{**r._asdict(), "actors": list(r.actors)} for r in events.itertuples()]
    s = score_events(predicted, gold)
    assert s.found == s.total, s.errors
    assert s.date_accuracy >= 0.98, (s, s.errors)
    assert s.trigger_accuracy >= 0.95, (s, s.errors)
    assert s.actors.f1 >= 0.90, (s, s.errors)


def test_one_event_per_dated_expression_ranges_once(full_run, events):
    timexes = load_table("timexes", full_run["outputs"], REF_ID)
    dated = timexes[(timexes.zone == "body") & timexes.type.isin(["DATE", "TIME"]) & timexes.date_start.notna()]
    expected = dated.range_id.isna().sum() + dated.range_id.dropna().nunique()
    assert len(events) == expected
    by_id = timexes.set_index("timex_id")
    for e in events.itertuples():
        t = by_id.loc[e.timex_id]
        # The date is in the sentence the event quotes; a range spans both ends.
        assert e.raw_start <= t.raw_start and t.raw_end <= e.raw_end
        assert e.date_text.startswith(t.text)
        assert e.date_start == t.date_start
    ranges = events[events.date_text.str.contains("–")]
    assert len(ranges) >= 10 and (ranges.date_end > ranges.date_start).all()


def test_no_event_dated_from_glossary_or_citations(full_run, events):
    raw = (full_run["corpus"] / f"{REF_ID}.txt").read_text(encoding="utf-8")
    citations = load_table("citations", full_run["outputs"], REF_ID)
    links = load_table("links", full_run["outputs"], REF_ID)
    anchor_end = {r.raw_start: r.raw_end for r in links.itertuples() if r.kind == "glossary"}
    snippets = [(anchor_end[raw.rfind("\n", 0, i) + 1], i) for i in range(len(raw)) if raw.startswith(" ...\n", i)]
    noise = snippets + list(zip(citations.raw_start, citations.raw_end))
    timexes = load_table("timexes", full_run["outputs"], REF_ID).set_index("timex_id")
    for e in events.itertuples():
        t = timexes.loc[e.timex_id]
        assert not any(s < t.raw_end and t.raw_start < end for s, end in noise), e.date_text
    # The snippet after "Wilhelm von Mirbach" dates his birth (1871); no event may carry it.
    assert not (events.date_start.astype(str).str.startswith(("1871", "1889"))).any()


def test_citations_support_the_sentences_before_them(full_run, events):
    citations = load_table("citations", full_run["outputs"], REF_ID).set_index("citation_id")
    cited = events[events.citation_ids.str.len() > 0]
    assert len(cited) >= 60
    for e in cited.itertuples():
        for cid in e.citation_ids:
            assert citations.loc[cid, "sentence_id"] >= e.sentence_id


def test_section_path_and_sentence(events):
    row = events[events.date_text == "September 1, 1939"].iloc[0]
    assert row.trigger == "invade" and list(row.actors) == ["Nazi Germany"]
    assert "Poland" in list(row.participants)
    assert row.section_path and row.sentence.startswith("A week after having signed")


def test_two_dates_on_two_verbs_give_two_events(process):
    found = process("Germany invaded Poland on September 1, 1939, and Britain declared war on September 3.")
    assert [(e.date_text, e.trigger, e.actors) for e in found] == [
        ("September 1, 1939", "invade", ["Germany"]), ("September 3", "declare", ["Britain"])]
    assert str(found[1].date_start) == "1939-09-03"


def test_passive_agents_conjunctions_places_and_nominal_events(process):
    found = process("The treaty was signed in Moscow by Germany and the Soviet Union on April 24, 1926. "
                    "The invasion of Poland on September 1, 1939 shocked Britain.")
    first, second = found
    assert first.trigger == "sign" and first.actors == ["Germany", "Soviet Union"] and first.places == ["Moscow"]
    assert second.trigger == "invasion" and "Poland" in second.participants + second.actors


def test_names_group_by_link_target_and_surname():
    from pipeline.stages.entities import Entity
    from pipeline.events import Names

    ents = [Entity(0, 18, "Vyacheslav Molotov", "PERSON", "model", None),
            Entity(30, 40, "Molotov's", "PERSON", "model", None),
            Entity(50, 56, "Molotov", "GPE", "model", None),
            Entity(60, 75, "France", "GPE", "gazetteer", "France (Second Compiègne)")]
    names = Names(ents)
    assert [names(e) for e in ents] == ["Vyacheslav Molotov"] * 3 + ["France"]


def test_timeline_is_sorted_by_date(full_run):
    t = pipeline.timeline(REF_ID, full_run["outputs"])
    starts = t.date_start.dropna().tolist()
    assert starts == sorted(starts) and len(t) == len(load_table("events", full_run["outputs"], REF_ID))
    assert list(pipeline.timeline(outputs=full_run["outputs"]).columns) == list(t.columns)


def test_held_out_event_sentences(process):
    """Sentences from other periods, annotated before the pipeline ran on them (trigger and actors)."""
    gold = [json.loads(line) for line in (GOLDEN / "event_cases.jsonl").read_text(encoding="utf-8").splitlines()]
    predicted = []
    for g in gold:
        predicted += [{"sentence": g["text"], "date_text": e.date_text, "date_start": None, "date_end": None,
                       "trigger": e.trigger, "actors": e.actors} for e in process(g["text"])]
    s = score_events(predicted, [{**g, "sentence": g["text"], "date_start": "None", "date_end": "None"}
                                 for g in gold])
    assert s.found == s.total and s.trigger_accuracy >= 0.9, (s, s.errors)
    assert s.actors.f1 >= 0.85, (s, s.errors)
