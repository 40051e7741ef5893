"""Corpus life: incremental runs, add, determinism, crash safety and hostile input."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import load_table
from pipeline.io.add import add_files, safe_name
from pipeline.core.config import load_config
from pipeline.core.layers import CLEAN
from pipeline.core.registry import stage
from pipeline.batch.runner import run
from pipeline.io.schema import ALL_TABLES, TABLES
from pipeline.io.status import corpus_status
from tests.conftest import REFERENCE, ROOT

ARTICLE = """{title}

{title} was signed in Berlin on 24 April 1926 by Gustav Stresemann and
Nikolay Krestinsky Nikolay Nikolayevich Krestinsky (13 October 1883 – 15 March 1938) was a Russian Bolshevik ...
. The treaty lasted five years and was extended in 1931.


Aftermath

Relations worsened after 1933, when Adolf Hitler came to power in Germany.
"""


def small_corpus(path: Path, n: int = 3, variant: str = "") -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (path / f"doc {i}.txt").write_text(ARTICLE.format(title=f"Treaty number {i}{variant}"), encoding="utf-8")
    return path


def tables_of(outputs: Path) -> dict:
    """Every table's contents, without the run-time column processed_at."""
    out = {}
    for table in ALL_TABLES:
        frame = load_table(table, outputs)
        out[table] = frame.drop(columns=["processed_at"], errors="ignore").reset_index(drop=True)
    return out


def assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = tables_of(a), tables_of(b)
    for table in (*TABLES, "parties"):  # parties span documents and are rebuilt whole: the same too
        assert ta[table].equals(tb[table]), table


# --- incremental runs ------------------------------------------------------------------------

