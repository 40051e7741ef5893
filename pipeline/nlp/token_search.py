"""Which tokens of a Doc are written exactly as one of some words, found in one array pass.

Walking a Doc token by token in Python builds a Token object per word; on a long article the
stages that only ask "which tokens read Molotov or Ribbentrop" paid more for the walk than for
the answer. spaCy stores each token's text as a hash (ORTH), so the same question is one
``numpy.isin`` over the Doc's ORTH column against the words' hashes: the same tokens, in order.
"""

from __future__ import annotations

from typing import Any, Collection


def tokens_written(doc: Any, words: Collection[str], lower: bool = False) -> list[int]:
    """Indices, in order, of the tokens of ``doc`` whose text (with ``lower``, lower-cased text:
    spaCy's ``lower_``) is one of ``words``."""
    if not words or not len(doc):
        return []
    import numpy
    from spacy.attrs import LOWER, ORTH
    from spacy.strings import hash_string

    wanted = numpy.fromiter((hash_string(w) for w in words), dtype="uint64", count=len(words))
    return numpy.flatnonzero(numpy.isin(doc.to_array(LOWER if lower else ORTH), wanted)).tolist()
