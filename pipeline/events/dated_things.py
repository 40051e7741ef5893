"""A date written as a thing's modifier dates the making the thing's participle tells (issue 33 item 5: "an
adjective is never a trigger").

"the 10th-century Orm Text compiled by the Vells", "the 3rd-century BCE Lusk text used in Tarvia": the
date describes the text, and the parse walks up from the text to whatever verb holds the list it stands
in ("have maintained versions …, including …"), or stops at an adjective the parser took for a noun
("medieval"). The text's own past participle ("compiled", "used") is the happening the date is of.
:func:`dated_participle` gives it; :func:`pipeline.events.triggers.trigger_of` asks here first.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.lexicon.agreements import DOCUMENT_WORDS

_MODIFIER_DEPS = ("compound", "amod", "nmod")


def dated_participle(span: Any) -> Any | None:
    """The past participle after the noun a date span modifies ("the 10th-century Orm Text compiled by
    …" → compiled), past an apposition the parser hung the name on; None when the date is no modifier,
    the noun itself names a happening or an agreement ("the 1932 Pact signed …": the pact's row), or no
    participle follows."""
    # The span's words whose heads lie outside it: modifiers of the noun after it, and "the"
    outer = [t for t in span if not span.start <= t.head.i < span.end]
    if not outer or any(t.dep_ not in (*_MODIFIER_DEPS, "det") for t in outer):
        return None
    heads = [t.head for t in outer if t.dep_ in _MODIFIER_DEPS]
    if not heads or any(h.i < span.end for h in heads):
        return None
    noun = max(heads, key=lambda h: h.i)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # (through the name's own compounds: "the 3rd-century BCE Lusk text")
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    for thing in (noun, *(c for c in noun.children if c.dep_ == "appos" and c.i > noun.i)):
        if names_a_happening(thing) or thing.lower_ in DOCUMENT_WORDS:
            return None
        made = next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > thing.i), None)
        if made is not None:
            return made
    return None
