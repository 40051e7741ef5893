"""A work telling of a time is no happening of that time (issue 33, "when and what").

"His History recounts the war between Sparta and Athens until the year 411 BC": the year is the
narrated war's, and the recounting has no date in the sentence. A verb of narrating in the present
tense (lexicon NARRATING_VERB_FORMS) says what a work contains, so a date it governs dates nothing
told by the verb; the row would put the writing in 411 BC. Past-tense narrating ("in 1962 he described
the plan") is a happening of its own date and is left alone.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.telling import NARRATING_VERB_FORMS


def tells_of_a_time(span: Any, trigger: Any) -> bool:
    """Whether ``trigger`` is a present-tense verb of narrating whose clause holds the date ``span``."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in ("VBZ", "VBP") or trigger.lower_ not in NARRATING_VERB_FORMS:
        return False
    return trigger.left_edge.i <= span.start and span.end - 1 <= trigger.right_edge.i
