"""A ruler's name ending in the regnal numeral "I" whose entity stops before the numeral ("In 962, Otto I
became the first emperor", "The Frankish king Clovis I united most of Gaul"; issue 31, "who did it").

The parser takes "I" for the first-person pronoun and makes it the subject, and the entities stage keeps
only "Otto" (it joins a bare "I" only after a capitalised regnal title: :func:`pipeline.nlp.name_ends.
regnal_numeral_end`), so :mod:`pipeline.events.numeral_subjects` finds no name ending in the subject and
the row had no actor. Here the person's name right before the subject "I" is the actor, written with
the numeral ("Otto I"): never the bare given name, which would name no one.

Only a capitalised "I" subject right after a person's entity (or capitalised proper words no entity covers,
"the Frankish king Clovis I"), never opening its sentence, outside quotation (a quoted "I" is a speaker).
"""

from __future__ import annotations

from typing import Any

_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def regnal_actors(subjects: list, spans: Any) -> list[tuple[Any, str, str]]:
    """(entity, "actor", "<name> I") for each such subject (see the module); []."""
    out = []
    for head in subjects:
        if head.text != "I" or head.tag_ != "PRP" or head.i == head.sent.start:
            continue
        if any(t.text in _QUOTES for t in head.sent):
            continue
        # (the name may carry the numeral already: names.py reads "Otto" as the document's "Otto I")
        found = [(e, "actor", _base(name) + " I") for e, sp, name in spans.spans
                 if e.label == "PERSON" and sp.end == head.i and _base(name).split()[-1] == sp[-1].text]
        if not found and not any(sp.start <= head.i - 1 < sp.end for _, sp, _ in spans.spans):
            run = _untagged_name_before(head)  # "king Clovis I united": the model tagged no one
            found = [(None, "actor", run + " I")] if run else []
        out += found
    return out


def _base(name: str) -> str:
    return name[:-2] if name.endswith(" I") else name


def _untagged_name_before(head: Any) -> str | None:
    """The capitalised proper words no entity covers right before the subject "I" ("Clovis"), else None."""
    doc, start = head.doc, head.i
    while start - 1 >= head.sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and \
            doc[start - 1].tag_ in ("NNP", "NN") and not doc[start - 1].ent_type_:
        start -= 1
    if start == head.sent.start and doc[start].tag_ != "NNP":
        start += 1  # a capitalised common noun opening the sentence starts it, names no one ("Today I")
    return doc[start:head.i].text if start < head.i else None
