"""Stories and parties: what the corpus tells across documents, rebuilt after each run.

- ``merge``: builds the ``stories`` table from the stored events (and re-merges when the
  documents changed); ``evidence``: what two mentions share and contradict (parties, themes,
  places, dates) and how sure a merge is.
- ``triggers``: which trigger lemmas tell the same kind of happening (light verbs, agreements,
  entering by a state or force).
- ``party_names``: one name per party across the corpus (country_converter's names plus historic
  states, regimes and armed forces); ``parties``: the ``parties`` table.
"""
