""""The country" in an article titled "History of X" is X (issue 31, "who did it"): "The history of Tarvia
began when the country became an independent state on 15 August 1947" (title "History of Tarvia"): the
row had no actor, as the article's lead is its history, not a party.

Only "the country" or "the nation" with nothing but "the" before it, as a subject, only where the
document writes X as a state's name (a GPE entity), and only where every state named before it in its
sentence is X itself ("the history of independent Tarvia … began when the country became": X; "after
Lusk invaded, the country …": another state in view, nothing).
"""

from __future__ import annotations

import re
from typing import Any

_TITLE = re.compile(r"^History of (?:the )?(?P<x>[^()]+?)\s*(?:\(.*\))?$")
_WORDS = {"country", "nation"}


def title_state(token: Any, title: str | None, states: list[str], by_text: dict[str, str]) -> str | None:
    """X for "the country" (see the module), else None."""
    if token.lower_ not in _WORDS or token.dep_ not in ("nsubj", "nsubjpass") or \
            [c.lower_ for c in token.children] != ["the"]:
        return None
    m = _TITLE.match((title or "").strip())
    if m is None:
        return None
    name = by_text.get(m.group("x"), m.group("x"))
    if name not in states:
        return None
    before = [t for t in token.doc[token.sent.start:token.i] if t.ent_type_ in ("GPE", "ORG") and t.ent_iob_ == "B"]
    if any(by_text.get(t.text, t.text) != name and name not in _entity_text(t) for t in before):
        return None
    return name


def _entity_text(token: Any) -> str:
    """The model's whole entity starting at ``token`` ("Republic of India")."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return token.doc[token.i:end].text
