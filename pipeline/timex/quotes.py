"""Direct speech in a narrative: whose "now" a relative date inside a quotation counts from.

"Basically I lost a fortune that year," says Brown. The quotation's "that year" and
"this year" count from when the speaker spoke, which a history article seldom states;
resolving them against the story's current year dates the happening wrongly (blind
WikiGold audits, issue 33). A quotation that states a date itself gives its relative
dates an anchor, so those are resolved as usual.
"""

from __future__ import annotations

from typing import Iterable

# A title in quotes ("the single "Rags"") is no speech; speech has a clause's worth of words.
_MIN_SPEECH_WORDS = 4


def quotation_start(text: str, pos: int) -> int | None:
    """Where the quotation holding ``pos`` opens, when ``pos`` lies inside a closed direct quotation
    of at least a few words ("…" or "…"), else None."""
    open_curly, close_curly = text.rfind("\u201c", 0, pos), text.rfind("\u201d", 0, pos)
    if open_curly > close_curly:
        end = text.find("\u201d", pos)
        start = open_curly
    elif text.count('"', 0, pos) % 2 == 1:
        start = text.rfind('"', 0, pos)
        end = text.find('"', pos)
    else:
        return None
    if end < 0 or len(text[start + 1:end].split()) < _MIN_SPEECH_WORDS:
        return None
    return start


def speaker_relative(text: str, pos: int, stated_starts: Iterable[int]) -> bool:
    """Whether a relative date at ``pos`` counts from a speaker's unstated time: it is inside a
    quotation and no date stated earlier in that quotation (``stated_starts``) anchors it."""
    start = quotation_start(text, pos)
    return start is not None and not any(start < s < pos for s in stated_starts)
