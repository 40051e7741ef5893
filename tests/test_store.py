from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.schema import SCHEMAS, TABLES, to_table
from pipeline.store import Store, part_name

SNAPSHOT = Path(__file__).parent / "snapshots" / "schemas.txt"


def render_schemas() -> str:
    return "\n\n".join(f"[{name}]\n{SCHEMAS[name].to_string(show_schema_metadata=False)}" for name in TABLES) + "\n"


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
    return {"sections": to_table("sections", [
        {"doc_id": doc_id, "section_id": i, "heading": h, "level": 2, "path": h,
         "clean_start": 0, "clean_end": 1, "raw_start": 0, "raw_end": 1} for i, h in enumerate(headings)])}


def test_rerun_replaces_parts_without_duplicates(tmp_path):
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["x", "y"]))
    store.write_document("b", _sections("b", ["z"]))
    store.write_document("a", _sections("a", ["new"]))
    frame = store.read("sections")
    assert sorted(frame["heading"]) == ["new", "z"]
    assert sorted(p.name for p in (tmp_path / "sections").iterdir()) == sorted([part_name("a"), part_name("b")])


def test_failed_write_leaves_previous_part_intact(tmp_path, monkeypatch):
    store = Store(tmp_path)
    store.write_document("a", _sections("a", ["old"]))

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", boom)
    with pytest.raises(OSError):
        store.write_document("a", _sections("a", ["new"]))
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
