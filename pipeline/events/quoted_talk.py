"""Words inside a quotation that tell how the speaker sees or goes about things, not a happening.

A news report's quoted speech is told in the past as often as not, and the rows a report's own date
dates (:mod:`pipeline.events.document_dated`) stand on a past word alone. Two shapes of quoted talk
tell no happening of the report's weeks: a manner of going about a matter ("We approached this
carefully", "we've approached this not as a response but as a change": a verb whose object is only
"this" or "it", told with how) and an opinion of a thing ("The contribution of Orm was decisive": an
event noun that is the subject of "be" with an adjective weighing its worth). A quoted deed stays: "We attacked the
post," the rebels said. Quotation marks are read off the tokens; TimeML texts open quotes with ``
and often lose the closing mark, so an opened quote runs to the sentence's end.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.report_words import WORTH_ADJECTIVES

_OPENERS = {"``", "`", "\u201c"}  # TimeML's `` may be parsed as two "`"
_CLOSERS = {"''", "'", "\u201d"}
_STRAIGHT = {'"'}
# Objects that name only the matter talked of, not a thing acted on.
_MATTER = {"this", "that", "it", "things", "everything"}
# Adverbs in -ly that say when, not how: "we recently approached it" may tell a happening.
_WHEN_ADVERBS = {"recently", "previously", "early", "lately", "finally", "already", "eventually", "initially",
                 "originally", "formerly", "immediately", "subsequently", "only", "really", "currently"}
_MANNER_PREPOSITIONS = {"as", "like", "with"}


def in_quotation(tok: Any) -> bool:
    """Whether a token lies inside a quotation of its sentence: after an opening mark with no closing
    mark between (a straight mark opens when an odd number of them came before it)."""
    sent = tok.sent
    straight = 0
    opened = False
    for t in sent:
        if t.i >= tok.i:
            break
        if t.text in _OPENERS:
            opened = True
        elif t.text in _CLOSERS:
            opened = False
        elif t.text in _STRAIGHT:
            straight += 1
    return opened or straight % 2 == 1


def _manner(verb: Any) -> bool:
    """A verb told with how: an -ly adverb of manner, or "as"/"like"/"with" a description."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_.endswith("ly") and c.lower_ not in _WHEN_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in _MANNER_PREPOSITIONS:
            return True
    return False


def quoted_manner(tok: Any) -> bool:
    """"We approached this carefully," he said: a quoted verb whose object is only the matter and that
    says how it was gone about tells a way of working, not a happening."""
    return tok.pos_ == "VERB" and in_quotation(tok) and any(
        c.dep_ == "dobj" and c.lower_ in _MATTER for c in tok.children) and _manner(tok)


def quoted_opinion(tok: Any) -> bool:
    """"The contribution of Orm was decisive," he said: a quoted event noun that is the subject of
    "be" with an adjective of worth (:data:`pipeline.lexicon.report_words.WORTH_ADJECTIVES`) is the thing an opinion is about, not a happening told."""
    head = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and head.lower_ in ("was", "were", "is", "are", "has", "'s") \
        and head.pos_ in ("AUX", "VERB") and any(c.dep_ == "acomp" and c.lower_ in WORTH_ADJECTIVES
                                                 for c in head.children) and in_quotation(tok)


def quoted_talk(tok: Any) -> str | None:
    """``"manner"`` or ``"opinion"`` for a quoted word that tells no happening, else None."""
    if quoted_manner(tok):
        return "manner"
    if quoted_opinion(tok):
        return "opinion"
    return None
