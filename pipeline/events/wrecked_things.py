"""An "it" that exploded, crashed or sank is a made thing (a plane, a ship, a bomb), never a body or a
state: "The Federal Aviation Administration said it was investigating. It just blew up in the air"
means the plane, so the pronoun stands for no party (issue "who did it", news pronouns). The
general rules (:mod:`pipeline.events.coreference`) would give it the body named just before.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.disasters import WRECKING_PHRASES, WRECKING_STEMS


def wrecked_thing(token: Any) -> list | None:
    """``[]`` (stands for no party) when ``token`` is "it" as the subject of a verb of a thing's wreck
    with no object ("it crashed", "it blew up", "it caught fire"), the subject of a verb coordinated
    before one ("it shook and blew up"); None otherwise, for the general rules."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return None
    verb = token.head
    for v in [verb, *verb.conjuncts]:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in v.children) or \
                any(c.dep_ == "auxpass" for c in v.children):
            continue  # another subject's verb, or undergone
        word = v.lower_
        parts = {c.lower_ for c in v.children if c.dep_ in ("prt", "dobj", "prep")}
        if v.pos_ == "VERB" and word.startswith(WRECKING_STEMS) and not any(c.dep_ == "dobj" for c in v.children):
            return []
        if any((word, part) in WRECKING_PHRASES for part in parts):
            return []
    return None
