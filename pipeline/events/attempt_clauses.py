"""A "when" clause on an attempt: what happened while the trigger was being tried.

``13 Cubans who were trying to cross to Florida six weeks ago when the boat capsized``: the date
hangs on the verb tried (cross), the "when" clause on the verb of trying; the capsizing happened at
the time of the attempt. :func:`pipeline.events.coordination.coordinated` reads the when-clauses of
the trigger itself; this reads those of the attempt verb above it (try, attempt, seek), which names
no happening of its own. :func:`when_of_attempt` takes spaCy tokens.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.coordination import _has_own_time

# The verb of trying, in the forms a past attempt takes (the parse has no lemmas).
_TRYING = {"trying", "tried", "attempting", "attempted", "seeking", "sought"}
# A "when" clause of a state or a denial says no happening ("when it was dark").
_STATE_FORMS = {"was", "were", "had", "seemed", "remained"}


def when_of_attempt(trigger: Any, span: Any) -> list[Any]:
    """The past verbs of "when" clauses on the attempt verb above ``trigger`` ("were trying to cross …
    six weeks ago when it capsized" → capsized), after the date and with no time of their own."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "xcomp" or trigger.head.lower_ not in _TRYING:
        return []
    attempt = trigger.head
    out = []
    for clause in attempt.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.tag_ != "VBD" or clause.i < span.end or \
                clause.doc[clause.left_edge.i].lower_ != "when" or clause.lower_ in _STATE_FORMS:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in clause.children):
            continue
        if not _has_own_time(clause, attempt):
            out.append(clause)
    return out
