"""A name span the small model ran on over its sentence's main verb ("William the Conqueror invaded"
tagged ORG before "England"): the verb is no part of a name, and the span with it names no one, so
the events lose the doer. A lower-case word the parse makes the sentence's main verb ends the name.
"""

from __future__ import annotations

from typing import Any


def without_main_verb(span: Any) -> Any:
    """``span`` without a trailing lower-case word that is its sentence's main verb, else ``span``."""
    if len(span) < 2:
        return span
    last = span[-1]
    if last.dep_ == "ROOT" and last.pos_ in ("VERB", "AUX") and last.text.islower():
        from spacy.tokens import Span

        return Span(span.doc, span.start, span.end - 1, label=span.label_)
    return span


def split_at_main_verb(span: Any) -> list:
    """``span`` cut in two at a lower-case word inside it that is its sentence's main verb ("Doreen Vell
    joined Gardner" tagged one person: Doreen Vell, the verb, Gardner), else ``[span]``. Each side must
    start with a capital (a name); the verb belongs to neither."""
    from spacy.tokens import Span

    for t in span[1:-1]:
        if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and t.text.islower() and t.is_alpha and \
                span.doc[t.i + 1].text[:1].isupper() and span[0].text[:1].isupper():
            return [Span(span.doc, span.start, t.i, label=span.label_), Span(span.doc, t.i + 1, span.end, label=span.label_)]
    return [span]
