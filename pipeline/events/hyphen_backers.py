"""A party written as the first half of a hyphened participle ("CIA-trained exiles", "Tarvian-backed
rebels", "Lusk-funded militias") trained, backed or paid those who act: it is no party of their act
(issue 31, "who did it": "an invasion of Tarvia by CIA-trained exiles" gave the CIA as the invader).

A leader's participle ("a Tarvian-led coalition", "Orm-headed forces") keeps its party: the leader acts
through those it leads (:mod:`pipeline.events.party_shapes`); "Lusk-based" is read by
:func:`pipeline.events.non_parties.is_base_name`.
"""

from __future__ import annotations

from typing import Any

# Participles of leading: the party on their left does the act through those it leads.
_LEADING = {"led", "headed", "commanded", "directed", "based"}


def is_backer_modifier(span: Any) -> bool:
    """Whether ``span`` is the party half of a hyphened participle other than a leader's (see the module)."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end].whitespace_ or doc[end - 1].whitespace_:
        return False
    participle = doc[end + 1]
    return participle.tag_ == "VBN" and participle.lower_ not in _LEADING and participle.dep_ in ("amod", "compound") \
        and participle.head.pos_ in ("NOUN", "PROPN")


def backer_tokens(doc: Any, tokens: set[int]) -> set[int]:
    """The indices among ``tokens`` of words that end such a party half ("Lusk" of "Lusk-funded"), so an
    untagged name there is read as no party either."""
    return {i for i in tokens if is_backer_modifier(doc[i:i + 1])}
