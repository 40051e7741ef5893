"""A happening noun right before a date the parser hung on the verb: that noun's row.

``he died within weeks of his capture on 26 March``, ``served until his death in 1961``: the date
follows the noun that names a happening, and the parser hangs it on the clause's verb. When the noun
ends the verb's time ("until") or a stretch of time runs from it ("within weeks of"), the date is the
noun's, and the noun takes the row; after "after", "before", "since" either reading is common
(``returned after the war in 1946``), and the verb keeps the date as before. Otherwise
(``spoke at a news conference on Friday``, ``processed claims from the earthquake in October``) both
happened then, and the noun gets a row of its own next to the verb's. The verb's direct object
("signed the treaty on 2 May", "condemned the invasion on 2 August") is left alone: one happening
told twice, or a thing the verb acts on, is no second row. :func:`dated_noun` takes spaCy tokens.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.happening_words import names_a_happening

# Prepositions that end the verb's time at the noun: the date right after the noun is the noun's.
_ENDS_AT = {"until", "till"}
# Prepositions that put the verb before or after the noun by an unsaid stretch: "returned after the war in
# 1946" and "fled after the coup in July" read either way, so the verb keeps the date (in doubt, as before).
_RELATIVE_TIME = {"after", "before", "since", "following", "prior"}
# Nouns that recall a happening: "marked the anniversary of the invasion on Saturday" dates the marking,
# the invasion was years before (document_dated reads how many, where the sentence says).
_RECALLING = {"anniversary", "anniversaries", "commemoration", "memory", "centenary", "centennial",
              "bicentenary", "bicentennial", "jubilee"}
# The links from the verb down to the noun: prepositional phrases and "of" chains, nothing else.
_PATH_LINKS = {"prep", "pobj", "pcomp", "dobj", "conj"}


def dated_noun(trigger: Any, span: Any) -> tuple[Any, bool] | None:
    """The event noun a date right after it belongs to, when the parser hung the date on ``trigger``;
    with True when the noun replaces the verb (a preposition of time between them), False when it
    is a row of its own. None when there is no such noun."""
    if trigger.pos_ != "VERB":
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == trigger.i and \
            root.head.i == span.start - 1:
        start = root.head.i  # "… of his capture | on 26 March"
    elif root.head.i == trigger.i and root.dep_ in ("npadvmod", "obl", "nmod", "tmod"):
        start = span.start  # "… at a news conference | Friday"
    else:
        return None
    if start <= trigger.i + 1:
        return None
    doc = span.doc
    nouns = [t for t in doc[trigger.i + 1:start] if t.right_edge.i == start - 1 and t.pos_ == "NOUN" and
             t.ent_type_ not in ("DATE", "TIME") and names_a_happening(t) and not _in_preposition(t)]
    for noun in nouns:  # the outermost phrase first: "the signing of the treaty" is a signing
        path = _path_up(noun, trigger)
        if path is None or (noun.dep_ == "dobj" and noun.head.i == trigger.i) or noun.head.lower_ == "under":
            continue  # the verb's own object; "a boat under construction": a state
        if any(t.lower_ in _RECALLING for t in path[1:]):
            continue  # "marked the anniversary of the invasion on Saturday": the date is the marking's
        preps = {t.lower_ for t in path if t.dep_ == "prep"}
        if preps & _RELATIVE_TIME:
            return None
        # "served until his death in 1961" (the verb's end is the noun's date), "died within weeks of
        # his capture on 26 March" (a stretch of time from the noun): the date is the noun's alone.
        ends = bool(preps & _ENDS_AT) or any(t.ent_type_ in ("DATE", "TIME") for t in path if t.pos_ == "NOUN") \
            or _perfect_before(trigger, span)
        if any(c.dep_ == "nummod" for c in noun.children) and not ends:
            continue  # "made 15 appearances in 2003": a tally of the year, no one happening of it
        return noun, ends
    return None


# Nouns of a preposition of several words ("in connection with the bombings", "on behalf of"): no happening.
_PREPOSITION_NOUNS = {"connection", "relation", "regard", "respect", "addition", "accordance", "behalf", "view",
                      "spite", "lieu", "terms", "conjunction", "comparison"}


def _in_preposition(noun: Any) -> bool:
    return noun.lower_ in _PREPOSITION_NOUNS and noun.head.lower_ in ("in", "on", "with")


# Times that reach up to the present, which a present perfect may take ("has risen this year").
_UP_TO_NOW = {"this", "past", "recent", "recently", "lately", "far", "since", "now", "today", "current"}


def _perfect_before(trigger: Any, span: Any) -> bool:
    """A verb in the present perfect cannot take a time wholly past: "another man has been arrested in
    connection with the bombings … last year" tells when the bombings were, not the arrest (the perfect
    says the arrest is recent). Times that reach up to now are the verb's ("has risen this year")."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in trigger.children)
    return perfect and trigger.tag_ == "VBN" and not any(t.lower_ in _UP_TO_NOW for t in span)


def _path_up(noun: Any, trigger: Any) -> list[Any] | None:
    """The tokens from ``noun`` up to (not including) ``trigger`` along prepositional links, or None."""
    path = [noun]
    tok = noun
    for _ in range(8):
        if tok.dep_ not in _PATH_LINKS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i == trigger.i:
            return path
        path.append(tok)
    return None
