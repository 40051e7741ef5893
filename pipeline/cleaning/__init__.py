"""The cleaning stages, each beside its rules; together they turn the mirror's page into the clean text.

- ``normalize`` (stage): drops the page header, tidies whitespace, Unicode to NFC.
- ``strip_glossary`` (stage) with ``glossary``: where the mirror's inline snippet starts after a
  link's anchor, the anchor kept, the snippet cut into a ``links`` row (its target and type inferred).
- ``strip_links`` (stage) with ``piped_links`` (which commas are ``Target, display`` remnants),
  ``piped_titles`` (the weaker evidence: shapes of article titles) and ``piped_evidence`` (the
  guards and the echo test a collapse needs).
- ``reflow`` (stage): drops markup residue and rejoins the lines the glossary broke.
- ``sections`` (stage): headings and paragraphs of the clean text.

Every cut goes through ``Document.edit``, so every position still maps back to the raw file.
"""
