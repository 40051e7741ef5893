"""A forceful move told as part of a campaign against a state: "Russian troops swept through Prague in
the occupation of Czechoslovakia" tells the occupation of Czechoslovakia, which another report tells as
"the Soviets invaded Czechoslovakia" the same year. The words right after the trigger, "in (or during)
the <happening> of <Name>", give the mention the campaign's kind and its named target, as a telling's
``means`` does ("terminated the pact with its invasion"). Only for a mention that already tells a
happening of force (an invasion, an occupation, a bombing) and names no one it was done to, and only for
a campaign noun of force: a death "in the invasion of Poland" is no invasion.
"""

from __future__ import annotations

import re

from pipeline.stories.triggers import trigger_kinds

FORCE_KINDS = frozenset({"invade", "occupy", "annex", "bomb"})
# Up to eight words after the trigger ("swept through Praque"), then "in the occupation of Czechoslovakia".
_CAMPAIGN = re.compile(r"^\s*(?:[\w'’.\-]+\s+){0,8}?(?:in|during)\s+the\s+([a-z]+)\s+of\s+"
                       r"((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+)*)")


def campaign_of(kinds: frozenset[str], participants: list[str], after: str | None) -> tuple[frozenset[str], str] | None:
    """The campaign's kinds and its target's name as written, for a force mention naming no one done to
    and followed by "in the <happening of force> of <Name>"; else None."""
    if not after or participants or not kinds & FORCE_KINDS:
        return None
    found = _CAMPAIGN.match(after)
    if not found:
        return None
    campaign = trigger_kinds(found.group(1)) & FORCE_KINDS
    return (campaign, found.group(2)) if campaign else None
