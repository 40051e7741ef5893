"""Kinds a trigger tells only with the words written around it, beyond the kinds table
(:mod:`pipeline.stories.triggers`):

- a wreck of a vessel is its sinking: "the boat wreck her son survived", "the wreck of the Orm ferry"
  and "the Orm ferry sank"; a car wreck is not;
- an announcement that someone would join or be admitted is the invitation: "Orm announced that Lusk
  would join the talks" and "Orm invited Lusk to join the talks"; "Orm announced new taxes" is not.

Called from :func:`pipeline.stories.mentions.mentions_of` (findings are
:mod:`pipeline.stories.found_kinds`).
"""

from __future__ import annotations

import re

from pipeline.stories.triggers import GENERAL_THINGS, head_noun, trigger_kinds

_VESSELS = GENERAL_THINGS["vessel"] | {"vessel", "vessels", "boats", "ships", "ferries", "powerboat", "steamer"}
_WRECKS = frozenset({"wreck", "wreckage"})
# "announced (that) Lusk would join", "announced it would accept Poland": up to six words, then the joining.
_WOULD_JOIN = re.compile(
    r"^\s*(?:on\s+\w+\s+)?(?:that\s+)?(?:[\w.'’-]+\s+){1,6}?(?:would|will|is\s+to|was\s+to|are\s+to|were\s+to)\s+"
    r"(?:be\s+)?(?:join|accept|admit|admitted|invite|invited|welcome|welcomed)\b", re.I)


def worded_kinds(kinds: frozenset[str], trigger: str | None, theme: str | None, after: str | None,
                 before: str | None) -> frozenset[str]:
    """``kinds`` with the sinking of a vessel's wreck and the invitation of an announced joining added.
    ``after`` and ``before`` are the words of the trigger's sentence after and before the trigger word."""
    word = (trigger or "").lower()
    if word in _WRECKS:
        last_before = re.findall(r"[A-Za-z]+", before or "")[-1:]
        if head_noun(theme) in _VESSELS or last_before and last_before[0].lower() in _VESSELS:
            return kinds | trigger_kinds("sink")
    if word in ("announce", "announcement") and after and _WOULD_JOIN.search(after):
        return kinds | trigger_kinds("invite")
    return kinds
