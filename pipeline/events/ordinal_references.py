"""Who "the latter" and "the former" stand for: the last or the first of the names the sentence (or
the one before) last coordinated ("comprised the lands of modern Orm and Lusk until the latter
achieved independence in 1828": Lusk). Issue "who did it": a subject the row did not find.

Only a coordination of proper nouns, each a name the model tagged as a party or left untagged (a
name it tagged as a date or a work of its own is skipped); the nearest such coordination before the
word decides, and only within its sentence and the one before. In doubt nothing.
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.events.tree import first_conjunct
from pipeline.lexicon.labels import ACTOR_LABELS

_PICK = {"latter": -1, "former": 0}


def ordinal_reference(token: Any, offset: int, entities: list, names: Callable[[Any], str]) -> list[str]:
    """[the name] ``token`` ("latter"/"former" after "the", of the chunk at clean ``offset``) stands for, or []."""
    pick = _PICK.get(token.lower_)
    doc = token.doc
    if pick is None or token.i == 0 or doc[token.i - 1].lower_ != "the":
        return []
    sent = token.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    # The nearest coordination of nouns before the word decides; it must be one of names.
    pairs = [t for t in doc[start:token.i] if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")
             and t.head.pos_ in ("PROPN", "NOUN")]
    if not pairs:
        return []
    first = first_conjunct(pairs[-1])
    members = [_named_member(m) for m in sorted([first, *first.conjuncts], key=lambda t: t.i)]
    if len(members) < 2 or any(m is None or m.i >= token.i for m in members):
        return []
    name = _name_of(members[pick], members, offset, entities, names)
    return [name] if name else []


def _named_member(member: Any) -> Any | None:
    """The name a member of the coordination is: itself, or the name in apposition to its noun ("his
    elder brother Ghiyath": Ghiyath); None for a noun with no name."""
    if member.pos_ == "PROPN":
        return member
    named = [c for c in member.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return named[0] if len(named) == 1 else None


def _name_of(member: Any, members: list, offset: int, entities: list, names: Callable[[Any], str]) -> str | None:
    """The document's name for one member of the coordination: the party entity covering it alone,
    else its own proper nouns as written (the model may tag "Orm and Lusk" as one name); None when
    the model tagged it as no party."""
    words = sorted([member, *(c for c in member.children if c.dep_ in ("compound", "flat"))], key=lambda t: t.i)
    if any(t.pos_ != "PROPN" for t in words) or words[-1].i - words[0].i + 1 != len(words):
        return None
    start, end = offset + words[0].idx, offset + member.idx + len(member.text)
    others = [offset + m.idx for m in members if m.i != member.i]
    for e in entities:
        if e.start <= start and end <= e.end:
            if any(e.start <= o < e.end for o in others):
                break  # one name over the whole coordination: read the member's own words
            return names(e) if e.label in ACTOR_LABELS else None
    return member.doc[words[0].i:member.i + 1].text
