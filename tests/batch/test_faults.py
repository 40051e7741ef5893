"""Fault injection: the ordinary mistakes and unlucky inputs that once lost data or held a machine.

Each test reproduces one case of the reliability issue and checks the fixed
behaviour: concurrent writers, a prose "Sources" section, an unterminated
footnote, symlinks and name clashes in ``add``, worker deaths, a killed parent,
outputs inside the corpus, FIFOs and dangling links, and the CLI's answers.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import load_table
from pipeline.io.add import MAX_NAME_BYTES, add_files
from pipeline.core.config import load_config
from pipeline.core.errors import FatalError
from pipeline.io.loader import InputError
from pipeline.io.lock import OutputsLocked
from pipeline.core.layers import CLEAN
from pipeline.core.registry import stage
from pipeline.batch.runner import run
from pipeline.io.status import corpus_status
from tests.conftest import REFERENCE, ROOT, clean_document
from tests.batch.test_corpus_life import assert_same_tables, small_corpus

CLEANING = ["normalize", "strip_glossary", "strip_links", "cut_citations", "reflow", "sections"]


def cleaning_config(tmp_path: Path) -> Path:
    """A config running the stages without spaCy: fast enough to start many processes."""
    path = tmp_path / "cleaning.yaml"
    path.write_text("stages: [" + ", ".join(CLEANING) + "]\n", encoding="utf-8")
    return path


def cli(*args: str, config: Path | None = None, **kwargs) -> subprocess.Popen:
    command = [sys.executable, "-m", "pipeline", *args] + (["--config", str(config)] if config else [])
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


# --- 1. one writer at a time ------------------------------------------------------------------

def test_second_writer_is_refused_with_the_holders_pid(tmp_path):
    corpus, outputs = small_corpus(tmp_path / "corpus", 2), tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", f"from pipeline.io.lock import writer_lock; import time\n"
                               f"with writer_lock({str(outputs)!r}):\n    print('held', flush=True); time.sleep(60)"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(OutputsLocked, match=rf"being written by pid {holder.pid} \(started "):
            run(corpus=str(corpus), outputs=str(outputs), stages=CLEANING)
        proc = cli("compact", "--outputs", str(outputs))
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 2 and f"pid {holder.pid}" in err and "Traceback" not in err
    finally:
        holder.kill()  # SIGKILL: no clean-up runs, the lock file stays behind
        holder.wait()
    # The kernel dropped the dead holder's lock: the next writer takes it over.
    assert run(corpus=str(corpus), outputs=str(outputs), stages=CLEANING).ok
    assert sorted(load_table("documents", outputs).doc_id) == ["doc 0", "doc 1"]


def test_concurrent_runs_and_compactions_end_equal_to_a_clean_run(tmp_path):
    corpus, outputs = small_corpus(tmp_path / "corpus", 6), tmp_path / "out"
    config = cleaning_config(tmp_path)
    for round_ in range(4):
        small_corpus(corpus, 6, variant=f" v{round_}")  # every round changes every document
        procs = [cli("run", "--corpus", str(corpus), "--outputs", str(outputs), config=config),
                 cli("run", "--force", "--corpus", str(corpus), "--outputs", str(outputs), config=config),
                 cli("compact", "--docs-per-part", "2", "--corpus", str(corpus), "--outputs", str(outputs),
                     config=config)]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            # Each writer either did its work or was refused in one line; none crashed.
            assert proc.returncode == 0 or (proc.returncode == 2 and "being written by" in err), err
            assert "Traceback" not in err
    settle = run(corpus=str(corpus), outputs=str(outputs), stages=CLEANING)
    assert settle.ok
    clean = tmp_path / "clean"
    run(corpus=str(corpus), outputs=str(clean), stages=CLEANING)
    assert_same_tables(outputs, clean)


def test_readers_never_see_a_half_committed_document(tmp_path):
    corpus, outputs = small_corpus(tmp_path / "corpus", 4), tmp_path / "out"
    run(corpus=str(corpus), outputs=str(outputs), stages=CLEANING)
    expected = load_table("sections", outputs).groupby("doc_id").size().to_dict()
    loop = (f"from pipeline.batch.runner import run; from pipeline.io.store import Store\n"
            f"for i in range(15):\n"
            f"    run(corpus={str(corpus)!r}, outputs={str(outputs)!r}, stages={CLEANING!r}, force=True)\n"
            f"    Store({str(outputs)!r}).compact(2)\n")
    writer = subprocess.Popen([sys.executable, "-c", loop], cwd=ROOT)
    reads = 0
    try:
        while writer.poll() is None:
            documents = load_table("documents", outputs)
            sections = load_table("sections", outputs)
            assert documents.doc_id.is_unique  # a compaction half-done would show a document twice
            assert sections.groupby("doc_id").size().to_dict() == expected
            reads += 1
    finally:
        writer.wait(timeout=300)
    assert writer.returncode == 0 and reads > 5


# --- 2. and 3. cuts that cannot eat prose -----------------------------------------------------

def test_a_prose_sources_section_mid_article_survives():
    article = REFERENCE.read_text(encoding="utf-8")
    once = clean_document(article, stages=CLEANING)
    twice = clean_document(article + "\n\n\n" + article, stages=CLEANING)
    # The article's own "References" and "Further reading" lists end with their items:
    # the second copy after them is all there.
    assert len(twice.text) >= 2 * len(once.text)
    assert twice.text.count("On 22 June 1941") == 2 * once.text.count("On 22 June 1941")
    text = ("Pact\n\nThe pact was signed in Moscow in August 1939, and historians still argue about what "
            "each side wanted from it and what it cost the states between them.\n\n\nSources\n\n"
            "The historiography of the pact is large. Soviet historians long denied the secret protocol, "
            "which was published in the West in 1948 and admitted in Moscow only in 1989.\n\n\n"
            "Aftermath\n\nOn 22 June 1941 Germany invaded the Soviet Union, ending the pact after "
            "less than two years of uneasy cooperation between the two states.\n")
    doc = clean_document(text, stages=CLEANING)
    assert "admitted in Moscow only in 1989" in doc.text and "On 22 June 1941 Germany invaded" in doc.text
    assert [s.heading for s in doc.layers["sections"]] == ["Pact", "Sources", "Aftermath"]


def test_an_unterminated_footnote_keeps_the_prose_after_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "footnote.txt").write_text(
        "Rapallo\n\nThe two states normalised relations in the Treaty of Berlin.Kennan, George F. (1960) "
        "Russia and the West under Lenin and Stalin. On May 5, 1933 the treaty was extended by both sides. "
        "On June 22, 1941 Germany invaded the Soviet Union.\n", encoding="utf-8")
    outputs = tmp_path / "out"
    assert run(corpus=str(corpus), outputs=str(outputs)).ok
    sentences = " ".join(load_table("sentences", outputs).text)
    assert "On May 5, 1933 the treaty was extended by both sides." in sentences
    assert "Germany invaded the Soviet Union" in sentences
    assert "1941-06-22" in set(load_table("timexes", outputs).value)
    citations = load_table("citations", outputs)
    assert list(citations.raw_text) == ["Kennan, George F. (1960) Russia and the West under Lenin and Stalin."]
    documents = load_table("documents", outputs)
    assert documents.n_chars_removed_citation[0] == len(citations.raw_text[0])
    assert documents.n_chars_citation_uncut[0] == 0


def test_a_citation_head_with_no_end_in_sight_is_left_in_place_and_counted():
    line = ("Smith, John (1950) " + "and the long story went on with its many clauses " * 10).strip()
    doc = clean_document(f"Title\n\nThe talks ended.{line}\n", stages=CLEANING)
    assert line in doc.text  # 500 characters with no end marker: not cut
    assert doc.layers["uncut_citation_chars"] == len(line)


# --- 4. and 8. add, names and folders ---------------------------------------------------------

def test_add_refuses_symlinks_and_keeps_relative_paths(tmp_path):
    config = load_config(None, corpus=str(tmp_path / "corpus"), outputs=str(tmp_path / "out"))
    incoming = tmp_path / "incoming"
    (incoming / "a").mkdir(parents=True)
    (incoming / "b").mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (incoming / "p.txt").symlink_to(secret)
    (incoming / "a" / "notes.txt").write_text("Notes A\n\nWritten in 1920.\n", encoding="utf-8")
    (incoming / "b" / "notes.txt").write_text("Notes B\n\nWritten in 1921.\n", encoding="utf-8")
    result = add_files(config, [incoming])
    assert "symbolic link" in result.refused[str(incoming / "p.txt")]
    assert sorted(result.added) == ["a/notes", "b/notes"]
    assert (config.corpus / "a" / "notes.txt").read_text(encoding="utf-8").startswith("Notes A")
    assert not (config.corpus / "p.txt").exists()
    direct = add_files(config, [incoming / "p.txt"])
    assert direct.added == [] and "symbolic link" in direct.refused[str(incoming / "p.txt")]


def test_add_refuses_a_clash_even_with_replace(tmp_path):
    config = load_config(None, corpus=str(tmp_path / "corpus"), outputs=str(tmp_path / "out"))
    (tmp_path / "x").mkdir()
    first, second = tmp_path / "notes.txt", tmp_path / "x" / "notes"
    first.write_text("First\n\nOne text.\n", encoding="utf-8")
    second.write_text("Second\n\nAnother text.\n", encoding="utf-8")
    result = add_files(config, [first, second], replace=True)
    assert result.added == ["notes"]
    assert "same call" in result.refused[str(second)]
    assert (config.corpus / "notes.txt").read_text(encoding="utf-8").startswith("First")


def test_add_limits_names_in_bytes(tmp_path):
    config = load_config(None, corpus=str(tmp_path / "corpus"), outputs=str(tmp_path / "out"))
    long_name = tmp_path / ("𝔄" * 63)  # 252 bytes; with ".txt" added, over the 255 a file system takes
    long_name.write_text("Title\n\nText of 1920.\n", encoding="utf-8")
    result = add_files(config, [long_name])
    assert len(result.added) == 1 and not result.refused
    stored = next(config.corpus.iterdir()).name
    assert len(stored.encode("utf-8")) <= MAX_NAME_BYTES and stored.endswith(".txt")


def test_doc_id_clash_is_an_error_naming_both_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes").write_text("Notes\n\nOne.\n", encoding="utf-8")
    (corpus / "notes.txt").write_text("Notes\n\nTwo.\n", encoding="utf-8")
    with pytest.raises(InputError, match="'notes' and 'notes.txt' would both have doc_id 'notes'"):
        run(corpus=str(corpus), outputs=str(tmp_path / "out"), stages=CLEANING)


def test_outputs_inside_the_corpus_are_refused(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 1)
    with pytest.raises(FatalError, match="inside the corpus"):
        run(corpus=str(corpus), outputs=str(corpus / "outputs"), stages=CLEANING)
    with pytest.raises(FatalError, match="corpus .* is inside the outputs"):
        run(corpus=str(corpus), outputs=str(tmp_path), stages=CLEANING)
    assert not (corpus / "outputs").exists()


def test_fifo_and_dangling_link_fail_once_and_stay_failed(tmp_path):
    corpus, outputs = small_corpus(tmp_path / "corpus", 1), tmp_path / "out"
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "gone.txt").symlink_to(corpus / "nowhere.txt")
    first = run(corpus=str(corpus), outputs=str(outputs), stages=CLEANING)
    assert sorted(first.failed) == ["gone", "pipe"]
    status = corpus_status(load_config(None, corpus=str(corpus), outputs=str(outputs), stages=CLEANING))
    assert status["failed"] == ["gone", "pipe"] and status["changed"] == []
    again = run(corpus=str(corpus), outputs=str(outputs), stages=CLEANING)
    assert again.processed == [] and sorted(again.failed) == ["gone", "pipe"]


# --- 7. worker faults -------------------------------------------------------------------------

@stage("die_on_marker", reads=(CLEAN,))
def die_on_marker(doc, ctx):
    """Test stage: the process dies as if the out-of-memory killer took it."""
    if "KILL THIS WORKER" in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


def test_a_killed_worker_fails_its_document_and_the_run_goes_on(tmp_path):
    corpus, outputs = small_corpus(tmp_path / "corpus", 5), tmp_path / "out"
    (corpus / "doc 2.txt").write_text("Doomed\n\nKILL THIS WORKER in 1920.\n", encoding="utf-8")
    summary = run(corpus=str(corpus), outputs=str(outputs), backend="processes", workers=2,
                  stages=["normalize", "die_on_marker", *CLEANING[1:]])
    assert sorted(summary.processed) == ["doc 0", "doc 1", "doc 3", "doc 4"]
    assert list(summary.failed) == ["doc 2"]
    assert "worker died: signal 9 (SIGKILL" in summary.failed["doc 2"]
    documents = load_table("documents", outputs).set_index("doc_id")
    assert documents.loc["doc 2", "status"] == "failed" and documents.loc["doc 2", "failed_stage"] == "worker"


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}/stat").exists() else "X"
    return state not in ("Z", "X")


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 6)
    code = (f"import time\nfrom pipeline.core.layers import CLEAN\nfrom pipeline.core.registry import stage\nfrom pipeline.batch.runner import run\n"
            f"@stage('slow', reads=(CLEAN,))\n"
            f"def slow(doc, ctx):\n    time.sleep(30)\n    return doc\n"
            f"run(corpus={str(corpus)!r}, outputs={str(tmp_path / 'out')!r}, backend='processes', workers=2, "
            f"stages=['normalize', 'slow'])\n")
    parent = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while len(_children(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = _children(parent.pid)
        assert len(workers) == 2
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]


# --- the CLI's answers ------------------------------------------------------------------------

def test_ctrl_c_exits_130_with_one_line_and_consistent_tables(tmp_path):
    corpus, outputs = small_corpus(tmp_path / "corpus", 3), tmp_path / "out"
    # A shell without job control starts background jobs with SIGINT ignored, and Python then installs
    # no KeyboardInterrupt handler in their children: the child restores the handler a terminal gives.
    code = (f"import signal, sys, time\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"
            f"from pipeline.core.layers import CLEAN\nfrom pipeline.core.registry import stage\nfrom pipeline.cli import main\n"
            f"@stage('slow', reads=(CLEAN,))\n"
            f"def slow(doc, ctx):\n    print('working', flush=True)\n    time.sleep(0 if doc.doc_id == 'doc 0' else 30)\n"
            f"    return doc\n"
            f"open({str(tmp_path / 'c.yaml')!r}, 'w').write('stages: [normalize, slow]')\n"
            f"sys.exit(main(['run', '--config', {str(tmp_path / 'c.yaml')!r}, '--corpus', {str(corpus)!r}, "
            f"'--outputs', {str(outputs)!r}]))\n")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "working"
    assert proc.stdout.readline().strip() == "working"  # doc 0 is committed, doc 1 is under way
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    # Progress lines ("processed 1/3 documents (…)") may come first; the last word is one line.
    lines = [line for line in err.strip().splitlines() if not re.match(r"processed \d+/\d+ documents \(", line)]
    assert lines == ["interrupted: documents finished so far are saved; run again to continue"]
    assert list(load_table("documents", outputs).doc_id) == ["doc 0"]


def test_closed_pipe_is_quiet(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 300)
    proc = subprocess.run(f"{sys.executable} -m pipeline status --corpus '{corpus}' --outputs '{tmp_path / 'o'}' "
                          f"| head -1", shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.stdout.startswith("processed")
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


@pytest.mark.parametrize("args, message", [
    (["show", "documents", "--doc", "nosuch"], "no document 'nosuch'"),
    (["show", "documents", "--outputs", "{tmp}/never"], "no tables in"),
    (["run", "--outputs", "{tmp}/afile"], "is a file, not a folder"),
    (["show", "nosuch"], "unknown table 'nosuch'"),
])
def test_user_situations_get_a_message_not_a_traceback(tmp_path, args, message):
    corpus, outputs = small_corpus(tmp_path / "corpus", 1), tmp_path / "out"
    run(corpus=str(corpus), outputs=str(outputs), stages=CLEANING)
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    defaults = [] if "--outputs" in args else ["--outputs", str(outputs)]
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args, "--corpus", str(corpus), *defaults],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_an_impossible_unquoted_date_in_the_config_names_the_key(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("timexes:\n  reference_date: 2024-13-45\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "status", "--config", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "'timexes.reference_date'" in proc.stderr and "Traceback" not in proc.stderr


# --- types a pandas user expects --------------------------------------------------------------

def test_integer_columns_that_may_be_missing_are_nullable_integers(full_run):
    citations = load_table("citations", full_run["outputs"])
    assert citations.year.dtype == pd.Int32Dtype() and citations.sentence_id.dtype == pd.Int32Dtype()
    assert citations.year.isna().any() and citations.sentence_id.isna().any()
    documents = load_table("documents", full_run["outputs"])
    assert documents.n_chars_clean.dtype == pd.Int64Dtype() and documents.n_chars_clean.isna().any()
