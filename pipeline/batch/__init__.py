"""Running the stages over a corpus.

- ``processing``: :class:`Pipeline`, the one way to run the configured stages (checked at load,
  one StageContext), on a Document, a text or a corpus file, under a time limit, a failure
  recorded as a failed documents row.
- ``runner``: ``run()``: plans what is new or changed, processes it, writes the tables, merges
  the stories.
- ``backends``: where documents are processed (serial, a process pool, Dask).
- ``workers``: the worker-process pool that survives its workers.
- ``progress``: progress lines for long runs.

(Not ``run/``: ``pipeline.run`` is the API function.)
"""
