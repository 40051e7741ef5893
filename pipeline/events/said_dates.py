"""A saying or a view dated by a date of what was said: the date is the said thing's, not the saying's.

"Orm said net was $7.4 million, down from $32.3 million a year ago", "the paper said Sunday that
Netanyahu's comments last week were a response", "she says women have been victims for the past
twenty years", "he estimated the firm would not be profitable until 1994": when the events stage gives
a date inside the complement of a verb of saying (or of a view) to that verb (the complement is a
copula or a figure, no happening word of its own), the saying was not made then. The saying's row for
that date goes (a date of its own, "said Sunday", dates it as before; so does one right after the
verb, "said Tuesday his government told", which the parse may hang lower, and the speaker's "today"
or "now", which is the saying's day as well).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.modality import forms as verb_forms
from pipeline.lexicon.happenings import SPEECH_VERB_FORMS, VIEW_VERBS

_SAID = {"ccomp", "parataxis"}
_SPEAKERS_NOW = {"today", "now", "tonight", "this morning", "this afternoon", "this evening"}


def dated_by_what_was_said(span: Any, tok: Any) -> bool:
    """Whether ``span`` (a date) lies in the complement of ``tok``, a verb of saying or of a view: on the
    way up the parse from the date to the verb, the last step is a clause the verb takes as what was said
    (or, for a view, its object: what was foreseen)."""
    view = tok.pos_ == "VERB" and not verb_forms(tok).isdisjoint(VIEW_VERBS)
    if tok.pos_ not in ("VERB", "AUX") or tok.lower_ not in SPEECH_VERB_FORMS and not view:
        return False
    if tok.i < span.start and all(t.lower_ in ("on", "late", "early") for t in tok.doc[tok.i + 1:span.start]):
        return False  # "said Tuesday his government told", "said on Tuesday they had": the parse may hang it lower
    if span.text.lower().replace("right ", "") in _SPEAKERS_NOW:
        return False  # '"Today is a sad day," he said': the speaker's now is the saying's day too
    node = span.root
    for _ in range(30):
        if node.head.i == node.i:
            return False
        if node.head.i == tok.i:
            said = _SAID | {"dobj"} if view else _SAID  # "predicted earnings of $4 for this year"
            return node.dep_ in said and not (span.start <= node.i < span.end)
        node = node.head
    return False
