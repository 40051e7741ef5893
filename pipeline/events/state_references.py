"""Who "the country" stands for as a subject: the one state its own sentence named before it ("The
history of the Republic of Orm began when the country became independent in 1947": the Republic of
Orm). Issue "who did it": a description of the article's state the row left empty where the first
sentence defines no lead (a "history of" article opens with its story, not a definition).

Only the bare "the country" or "the nation" (no modifier: "the new country" may be another), only a
name that says a state (a country the country lists know, or one with a state's word in it: never a
city), and only where exactly one such state is named earlier in the sentence. In doubt, nothing.
"""

from __future__ import annotations

from typing import Any, Callable

from pipeline.lexicon.polities import POLITY_HEADS, REALM_NOUNS, STATE_NAME_NOUNS
from pipeline.stories.party_names import country_name

_STATE_NOUNS = {"country", "nation"}


def state_noun_reference(token: Any, offset: int, entities: list, names: Callable[[Any], str]) -> list[str]:
    """[the state] a bare "the country" subject (of the chunk at clean ``offset``) stands for, or []."""
    if token.lower_ not in _STATE_NOUNS or token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    kids = [c for c in token.children if c.dep_ not in ("punct",)]
    if [c.lower_ for c in kids] != ["the"]:
        return []
    sent = token.sent
    start, end = offset + token.doc[sent.start].idx, offset + token.idx
    found = {names(e) for e in entities if e.label == "GPE" and start <= e.start and e.end <= end}
    found = {n for n in found if _is_state_name(n)}
    return list(found) if len(found) == 1 else []


def _is_state_name(name: str) -> bool:
    """A name that says a state: a country the country lists know, or one with a state's word in it."""
    return country_name(name) is not None or \
        any(w.lower() in POLITY_HEADS | REALM_NOUNS | STATE_NAME_NOUNS for w in name.split())
