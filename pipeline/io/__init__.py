"""Reading the corpus and writing the tables.

- ``loader``: finds corpus files and reads one into a Document, refusing what is not text.
- ``metadata``: a document's kind, creation date and title (the ``.meta.yaml`` sidecar), the
  fingerprint; ``titles``: a document's title (its own title line, else its file name).
- ``dates``: date columns of any era (date32 on disk, ``datetime64[s]`` in pandas, BC included).
- ``schema``: every table's pyarrow schema, in one place (snapshot-tested).
- ``tables``: a processed Document → rows of the output tables (it copies what the stages set).
- ``store``: ``outputs/<table>/``, one Parquet part per batch of documents a run commits together (or per document), replaced atomically; the manifest.
- ``lock``: one writer at a time, and no reader inside a commit.
- ``add``: validates files and copies them into the corpus (``add``).
- ``status``: each document's state relative to the manifest (``status``).
"""
