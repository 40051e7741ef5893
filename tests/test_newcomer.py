"""A newcomer's first hour (issue 34): titles, folders that do not exist, clear messages, a compact
`show`, and report pages named by document."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from pipeline import load_table
from pipeline.cli import main
from pipeline.core.config import load_config
from pipeline.io.loader import InputError, decode
from pipeline.io.metadata import MetadataError, read_metadata
from pipeline.report.page import page_names, write_report
from pipeline.batch.runner import run
from pipeline.report.show import show_table
from pipeline.io.titles import document_title, filename_title
from tests.conftest import REFERENCE

PLAIN = "Background\n\nGermany invaded Poland on 1 September 1939. Britain declared war on 3 September 1939.\n"


# --- titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path, title", [
    ("01_WW2.txt", "01 WW2"), ("korean_war.txt", "Korean war"), ("wars/korean_war.txt", "Korean war"),
    ("Treaty of Berlin.txt", "Treaty of Berlin"), ("notes", "Notes"), ("1939.txt", "1939"),
])
def test_a_plain_file_is_titled_by_its_name(path, title):
    assert filename_title(path) == title
    # Its first heading ("Background") is a section, never the title.
    assert document_title(PLAIN, path) == title


def test_a_mirror_article_keeps_its_own_title_and_metadata_wins():
    raw = REFERENCE.read_text(encoding="utf-8")
    assert document_title(raw, "germany_soviet_union_relations_1918_1941.txt") == \
        "Germany–Soviet Union Relations, 1918–1941"
    # A first line that says the file's name is the title, as written.
    assert document_title("Korean War\n\nThe war began in 1950.\n", "korean_war.txt") == "Korean War"
    assert document_title(PLAIN, "a.txt", own="  The Invasion  ") == "The Invasion"


def test_meta_yaml_accepts_a_title(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(PLAIN, encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("title: The invasion of Poland\nkind: narrative\n", encoding="utf-8")
    assert read_metadata(doc, "narrative", None).title == "The invasion of Poland"
    (tmp_path / "a.meta.yaml").write_text("title: 1984\n", encoding="utf-8")  # YAML reads a number
    assert read_metadata(doc, "narrative", None).title == "1984"
    (tmp_path / "a.meta.yaml").write_text("titel: x\n", encoding="utf-8")
    with pytest.raises(MetadataError, match="unknown metadata keys.*allowed: kind, reference_date, title"):
        read_metadata(doc, "narrative", None)


@pytest.fixture(scope="module")
def titled_run(tmp_path_factory):
    """Two plain files that both start with the same section heading, one with a title in its
    metadata, and the mirror article; run, then a report."""
    base = tmp_path_factory.mktemp("titled")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "01_WW2.txt").write_text(PLAIN, encoding="utf-8")
    (corpus / "korean_war.txt").write_text(PLAIN.replace("1939", "1950"), encoding="utf-8")
    (corpus / "named.txt").write_text(PLAIN.replace("1939", "1941"), encoding="utf-8")
    (corpus / "named.meta.yaml").write_text("title: Operation Barbarossa\n", encoding="utf-8")
    outputs = base / "out"
    run(corpus=str(corpus), outputs=str(outputs), backend="serial")
    return corpus, outputs


def test_titles_reach_documents_and_events(titled_run):
    _, outputs = titled_run
    documents = load_table("documents", outputs).set_index("doc_id")
    assert documents.title.to_dict() == {"01_WW2": "01 WW2", "korean_war": "Korean war",
                                        "named": "Operation Barbarossa"}
    events = load_table("events", outputs)
    assert len(events) and (events.doc_title == events.doc_id.map(documents.title)).all()


def test_report_pages_are_named_by_document_and_removed_ones_deleted(titled_run, tmp_path):
    corpus, outputs = titled_run
    index = write_report(outputs, tmp_path / "report.html")
    pages = sorted(p.name for p in (tmp_path / "report_docs").glob("*.html"))
    assert pages == ["01_WW2.html", "korean_war.html", "named.html"]
    page = index.read_text(encoding="utf-8")
    assert "Operation Barbarossa" in page and 'href="report_docs/01_WW2.html"' in page
    assert "<h1>Operation Barbarossa</h1>" in (tmp_path / "report_docs" / "named.html").read_text(encoding="utf-8")
    # A document leaves the corpus: the next report drops its page.
    moved = tmp_path / "korean_war.txt"
    (corpus / "korean_war.txt").rename(moved)
    try:
        run(corpus=str(corpus), outputs=str(outputs), backend="serial")
        write_report(outputs, tmp_path / "report.html")
        assert sorted(p.name for p in (tmp_path / "report_docs").glob("*.html")) == ["01_WW2.html", "named.html"]
    finally:
        moved.rename(corpus / "korean_war.txt")
        run(corpus=str(corpus), outputs=str(outputs), backend="serial")


def test_page_names_survive_folders_and_clashes():
    names = page_names(["a/b", "a__b", "c d"])
    assert names["c d"] == "c d.html" and len(set(names.values())) == 3
    assert names["a/b"] == "a__b.html" and names["a__b"].startswith("a__b-")


# --- folders that do not exist -----------------------------------------------------------------

def test_run_on_a_missing_corpus_creates_nothing(tmp_path, capsys):
    outputs = tmp_path / "out"
    assert main(["run", "--corpus", str(tmp_path / "nope"), "--outputs", str(outputs), "-q"]) == 2
    err = capsys.readouterr().err
    assert "corpus folder" in err and "does not exist" in err
    assert not outputs.exists() and list(tmp_path.iterdir()) == []


def test_report_on_a_missing_outputs_folder_is_an_error(tmp_path, capsys):
    target = tmp_path / "r.html"
    assert main(["report", "--outputs", str(tmp_path / "outptus"), "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert "outputs folder" in err and "does not exist" in err
    assert list(tmp_path.iterdir()) == []
    assert main(["report", "--outputs", str(tmp_path / "outptus")]) == 2
    assert list(tmp_path.iterdir()) == []


# --- messages ----------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00" * 30,
    struct.pack("<500h", *range(500)),  # NULs in every other byte, but no text
    bytes(range(256)) * 4,
])
def test_a_binary_file_is_called_binary(data):
    with pytest.raises(InputError, match="binary file") as err:
        decode(data, "x.bin", load_config(None).input)
    assert "UTF-16" not in str(err.value)


def test_utf16_without_a_bom_is_still_recognised():
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        decode("The treaty was signed in 1926.\n".encode("utf-16-le"), "x.txt", load_config(None).input)


def test_show_is_compact_on_a_terminal(titled_run):
    _, outputs = titled_run
    compact = show_table(outputs, "events", terminal=True)
    header = compact.splitlines()[0].split()
    assert header == ["doc_id", "date_start", "granularity", "trigger", "actors", "participants", "places"]
    assert "more columns: --columns all" in compact
    wide = show_table(outputs, "events", terminal=True, columns="all")
    assert "story_id" in wide.splitlines()[0] and "more columns" not in wide
    # Pipes and files get every column, as before.
    assert "story_id" in show_table(outputs, "events", terminal=False).splitlines()[0]


def test_make_run_ends_with_the_report():
    """`make run` writes the report after the run, even when a document failed (the report lists it)."""
    from tests.conftest import ROOT

    lines = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nrun:", 1)[1].split("\n\n", 1)[0]
    recipe = lines.replace("\\\n", " ")
    run_at, report_at = recipe.index("-m pipeline run"), recipe.index("-m pipeline report")
    assert run_at < report_at and "&&" not in recipe[run_at:report_at]  # a failed document does not skip it


def test_a_failed_document_is_titled_by_its_name(full_run):
    documents = load_table("documents", full_run["outputs"]).set_index("doc_id")
    assert documents.loc["binary.bin", "status"] == "failed" and documents.loc["binary.bin", "title"] == "Binary.bin"
    assert documents.loc["plain article", "title"] == "Plain Article"  # its first line names the file
    assert documents.loc["germany_soviet_union_relations_1918_1941", "title"] == \
        "Germany–Soviet Union Relations, 1918–1941"
