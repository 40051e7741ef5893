"""A "when" clause after a date owns that date; a span it interrupts still runs to its second date (issue 33).

History leads name a span's ends by the happenings that made them: "the age lasted from 1588, when the
Republic was established, to 1672, when the Rampjaar occurred"; "it existed from 1799, when Orm captured
Lusk, to 1849, when it was defeated and annexed by Tarvia". Judges read each clause's happening as of
its own date (the establishing in 1588, not from 1588 on; the defeat and the annexation in 1849) and the
main verb as the whole span (1588–1672). The parser hangs each "when" clause on its date as a relative
clause, so the walk up from the date reaches the main verb, the clause's verb gets no row or the main
verb's open span, and the span stops at its first date.

* :func:`when_verbs`: the verbs of a "when" clause describing the date (and their conjuncts without a
  subject of their own: "was defeated and annexed"), each a row at the date;
* :func:`in_when_clause`: the row's word is in such a clause, so the date is its own, never a bound;
* :func:`closed_after_when`: "from 1588, when …, to 1672": the timex that closes the span past the clause.
"""

from __future__ import annotations

import re
from typing import Any

# The text between the first date and the second: the "when" clause (no other clause break) and the closing word.
_PAST_THE_CLAUSE = re.compile(r"\s*,\s*when\s[^;:()—–]*?,\s*(?:to|until|till)\s+(?:about\s+|around\s+|circa\s+|c\.\s*)?$")
# The date opens a span: "from 1588".
_FROM = re.compile(r"\b[Ff]rom\s+(?:about\s+|around\s+|circa\s+|c\.\s*)?$")


def _when_relatives(span: Any) -> list[Any]:
    """The verbs of "when" relative clauses the parser hangs on the date's head word, after the date."""
    doc = span.doc
    return [c for c in span.root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and c.i >= span.end
            and doc[c.left_edge.i].lower_ == "when" and c.left_edge.i >= span.end]


def when_verbs(span: Any) -> list[Any]:
    """The verbs a "when" clause after the date tells: "1849, when it was defeated and annexed by Tarvia"
    → defeated, annexed. A conjunct with its own subject is a clause of its own and is left out."""
    out = []
    for verb in _when_relatives(span):
        if verb.pos_ == "VERB":
            out.append(verb)
        out += [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]
    return out


def in_when_clause(span: Any, word: Any) -> bool:
    """Whether ``word`` is in a "when" clause describing the date: its date is its own, not a bound of it."""
    return any(word.i in {t.i for t in verb.subtree} for verb in _when_relatives(span))


def closed_after_when(text: str, date_at: int, date_stop: int, later: list) -> Any | None:
    """The timex that closes a "from" span past a "when" clause: "from 1588, when …, to 1672" → 1672; None
    when the date opens no span so written."""
    if _FROM.search(text, max(0, date_at - 20), date_at) is None:
        return None
    for timex in later:
        if timex.start <= date_stop:
            continue
        if timex.date_end is not None and timex.range_id is None and \
                _PAST_THE_CLAUSE.fullmatch(text, date_stop, timex.start) is not None:
            return timex
        return None
    return None
