"""The subject before a naming aside the parser took for the main verb ("The Kingdom of Orm, sometimes
called the Orm Empire, was a kingdom … which existed from 331 BC"): the small model makes "called" the
root, with the name as its subject, and the copula a conjunct of it with no subject of its own, so
the relative clause on the predicate noun ("which existed") finds no one (issue "who did it": the
article's subject of a state-like verb, often in the title sentence).

Only a naming participle ("called", "known", "named", "styled", "termed") set off by a comma right
after a proper-noun subject; the copula must have no subject of its own.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import SUBJECTS

_NAMING = {"called", "known", "named", "styled", "termed", "nicknamed", "dubbed", "spelled", "spelt", "rendered"}


def subject_before_naming_aside(copula: Any) -> list[Any]:
    """[the name] the copula is said of when the parser hung both off a naming aside (see the module)."""
    if copula.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in copula.children):
        return []
    called = copula.head
    if called.lower_ not in _NAMING or called.i > copula.i:
        return []
    doc = called.doc
    names = [c for c in called.children if c.dep_ in SUBJECTS and c.pos_ == "PROPN" and c.i < called.i]
    if len(names) != 1:
        return []
    end = max(t.i for t in names[0].subtree if not t.is_punct)  # (the parser may hang the comma on the name)
    between = doc[end + 1:called.i]
    # ", sometimes called", ", also known": a comma, then adverbs only.
    if not len(between) or between[0].text != "," or any(t.pos_ != "ADV" for t in between[1:]):
        return []
    return names