def test_noop_run_does_not_load_spacy(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 2)
    outputs = tmp_path / "out"
    run(corpus=str(corpus), outputs=str(outputs))
    code = ("import sys; from pipeline.batch.runner import run; "
            f"s = run(corpus={str(corpus)!r}, outputs={str(outputs)!r}); "
            "print(len(s.processed), len(s.skipped), 'spacy' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.split() == ["0", "2", "False"]


def test_changed_config_and_version_mark_documents_changed(tmp_path, monkeypatch):
    corpus = small_corpus(tmp_path / "corpus", 2)
    outputs = tmp_path / "out"
    run(corpus=str(corpus), outputs=str(outputs))
    base = load_config(None, corpus=str(corpus), outputs=str(outputs))
    assert corpus_status(base)["processed"] == ["doc 0", "doc 1"]
    other = load_config(None, corpus=str(corpus), outputs=str(outputs),
                        stages=["normalize", "strip_glossary", "reflow", "sections", "nlp"])
    assert corpus_status(other)["changed"] == ["doc 0", "doc 1"]
    monkeypatch.setattr("pipeline.io.status.__version__", "999")
    assert corpus_status(base)["changed"] == ["doc 0", "doc 1"]
    monkeypatch.undo()
    (corpus / "doc 1.txt").write_text("Changed\n\nNew text in 1950.\n", encoding="utf-8")
    (corpus / "doc 2.txt").write_text("New\n\nAnother text.\n", encoding="utf-8")
    status = corpus_status(base)
    assert status["processed"] == ["doc 0"] and status["changed"] == ["doc 1"] and status["pending"] == ["doc 2"]
    summary = run(corpus=str(corpus), outputs=str(outputs))
    assert sorted(summary.processed) == ["doc 1", "doc 2"] and summary.skipped == ["doc 0"]


# --- add ---------------------------------------------------------------------------------

def test_add_validates_names_refuses_duplicates_and_replaces_on_request(tmp_path):
    corpus = tmp_path / "corpus"
    config = load_config(None, corpus=str(corpus), outputs=str(tmp_path / "out"))
    incoming = tmp_path / "in"
    incoming.mkdir()
    (incoming / "Ünïcode name.txt").write_text("Title\n\nText about 1920.\n", encoding="utf-8")
    (incoming / "Üz copy.txt").write_text("Title\n\nText about 1920.\n", encoding="utf-8")
    (incoming / "empty.txt").write_bytes(b"")
    (incoming / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    result = add_files(config, [incoming])
    assert result.added == ["Ünïcode name"]
    assert "exact duplicate of document 'Ünïcode name'" in result.refused[str(incoming / "Üz copy.txt")]
    assert "empty file" in result.refused[str(incoming / "empty.txt")]
    assert "not UTF-8" in result.refused[str(incoming / "latin.txt")]
    other = tmp_path / "Ünïcode name.txt"
    other.write_text("Title\n\nA different text.\n", encoding="utf-8")
    clash = add_files(config, [other])
    assert clash.added == [] and "--replace" in clash.refused[str(other)]
    assert add_files(config, [other], replace=True).added == ["Ünïcode name"]
    assert (corpus / "Ünïcode name.txt").read_text(encoding="utf-8").endswith("A different text.\n")
    assert sorted(p.name for p in corpus.iterdir()) == ["Ünïcode name.txt"]


@pytest.mark.parametrize("given, expected", [
    ("../../etc/passwd", "passwd.txt"), (".hidden.txt", "hidden.txt"), ("a/b\\c.txt", "c.txt"),
    ("report.md", "report.md.txt"), ("x\x00y.txt", "x_y.txt"), ("...", "document.txt"),
])
def test_safe_names_stay_inside_the_corpus(given, expected):
    assert safe_name(given) == expected


def test_cli_add_prints_doc_ids_and_runs(tmp_path):
    corpus, outputs = tmp_path / "corpus", tmp_path / "out"
    new = tmp_path / "new doc.txt"
    new.write_text("New Doc\n\nThe pact was signed on 23 August 1939.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "add", str(new), "--run", "--corpus", str(corpus),
                           "--outputs", str(outputs)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "new doc"
    assert list(load_table("documents", outputs).doc_id) == ["new doc"]
    again = subprocess.run([sys.executable, "-m", "pipeline", "add", str(new), "--corpus", str(corpus),
                            "--outputs", str(outputs)], capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 1 and "exact duplicate of document 'new doc'" in again.stderr


# --- determinism -------------------------------------------------------------------------

def test_same_input_same_tables_on_every_run_and_backend(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 3)
    shutil.copy(REFERENCE, corpus / REFERENCE.name)
    run(corpus=str(corpus), outputs=str(tmp_path / "a"))
    run(corpus=str(corpus), outputs=str(tmp_path / "b"))
    # worker_max_docs=1: every worker is replaced after one document, and the tables do not notice.
    summary = run(corpus=str(corpus), outputs=str(tmp_path / "c"), backend="processes", workers=2,
                  worker_max_docs=1)
    assert len(summary.processed) == 4
    assert_same_tables(tmp_path / "a", tmp_path / "b")
    assert_same_tables(tmp_path / "a", tmp_path / "c")


def test_dask_backend_on_a_local_cluster_gives_the_serial_tables(tmp_path):
    pytest.importorskip("dask.distributed")
    corpus = small_corpus(tmp_path / "corpus", 4)
    (corpus / "empty.txt").write_bytes(b"")
    serial = run(corpus=str(corpus), outputs=str(tmp_path / "serial"))
    distributed = run(corpus=str(corpus), outputs=str(tmp_path / "dask"), backend="dask", workers=2)
    assert sorted(distributed.processed) == sorted(serial.processed) and set(distributed.failed) == {"empty"}
    assert_same_tables(tmp_path / "serial", tmp_path / "dask")


def test_dask_backend_reaches_an_existing_scheduler(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    corpus = small_corpus(tmp_path / "corpus", 2)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        summary = run(corpus=str(corpus), outputs=str(tmp_path / "out"), backend="dask",
                      dask={"scheduler": cluster.scheduler_address})
    assert len(summary.processed) == 2
    run(corpus=str(corpus), outputs=str(tmp_path / "serial"))
    assert_same_tables(tmp_path / "serial", tmp_path / "out")


# --- crash safety ------------------------------------------------------------------------

def test_killed_runs_converge_to_a_clean_run(tmp_path):
    """Kill `run` at random moments (SIGKILL), changing the corpus between kills; the next run repairs."""
    rng = random.Random(20261126)
    corpus, outputs = tmp_path / "corpus", tmp_path / "out"

    def start() -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--force", "--corpus", str(corpus),
                                 "--outputs", str(outputs)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    small_corpus(corpus, 4)
    began = time.perf_counter()
    start().wait(timeout=120)
    full = time.perf_counter() - began  # kill somewhere inside a whole run, start-up included
    kills = 0
    for attempt in range(30):
        small_corpus(corpus, 4, variant=" v%d" % rng.randint(0, 2))
        proc = start()
        time.sleep(rng.uniform(0.1, 0.95) * full)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=120)
        if kills >= 10:
            break
    assert kills >= 10
    final = run(corpus=str(corpus), outputs=str(outputs))
    assert final.ok
    clean = tmp_path / "clean"
    run(corpus=str(corpus), outputs=str(clean))
    assert_same_tables(outputs, clean)
    assert not [p for p in outputs.rglob(".*") if p.is_file() and p.suffix != ".lock"]


# --- hostile input -----------------------------------------------------------------------

@stage("explode_on_marker", reads=(CLEAN,))
def explode_on_marker(doc, ctx):
    if "EXPLODE" in doc.text:
        raise RuntimeError("marker found")
    return doc


def test_hostile_inputs_fail_clearly_and_the_batch_goes_on(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 1)
    outside = tmp_path / "outside.txt"
    outside.write_text("secret\n", encoding="utf-8")
    files = {
        "empty.txt": b"", "blank.txt": b" \n\t\n  ", "nul.txt": b"text\x00more text",
        "image.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "latin1.txt": "Caf\xe9 in 1920.".encode("latin-1"),
        "utf16 bom.txt": "UTF-16 Title\n\nSigned in 1926.".encode("utf-16"),
        "utf16 nobom.txt": "No BOM here, signed in 1926.".encode("utf-16-le"),
        "über straße.txt": "Über Straße\n\nA name with non-ASCII letters, 1930.".encode("utf-8"),
        "explodes.txt": b"Title\n\nThis text says EXPLODE.",
        "one long line.txt": ("The treaty was signed. " * 220_000).encode("utf-8"),  # ~5 MB, one line
    }
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    with open(corpus / "fifty mb.txt", "wb") as fh:
        fh.truncate(50_000_000)
    os.symlink(outside, corpus / "escape.txt")
    os.symlink(corpus / "missing-target", corpus / "dangling.txt")
    os.mkfifo(corpus / "pipe.txt")
    stages = ["normalize", "explode_on_marker", "strip_glossary", "strip_links", "reflow", "sections", "nlp",
              "entities"]
    started = time.perf_counter()
    summary = run(corpus=str(corpus), outputs=str(tmp_path / "out"), stages=stages, doc_timeout_s=3)
    elapsed = time.perf_counter() - started
    docs = load_table("documents", tmp_path / "out").set_index("doc_id")
    expect = {
        "empty": "empty file", "blank": "only whitespace", "nul": "binary file (NUL byte at offset 4)",
        "image.png": "binary file", "latin1": "not UTF-8 (byte 0xe9",
        "utf16 nobom": "looks like UTF-16 without a byte-order mark", "fifty mb": "over the limit",
        "escape": "outside the corpus", "dangling": "cannot be read", "pipe": "not a regular file",
        "explodes": "stage explode_on_marker: RuntimeError: marker found",
        "one long line": "per-document time limit of 3 s",
    }
    for doc_id, reason in expect.items():
        assert docs.loc[doc_id, "status"] == "failed", doc_id
        assert reason in docs.loc[doc_id, "error"], (doc_id, docs.loc[doc_id, "error"])
        assert docs.loc[doc_id, "error"].startswith(doc_id), docs.loc[doc_id, "error"]
    for doc_id in ["doc 0", "utf16 bom", "über straße"]:
        assert docs.loc[doc_id, "status"] == "ok", (doc_id, docs.loc[doc_id, "error"])
    assert set(summary.failed) == set(expect)
    assert elapsed < 120
    sentences = load_table("sentences", tmp_path / "out")
    assert {"doc 0", "utf16 bom", "über straße"} <= set(sentences.doc_id)
    # With the encoding configured, the Latin-1 file is read.
    again = run(corpus=str(corpus), outputs=str(tmp_path / "out"), stages=stages, doc_timeout_s=3,
                input={"fallback_encodings": ["latin-1"]})
    assert "latin1" in again.processed


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_fails_clearly(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 1)
    locked = corpus / "locked.txt"
    locked.write_text("text", encoding="utf-8")
    locked.chmod(0)
    run(corpus=str(corpus), outputs=str(tmp_path / "out"))
    docs = load_table("documents", tmp_path / "out").set_index("doc_id")
    assert "cannot be read" in docs.loc["locked", "error"]


def test_unreadable_file_fails_clearly_even_as_root(tmp_path, monkeypatch):
    corpus = small_corpus(tmp_path / "corpus", 1)
    (corpus / "locked.txt").write_text("text", encoding="utf-8")
    real = Path.read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    run(corpus=str(corpus), outputs=str(tmp_path / "out"))
    docs = load_table("documents", tmp_path / "out").set_index("doc_id")
    assert docs.loc["locked", "error"] == "locked.txt: cannot be read (Permission denied)"
    assert docs.loc["doc 0", "status"] == "ok"
