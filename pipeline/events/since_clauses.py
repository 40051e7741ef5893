"""A happening told in a "since" clause of a perfect: the time it started a state that lasts to the report.

``Orm has lived with his uncle since he was rescued at sea``: the rescue is told as the start of a stretch
that runs up to the report's time, so it came some time before, maybe months before; dating it by the
report's weeks (pipeline.events.document_dated) guesses a time the sentence does not say (AQUAINT,
issue 32). Only under a main verb in the perfect ("has lived", "had been held"), where "since" is of time
and not of cause ("since the bank failed, prices fell").
"""

from __future__ import annotations

from typing import Any

_PERFECT_AUX = {"has", "have", "had", "'s", "'ve", "'d"}


def since_clause_of_a_perfect(verb: Any) -> bool:
    """Whether ``verb`` heads a clause opened by "since" that hangs on a verb in the perfect."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in head.children)
