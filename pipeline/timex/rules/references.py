"""Vague references to the present, past and future: ``now``, ``recently``, ``the future``."""

from __future__ import annotations

import re

from pipeline.timex.context import Tokens
from pipeline.timex.piece import Piece
from pipeline.timex.rules.registry import DROPPED, Resolved, Resolving, ex, rule


def _keep_reference(p: Piece, text: str, tokens: Tokens) -> bool:
    """"current", "recent", "former" only as adjectives of time ("the current talks"), not "a current within the movement"."""
    if text[p.start:p.end].lower() not in ("current", "recent", "former"):
        return True
    token = tokens.at(p.start)
    return token is None or (token.pos_ == "ADJ" and token.dep_ in ("amod", "conj"))


def _resolve_reference(p: Piece, c: Resolving) -> Resolved | None:
    if c.kind == "news" and c.text[p.start:p.end].lower() == "former":
        # TIMEX2 (history articles) marks "the former premier" as a past reference;
        # TimeML news annotation never does, and there it would only add noise.
        return DROPPED
    return None
from pipeline.timex.rules.patterns import piece


_RECENT_SPANS = {"recent months": "PXM", "recent weeks": "PXW", "recent days": "PXD"}


@rule("reference", r"(?<![\w-])(?P<r>[Nn]owadays|[Cc]urrently|[Pp]resent-day|[Tt]he\s+present\s+day|[Rr]ight\s+now|"
                   r"[Aa]t\s+present|(?<=\s)now|[Rr]ecent\s+(?:years|decades|months|weeks|days)|[Rr]ecently|"
                   # the adjectives: "current talks", "the recent attacks", "the former premier"
                   r"(?<=\s)(?:current(?!\s+(?:account|accounts|affairs|of|flows?)\b)|recent|former)(?=\s+[a-z])|"
                   # "the future" as a time, not as an adjective ("the future Luftwaffe")
                   r"[Tt]he\s+past(?=\s*[,.;:)]|\s+(?:and|or|as|to|by|in|the|a|an|it|he|she|they|was|is|has|have|had)\b)|"
                   r"[Tt]he\s+(?:near\s+|distant\s+)?future(?=\s*[,.;:)]|\s+(?:and|or|as|to|by|in|the|a|an|it|he|she|they|was|is)\b))(?![\w-])", "reference",
      keep=_keep_reference, resolve=_resolve_reference,
      examples=[ex("[Recently] released documents show a different picture.", "DATE PAST_REF"),
                ex("It was named after the [present-day] city of Kaliningrad.", "DATE PRESENT_REF"),
                ex("Prices have fallen in [recent weeks].", "DURATION PXW")])
def _reference(m: re.Match) -> list[Piece]:
    r = " ".join(m["r"].lower().split())
    if r in _RECENT_SPANS:
        # "in recent weeks": a stretch of unstated length up to now (TimeML: DURATION PXW); "recent
        # years" stays the vague past, as TimeBank marks it more often than not.
        return [piece(m, "DURATION", value=_RECENT_SPANS[r])]
    value = ("FUTURE_REF" if r.endswith("future") else
             "PAST_REF" if r.startswith("recent") or r.endswith("past") or r == "former" else "PRESENT_REF")
    return [piece(m, value=value)]
