"""A family or a set of kin named by its surname acts or takes part as one party (issue 31, news rows
that left the actor out): "the Orme family sold its stake", "the Kell brothers bought Vell Inc.",
"sold the unit to the Tarsk family".

The party is the kin as written ("Orme family", "Kell brothers"), not the surname alone: "Orme"
alone would read as one person, and the model often leaves the surname untagged or tags it as a
person the rules then drop as a mere modifier. Only a capitalised surname compounded on a kin noun
counts ("the family" alone is read by the description rules, "a farming family" is no name).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import pobjs

KIN_NOUNS = frozenset({"family", "families", "brothers", "sisters", "clan", "heirs", "siblings"})


def family_name(head: Any) -> str | None:
    """"Orme family" for a head noun of kin with a capitalised surname compounded on it, else None."""
    if head.lower_ not in KIN_NOUNS or head.pos_ != "NOUN":
        return None
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    if not names:
        return None
    first = min(t.i for n in names for t in n.subtree)
    return head.doc[first:head.i + 1].text


def family_roles(trigger: Any, subjects: list) -> list[tuple[None, str, str]]:
    """(None, role, name) for each named kin among the subjects of ``trigger`` (actors) and its
    objects and "with", "to", "from" objects (participants)."""
    out = []
    for head in subjects:
        name = family_name(head) if head.dep_ != "nsubjpass" else None
        if name is not None:
            out.append((None, "actor", name))
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in trigger.children if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to", "from")
                for g in pobjs(c)]
    for head in objects + [h for h in subjects if h.dep_ == "nsubjpass"]:
        name = family_name(head)
        if name is not None:
            out.append((None, "participant", name))
    return out


def is_family_surname(span: Any) -> bool:
    """Whether a name is the surname compounded on a kin noun ("Gonzalez" of "the Gonzalez family"): the kin
    is the party (:func:`family_name`), never the one person the document names with that surname."""
    root = span.root
    return root.dep_ == "compound" and root.head.lower_ in KIN_NOUNS and root.head.pos_ == "NOUN" and \
        span.end == root.head.i
