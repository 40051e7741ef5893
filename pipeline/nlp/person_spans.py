"""One person's long name the model cut in two: "Guglielmo Giovanni" + "Maria Marconi", two PERSON spans
with nothing but one space between them, is one name. English never writes two people's names side by
side without a comma or "and", so the pair is one person; the fragments would each be a false party."""

from __future__ import annotations

import re
from typing import Any

# Lower-case words a person's name may carry ("Ludwig van Beethoven", "Abu Bakr al-Baghdadi").
_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "y"}


def _name_words(span: Any) -> bool:
    return all(t.is_alpha and (t.is_title or t.lower_ in _PARTICLES) for t in span)


def joined_people(spans: list) -> list:
    """Sorted, non-overlapping spans with each run of PERSON spans that touch (one space apart, capitalised
    words only, no possessive: "Franz Orme's" + "Lieder" is an owner and his work) joined into one."""
    from spacy.tokens import Span

    out: list = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == span.label_ == "PERSON" and prev.end == span.start and \
                prev.doc[prev.end - 1].whitespace_ == " " and _name_words(prev) and _name_words(span):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
        else:
            out.append(span)
    return out


_REGNAL_WITH_STOP = re.compile(r"\s[IVXL]+\.$")


def without_sentence_stop(text: str, label: str) -> str:
    """A person's regnal number with the sentence's full stop the tokenizer left on it ("as Matthias I. He
    was ..."): the name without the stop. English writes no stop after a regnal number."""
    return text[:-1] if label == "PERSON" and _REGNAL_WITH_STOP.search(text) else text
