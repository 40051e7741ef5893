"""Citations: taken out of the body, kept as rows, parsed into fields.

- ``cut_citations`` (stage): removes glued footnotes, short forms and the reference lists.
- ``cite`` (stage, after ``nlp``): the sentence each glued citation belongs to, and the
  citations supporting each sentence (``citation_support``, which the events stage copies).
- ``cutting``: where a citation string starts and ends in the body and in reference lists.
- ``parse``: :func:`parse_citation`, one reference string into authors, year, title, container …
- ``model``: the CRF (python-crfsuite) behind it and its features; the trained model is in ``data/``.
  Its training on AnyStyle's labelled references (BSD licence, ``../shared/data/references``)
  is outside the package: ``python -m evaluation.citation_training`` rebuilds it.
"""

from pipeline.citations.parse import parse_citation  # noqa: F401 - pipeline.citations.parse_citation

__all__ = ["parse_citation"]
