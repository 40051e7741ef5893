"""Who "the country" stands for as a subject: the one state its own sentence named before it ("The
history of the Republic of Orm began when the country became independent in 1947": the Republic of
Orm). Issue "who did it": a description of the article's state the row left empty where the first
sentence defines no lead (a "history of" article opens with its story, not a definition).

Only the bare "the country" or "the nation" (no modifier: "the new country" may be another), only a
name that says a state (a country the country lists know, or one with a state's word in it: never a
city), and only where exactly one such state is named earlier in the sentence. In doubt, nothing.

Last fallback (:func:`title_state`): where the sentence names no state before it, the document's title
when the title itself names one state ("Republic of Orm": a country the lists know, or a state's word
in the title: "Republic", "Kingdom", "Empire"); a title naming no state ("Adana", "Barack Obama") gives
nothing, and a sentence naming a state of its own (or two) never falls back.
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
    found = {n for n in found if is_state_name(n)}
    if not found:
        return title_state(names)  # "The history of Orm began when the country became" in "Republic of Orm"
    return list(found) if len(found) == 1 else []


def title_state(names: Any) -> list[str]:
    """[the document's title] when it names a state (by the lists, or a state's own word in it), else []."""
    title = getattr(names, "title", "")  # (a plain callable in tests has no title: nothing)
    if not title or len(title) > 60 or not title[:1].isupper():
        return []
    written = title.replace(",", " ").split()
    if len(written) > 6 or any(not w[:1].isupper() and w not in ("of", "the", "and") for w in written):
        return []  # a headline ("Czech Republic joins the alliance") names no state as a whole
    words = {w.lower() for w in written}
    if country_name(title) is None and not words & (STATE_NAME_NOUNS | POLITY_HEADS - {"dynasty", "realm"}):
        return []
    by_text = getattr(names, "by_text", {})
    return [by_text.get(title, title)]


def is_state_name(name: str) -> bool:
    """A name that says a state: a country the country lists know, or one with a state's word in it."""
    return country_name(name) is not None or \
        any(w.lower() in POLITY_HEADS | REALM_NOUNS | STATE_NAME_NOUNS for w in name.split())
