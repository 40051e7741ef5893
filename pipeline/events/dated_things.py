"""A date written as a thing's modifier dates the making the thing's participle tells (issue 33 item 5: "an
adjective is never a trigger", nor "include").

"the 10th-century Orm Text compiled by the Vells", "the 3rd-century BCE Lusk text used in Tarvia": the
date describes the text, and the parse walks up from the text to whatever verb holds the list it stands
in ("have maintained versions …, including …"), or stops at an adjective the parser took for a noun
("medieval"). The text's own past participle ("compiled", "used") is the happening the date is of.
So does a bare day ending a subject's participle phrase before a verb of holding ("A list issued by
Orm Thursday included Vell": the issuing). :func:`dated_participle` gives it; :func:`pipeline.events.triggers.trigger_of` asks here first.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.made_things import LATER_USE_PARTICIPLES

_MODIFIER_DEPS = ("compound", "amod", "nmod")
# Words for a stretch of time a date may modify ("April month", "the 1990s decade"): no thing made.
_TIME_WORDS = {"time", "moment", "day", "days", "year", "years", "month", "months", "week", "weeks", "period",
               "era", "age", "decade", "decades", "century", "centuries", "season", "night", "morning", "evening"}


# Verbs that only say what a thing holds: "A list … issued Thursday included Orm" tells no happening of Thursday.
_HOLDING_FORMS = {"include", "includes", "included", "contain", "contains", "contained", "comprise", "comprises",
                  "comprised", "list", "lists", "listed", "feature", "features", "featured"}


def participle_before(span: Any) -> Any | None:
    """"A list of 31 people issued by the Tarvian government Thursday included Orm": the parser hangs the
    bare day on the holding verb after it; the day ends the subject's own participle phrase, so it dates
    the issuing. None for any other shape."""
    verb = span.root.head
    if verb.lower_ not in _HOLDING_FORMS or verb.i != span.end or span.root.dep_ not in ("npadvmod", "obl", "advmod"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start), None)
    if subject is None:
        return None
    return next((t for t in subject.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and
                 max(x.i for x in t.subtree) == span.start - 1), None)


def dated_participle(span: Any) -> Any | None:
    """The past participle after the noun a date span modifies ("the 10th-century Orm Text compiled by
    …" → compiled), past an apposition the parser hung the name on; None when the date is no modifier,
    the noun itself names a happening or an agreement ("the 1932 Pact signed …": the pact's row), or no
    participle follows."""
    if (before := participle_before(span)) is not None:
        return before
    # The span's words whose heads lie outside it: modifiers of the noun after it, and "the"
    outer = [t for t in span if not span.start <= t.head.i < span.end]
    if not outer or any(t.dep_ not in (*_MODIFIER_DEPS, "det") for t in outer):
        return None
    heads = [t.head for t in outer if t.dep_ in _MODIFIER_DEPS]
    if not heads or any(h.i < span.end for h in heads):
        return None
    noun = max(heads, key=lambda h: h.i)
    # (through the name's own compounds and adjectives: "the 3rd-century BCE Lusk text", "the 10th-century
    # medieval Orm Text")
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in _TIME_WORDS:
        return None  # "a rifle found in April month buried near …": a time, no thing the date describes
    for thing in (noun, *(c for c in noun.children if c.dep_ == "appos" and c.i > noun.i)):
        if names_a_happening(thing) or thing.lower_ in DOCUMENT_WORDS:
            return None
        made = next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > thing.i), None)
        if made is None and thing.i + 1 < len(thing.doc):
            # right after the name, though the parser hung it on an earlier noun of the list
            after = thing.doc[thing.i + 1]
            made = after if after.dep_ == "acl" and after.tag_ == "VBN" else None
        if made is not None:
            # "the 3rd-century BCE text used in Lusk": the century is the text's making, not its later use
            return None if made.lower_ in LATER_USE_PARTICIPLES else made
    return None


def later_use(span: Any, trigger: Any) -> bool:
    """Whether the trigger is a participle of later use after the noun phrase the date opens ("the
    3rd-century BCE Septuagint text used in Lusk"): the date describes the thing, not its use."""
    if trigger.tag_ != "VBN" or trigger.lower_ not in LATER_USE_PARTICIPLES or not span.end <= trigger.head.i < trigger.i:
        return False
    doc = span.doc
    return all(doc[i].pos_ in ("ADJ", "NOUN", "PROPN") for i in range(span.end, trigger.head.i + 1))
