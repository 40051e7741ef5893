"""Which written date a news report's undated happening word takes from the clause it is told in (issue 33).

A report's past happening with no date of its own is dated by the report's weeks
(pipeline.events.document_dated), unless its clause ties it to a date the sentence writes: a describing
clause that writes its own date ("Orme, who went into hiding after the July 1997 coup, ..."), a clause
telling what a dated happening did ("the March 1996 bombing that killed a guard"), a noun told in a dated
happening ("murder in the 1995 shooting"), or a "when" clause describing a date ("early December, when
thousands rallied"). The report's weeks would be wrong by months or years there. And a date the parser hangs
on a verb after "pending" and a happening noun is that noun's (:func:`waited_for`).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from pipeline.core.records import Event
from pipeline.events.backstory import describing_clause
from pipeline.events.happening_words import names_a_happening
from pipeline.timex.values import granularity


def told_of_a_dated_noun(tok: Any, offset: int, own_date: dict[int, Event]) -> Event | None:
    """The row of a dated happening noun that a word tells more of: a clause describing it ("the January 1998
    bombing that killed an officer and maimed a nurse": the maiming is the bombing's) or the happening a noun
    is told in ("attempted murder in the 1995 shooting"); else None."""
    clause = describing_clause(tok)
    if clause is not None:
        noun = clause.head
        # "the bombing of a clinic that killed a guard": the parser often hangs the clause on the nearer noun
        if offset + noun.idx not in own_date and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        if offset + noun.idx in own_date:
            return own_date[offset + noun.idx]
    if tok.pos_ == "NOUN":
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
                for o in prep.children:
                    if o.dep_ == "pobj" and offset + o.idx in own_date:
                        return own_date[offset + o.idx]
    return None


def told_in_a_when_clause(tok: Any, offset: int, timexes: list) -> Any | None:
    """The days of the date a "when" clause describes ("the rallies of early December, when thousands
    marched"): the clause tells that date's happening; else None."""
    clause = describing_clause(tok)
    if clause is None or not any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children):
        return None
    at = offset + clause.head.idx
    for i, t in enumerate(timexes):
        if t.start <= at < t.end and isinstance(t.date_start, date) and isinstance(t.date_end, date):
            # The date's own days, not its row's: "has cared for him since September, when he was found" (the
            # finding is of September; the caring's row stretches to the report).
            return SimpleNamespace(timex_index=i, date_text=t.text, date_start=t.date_start, date_end=t.date_end,
                                   granularity=granularity(t.value))
    return None


def in_a_dated_clause(tok: Any, offset: int, own_clauses: set[int]) -> bool:
    """Whether a happening word sits in a describing clause that writes its own date, or is the noun such a
    clause describes ("the war, which began Jan. 17, ..."): that clause dates it, never the report's weeks."""
    clause = describing_clause(tok)
    if clause is not None and offset + clause.idx in own_clauses:
        return True
    return any(c.dep_ in ("relcl", "acl") and offset + c.idx in own_clauses for c in tok.children)


# Words that tie a state to a happening it waits for: "kept his party out pending meetings with Lusk".
_WAITING = {"pending", "awaiting"}


def waited_for(trigger: Any, span: Any) -> Any | None:
    """The happening noun a date belongs to when the verb waits for it and the parser hung the date on the
    verb: "kept his party out pending meetings with Lusk 10 days ago and Vell last week" (the meetings
    were then; the keeping lasts until them, as "until his death in 1961" does). None otherwise: no
    "pending" between the verb and the date, a verb between them, or no happening noun."""
    if trigger.pos_ != "VERB" or span.start <= trigger.i:
        return None
    doc = span.doc
    for tok in doc[trigger.i + 1:span.start]:
        if tok.lower_ not in _WAITING:
            continue
        noun = tok.head if tok.dep_ == "amod" else next((c for c in tok.children if c.dep_ in ("pobj", "dobj")), None)
        if noun is None or noun.pos_ != "NOUN" or not names_a_happening(noun) or not tok.i < noun.i < span.start:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1:span.start]):
            return None  # "pending talks, officials said Friday": the date is another clause's
        return noun
    return None
