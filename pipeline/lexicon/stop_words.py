"""spaCy's English stop words, loaded on first use.

Why lazy: stories are rebuilt on a run that parses nothing, and such a run must not import spaCy
(``tests/batch/test_corpus_life.py``); a module-level ``from spacy.lang.en.stop_words import`` in any
rule module would import it.
"""

from __future__ import annotations

from functools import cache


@cache
def stop_words() -> frozenset[str]:
    """The lower-case English function words spaCy ships (``the``, ``of``, ``his`` ...)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
