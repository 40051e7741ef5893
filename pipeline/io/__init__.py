"""Reading the corpus and writing the tables.

- ``loader``: finds corpus files and reads one into a Document, refusing what is not text.
- ``metadata``: a document's kind and creation date (the ``.meta.yaml`` sidecar), the fingerprint.
- ``schema``: every table's pyarrow schema, in one place (snapshot-tested).
- ``tables``: a processed Document → rows of the output tables.
- ``store``: ``outputs/<table>/``, one Parquet part per document, replaced atomically; the manifest.
- ``lock``: one writer at a time, and no reader inside a commit.
- ``add``: validates files and copies them into the corpus (``add``).
- ``status``: each document's state relative to the manifest (``status``).
"""
