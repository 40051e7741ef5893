"""One name across the corpus: an abbreviation one document writes alone and another spells out."""

from __future__ import annotations

import shutil

import pandas as pd

from pipeline import load_table
from pipeline.batch.runner import run
from pipeline.stories.corpus_names import CorpusNames, fold_entities, fold_events
from pipeline.stories.party_names import party_id
from tests.batch.test_corpus_life import assert_same_tables


def _entity(doc, i, text, label, start, party=None):
    return {"doc_id": doc, "entity_id": i, "text": text, "label": label, "source": "model", "link_target": None,
            "clean_start": start, "clean_end": start + len(text), "party_id": party}


SPELLED = [_entity("a", 0, "the Tarvian Liberation Front", "ORG", 0), _entity("a", 1, "TLF", "ORG", 30)]
ALONE = [_entity("b", 0, "the TLF", "ORG", 5, party_id("TLF")), _entity("b", 1, "Lusk", "GPE", 40)]
OTHER = [_entity("c", 0, "Tarvian Labour Federation", "ORG", 0)]


def test_an_abbreviation_written_alone_takes_the_full_name_another_document_gives():
    corpus = CorpusNames(pd.DataFrame(SPELLED + ALONE))
    assert corpus.folds == {"TLF": "Tarvian Liberation Front"}
    assert corpus.name("b", "TLF") == "Tarvian Liberation Front"
    assert corpus.name("b", "Tarvian Liberation Front") == "Tarvian Liberation Front"  # folding twice changes nothing
    assert corpus.name("b", "Lusk") == "Lusk"
    assert corpus.party("b", party_id("TLF")) == party_id("Tarvian Liberation Front")
    events = pd.DataFrame([{"doc_id": "b", "event_id": 0, "actors": ["TLF"], "participants": ["Lusk"],
                            "resolved": []}])
    assert fold_events(events, corpus) == {"b": {0: (["Tarvian Liberation Front"], ["Lusk"], [])}}
    assert fold_entities(pd.DataFrame(ALONE), corpus) == {"b": {0: party_id("Tarvian Liberation Front"), 1: None}}


def test_two_full_names_for_one_abbreviation_fold_it_to_neither_and_undo_an_earlier_fold():
    corpus = CorpusNames(pd.DataFrame(SPELLED + ALONE + OTHER))
    assert corpus.folds == {}
    # "b" was folded while the corpus held only "a": its stored name goes back to the abbreviation.
    assert corpus.name("b", "Tarvian Liberation Front") == "TLF"
    assert corpus.party("b", party_id("Tarvian Liberation Front")) == party_id("TLF")


def test_no_fold_for_a_state_two_letters_or_a_document_that_writes_the_full_name_apart():
    states = [_entity("a", 0, "Union of Soviet Socialist Republics", "GPE", 0), _entity("b", 0, "USSR", "ORG", 0)]
    assert CorpusNames(pd.DataFrame(states)).folds == {}  # the state names say "Soviet Union"
    two = [_entity("a", 0, "Western Union", "ORG", 0), _entity("b", 0, "WU", "ORG", 0)]
    assert CorpusNames(pd.DataFrame(two)).folds == {}  # two letters spell too many names


def test_a_bracketed_abbreviation_need_not_spell_the_full_name_but_a_document_writing_both_apart_keeps_them():
    bracketed = [_entity("a", 0, "Workers' Party of Orme", "ORG", 0), _entity("a", 1, "PKO", "ORG", 24),
                 _entity("b", 0, "PKO", "ORG", 10),
                 _entity("d", 0, "Workers' Party of Orme", "ORG", 0), _entity("d", 1, "PKO", "ORG", 90)]
    corpus = CorpusNames(pd.DataFrame(bracketed))
    assert corpus.name("b", "PKO") == "Workers' Party of Orme"
    assert corpus.name("d", "PKO") == "PKO"  # "d" had the text to tie them and did not


