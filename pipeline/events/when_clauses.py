"""A "when" clause after a date owns that date; a span it interrupts still runs to its second date (issue 33).

History leads name a span's ends by the happenings that made them: "the age lasted from 1588, when the
Republic was established, to 1672, when the Rampjaar occurred"; "it existed from 1799, when Orm captured
Lusk, to 1849, when it was defeated and annexed by Tarvia". Judges read each clause's happening as of
its own date (the establishing in 1588, not from 1588 on; the defeat and the annexation in 1849) and the
main verb as the whole span (1588–1672). The parser hangs each "when" clause on its date as a relative
clause, so the walk up from the date reaches the main verb, the clause's verb gets no row or the main
verb's open span, and the span stops at its first date.

* :func:`when_verbs`: the verbs of a "when" clause describing the date (and their conjuncts without a
  subject of their own: "was defeated and annexed"), each a row at the date, the date's own days even after
  "since" or "until" ("until 1485, when Richard III died"); a state, a denial or a plan is none
  (:func:`pipeline.events.dated_nouns.told_when`);
* :func:`in_when_clause`: the row's word is in such a clause, so the date is its own, never a bound;
* :func:`closed_after_when`: "from 1588, when …, to 1672": the timex that closes the span past the clause;
* :func:`in_another_when_clause`: a word in the "when" clause of another date is never this date's.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.dated_nouns import told_when

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
    → defeated, annexed. A conjunct with its own subject is a clause of its own and is left out. None after
    a range: "dated between 1870 and 1914 when World War I commenced" tells of its last year only, "between
    1933 and 1945, when the party controlled the country" of the whole span; the words do not tell which."""
    if len(span) > 1 and any(t.text in ("and", "to", "until", "–", "—", "-") for t in span) or \
            any(ch in span.text for ch in "–—"):
        return []
    out = []
    for verb in _when_relatives(span):
        if verb.pos_ == "VERB" and told_when(verb, own_dates=False) and not _own_date(verb):
            out.append(verb)
        out += [c for c in verb.conjuncts if c.i > verb.i and told_when(c, own_dates=False) and not _own_date(c)
                and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]
    return out


# Links below which a date is another word's: "Henry, who converted in 1593, was proclaimed", "a 35-year-old officer".
_NESTED = {"relcl", "acl", "appos", "amod", "compound", "nummod"}


def _own_date(verb: Any) -> bool:
    """Whether the clause's verb writes a date of its own ("when Tarvia surrendered in 1946"): a date word with
    a digit, not inside a clause or an age describing one of its nouns ("in the years following his death"
    is the clause's time at the described date, not another)."""
    nested = {t.i for c in verb.subtree if c.i != verb.i and c.dep_ in _NESTED for t in c.subtree}
    return any(t.ent_type_ in ("DATE", "TIME") and any(ch.isdigit() for ch in t.text) and t.i not in nested
               for t in verb.subtree)


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


def in_another_when_clause(word: Any, span: Any) -> bool:
    """Whether ``word`` sits in a "when" clause that describes another date of the sentence ("from 1799, when
    Orm captured Lusk, to 1849": the capture is 1799's, whatever date the parse hands it)."""
    for tok in (word, *word.ancestors):
        if tok.dep_ == "relcl" and tok.doc[tok.left_edge.i].lower_ == "when" and \
                (tok.head.ent_type_ in ("DATE", "TIME") or tok.head.like_num):
            # (a date inside the clause is its own: "ended in 1945, when Tarvia surrendered in 1946")
            return not span.start <= tok.head.i < span.end and span.root.i not in {t.i for t in tok.subtree}
    return False
