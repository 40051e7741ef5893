"""Compaction: batch parts read like per-document ones, and per-document replacement survives them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.batch import runner
from pipeline.batch.runner import run
from pipeline.io.schema import TABLES
from pipeline.io.store import Store
from tests.batch.test_corpus_life import assert_same_tables, small_corpus, tables_of


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    base = tmp_path_factory.mktemp("compact")
    corpus = small_corpus(base / "corpus", 5)
    (corpus / "empty.txt").write_bytes(b"")
    # One commit per document, so each has its own part to compact (a run commits up to
    # runner.COMMIT_DOCS documents as one batch part).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "COMMIT_DOCS", 1)
        run(corpus=str(corpus), outputs=str(base / "outputs"))
    return base


def _copy(processed: Path, tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(processed / "corpus", tmp_path / "corpus")
    shutil.copytree(processed / "outputs", tmp_path / "outputs")
    return tmp_path / "corpus", tmp_path / "outputs"


def _parquet_files(outputs: Path, table: str) -> list[str]:
    return sorted(p.name for p in (outputs / table).glob("*.parquet"))


def test_compaction_keeps_every_row_in_fewer_files(processed, tmp_path):
    corpus, outputs = _copy(processed, tmp_path)
    written = Store(outputs).compact(docs_per_part=4)
    assert written == ["batch-000001.parquet", "batch-000002.parquet"]
    for table in TABLES:
        assert _parquet_files(outputs, table) == written
    assert_same_tables(processed / "outputs", outputs)
    # Nothing to do the second time; the next run sees every document as processed.
    assert Store(outputs).compact(docs_per_part=4) == []
    assert run(corpus=str(corpus), outputs=str(outputs)).processed == []


def test_replacing_and_removing_a_compacted_document(processed, tmp_path):
    corpus, outputs = _copy(processed, tmp_path)
    Store(outputs).compact(docs_per_part=10)
    (corpus / "doc 1.txt").write_text("Changed\n\nThe pact was signed on 3 May 1939 in Moscow.\n", encoding="utf-8")
    (corpus / "doc 2.txt").unlink()
    summary = run(corpus=str(corpus), outputs=str(outputs))
    assert summary.processed == ["doc 1"] and summary.removed == ["doc 2"]
    # The same tables as processing the changed corpus from scratch.
    run(corpus=str(corpus), outputs=str(tmp_path / "fresh"))
    assert_same_tables(tmp_path / "fresh", outputs)
    assert "doc 1" not in set(__import__("pyarrow.parquet").parquet.read_table(
        outputs / "sentences" / "batch-000001.parquet").column("doc_id").to_pylist())


def _doc_rows(tables: dict, doc_id: str) -> dict:
    return {t: f[f.doc_id == doc_id].reset_index(drop=True) for t, f in tables.items() if "doc_id" in f}


@pytest.mark.parametrize("what", ["compact", "replace", "replace two"])
def test_a_crash_at_any_rename_recovers_to_one_version(processed, tmp_path, monkeypatch, what):
    """Stop the process at every os.replace in turn; recover() must leave every table at one version
    (with two documents replaced, both at the same one: the run commits them as one batch)."""
    corpus, outputs = _copy(processed, tmp_path / "base")
    changed = ["doc 0", "doc 3"] if what == "replace two" else ["doc 0"]
    if what != "compact":
        Store(outputs).compact(docs_per_part=10)
        for name in changed:
            (corpus / f"{name}.txt").write_text(f"New {name}\n\nSigned on 1 May 1939.\n", encoding="utf-8")
        shutil.copytree(outputs, tmp_path / "complete")
        run(corpus=str(corpus), outputs=str(tmp_path / "complete"))
        news = {name: _doc_rows(tables_of(tmp_path / "complete"), name) for name in changed}
    before = tables_of(outputs)
    olds = {name: _doc_rows(before, name) for name in changed}
    real_replace = os.replace
    step = 0
    while True:
        work = tmp_path / f"try{step}"
        shutil.copytree(outputs, work)
        calls = {"n": 0}

        def flaky(src, dst, _limit=step):
            if calls["n"] == _limit:
                raise KeyboardInterrupt("simulated crash")
            calls["n"] += 1
            return real_replace(src, dst)

        monkeypatch.setattr(os, "replace", flaky)
        crashed = True
        try:
            if what == "compact":
                Store(work).compact(docs_per_part=3)
            else:
                run(corpus=str(corpus), outputs=str(work))
            crashed = False
        except KeyboardInterrupt:
            pass
        finally:
            monkeypatch.setattr(os, "replace", real_replace)
        Store(work).recover()
        after = tables_of(work)
        if what == "compact":
            for table in TABLES:
                assert after[table].equals(before[table]), (step, table)
        else:
            is_new = _doc_rows(after, "doc 0")["sentences"].equals(news["doc 0"]["sentences"])
            for name in changed:
                got = _doc_rows(after, name)
                expected = news[name] if is_new else olds[name]
                # story_id spans documents: it is merged again by the next run, not by recover().
                for table in TABLES:
                    cols = [c for c in got[table].columns if c not in ("processed_at", "story_id")]
                    assert got[table][cols].equals(expected[table][cols]), (step, table, name, is_new)
            for table in TABLES:
                others = after[table][~after[table].doc_id.isin(changed)].reset_index(drop=True)
                kept = before[table][~before[table].doc_id.isin(changed)].reset_index(drop=True)
                cols = [c for c in others.columns if c != "story_id"]
                assert others[cols].equals(kept[cols])
        if not crashed:
            break
        step += 1
    assert step >= 3
    if what != "compact":
        # The next run puts every story right, whatever step the crash came at.
        run(corpus=str(corpus), outputs=str(tmp_path / f"try{step - 1}"))
        after = tables_of(tmp_path / f"try{step - 1}")
        complete = tables_of(tmp_path / "complete")
        assert after["events"].story_id.tolist() == complete["events"].story_id.tolist()
        assert after["stories"].equals(complete["stories"])
