from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.io.schema import ALL_TABLES, SCHEMAS, TABLES, to_table
from pipeline.io.parts import part_name
from pipeline.io.store import Store

SNAPSHOT = Path(__file__).parents[1] / "snapshots" / "schemas.txt"


def render_schemas() -> str:
    return "\n\n".join(f"[{name}]\n{SCHEMAS[name].to_string(show_schema_metadata=False)}" for name in ALL_TABLES) + "\n"


def test_schema_snapshot():
    """A column rename or type change must be deliberate: update tests/snapshots/schemas.txt."""
    assert render_schemas() == SNAPSHOT.read_text(encoding="utf-8")


def test_all_design_tables_declared():
    assert set(TABLES) == {"documents", "sections", "sentences", "links", "citations", "entities",
                           "timexes", "events"}
    for name in TABLES:
        assert SCHEMAS[name].names[0] == "doc_id"


def test_to_table_rejects_wrong_columns():
    with pytest.raises(ValueError, match="missing columns"):
        to_table("sections", [{"doc_id": "a"}])


def _sections(doc_id, headings):
    tables = {t: to_table(t, []) for t in TABLES}
    return tables | {"sections": to_table("sections", [
        {"doc_id": doc_id, "section_id": i, "heading": h, "level": 2, "path": h,
         "clean_start": 0, "clean_end": 1, "raw_start": 0, "raw_end": 1} for i, h in enumerate(headings)])}


ENTRY = {"sha256": "x", "status": "ok"}


def test_rerun_replaces_parts_without_duplicates(tmp_path):
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["x", "y"]), ENTRY)
    store.write_document("b", _sections("b", ["z"]), ENTRY)
    store.write_document("a", _sections("a", ["new"]), ENTRY)
    frame = store.read("sections")
    assert sorted(frame["heading"]) == ["new", "z"]
    assert sorted(p.name for p in (tmp_path / "sections").iterdir()) == sorted([part_name("a"), part_name("b")])


def test_failed_write_leaves_previous_part_intact(tmp_path, monkeypatch):
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["old"]), ENTRY)

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", boom)
    with pytest.raises(OSError):
        store.write_document("a", _sections("a", ["new"]), ENTRY)
    monkeypatch.undo()
    assert list(store.read("sections")["heading"]) == ["old"]
    assert not [p for p in (tmp_path / "sections").iterdir() if p.name.startswith(".")]


def test_part_names_are_safe_and_distinct():
    names = {part_name(d) for d in ["a/b", "a_b", "../x", "ünï cödé", "a b"]}
    assert len(names) == 5
    assert all("/" not in n and not n.startswith(".") for n in names)


def test_reading_a_missing_table_gives_typed_empty_frame(tmp_path):
    frame = Store(tmp_path).read("events")
    assert list(frame.columns) == SCHEMAS["events"].names and len(frame) == 0


def test_manifest_records_each_document(tmp_path):
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["x"]), ENTRY)
    entry = store.entries()["a"]
    assert entry["sha256"] == "x" and entry["part"] == part_name("a") and not entry.get("pending")


def test_recover_rolls_a_committed_document_forward(tmp_path, monkeypatch):
    """Killed after the commit point: the next run finishes the renames in every table."""
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["old"]), ENTRY)
    monkeypatch.setattr(Store, "_finish", lambda self, doc_id, entry: None)  # die right after the commit
    store.write_document("a", _sections("a", ["new"]), {"sha256": "y", "status": "ok"})
    monkeypatch.undo()
    assert list(store.read("sections")["heading"]) == ["old"]
    assert store.recover() == ["a"]
    assert list(store.read("sections")["heading"]) == ["new"]
    assert store.entries()["a"]["sha256"] == "y" and not store.entries()["a"].get("pending")
    assert not [p for t in TABLES for p in (tmp_path / t).iterdir() if p.name.startswith(".")]


def test_recover_sweeps_uncommitted_temporaries_and_orphan_parts(tmp_path):
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["kept"]), ENTRY)
    (tmp_path / "sections" / ".b-123.parquet.99.tmp").write_bytes(b"half")
    (tmp_path / "sections" / "orphan-000.parquet").write_bytes(b"no manifest entry")
    store.recover()
    assert sorted(p.name for p in (tmp_path / "sections").iterdir()) == [part_name("a")]
    assert list(store.read("sections")["heading"]) == ["kept"]


def test_remove_document_clears_every_table_and_the_manifest(tmp_path):
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["x"]), ENTRY)
    store.remove_document("a")
    assert store.entries() == {}
    assert all(not any((tmp_path / t).iterdir()) for t in TABLES)


def test_documents_committed_together_share_one_part_and_replace_their_old_rows(tmp_path):
    store = Store(tmp_path)
    store.write_documents([("a", _sections("a", ["x", "y"]), ENTRY), ("b", _sections("b", ["z"]), ENTRY)])
    assert sorted(p.name for p in (tmp_path / "sections").iterdir()) == ["batch-000001.parquet"]
    store.write_documents([("a", _sections("a", ["new"]), ENTRY), ("c", _sections("c", ["w"]), ENTRY)])
    assert sorted(store.read("sections")["heading"]) == ["new", "w", "z"]
    # The first batch keeps b only; the entries name each document's batch.
    assert pq.read_table(tmp_path / "sections" / "batch-000001.parquet").column("doc_id").to_pylist() == ["b"]
    assert {d: e["batch"] for d, e in store.entries().items()} == {
        "a": "batch-000002.parquet", "b": "batch-000001.parquet", "c": "batch-000002.parquet"}
    assert not list((tmp_path / "_manifest" / "_batches").glob("*.json"))


def test_a_batch_whose_documents_all_moved_is_removed_not_left_empty(tmp_path):
    store = Store(tmp_path)
    docs = [("a", _sections("a", ["x"]), ENTRY), ("b", _sections("b", ["z"]), ENTRY)]
    store.write_documents(docs)
    store.write_documents(docs)  # run --force
    for table in TABLES:
        assert sorted(p.name for p in (tmp_path / table).glob("*.parquet")) == ["batch-000002.parquet"]
    assert sorted(store.read("sections")["heading"]) == ["x", "z"]


def test_a_document_written_anew_drops_every_corpus_table_state(tmp_path):
    # run --force rewrites a document's entities and events unfolded: the names, stories and
    # parties built over the old ones must be built again, even for the same document set
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["x"]), ENTRY)
    store.write_names_fingerprint("fp")
    store.write_parties(to_table("parties", []), "fp")
    store.write_stories(to_table("stories", []), {}, set(), "fp")
    assert (store.names_fingerprint(), store.parties_fingerprint(), store.stories_fingerprint()) == ("fp",) * 3
    store.write_document("a", _sections("a", ["x"]), ENTRY)
    assert (store.names_fingerprint(), store.parties_fingerprint(), store.stories_fingerprint()) == (None,) * 3
