"""Who "the Tarvian leader" is: the one person the document names as the ruler of that state (issue 31,
news rows whose actor was left empty: "Iraqi President Saddam Hussein rejected the demand. … The Iraqi
leader announced yesterday that he will withdraw": Saddam Hussein).

News names a head of state once with the state on his title ("Iraqi President Saddam Hussein",
"President Fidel Orm of Tarvia", "Iraq's Saddam Hussein", "Fidel Orm, the Tarvian leader", "the
Yugoslav leader, Slobodan Milosevic") and then calls him by a ruler's noun and the state's people
word ("the Iraqi leader", "the Tarvian president", "the Iraqi strongman"). Which ruler's word is used
varies, so the title need not be the same noun (:mod:`pipeline.events.descriptions` wants the same
noun, which serves "the general" but not "the leader" of a "President").

Precision first: only a singular ruler's noun under "the" with one people's or state's word right
before it and nothing else that could make it another one ("the leader of Hamas", "a Tarvian leader",
"the former Tarvian leader", "the Tarvian opposition leader" are not read); only a person the document names before it, with that same state on a ruler's title
or on no title at all ("Iraq's Saddam Hussein"); a person whose title there holds any other word
("Iraqi Foreign Minister Tariq Aziz", "Vice President") is no candidate, nor is one the document
names as the ruler of two states (two namesakes folded into one name). Exactly one such person in
the document, else nothing.
"""

from __future__ import annotations

import bisect
from typing import Any

from pipeline.events.demonyms import state_of_demonym
from pipeline.lexicon.news_agents import RULER_WORDS
from pipeline.stories.party_names import country_name

# Of the ruler's words, the ones that are one alone ("minister" is one only after "prime").
_HEAD_WORDS = RULER_WORDS - {"prime", "minister"}
# Words of a title before a name that may sit beside a ruler's word without making it another office.
_TITLE_FILLERS = frozenset({"the", "'s", "’s", "'", "-"})
_STATE_LABELS = ("NORP", "GPE")
# How many tokens before a name a title and its state may run ("Cuban President Fidel Castro").
_REACH = 4


def state_of_people_word(text: str, states: list[str]) -> str | None:
    """The state a people's or state's word names ("Iraqi", "Tanzanian", "U.S."), by its usual
    short name: the country list, its people's plural ("American" → "Americans"), or the document's
    ``states`` by demonym; else None."""
    return country_name(text) or country_name(text + "s") or state_of_demonym(text, states)


def _state(text: str, label: str, states: list[str]) -> str:
    """The state a people's word or a place's name on a title names ("Iraqi", "Iraq", "U.S."), by its
    usual short name."""
    text = text.strip()
    if label == "GPE":
        return country_name(text) or text
    # (a people's word no list knows stands for itself, the same on the title and on the description)
    return state_of_people_word(text, states) or text


def _ruler_title(words: list[str]) -> bool:
    """Whether title words are a ruler's alone, or none ("Iraq's Saddam Hussein")."""
    if any(w not in RULER_WORDS for w in words):
        return False
    return "minister" not in words or "prime" in words


