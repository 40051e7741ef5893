"""Giving one's approval is a happening: "the Netherlands gave its go-ahead", "granted its consent".

A news report's undated rows (:mod:`pipeline.events.document_dated`) skip verbs that say little of
their own (``give`` among them, :data:`pipeline.events.past_tense._NOT_HAPPENINGS`): "gave him the
money" retells nothing. Giving or granting an approval (:data:`APPROVAL_NOUNS`) is the approving,
which another report tells as a ratification ("became the last country to ratify"), so it keeps its
row. :func:`gives_approval` takes a spaCy verb token.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.agreements import APPROVAL_GIVING_VERBS, APPROVAL_NOUNS


def approval_phrase(phrase: str) -> bool:
    """Whether a noun phrase ends in an approval noun ("its go-ahead", "the green light", "approval")."""
    words = phrase.lower().replace(" - ", "-").replace(" -", "-").replace("- ", "-").split()
    return any(" ".join(words[-n:]) in APPROVAL_NOUNS for n in (1, 2) if len(words) >= n)


def gives_approval(verb: Any, lemma: str | None) -> bool:
    """Whether ``verb`` gives or grants an approval as its direct object ("gave its go-ahead")."""
    if lemma not in APPROVAL_GIVING_VERBS:
        return False
    for obj in verb.children:
        if obj.dep_ == "dobj":
            # the object's words up to its head: "its go - ahead" as the parser splits the hyphen
            words = [t.text for t in obj.subtree if t.i <= obj.i]
            if approval_phrase(" ".join(words)):
                return True
    return False
