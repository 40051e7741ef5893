"""A subject the parser swallowed into a fronted date phrase (issue 31, "who did it"): with no comma after
"In 700 BC" the parser reads "BC" as a name and hangs what follows on the date ("In 700 BC the Tarvians
and the Lusks founded colonies": "Tarvians" a ``dep`` of "In"), so the verb had no subject at all.

Only for a verb with no subject of its own; only a fronted phrase whose object is a date (a number, an
era word, a date entity) and whose words run right up to the verb; only a noun phrase hung on that
phrase as a ``dep``, ``appos`` or ``npadvmod`` whose head is a proper noun or a capitalised plural.
:func:`pipeline.events.subjects.fronted_names` reads the case where the name is the phrase's own object.
"""

from __future__ import annotations

from typing import Any

_ERA_WORDS = {"bc", "bce", "ad", "ce", "b.c.", "a.d."}
_DATE_LABELS = {"DATE", "CARDINAL", "TIME"}


def swallowed_subject(verb: Any) -> list[Any]:
    """The head of the noun phrase a fronted date phrase swallowed before ``verb`` (see the module); []."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        last = max(t.i for t in prep.subtree)
        if last + 1 != verb.i and not (last + 2 == verb.i and verb.doc[last + 1].pos_ == "ADV"):
            continue
        if not any(c.dep_ == "pobj" and _is_date(c) for c in prep.children):
            continue
        for holder in [prep] + [c for c in prep.children if c.dep_ == "pobj"]:
            for c in holder.children:
                if c.dep_ in ("dep", "appos", "npadvmod") and c.i > holder.i and _is_name_head(c) and \
                        max(t.i for t in c.subtree) == last:
                    return [c]
    return []


def _is_date(token: Any) -> bool:
    """A date phrase's object: a year, an era word, or a word of the model's date or number."""
    return token.lower_ in _ERA_WORDS or token.like_num or token.ent_type_ in _DATE_LABELS


def _is_name_head(token: Any) -> bool:
    """A proper noun, or a capitalised plural (a people: "the Tarvians")."""
    return token.text[:1].isupper() and (token.pos_ == "PROPN" or token.tag_ in ("NNPS", "NNS")) and \
        token.ent_type_ not in _DATE_LABELS
