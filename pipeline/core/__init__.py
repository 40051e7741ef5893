"""The spine every stage stands on.

- ``document``: the :class:`Document` (raw text, clean text, the offset map between them, its layers).
- ``records``: every record type a layer holds (Sentence, Section, Timex, Event …).
- ``layers``: every layer a Document carries, declared once (what it holds, whether it stores
  clean-text offsets, which stage ends it), and the offset → sentence/section look-ups readers use.
- ``offsets``: the clean → raw offset map and the only way to edit clean text (``Document.edit``).
- ``registry``: the stage contract (``@stage(name, reads, writes, edits_text, spacy)``), the
  :class:`StageContext` a stage gets (config, shared resources, the spaCy model) and the check at
  load that refuses an order that cannot work.
- ``registrations``: the built-in stages, registered in one place (``populate_registry``), and
  ``resolve_stages``, the check at load the Pipeline, the runner and the CLI call.
- ``config``: packaged defaults (``pipeline/defaults.yaml``) plus ``config.yaml``, validated once.
- ``grouping``: consecutive groups bounded by count and size (the model's batches, Dask's tasks).
- ``errors``: the error kinds the runner and the CLI tell apart (``UserError`` ends in one line).

Nothing here imports a stage: the stages import the core.
"""