class RulerDescriptions:
    """The persons a document names with a state on a ruler's title (or on no title), for looking up
    "the <people's word> <ruler's noun>"."""

    def __init__(self, chunks: list, entities: list, names: Any, states: list[str]) -> None:
        self.states = states
        self.chunk_starts = [offset for offset, _ in chunks]
        self.chunks = chunks
        self.offsets = {id(parsed): offset for offset, parsed in chunks}
        # (start char, person's name, state) of every mention of a person with a state on a ruler's title
        self.rulers: list[tuple[int, str, str]] = []
        spans = sorted((e.start, e.end, e.label) for e in entities)
        self.spans = spans
        for e in entities:
            if e.label != "PERSON":
                continue
            found = self._span(e.start, e.end)
            if found is None:
                continue
            parsed, span = found
            for state in self._states_on_title(parsed, span):
                self.rulers.append((e.start, names(e), state))
        self.rulers.sort()

    def _span(self, start: int, end: int) -> tuple[Any, Any] | None:
        k = bisect.bisect_right(self.chunk_starts, start) - 1
        if k < 0:
            return None
        offset, parsed = self.chunks[k]
        span = parsed.char_span(start - offset, end - offset, alignment_mode="expand")
        return (parsed, span) if span is not None and len(span) else None

    def _entity_at(self, parsed: Any, token: Any) -> tuple[str, str] | None:
        """(text, label) of the people's or place's name holding ``token``, or None."""
        offset = self.offsets[id(parsed)]
        char = offset + token.idx
        i = bisect.bisect_right(self.spans, (char, float("inf"), "")) - 1
        if i >= 0:
            start, end, label = self.spans[i]
            text = parsed.text[start - offset:end - offset]
            if start <= char < end and (label in _STATE_LABELS or text in self.states):
                # (a rare realm's name the model tagged otherwise is a state where its people are named too)
                return text, "GPE" if label != "NORP" else label
        return None

    def _title_states(self, parsed: Any, tokens: list) -> set[str]:
        """The states named in title words ``tokens``, where every other word is a ruler's (or there is
        none); else no state."""
        states, words = set(), []
        for t in tokens:
            ent = self._entity_at(parsed, t)
            if ent is not None:
                state = _state(ent[0], ent[1], self.states)
                if state is None:
                    return set()
                states.add(state)
            elif t.lower_ not in _TITLE_FILLERS:
                words.append(t.lower_)
        return states if _ruler_title(words) else set()

    def _states_on_title(self, parsed: Any, span: Any) -> set[str]:
        """States on the titles of one mention: before the name ("Iraqi President", "Iraq's"), "of" a
        place after it ("of Tarvia"), or a comma apposition after or before it ("Fidel Orm, the
        Tarvian leader," / "the Yugoslav leader, Slobodan Milosevic")."""
        out: set[str] = set()
        i = span.start - 1
        before = []
        while i >= 0 and span.start - i <= _REACH and parsed[i].sent == span.sent and \
                (parsed[i].text[:1].isupper() or parsed[i].text in ("'s", "’s") or parsed[i].lower_ in RULER_WORDS):
            # ("Cuban leader Fidel Castro", "Iraqi President Saddam Hussein", "Iraq's Saddam Hussein")
            before.insert(0, parsed[i])
            i -= 1
        if before:
            out |= self._title_states(parsed, before)
        n = len(parsed)
        if span.end + 1 < n and parsed[span.end].lower_ == "of":
            nxt = parsed[span.end + 1]
            ent = self._entity_at(parsed, nxt)
            after = parsed[span.end + 2] if span.end + 2 < n else None
            if ent is not None and ent[1] == "GPE" and (after is None or not after.is_alpha or after.dep_ != "compound"):
                state = _state(ent[0], ent[1], self.states)
                if state and _ruler_title([t.lower_ for t in before if self._entity_at(parsed, t) is None]):
                    out.add(state)
        for lo, hi in ((span.end, None), (None, span.start)):
            words = self._apposition(parsed, lo, hi)
            if words:
                out |= self._title_states(parsed, words)
        return out

    @staticmethod
    def _apposition(parsed: Any, after: int | None, before: int | None) -> list:
        """The words of "the <state> <ruler>" in a comma apposition right after token ``after`` or
        right before token ``before`` (empty where the words are no such description)."""
        n = len(parsed)
        if after is not None:
            if after >= n or parsed[after].text != "," or after + 1 >= n or parsed[after + 1].lower_ != "the":
                return []
            j = after + 2
            words = []
            while j < n and parsed[j].is_alpha and len(words) < 4:
                words.append(parsed[j])
                j += 1
            if not words or words[-1].lower_ not in _HEAD_WORDS or (j < n and parsed[j].text not in (",", ".", ";")):
                return []
            return words
        if before is None or before < 3 or parsed[before - 1].text != ",":
            return []
        j = before - 2
        words = []
        while j >= 0 and parsed[j].is_alpha and parsed[j].lower_ != "the" and len(words) < 4:
            words.insert(0, parsed[j])
            j -= 1
        if j < 0 or parsed[j].lower_ != "the" or not words or words[-1].lower_ not in _HEAD_WORDS:
            return []
        return words

    def resolve(self, token: Any, offset: int) -> list[str]:
        """The one person "the <people's word> <ruler's noun>" at ``token`` (of the chunk at clean
        ``offset``) stands for, or nothing."""
        if token.lower_ not in _HEAD_WORDS or token.tag_ != "NN" or not self.rulers:
            return []
        state = None
        has_the = False
        for c in token.children:
            if c.dep_ == "det" and c.lower_ == "the":
                has_the = True
            elif c.dep_ in ("amod", "compound", "nmod") and state is None:
                ent = self._entity_at(c.doc, c) if id(c.doc) in self.offsets else None
                if ent is None or c.i + 1 != token.i:
                    return []  # "the opposition leader", "the Tarvian opposition leader": another one
                state = _state(ent[0], ent[1], self.states)
            elif c.dep_ == "prep" and c.lower_ == "of":
                return []  # "the leader of Hamas"
            elif c.dep_ in ("poss", "nummod", "amod", "compound", "nmod", "det"):
                return []  # "his leader", "two leaders", "a former leader"
        if not has_the or state is None:
            return []
        char = offset + token.idx
        # A name on the titles of two states is two namesakes the document's names folded into one
        # ("King Hussein of Jordan" taken for the "Saddam Hussein" named in full): no one for sure.
        torn = {name for _, name, s in self.rulers if s != state}
        fits = {name for start, name, s in self.rulers if s == state and start < char} - torn
        return list(fits) if len(fits) == 1 else []
