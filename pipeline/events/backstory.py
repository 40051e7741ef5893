"""A news report's backstory: happenings a report tells of a thing's past, not of its own weeks (issue 33).

``the firm, founded by his great-grandfather, …``, ``the bridge, built by Roman engineers, collapsed``,
``a 1996 ruling that had annulled his sentence``: a participle or relative clause that describes a noun by
its origin, or tells in the past perfect what came before, is no happening of the days before the report.
Dating it by the report's weeks (pipeline.events.document_dated) would be wrong by years, so it gets no
such row. And a date written inside such a clause (``the company, which was founded in the 1920s, was
sold``) dates that clause alone, never the sentence's other happenings.
"""

from __future__ import annotations

from typing import Any

# Verbs that tell where a thing came from: its making is its history, not the news.
ORIGIN_VERBS = {"found", "establish", "build", "create", "form", "construct", "design", "write", "compose",
                "invent", "discover", "settle", "start", "launch", "incorporate", "erect", "raise", "name",
                "own", "inherit", "pioneer", "develop", "bear"}
_DESCRIBING = {"relcl", "acl"}


def told_as_backstory(tok: Any, lemma: str | None) -> bool:
    """A verb describing a noun by its origin ("founded by his grandfather") or in the past perfect
    ("a ruling that had annulled his sentence")."""
    if tok.pos_ != "VERB" or tok.dep_ not in _DESCRIBING or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if (lemma or tok.lemma_) in ORIGIN_VERBS:
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children)


def inside_a_describing_clause(tok: Any) -> bool:
    """The word sits in a relative clause or participle that describes a noun ("which was founded in the
    1920s"): its date is that clause's."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in _DESCRIBING and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("NOUN", "PROPN"):
            return True
        if t.dep_ == "ROOT":
            return False
    return False
