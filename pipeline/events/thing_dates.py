"""A date that belongs to a made thing the clause's verb is shown or perceived in (issue 33 item 5: "a date
that belongs to a noun phrase dates that thing, not the clause's verb").

- "Orm gods are depicted on cylinder seals dated to c. 1900 BC": the seals are no happening; the
  depicting on them was done when they were made, so the row is the depicting (not "seal").
- "Early elements can be heard in blues records from the 1920s": the hearing is now, the records are
  of the 1920s; no row (the date stays in the timexes table).
- "The first walls date to the 7th century BC; these were joined together in the Lusk dynasty": the
  parser took "date" for a noun and hung the date on the next clause's verb; a thing dated is no row
  (as with "The first walls date to the 7th century BC." alone), never the joining.

:func:`shown_in_dated_thing` gives the verb for the first shape; :func:`perceived_in_dated_thing` tells
the second, :func:`misparsed_dating` the third. :mod:`pipeline.events.triggers` calls both with one-line hooks.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.lexicon.telling import PERCEIVED_IN_FORMS, SHOWN_IN_FORMS

_IN_A_THING = {"on", "in", "upon", "inside"}


def _verb_of_the_thing(noun: Any, forms: frozenset) -> Any | None:
    """The passive participle (of ``forms``) whose "on"/"in" phrase holds ``noun``, a thing, or None."""
    if noun.pos_ != "NOUN" or names_a_happening(noun) or noun.dep_ != "pobj" or noun.head.lower_ not in _IN_A_THING:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lower_ not in forms or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return verb


def shown_in_dated_thing(noun: Any) -> Any | None:
    """"depicted on cylinder seals dated to c. 1900 BC": the showing verb, when ``noun`` (the thing a
    dating participle is said of) is where the clause's subject is shown; else None."""
    return _verb_of_the_thing(noun, SHOWN_IN_FORMS)


def perceived_in_dated_thing(span: Any) -> bool:
    """Whether the date ``span`` is a "from" phrase of a thing a passive verb of perceiving finds its
    subject in ("can be heard in blues records from the 1920s")."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep" or \
            any(t.lower_ in ("to", "until", "till") or t.text in ("–", "—") for t in span):
        return False
    return _verb_of_the_thing(prep.head, PERCEIVED_IN_FORMS) is not None


def misparsed_dating(span: Any) -> bool:
    """Whether the date ``span`` follows "date to"/"date from"/"dates back to" where the parser took "date"
    for a noun, said of a thing (no happening noun before it): the thing's age, no row."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "from") or prep.i != span.start - 1:
        return False
    doc = span.doc
    at = prep.i - 1
    if at >= 0 and doc[at].lower_ == "back":
        at -= 1
    dating = doc[at] if at >= 0 else None
    if dating is None or dating.lower_ not in ("date", "dates") or dating.pos_ not in ("NOUN", "PROPN") or at == 0:
        return False
    before = doc[at - 1]
    return before.pos_ == "NOUN" and not names_a_happening(before)
