"""Stories: the events of every document that tell one happening, merged after each run.

- ``merge``: builds the ``stories`` table from the stored events (and re-merges when the
  documents changed).
- ``triggers``: which trigger lemmas tell the same kind of happening.
- ``party_names``: one name per party across the corpus.
"""