def test_a_state_written_before_a_bracketed_full_name_is_not_part_of_it():
    text = "On 2 May the Tarvian Bureau of Roads (BR) and the Ormish Federal Police Office (FPO) met."
    start = text.index("the Ormish")
    found = [_entity("a", 0, "the Ormish Federal Police Office", "ORG", start), _entity("b", 0, "FPO", "ORG", 0)]
    sentences = pd.DataFrame([{"doc_id": "a", "text": text, "clean_start": 0}])
    corpus = CorpusNames(pd.DataFrame(found), sentences)
    assert corpus.name("b", "FPO") == "Federal Police Office"


ARTICLE_A = """Tarvian Front

On 3 May 1702 the Tarvian Liberation Front (TLF) attacked the garrison of Lusk.
"""
ARTICLE_B = """Siege of Lusk

On 9 June 1702 the TLF besieged Lusk. The siege lasted a month.
"""
ARTICLE_C = """Tarvian unions

On 2 July 1702 the Tarvian Labour Federation struck in Lusk.
"""


def test_events_entities_and_parties_carry_one_name_and_incremental_runs_equal_a_clean_run(tmp_path):
    clean, step = tmp_path / "clean", tmp_path / "step"
    clean.mkdir()
    step.mkdir()
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)):
        (clean / name).write_text(text, encoding="utf-8")
    run(corpus=str(clean), outputs=str(tmp_path / "clean_out"))
    events = load_table("events", tmp_path / "clean_out")
    besieged = events[events.trigger.str.contains("besiege")]
    assert [list(a) for a in besieged.actors] == [["Tarvian Liberation Front"]]
    assert [list(a) for a in besieged.actor_mentions] == [["TLF"]]
    entities = load_table("entities", tmp_path / "clean_out")
    tlf = entities[(entities.doc_id == "b") & entities.text.str.contains("TLF")]
    assert set(tlf.party_id) == {party_id("Tarvian Liberation Front")}
    parties = load_table("parties", tmp_path / "clean_out")
    front = parties[parties.name == "Tarvian Liberation Front"].iloc[0]
    assert "TLF" in list(front.aliases) and front.n_docs == 2 and "TLF" not in set(parties.name)
    # The same corpus built a document at a time, in the other order.
    (step / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    run(corpus=str(step), outputs=str(tmp_path / "step_out"))
    (step / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    run(corpus=str(step), outputs=str(tmp_path / "step_out"))
    assert_same_tables(tmp_path / "clean_out", tmp_path / "step_out")
    # A third document whose full name spells TLF too: the fold is undone, as a clean run gives.
    for folder in (clean, step):
        (folder / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    run(corpus=str(step), outputs=str(tmp_path / "step_out"))
    shutil.rmtree(tmp_path / "clean_out")
    run(corpus=str(clean), outputs=str(tmp_path / "clean_out"))
    assert_same_tables(tmp_path / "clean_out", tmp_path / "step_out")
    events = load_table("events", tmp_path / "step_out")
    besieged = events[events.trigger.str.contains("besiege")]
    assert [list(a) for a in besieged.actors] == [["TLF"]]


def test_folds_of_stored_names_end_the_same_in_every_order_documents_arrive():
    from itertools import permutations

    both_apart = [_entity("d", 0, "Tarvian Liberation Front", "ORG", 0), _entity("d", 1, "TLF", "ORG", 90)]
    documents = {"a": SPELLED, "b": ALONE, "c": OTHER, "d": both_apart}
    raw = {doc: (["TLF"] if doc in "bd" else [rows[0]["text"].removeprefix("the ")]) for doc, rows in documents.items()}

    def folded(order):
        events: dict[str, list[str]] = {}
        stored: list[dict] = []
        for doc in order:
            stored += [dict(r) for r in documents[doc]]
            events[doc] = list(raw[doc])
            corpus = CorpusNames(pd.DataFrame(stored))
            frame = pd.DataFrame([{"doc_id": d, "event_id": 0, "actors": a, "participants": [], "resolved": []}
                                  for d, a in events.items()])
            for d, rows in fold_events(frame, corpus).items():
                events[d] = rows[0][0]
        return {d: tuple(a) for d, a in events.items()}

    for size in (2, 3, 4):
        for docs in permutations(documents, size):
            assert folded(docs) == folded(sorted(docs)), docs
