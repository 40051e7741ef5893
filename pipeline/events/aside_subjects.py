"""A subject written before an aside between a pair of dashes or brackets ("Sweden — then at war with
Russia — invaded Poland", "Sweden [then allied with Britain] invaded Poland"): the small model hangs
the name off the verb as an adverbial noun and may even make the bracket the subject, so the verb
names no doer (issue 31: subjects behind appositions and asides, with any dash or bracket).

The shape is read only where nothing else can be the subject: the verb has no word subject, the name
stands before it, and the words between the name (with its conjuncts) and the verb are exactly one
aside opened and closed by the same mark. The aside's own names stay out (what the aside says of the
subject is no act of the verb's).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import SUBJECTS

# An aside's opening mark and the one that closes it.
_CLOSING = {"—": "—", "–": "–", "-": "-", "--": "--", "(": ")", "[": "]"}
_HUNG = {"npadvmod", "dep", "advmod", "nsubj", "nmod"}
_NAME_LABELS = {"GPE", "PERSON", "ORG", "NORP"}


def aside_subject(verb: Any) -> list[Any]:
    """The name standing before an aside right before a subject-less ``verb`` (see the module), else []."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS and not c.is_punct for c in verb.children):
        return []
    doc = verb.doc
    for c in verb.children:
        if c.i >= verb.i or c.dep_ not in _HUNG or c.is_punct or c.ent_type_ not in _NAME_LABELS:
            continue
        end = max(t.i for t in c.subtree)
        if end + 2 >= verb.i - 1 or _CLOSING.get(doc[end + 1].text) != doc[verb.i - 1].text:
            continue
        if any(t.text == doc[end + 1].text for t in doc[end + 2:verb.i - 1]):
            continue  # a mark inside the aside: two asides or none, unsure
        return [c]
    return []
