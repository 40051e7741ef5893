"""The other side of a meeting or a talk named by a name the model left untagged (issue 31, news rows
whose other side was missing): "Annan met with Orme in Vell", "talked with Kell on Monday".

A verb of meeting or talking takes its "with" object as the party met; a run of proper nouns there
that no entity covers is a person or a body (the same runs :func:`untagged_names` reads for an
untagged subject, with the same refusals: no venue, no event's name, no agreement's). Only "with":
"met in Vell" says where. A tagged name is read by the general rules already.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.non_party_names import untagged_no_party
from pipeline.events.tree import pobjs
from pipeline.events.party_phrases import phrase_tokens
from pipeline.events.untagged_names import untagged_names
from pipeline.lexicon.person_titles import HONORIFICS, OFFICE_QUALIFIERS

MEETING_WORDS = ("meet", "met", "talk", "discuss", "confer", "negotiat", "spoke", "speak", "consult")


def met_untagged(trigger: Any, spans: list) -> list[tuple[None, str, str]]:
    """(None, "participant", name) for each untagged name in the "with" object of the meeting or
    talking ``trigger``; ``spans`` are the sentence's (entity, span, name) triples."""
    if not trigger.lower_.startswith(MEETING_WORDS):
        return []
    heads = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" for g in pobjs(c)]
    if not heads:
        return []
    named = {t.i for _, sp, _ in spans for t in sp}
    doc, tokens = trigger.doc, phrase_tokens(heads)
    return [(None, "participant", _untitled(name)) for name in untagged_names(doc, tokens, named)
            if not untagged_no_party(doc, tokens, name, trigger) and _untitled(name)]


def _untitled(name: str) -> str:
    """The name without the office written before it ("Prime Minister Orme" -> "Orme"): the person,
    as the general rules name a tagged one."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS | OFFICE_QUALIFIERS:
        words = words[1:]
    return " ".join(words) if words[0].lower() not in HONORIFICS else ""
