"""A second doer the model left untagged beside a named person ("founded in 1336 by the brothers Hara I
and Bukka Orm": Bukka Orm too). A regnal numeral after the first name often breaks the parse (the
small model makes "I" a new root and the second name its conjunct), and the model tags only the
first name, so only one of the two founders acts (issue "who did it": co-agents).

Read off the surface words, as the parse is broken there: right after a person the model tagged in
the subject (or ``by``-agent) phrase, an optional regnal numeral, "and", then a run of capitalised
proper nouns (with an optional numeral) that ends the phrase (a comma, a full stop, a lower-case
word). The run must be untagged; a name the model tagged has its own role already.
"""

from __future__ import annotations

import re
from typing import Any

_NUMERAL = re.compile(r"^[IVX]{1,5}$")


def untagged_coagents(subjects: list, named: set[int]) -> list[str]:
    """The names as written of untagged persons coordinated after a named subject person (see the module)."""
    out = []
    heads = [*subjects, *(c for h in subjects if h.pos_ == "NOUN" for c in h.children if c.dep_ == "appos")]
    for head in heads:
        name = _next_name(head, named)
        if name and name not in out:
            out.append(name)
    return out


def _next_name(head: Any, named: set[int]) -> str | None:
    """The untagged name after "and" that follows the tagged person ``head`` heads, or None."""
    doc = head.doc
    person = head.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in head.children if c.dep_ == "compound")
    if head.pos_ != "PROPN" or not person or head.i not in named:
        return None
    i = head.i + 1
    while i < len(doc) and i in named:
        i += 1  # the rest of the tagged name
    if i < len(doc) and _NUMERAL.match(doc[i].text):
        i += 1  # "Hara I"
    if i >= len(doc) or doc[i].lower_ != "and":
        return None
    start = end = i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end not in named and \
            not _NUMERAL.match(doc[end].text):
        end += 1
    numbered = end < len(doc) and end > start and _NUMERAL.match(doc[end].text) is not None
    end += numbered
    if end == start or end - start > 4:
        return None
    if end < len(doc) and not (doc[end].is_punct or doc[end].text[:1].islower()):
        return None
    if end < len(doc) and doc[end].lower_ in ("of", "'s", "’s") and not numbered:
        return None  # "and Orm of Lusk", "and Orm's army": not plainly a second person ("Orm II of Lusk" is)
    return doc[start:end].text
