"""A ruler joined by "and" to a named ruler whose name the model did not tag (issue 31, every named party
listed; the sentence is invented): "Orm IV and Vell II were defeated by Tarvia": the model tags "Orm IV" a
person but leaves "Vell II" untagged, so the second king took no role, and "respectively" had one party
for two dated rows.

A conjunct of a person's name that is a regnal numeral after capitalised proper words no entity covers
("Vell II") takes the same role as the person, written whole; never a bare numeral, never inside another
name.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.person_titles import REGNAL_NUMERAL


def regnal_conjuncts(roles: list, spans: list) -> list:
    """(None, role, "<Name> <numeral>") for each untagged ruler joined to a person holding a role."""
    covered = {t.i for _, sp, _ in spans for t in sp}
    roles_of = {id(e): role for e, role, _ in roles if e is not None and role in ("actor", "participant")}
    have = {name for _, _, name in roles}
    out = []
    for entity, span, _ in spans:
        role = roles_of.get(id(entity))
        if role is None or entity.label != "PERSON":
            continue
        for conjunct in span.root.conjuncts:
            if conjunct.i in covered or conjunct.i < span.root.i or not conjunct.text or not REGNAL_NUMERAL.match(conjunct.text):
                continue
            start = conjunct.i
            while start - 1 > span.end - 1 and conjunct.doc[start - 1].dep_ == "compound" and \
                    conjunct.doc[start - 1].tag_ == "NNP" and conjunct.doc[start - 1].text[:1].isupper() and \
                    conjunct.doc[start - 1].i not in covered:
                start -= 1
            name = conjunct.doc[start:conjunct.i + 1].text
            if start < conjunct.i and name not in have:
                out.append((None, role, name))
                have.add(name)
    return out
