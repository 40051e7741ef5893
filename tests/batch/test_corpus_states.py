"""Corpus life that cannot drift: random sequences of corpus edits and runs, checked against clean runs.

A hypothesis state machine adds, modifies, removes and renames small documents and runs
``run``, ``run --force``, ``compact`` and a run killed between its documents and its stories, in any
order. After every run each table — stories and ``events.story_id`` included — must equal a clean
run of the corpus as it stands. The default variant is small enough for the suite (a few short
documents, few steps); the ``slow`` one explores longer sequences.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, precondition, rule

import pipeline.batch.runner as runner
from pipeline import load_table
from pipeline.io.schema import ALL_TABLES
from pipeline.io.store import Store

# Short sentences that tell a few happenings, some of them in several documents (one story).
SENTENCES = (
    "Germany invaded Poland on 1 September 1939.",
    "The Soviet Union invaded Poland on 17 September 1939.",
    "Britain declared war on Germany on 3 September 1939.",
    "Germany and the Soviet Union signed a treaty in Berlin on 24 April 1926.",
    "Finland signed an armistice with the Soviet Union in September 1944.",
)
NAMES = ("alpha.txt", "beta.txt", "gamma.txt", "sub/delta.txt")

texts = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(lambda s: " ".join(s) + "\n")


def tables_of(outputs: Path) -> dict:
    """Every table (stories included), without the run-time column processed_at."""
    return {table: load_table(table, outputs).drop(columns=["processed_at"], errors="ignore").reset_index(drop=True)
            for table in ALL_TABLES}


def corpus_key(corpus: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        digest.update(path.relative_to(corpus).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


# Clean runs of corpus states already seen, across examples: the same small corpora come back often.
_CLEAN: dict[str, dict] = {}


def clean_tables(corpus: Path) -> dict:
    key = corpus_key(corpus)
    if key not in _CLEAN:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "corpus"
            shutil.copytree(corpus, copy)
            runner.run(corpus=str(copy), outputs=str(Path(tmp) / "out"), backend="serial")
            _CLEAN[key] = tables_of(Path(tmp) / "out")
    return _CLEAN[key]


class _Killed(Exception):
    """Stands for a run killed after its documents were committed, before the stories were merged."""


class CorpusLife(RuleBasedStateMachine):
    documents = Bundle("documents")

    def __init__(self) -> None:
        super().__init__()
        self.base = Path(tempfile.mkdtemp(prefix="corpus-life-"))
        self.corpus, self.outputs = self.base / "corpus", self.base / "out"
        self.corpus.mkdir()
        self.runs = 0

    def teardown(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)

    def _path(self, name: str) -> Path:
        return self.corpus / name

    # --- corpus edits ----------------------------------------------------------------------

    @rule(target=documents, name=st.sampled_from(NAMES), text=texts)
    def add(self, name: str, text: str) -> str:
        path = self._path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return name

    @rule(name=documents, text=texts)
    def modify(self, name: str, text: str) -> None:
        if self._path(name).exists():
            self._path(name).write_text(text, encoding="utf-8")

    @rule(name=consumes(documents))
    def remove(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)

    @rule(target=documents, name=consumes(documents), new=st.sampled_from(NAMES))
    def rename(self, name: str, new: str) -> str:
        old, path = self._path(name), self._path(new)
        if old.exists() and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            old.rename(path)
            return new
        return name

    # --- commands --------------------------------------------------------------------------

    def _run(self, force: bool = False) -> None:
        runner.run(corpus=str(self.corpus), outputs=str(self.outputs), backend="serial", force=force)
        self.runs += 1
        self._check()

    @rule()
    def run(self) -> None:
        self._run()

    @rule()
    def run_force(self) -> None:
        self._run(force=True)

    @rule()
    def killed_run(self) -> None:
        """A run killed between its last document and the stories: the next run must repair them."""
        real = runner.update_stories

        def killed(store: Store) -> bool:
            raise _Killed()

        runner.update_stories = killed
        try:
            runner.run(corpus=str(self.corpus), outputs=str(self.outputs), backend="serial", force=True)
        except _Killed:
            pass
        finally:
            runner.update_stories = real

    @precondition(lambda self: self.outputs.is_dir())
    @rule()
    def compact(self) -> None:
        Store(self.outputs).compact(2)

    def _check(self) -> None:
        mine, clean = tables_of(self.outputs), clean_tables(self.corpus)
        for table in ALL_TABLES:
            assert mine[table].equals(clean[table]), f"{table} differs from a clean run after {self.runs} runs"
        events = mine["events"]
        assert events.story_id.notna().all(), "events without a story id"

    @invariant()
    def outputs_never_inside_corpus(self) -> None:
        assert not (self.corpus / "out").exists()


_FAST = settings(max_examples=5, stateful_step_count=10, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


# Random edit-and-run sequences end, after every run, in the tables of a clean run.
TestCorpusLife = CorpusLife.TestCase
TestCorpusLife.settings = _FAST


class LongCorpusLife(CorpusLife):
    """The same machine over longer sequences."""


TestCorpusLifeLong = pytest.mark.slow(LongCorpusLife.TestCase)
TestCorpusLifeLong.settings = settings(_FAST, max_examples=25, stateful_step_count=20)


def test_force_run_keeps_story_ids(tmp_path):
    """`run --force` on an unchanged corpus rewrote every events part without story ids and kept the
    stories (the document set had not changed): every story id was empty until the corpus changed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SENTENCES[0] + " " + SENTENCES[2] + "\n", encoding="utf-8")
    (corpus / "b.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    outputs = tmp_path / "out"
    runner.run(corpus=str(corpus), outputs=str(outputs), backend="serial")
    before = load_table("events", outputs).story_id.tolist()
    assert before and all(isinstance(s, str) for s in before)
    runner.run(corpus=str(corpus), outputs=str(outputs), backend="serial", force=True)
    assert load_table("events", outputs).story_id.tolist() == before
