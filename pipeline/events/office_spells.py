"""A copula with an office and a "from" date is a spell begun: a reign or a spell of service (issue 33).

"He was elected King of Germany in 1410, and was also King of Bohemia from 1419": the 1419 row is his
reign in Bohemia from that year, not the election (the walk up the parse used to hand the conjoined
copula's date to "elected"). "X was president of Tarvia from 1962 until his assassination in 1979":
a spell of service from 1962, closed by the assassination's date (pipeline.events.date_bounds). A copula
otherwise tells a state and names no happening (pipeline.events.filters); only a title of the lexicon
(REIGNING_TITLES, SERVING_OFFICES) with a date after "from" counts: "was king in 1419" (a state at a
date) and "was a member of the senate from 1830" (a seat, no office) stay no rows.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.telling import REIGNING_TITLES, SERVING_OFFICES

_BE_FORMS = {"was", "were", "is", "are", "been", "be", "being"}
# What closes a spell right after its "from" date: "from 418 to 451", "from 1580 until his death", "1530–1550".
# Narrower than pipeline.events.date_bounds._CLOSED on purpose: there "and"/"or" may join a second date, here
# "from 1580, and King of Naples …" goes on to another title and leaves the first spell open.
_CLOSED = re.compile(r"\s*,?\s*(?:to|until|till|through|thru)\b|\s*[–—-]")
_RANGE = re.compile(r"\d\s*(?:[–—-]|\bto\b|\buntil\b)\s*\d")


def office_spell(verb: Any, span: Any) -> str | None:
    """"reign" or "serve" when ``verb`` is a copula whose attribute is a title of office and the date
    ``span`` opens the spell ("from 1419"); else None."""
    if verb.pos_ not in ("AUX", "VERB") or verb.lower_ not in _BE_FORMS:
        return None
    title = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    if title is None:
        return None
    # The spell's start: the span's first word after "from" ("from 1962 until 1979" is one span, rooted at "until").
    if span.start == 0 or (prep := span.doc[span.start - 1]).lower_ != "from" or \
            _holder(prep.head).i not in (verb.i, title.i) or not any(t.dep_ == "pobj" and t.head.i == prep.i for t in span):
        return None
    word = title.lower_
    spell = "reign" if word in REIGNING_TITLES else "serve"
    if any(c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB" and c.lower_.startswith(spell[:4])
           for c in verb.children):
        return None  # "was emperor from AD 14 until his death, reigning as …": the participle names the spell
    whole = " ".join(t.lower_ for t in title.doc[title.left_edge.i:title.i + 1] if t.dep_ == "compound" or t.i == title.i)
    if word in REIGNING_TITLES:
        return "reign"
    if word in SERVING_OFFICES or whole in SERVING_OFFICES:
        return "serve"
    return None


def _holder(word: Any) -> Any:
    """The word a "from" date hangs from, or the title it qualifies when that is the object of an "as" on it
    ("was Queen of Tarvia as the wife of Vell XVI from 1774": the parser hangs the date on "wife")."""
    if word.dep_ == "pobj" and word.head.lower_ == "as":
        return word.head.head
    return word


def spell_left_open(text: str, date_start: int, date_stop: int) -> bool:
    """Whether a spell's "from" date written from ``date_start`` to ``date_stop`` in ``text`` is all the
    text says of it: "was King of Portugal from 1580, and King of Naples …" began in 1580 and its end is
    not told here (the row's ``date_end`` is empty), where "from 418 to 451" and "from 1580 until his
    death" are closed."""
    return not _CLOSED.match(text, date_stop) and not _RANGE.search(text, date_start, date_stop)
