"""One state written as two joined by a hyphen ("Austria-Hungary declared war"): the model tags
"Austria" and "Hungary" apart, and each alone is then a fragment of a hyphenated word that the
entities stage drops, so the state that acted had no name at all (issue 31).

Two place names tied by a hyphen with no space are one state's name where the pair is a noun
phrase's head of its own (a subject, an object); a pair that modifies a noun ("the France-Germany
pact", "Tarvia-Lusk talks") names two sides of that thing and stays two (pipeline.events.joint_parties
reads them there).
"""

from __future__ import annotations

from typing import Any

_DASHES = ("-", "–")


def joined_states(spans: list) -> list:
    """``spans`` (sorted, non-overlapping model entities) with each hyphen-joined pair of GPE names
    that heads its own phrase made one GPE span."""
    from spacy.tokens import Span

    out: list = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and _one_state(prev, span):
            out[-1] = Span(span.doc, prev.start, span.end, label="GPE")
        else:
            out.append(span)
    return out


def _one_state(first: Any, second: Any) -> bool:
    doc = first.doc
    if first.label_ != "GPE" or second.label_ != "GPE" or second.start != first.end + 1:
        return False
    dash = doc[first.end]
    if dash.text not in _DASHES or first[-1].whitespace_ or dash.whitespace_:
        return False
    pair = range(first.start, second.end)
    # The pair's top word (the parser may hang either end on the other, "France–Germany" as an apposition).
    tops = [t for t in doc[first.start:second.end] if t.head.i not in pair or t.head.i == t.i]
    # "the France-Germany pact": a modifier of a noun names two sides; only a head of its own is one state.
    return len(tops) == 1 and tops[0].dep_ not in ("compound", "amod", "nmod")
