"""Empty parts are written from cached bytes: the same file pq.write_table writes, read back the same."""

import pyarrow.parquet as pq

from pipeline.io.schema import TABLES, schema_for, to_table
from pipeline.io.parts import write_part


def test_an_empty_part_is_byte_for_byte_what_pyarrow_writes(tmp_path):
    for table in TABLES:
        empty = to_table(table, [])
        pq.write_table(empty, tmp_path / f"{table}-pyarrow.parquet")
        for copy in ("first", "cached"):
            write_part(table, empty, tmp_path / f"{table}-{copy}.parquet")
            assert (tmp_path / f"{table}-{copy}.parquet").read_bytes() == \
                (tmp_path / f"{table}-pyarrow.parquet").read_bytes()
        back = pq.read_table(tmp_path / f"{table}-cached.parquet")
        assert back.num_rows == 0 and back.schema.equals(schema_for(table))


def test_a_part_with_rows_or_another_schema_is_written_by_pyarrow(tmp_path):
    rows = to_table("sections", [{"doc_id": "d", "section_id": 0, "heading": "H", "level": 2, "path": "H",
                                  "clean_start": 0, "clean_end": 1, "raw_start": 0, "raw_end": 1}])
    write_part("sections", rows, tmp_path / "rows.parquet")
    assert pq.read_table(tmp_path / "rows.parquet").equals(rows)
    # An empty table of another table's schema is not taken for an empty sections part.
    write_part("sections", to_table("links", []), tmp_path / "other.parquet")
    assert pq.read_table(tmp_path / "other.parquet").schema.equals(schema_for("links"))
