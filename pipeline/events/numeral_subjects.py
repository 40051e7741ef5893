"""A ruler's name ending in the regnal numeral "I" as a subject ("Pope Leo I died in 461", issue 31).

The parser reads the numeral "I" as the first-person pronoun and makes it the verb's subject, hanging the
name before it on the verb as a modifier, so the row lost its only party. Where the subject pronoun "I" is
the last word of a person's name the entities stage kept whole (:func:`pipeline.nlp.name_ends.regnal_numeral_end`),
the whole name is the subject.
"""

from __future__ import annotations

from typing import Any


def numeral_named_tokens(subjects: list, sentence: Any) -> set[int]:
    """The token indices of every person's name whose last word, "I", the parse took for a subject."""
    heads = {t.i for t in subjects if t.text == "I" and t.pos_ == "PRON"}
    if not heads:
        return set()
    return {t.i for e, sp, _ in sentence.spans if e.label == "PERSON" and len(sp) >= 2 and sp[-1].i in heads
            for t in sp}
