"""The parties of a named agreement whose sentence names none ("The Moscow Peace Treaty was signed on March 12, 1940").

A history article often states the signing of an agreement in the passive,
with no agent: the parties are known from elsewhere. In order of trust:

1. ``gloss``: the mirror's snippet of the agreement's own article, printed after
   its link ("The Moscow Peace Treaty was signed by Finland and the Soviet Union
   …"), names the parties; we take the document's states named in it;
2. ``name``: the agreement's name says whose it is ("German–Soviet Commercial
   Agreement", "Anglo-Polish alliance" → the demonyms' states);
3. ``earlier-event``: the conflict the agreement settles, told earlier in the same
   section ("forces of the USSR … attacked Finland … the Winter War"): the actors
   and participants of the nearest earlier event of fighting.

The names go to the event's ``resolved`` list (they are inferred, not stated) and
the rule that gave them to ``resolved_from``.

:func:`parties_named_with` gives the parties an agreement "it" stands for was named with in its own
sentence ("Britain and France settled their disputes in the Entente Cordiale. It was signed …"),
which :mod:`pipeline.events.roles` reads (moved here from there).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.recent_mentions import Mention, last_group
from pipeline.events.demonyms import state_of_demonym
from pipeline.events.names import unique_names
from pipeline.lexicon.agreements import DOCUMENT_WORDS

# Verbs that make an agreement exist or take effect.
AGREEMENT_VERBS = {"sign", "conclude", "ratify", "agree", "make", "reach", "seal", "initial", "negotiate", "finalize",
                   "execute"}  # "the pact executed on 23 August": signed (an agreement theme only)
# Triggers of fighting: the happening a peace, armistice or treaty ends.
CONFLICT_TRIGGERS = {"attack", "invade", "fight", "war", "battle", "declare", "occupy", "bomb", "offensive", "invasion",
                     "attacked", "strike", "besiege", "siege", "campaign", "advance"}
_LOOK_BACK_CHARS = 6000
_DEMONYM_PART = re.compile(r"[A-Z][a-z]+")
_COMBINING = {"anglo": "United Kingdom", "franco": "France", "russo": "Russia", "sino": "China", "italo": "Italy",
              "austro": "Austria", "polono": "Poland", "germano": "Germany", "soviet": "Soviet Union",
              "nazi": "Germany"}  # a regime word stands for its state ("the Nazi-Soviet Pact"; issue 31)
COMBINING_FORMS = _COMBINING  # read by pipeline.events.joint_parties ("Anglo-", "Sino-" in a dashed pair)


def _is_agreement(theme: str | None) -> bool:
    return bool(theme) and any(w in DOCUMENT_WORDS for w in re.findall(r"[a-z]+", theme.lower()))


def _states_in(text: str, states: list[str]) -> list[str]:
    """The document's states named in ``text``, in order of appearance."""
    found = []
    for state in states:
        m = re.search(rf"(?<!\w){re.escape(state)}(?!\w)", text)
        if m:
            found.append((m.start(), state))
    return [state for _, state in sorted(found)]


def _states_of_name(name: str, states: list[str]) -> list[str]:
    """"German–Soviet Commercial Agreement" → Germany, Soviet Union; "Anglo-Polish" → United Kingdom, Poland."""
    found = []
    for part in _DEMONYM_PART.findall(name.split("(")[0]):
        state = _COMBINING.get(part.lower()) if part.lower() in _COMBINING else None
        if state is None and part.lower() not in DOCUMENT_WORDS and re.search(r"(?:an|ish|ese|ic|ian|i)$", part):
            state = state_of_demonym(part, states)
        if state and state not in found:
            found.append(state)
    return found


def agreement_parties(event, events: list, glosses: dict[str, str], states: list[str],
                      section_start: int) -> tuple[list[str], str] | None:
    """(parties, the rule that found them) for an agentless event making a named agreement, or None.

    ``glosses`` maps a link's anchor and target to its snippet; ``events`` are the document's
    events so far, in text order; ``section_start`` is the clean offset of the event's section."""
    if event.trigger not in AGREEMENT_VERBS or event.actors or event.participants or not _is_agreement(event.theme):
        return None
    gloss = glosses.get(event.theme)
    if gloss:
        parties = _states_in(gloss, states)
        if len(parties) >= 2:
            return parties[:4], "gloss"
    parties = _states_of_name(event.theme, states)
    if len(parties) >= 2:
        return parties, "name"
    earliest = max(section_start, event.sentence_start - _LOOK_BACK_CHARS)
    for earlier in reversed(events):
        if earlier.sentence_start >= event.sentence_start:
            continue
        if earlier.sentence_start < earliest:
            break
        if earlier.trigger in CONFLICT_TRIGGERS and earlier.actors and earlier.participants:
            sides = [p for p in earlier.actors + earlier.participants if p in states]
            if len(sides) >= 2:
                return sides, "earlier-event"
    return None


def parties_named_with(parsed: Any, char: int, mentions: list[Mention]) -> list[str]:
    """The parties named in the sentence (of this paragraph) at ``char``: the objects of
    ``between`` there ("ended hostilities between Russia and Germany"), else a pair named
    together ("Britain and France settled their disputes in the Entente Cordiale")."""
    token = parsed.char_span(char, char + 1, alignment_mode="expand")
    if token is None:
        return []
    sent = token.sent
    here = [m for m in mentions if sent.start <= m.span.start and m.span.end <= sent.end and not m.adjective]
    between = []
    for m in here:
        root = m.span.root
        while root.dep_ == "conj":
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "between":
            between.append(m.name)
    if len(set(between)) >= 2:
        return unique_names(between)
    return last_group(here, sent.end, size=2)
