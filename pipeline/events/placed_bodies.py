"""A name after "in" inside a party's phrase: the place's own body, or only where (issue "who did it", part 1).

- "police in the Vell archipelago raided two homes", "authorities in Lusk arrested him": a body of order
  with no name of its own, placed "in" a town or a region, is that place's police or authorities, so the
  place acts (a user finds the raid under Vell). Only the subject's head noun itself being such a body
  (:data:`pipeline.lexicon.nominal_roles.ORDER_BODY_NOUNS`, and "authorities"), and only a place name.
- "the head of the Tarvian Bureau investigation in Lusk resigned": a name the model tagged as a person
  after "in" or "at" hung on a common noun is where that thing was (a person is not "in" an
  investigation's place), never a party.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.nominal_roles import ORDER_BODY_NOUNS
from pipeline.lexicon.person_titles import HONORIFICS
from pipeline.lexicon.type_nouns import PERSON_NOUNS

_BODIES = ORDER_BODY_NOUNS | {"authorities", "prosecutors"}
_PLACES = frozenset({"GPE", "LOC"})
_LOCATIVE = frozenset({"in", "at"})
_PERSON_NOUNS = PERSON_NOUNS | HONORIFICS


def _located_on(span: Any) -> Any | None:
    """The noun a name is placed on by "in"/"at" ("police" of "police in Vell"), or None."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE or root.head.dep_ != "prep":
        return None
    return root.head.head


def is_person_as_place(label: str, span: Any) -> bool:
    """Whether a name tagged as a person is the "in"/"at" object of a common noun: a place, no party."""
    # One word only, on no noun of a person: "the envoy in Lusk David Vell" is the parser losing a name's
    # apposition to the post (pipeline.events.posted_names), not a person placed somewhere.
    noun = _located_on(span) if label == "PERSON" and len(span) == 1 else None
    return noun is not None and noun.pos_ == "NOUN" and noun.tag_ in ("NN", "NNS") and \
        noun.lower_ not in _PERSON_NOUNS


def is_place_body(label: str, span: Any, subjects: list) -> bool:
    """Whether a place name is where the subject's body of order is ("police in Vell raided"): the place acts."""
    noun = _located_on(span) if label in _PLACES else None
    return noun is not None and noun.lower_ in _BODIES and any(s.i == noun.i for s in subjects) and \
        not any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ for c in noun.children)
