"""A ruler whose life bounds a period is a party of that life's end (issue "who did it"; the sentences
below are invented): "The Vellic period covers the time between the death of Orm the Great in 323 BC and
the death of Lusk VII in 30 BC": each death's row has the dead ruler as its participant.

The model often labels such a name a work or an organisation ("Lusk VII" WORK_OF_ART), so the row
keeps it as its theme only; and the parser makes an epithet an apposition of the name ("Orm | the
Great"), which the date filter took for a description of a party, dropping the row. A name is read as a
person's here only where its shape says so: a regnal numeral after a capitalised name ("Lusk VII") or
an epithet ("Orm the Great"), the "of" object of a noun of a life's end or turning point.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.tree import Role, pobjs
from pipeline.lexicon.person_titles import REGNAL_NUMERAL

# Nouns of a life's end or turning point whose "of" object is the person it befell.
_LIFE_NOUNS = {"death", "deaths", "assassination", "execution", "murder", "funeral", "burial", "abdication",
               "accession", "coronation", "deposition", "overthrow", "birth", "reign", "succession"}
# Labels the model puts on a ruler's name that make no party of it.
_NOT_PARTY_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LANGUAGE"}


def is_epithet(token: Any) -> bool:
    """"Great" of "Orm the Great": a capitalised word right after "the" right after a proper name it
    hangs from; part of the name, not a description of it."""
    head = token.head
    return token.dep_ == "appos" and head.pos_ == "PROPN" and token.i == head.i + 2 and \
        token.doc[head.i + 1].lower_ == "the" and token.text[:1].isupper() and token.is_alpha


def regnal_name(span: Any) -> bool:
    """A person's name by its shape: a capitalised name and a regnal numeral ("Lusk VII"), or a name
    and an epithet ("Orm the Great")."""
    words = [t for t in span if not t.is_punct]
    if len(words) >= 2 and words[0].text[:1].isupper() and REGNAL_NUMERAL.match(words[-1].text) and words[-1].text:
        return True
    return len(words) == 3 and words[1].lower_ == "the" and all(w.text[:1].isupper() and w.is_alpha
                                                                for w in (words[0], words[2]))


def life_end_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with a ruler's name the "of" of a life's noun names as its participant, where the
    model's label made it no party (see the module)."""
    if trigger.lower_ not in _LIFE_NOUNS or trigger.pos_ != "NOUN":
        return roles
    heads = {o.i for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)}
    have = {name for _, _, name in roles}
    found = [(e, name) for e, sp, name in spans if e.label in _NOT_PARTY_LABELS and sp.root.i in heads
             and regnal_name(sp) and name not in have]
    return roles + [(e, "participant", name) for e, name in found]
