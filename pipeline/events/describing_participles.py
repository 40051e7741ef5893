"""A participle that describes a person, misparsed as a verb joined to the clause's verb.

``The FBI put Bin Laden and accused doctor killer Kopp on the list Monday``: the parser reads
"accused" as a second verb (``put … and accused Kopp``) and hangs the date on it, so the row would
tell an accusation on Monday. Participles such as "accused", "alleged", "suspected" before a noun
describe who someone is (:data:`pipeline.lexicon.happenings.DESCRIBING_PARTICIPLES`); the happening
of the date is the verb they were joined to. :func:`described_not_done` takes spaCy tokens.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.happenings import DESCRIBING_PARTICIPLES


def described_not_done(trigger: Any) -> Any | None:
    """The verb a describing participle was misparsed as joined to ("put … and accused doctor killer
    Kopp … Monday" → put), or None when ``trigger`` is no such participle."""
    if trigger.tag_ != "VBN" or trigger.lower_ not in DESCRIBING_PARTICIPLES or trigger.dep_ != "conj" or \
            trigger.head.pos_ != "VERB" or trigger.i + 1 >= len(trigger.doc):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in trigger.children):
        return None  # "and was accused of fraud", "and he accused Orm": a verb of its own
    after = trigger.doc[trigger.i + 1]
    # Right before a bare noun that heads or modifies its object: "accused doctor killer Kopp".
    if after.pos_ != "NOUN" or after.dep_ not in ("compound", "amod", "dobj") or \
            not any(c.dep_ == "dobj" and after.i in {t.i for t in c.subtree} for c in trigger.children):
        return None
    return trigger.head
