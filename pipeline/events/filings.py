"""Who made a filing told as the frame of a report ("In a Securities and Exchange Commission filing,
Orm said it holds 5% of Vell"; "Tarvo made the disclosure in a filing with the SEC").

The body compounded on the noun is the one filed with, not the filer: left to itself the events stage
read "Securities and Exchange Commission" as the actor of every such filing, and four firms' filings of
one month became one cross-article story (session 17's blind stories audit). The filer is the subject
of the verb the "in" phrase hangs on; the body stays a participant (:func:`pipeline.events.roles`
reads compounds of a noun trigger as its parties).
"""

from __future__ import annotations

from typing import Any

FILING_NOUNS = {"filing", "filings"}


def filers(trigger: Any) -> list[Any] | None:
    """The subject heads of the verb an "in a … filing" phrase hangs on (a pronoun too: coreference reads
    it), or None when it is not that shape."""
    if trigger.lower_ not in FILING_NOUNS or trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return None
    holder = trigger.head.head
    while holder.pos_ in ("NOUN", "PROPN") and holder.head.i != holder.i:
        holder = holder.head  # "made the disclosure in a filing": the disclosure's verb
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    return [c for c in holder.children if c.dep_ == "nsubj"]
