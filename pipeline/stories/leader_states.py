"""A head of state's act of war is his state's: "U.S. President Bill Clinton ... ordered the strikes"
and "U.S. forces launched cruise missile strikes" tell one happening, the president's deed in one
report and the state's in another (AQUAINT, issue 32).

For the stories merge only (the events row keeps the person), a mention of an act of war or harm done
by force (an invasion, a bombing, a strike, a raid, an occupation, an annexation) whose person actor
its document names right after a state's name and a ruler's title ("U.S. President Bill Clinton",
"Tarvian Prime Minister Jan Orme") counts that state as an actor too. Precision: only where the
document itself ties that person to that state by such a title (not a party leader, a minister or a
general: they act for a party, a ministry or a force), and only for those kinds: a head of state
signs, meets, says and travels as himself too, and the state did not.
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.lexicon.news_agents import RULER_WORDS
from pipeline.stories.party_names import country_name
from pipeline.stories.triggers import trigger_kinds

# The title words that name one who heads a state; "Prime Minister" as a whole ("Foreign Minister" does not).
_HEADS = sorted(w.capitalize() for w in RULER_WORDS - {"leader", "prime", "minister", "strongman", "dictator", "ruler"})
_TITLE = r"(?:Prime\s+Minister|" + "|".join(_HEADS) + r")"
_NAME_WORD = r"[A-Z][\w.'’-]*"
# "<country> <title> <name>": up to three words before the title, the country among them ("U.S.",
# "United States"; an adjective, "Tarvian", counts when country_name reads it as the state).
_TIED = re.compile(r"((?:" + _NAME_WORD + r"\s+){1,3})" + _TITLE + r"\s+((?:" + _NAME_WORD + r"\s*){1,4})")
_WAR_KINDS = frozenset().union(*(trigger_kinds(w) for w in ("invade", "bomb", "strike", "raid", "occupy", "annex")))


def ruled_states(sentences: list[str | None], canonical: Callable[[str], str],
                 is_state: Callable[[str], bool]) -> dict[str, str]:
    """The state each person heads by the title a document's sentences write before the name, keyed by
    the person's surname (the last word of the name); a surname tied to two states is left out."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        for m in _TIED.finditer(sentence or ""):
            words = m.group(1).split()
            state = None
            for cut in range(len(words)):  # longest first: "On Thursday U.S." drops "On Thursday"
                name = country_name(" ".join(words[cut:]))
                if name is not None and is_state(canonical(name)):
                    state = canonical(name)
                    break
            if state is None:
                continue
            surname = m.group(2).split()[-1].strip(".,'’")
            found.setdefault(surname, set()).add(state)
    return {s: next(iter(states)) for s, states in found.items() if len(states) == 1}


def lend_ruled_states(mentions: list, sentence_of: dict[str, str | None], canonical: Callable[[str], str],
                      is_state: Callable[[str], bool]) -> None:
    """Add to each act of war by a person its document ties to a state (``ruled_states``) that state as an
    actor (and a state of the mention)."""
    by_doc: dict[str, list] = {}
    for m in mentions:
        by_doc.setdefault(m.doc_id, []).append(m)
    for doc, group in by_doc.items():
        if not any(m.kinds & _WAR_KINDS and m.person_actors for m in group):
            continue
        heads = ruled_states(list(dict.fromkeys(sentence_of.get(m.key) for m in group)), canonical, is_state)
        for m in group:
            if not m.kinds & _WAR_KINDS:
                continue
            for person in list(m.person_actors):
                state = heads.get(person.split()[-1])
                if state and state not in m.actors and state not in m.participants:
                    m.actors.append(state)
                    m.states.add(state)
