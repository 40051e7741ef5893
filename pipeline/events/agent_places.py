"""A passive's "by"-agent is who did it; where the agent did it is not (issue "who did it", history
leads; the sentences below are invented, of the measured shapes).

- "The first engine was built in 1960 by Cal Orme at Lusk Research Laboratories": the parser hangs
  "at …" on the agent's name, so the laboratories fell inside the agent's phrase and acted too. A name
  after "at"/"in" hung on the agent is where the agent was: a place the model calls a place stays a
  place, anything else (a laboratory, a university) is dropped (in doubt, no party).
- "The Vell Crusade was proclaimed by Pope Orm II at the Council of Lusk in November 1095": a
  gathering named "Council of Lusk" after "at" is where it was proclaimed, not a party; and the pope,
  whom the model labels a law or a work ("Pope Orm II" LAW), is the agent: a name by its shape (a
  regnal numeral, :func:`pipeline.events.life_ends.regnal_name`) acts, under its name without the
  title ("Orm II").
"""

from __future__ import annotations

from typing import Any

from pipeline.events.life_ends import regnal_name
from pipeline.events.tree import Role
from pipeline.lexicon.labels import PLACE_LABELS
from pipeline.lexicon.life_and_work import GATHERING_WORDS as _GATHERINGS
from pipeline.lexicon.person_titles import HONORIFICS, REGNAL_TITLES

_WHERE = {"at", "in"}
# Labels the model puts on a titled ruler's name that make no party of it ("Pope Orm II" LAW).
_MISLABELS = {"LAW", "WORK_OF_ART", "PRODUCT", "EVENT"}


def _agents(trigger: Any) -> list:
    return [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _where_of_agent(root: Any, agents: list) -> bool:
    """Whether a name is the object of "at"/"in" hung on a passive's agent ("by Orme at Lusk Laboratories")."""
    return root.dep_ == "pobj" and root.head.lower_ in _WHERE and root.head.head.i in {a.i for a in agents}


def _gathering_where(span: Any, trigger: Any) -> bool:
    """"at the Council of Lusk" on the trigger: a gathering the trigger happened at."""
    root = span.root
    words = [t.lower_ for t in span if not t.is_punct and t.lower_ != "the"]
    return root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.i == trigger.i and \
        len(words) >= 3 and words[0] in _GATHERINGS and words[1] == "of"


def _untitled(span: Any) -> str:
    words = [t for t in span if not t.is_punct]
    while len(words) > 2 and (words[0].lower_.rstrip(".") in HONORIFICS or words[0].lower_ in REGNAL_TITLES):
        words = words[1:]
    return span.doc[words[0].i:words[-1].i + 1].text


def agent_place_roles(trigger: Any, roles: list[Role], spans: list) -> list[Role]:
    """``roles`` with the places of a passive's agent taken out of the actors, a gathering it happened at
    out of the participants, and a titled ruler the model mislabelled as its agent (see the module)."""
    if trigger.pos_ != "VERB":
        return roles
    agents = _agents(trigger)
    spans_of = {id(e): (e, sp) for e, sp, _ in spans}
    out = []
    for e, role, name in roles:
        found = spans_of.get(id(e)) if e is not None else None
        if found is not None and role == "actor" and agents and _where_of_agent(found[1].root, agents):
            if e.label in PLACE_LABELS:
                out.append((e, "place", name))
            continue  # "by Cal Orme at Lusk Research Laboratories": where he built it
        if found is not None and role == "participant" and _gathering_where(found[1], trigger):
            continue
        out.append((e, role, name))
    have = {id(e) for e, _, _ in out if e is not None}
    heads = {a.i for a in agents}
    out += [(e, "actor", _untitled(sp)) for e, sp, _ in spans
            if id(e) not in have and e.label in _MISLABELS and sp.root.i in heads and regnal_name(sp)]
    return out
