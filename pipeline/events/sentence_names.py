"""A sentence's names as parse spans: which entities stand on their own, and the name each stands for.

"German Foreign Minister Walther Rathenau": a name modifying another is no name of its own; "Soviet
Russia": a nationality right before a state is one name with it; "German officers": a nationality used
as an adjective names no one. Computed once per sentence from the document's
:class:`pipeline.events.names.Names`. Split from :mod:`pipeline.events.names` (the document's names).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.events.names import Names


def _modified_name(span, named: dict[int, str], label: str) -> int | None:
    """The token of another name this entity span modifies ("German" in "German Foreign Minister
    Walther Rathenau"), or None when it stands on its own."""
    root = span.root
    if any(c.dep_ == "conj" and c.i >= span.end for c in root.children) and span.end < len(span.doc) and \
            span.doc[span.end].lower_ in ("and", "or", ","):
        return None  # "Aabenraa County and Sønderbor County merged": a conjunct the parser made a modifier
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i in named and \
            not span.start <= root.head.i < span.end:
        if label in ("GPE", "LOC") and named[root.head.i] == "PERSON" and root.head.dep_ == "pobj" and \
                root.head.head.lower_ in ("in", "at", "near"):
            return None  # "in Moscow Molotov and Ribbentrop signed": a place, then the subject the parser joined to it
        return root.head.i
    return None


@dataclass(slots=True)
class SentenceNames:
    """A sentence's entities as parse spans, each with the name it stands for; computed once per sentence."""

    spans: list   # (entity, span, name) of the entities that stand on their own


def sentence_names(entities: list, parsed, offset: int, names: Names) -> SentenceNames:
    spans = [(e, parsed.char_span(e.start - offset, e.end - offset, alignment_mode="expand")) for e in entities]
    # A unit's number alone the document names no unit by ("the 139th was formed") is a fragment: no name.
    spans = [(e, sp) for e, sp in spans if sp is not None and id(e) not in names.fragments]
    named = {t.i: e.label for e, sp in spans for t in sp}
    # "German Foreign Minister Walther Rathenau": a name modifying another is no name of its own.
    modifying = [_modified_name(sp, named, e.label) for e, sp in spans]
    modifiers = {head: (e, sp) for (e, sp), head in zip(spans, modifying) if head is not None}
    out = []
    for (e, sp), head in zip(spans, modifying):
        if head is not None:
            continue
        modifier = modifiers.get(sp.root.i)
        joined = f"{modifier[0].text} {names.clean(e.text)}" if modifier else None
        # A nationality right before a state names a regime or a part of it ("Soviet Russia",
        # "French Indochina"): one name, as the document knows "Nazi Germany" to be.
        regime = modifier is not None and modifier[0].label == "NORP" and e.label == "GPE" and \
            len(modifier[1]) == 1 and modifier[1].end == sp.start
        known = joined is not None and names.clean(joined) in names.by_text
        out.append((e, sp, names(e, joined) if known or regime else names(e)))
    return SentenceNames(out)


def is_adjective(entity: Any, span: Any) -> bool:
    """A nationality used as an adjective ("German officers", "the Soviet side") names no one;
    a demonym used as a noun ("the Germans") does."""
    root = span.root
    return entity.label == "NORP" and (root.pos_ == "ADJ" or root.dep_ in ("amod", "compound", "nmod", "npadvmod"))
