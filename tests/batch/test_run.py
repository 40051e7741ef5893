"""End-to-end: a real run over the reference article and some bad files."""

import subprocess
import sys

from pipeline import load_table
from pipeline.batch.runner import run
from pipeline.io.schema import TABLES

from tests.conftest import REFERENCE, ROOT

REF_ID = "germany_soviet_union_relations_1918_1941"


def test_bad_files_fail_with_reasons_and_the_batch_goes_on(full_run):
    docs = load_table("documents", full_run["outputs"]).set_index("doc_id")
    assert docs.loc[REF_ID, "status"] == "ok"
    assert docs.loc["plain article", "status"] == "ok"
    assert "empty file" in docs.loc["empty", "error"]
    assert "binary" in docs.loc["binary.bin", "error"]
    assert "not UTF-8" in docs.loc["latin1", "error"] and "fallback_encodings" in docs.loc["latin1", "error"]
    assert set(docs.loc[["empty", "binary.bin", "latin1"], "failed_stage"]) == {"load"}
    assert not full_run["summary"].ok and len(full_run["summary"].failed) == 3


def test_sentences_point_back_into_the_raw_text(full_run):
    raw = REFERENCE.read_text(encoding="utf-8")
    sentences = load_table("sentences", full_run["outputs"], REF_ID)
    assert len(sentences) > 300
    exact = sum(raw[r.raw_start:r.raw_end] == r.text for r in sentences.itertuples())
    # Sentences rejoined across removed glossary lines are rewritten text; all others are exact.
    assert exact / len(sentences) > 0.6
    for r in sentences.itertuples():
        # Every sentence starts and ends on the same characters as its raw span.
        assert raw[r.raw_start] == r.text[0], r.text
        assert raw[r.raw_end - 1] == r.text[-1], r.text
    assert sentences["sentence_id"].is_monotonic_increasing
    assert sentences["section_id"].notna().all()


def test_every_table_is_readable_with_its_schema(full_run):
    for table in TABLES:
        frame = load_table(table, full_run["outputs"])
        assert "doc_id" in frame.columns


def test_sections_have_paths(full_run):
    sections = load_table("sections", full_run["outputs"], REF_ID)
    top = sections.iloc[0]
    assert top.level == 1 and top.heading.startswith("Germany–Soviet Union Relations")
    trade = sections[sections.heading == "Trade"].iloc[0]
    assert trade.path == "Relations in the 1920s > Trade" and trade.level == 3
    assert "Avalon Project" not in " ".join(sections.heading)


def test_rerun_skips_unchanged_and_force_redoes(full_run):
    again = run(corpus=str(full_run["corpus"]), outputs=str(full_run["outputs"]))
    assert again.processed == [] and REF_ID in again.skipped
    parts = list((full_run["outputs"] / "sentences").glob("*.parquet"))
    forced = run(corpus=str(full_run["corpus"]), outputs=str(full_run["outputs"]), force=True)
    assert REF_ID in forced.processed
    assert len(list((full_run["outputs"] / "sentences").glob("*.parquet"))) == len(parts)
    sentences = load_table("sentences", full_run["outputs"], REF_ID)
    assert not sentences.duplicated(["doc_id", "sentence_id"]).any()


def test_cli_exits_nonzero_with_one_line_summary(full_run, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--corpus", str(full_run["corpus"]),
         "--outputs", str(full_run["outputs"])], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("processed 0, unchanged 5, failed 3") and "empty" in last


def test_cli_show_and_status(full_run):
    show = subprocess.run([sys.executable, "-m", "pipeline", "show", "sections", "--doc", REF_ID,
                           "--limit", "3", "--outputs", str(full_run["outputs"])],
                          capture_output=True, text=True, cwd=ROOT)
    assert show.returncode == 0 and "Soviet Russia and Weimar Germany" in show.stdout
    status = subprocess.run([sys.executable, "-m", "pipeline", "status", "--corpus", str(full_run["corpus"]),
                             "--outputs", str(full_run["outputs"])], capture_output=True, text=True, cwd=ROOT)
    assert status.returncode == 0
    assert "processed  2" in status.stdout and "failed     3" in status.stdout


def test_cli_config_error_is_one_clear_line(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text("workers: lots\n")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--config", str(bad)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "'workers'" in proc.stderr and "Traceback" not in proc.stderr


def test_removed_document_rows_disappear(full_run):
    # The run is shared by the whole session: the document comes back afterwards, so tests that
    # read it do not depend on running before this one.
    path = full_run["corpus"] / "plain article.txt"
    text = path.read_bytes()
    path.unlink()
    try:
        summary = run(corpus=str(full_run["corpus"]), outputs=str(full_run["outputs"]))
        assert summary.removed == ["plain article"]
        assert "plain article" not in set(load_table("documents", full_run["outputs"]).doc_id)
        assert "plain article" not in set(load_table("sentences", full_run["outputs"]).doc_id)
    finally:
        path.write_bytes(text)
        run(corpus=str(full_run["corpus"]), outputs=str(full_run["outputs"]))


def test_runner_rejects_a_stage_that_breaks_its_contract():
    import pytest

    from pipeline.core.config import load_config
    from pipeline.core.document import Document
    from pipeline.core.registry import Stage, StageContext
    from pipeline.batch.processing import StageFailure, run_stages

    ctx = StageContext(load_config(None))
    doc = Document.from_raw("d", "d.txt", "text")
    with pytest.raises(StageFailure, match="returned str, not a Document"):
        run_stages(doc, [Stage("bad", lambda d, c: "oops", (), ())], ctx)
    with pytest.raises(StageFailure, match=r"did not add the layers it declares: \['thing'\]"):
        run_stages(doc, [Stage("lazy", lambda d, c: d, (), ("thing",))], ctx)
