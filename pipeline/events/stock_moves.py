"""A stock's quoted move told with the firm as its subject ("In New York Stock Exchange trading
Friday, Orm closed at $19.50, down 25 cents", "McCaw fell $2.50 a share to $37.75", "Esselte closed
yesterday at $43.50 a share, up $1"): nobody does a price move, so the firm is at most a participant
(issue "who did it", news rows that made the firm the actor).

:func:`pipeline.events.recast_roles.is_price_move` reads the shapes whose subject the model tags as
an organisation or whose subject is a stock noun; the model often leaves a firm's short name untagged
("Orm", "McCaw") and the price may be given "at" a price or "down" an amount. Here: a verb of a price
moving, a proper-noun subject that is no person, and a price or a change written as money, a
percentage or points ("at $19.50", "down 25 cents", "$2.50 a share", "47.3 points"), never a count
of things ("Orm shed 500 jobs" is a deed).

A market gauge's name compounded on its noun ("The Financial Times 100-share index shed 47.3
points") names the gauge: no party at all. Read by :func:`pipeline.events.news_roles.news_roles`.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.companies import MARKET_INDEX_HEADS, PRICE_MOVE_VERBS, STOCK_NOUNS

# Verbs of a price moving besides the shared list: an index "shed" or "added" points.
# (Not "lost" or "added": "Orm lost $5 million" is a result, "added $5 million to reserves" a deed.)
_MOVE_VERBS = PRICE_MOVE_VERBS | {"shed", "sheds", "shedding", "skid", "skids", "skidded", "skidding"}
# Units a price change is counted in (besides money and percentages, which the model tags).
_PRICE_UNITS = {"point", "points", "cent", "cents"}


def _is_price(token: Any) -> bool:
    """Whether a token heads a price or a change of one: money, a percentage, points or cents."""
    if token.ent_type_ in ("MONEY", "PERCENT"):
        return True
    return token.lower_ in _PRICE_UNITS and any(c.tag_ == "CD" for c in token.children)


def _price_signs(trigger: Any) -> set[str]:
    """How the verb is measured by a price: "change" for points or cents, or money "a share", as its
    object or adverb ("shed 47.3 points", "fell $2.50 a share") or "up"/"down" an amount ("down 25
    cents"); "level" for "at", "to" or "by" a price ("closed at $19.50"). Money alone as the object
    is no quote ("gained $5 million from the sale": a result)."""
    signs = set()
    for c in trigger.children:
        if c.dep_ in ("dobj", "npadvmod") and _is_price(c) and (c.lower_ in _PRICE_UNITS or _per_share(c)):
            signs.add("change")
        if c.dep_ == "prep" and c.lower_ in ("at", "to", "by") and any(_is_price(g) for g in c.children):
            signs.add("level")
        if c.dep_ == "advmod" and c.lower_ in ("up", "down") and any(_is_price(g) for g in c.children):
            signs.add("change")
    # A table's bare figures: a change and the level it moved to ("Hanson skidded 9.5 to 200.5", "Kirschner
    # fell 4 to 15"); one bare number alone may be a count.
    bare_change = any(c.dep_ in ("dobj", "npadvmod", "nummod") and c.tag_ == "CD" for c in trigger.children)
    bare_level = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.tag_ == "CD" for g in c.children)
                     for c in trigger.children)
    if bare_change and bare_level:
        signs |= {"change", "level"}
    return signs


def _per_share(token: Any) -> bool:
    """Whether an amount is given "a share" ("$2.50 a share")."""
    return any(g.lower_ == "share" for g in token.subtree) or \
        (token.i + 2 < len(token.doc) and token.doc[token.i + 2].lower_ == "share")


def is_quoted_move(trigger: Any) -> bool:
    """Whether ``trigger`` tells a stock's quoted move with a firm, a stock or a gauge as its
    subject; see the module's docstring."""
    if trigger.pos_ != "VERB" or trigger.lower_ not in _MOVE_VERBS:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "dobj" and not _is_price(c) and c.tag_ != "CD")
           for c in trigger.children):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    signs = _price_signs(trigger)
    if not subjects or not signs:
        return False
    head = subjects[0]
    if head.lower_ in STOCK_NOUNS or head.lower_ in MARKET_INDEX_HEADS:
        return True
    if head.tag_ not in ("NNP", "NNPS"):  # ("Ogden Projects" tagged a plural)
        return False
    # A firm's short name the model took for a person ("Primerica", "Conseco" tagged PERSON): only where
    # both a price and a change are quoted ("closed at $28.25, down 50 cents"), which no person has.
    # (A singular name taken for a people, "McCaw" tagged NORP, is a firm here: a people has no price.)
    return head.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC") or signs == {"level", "change"}


def _names_gauge(token: Any) -> bool:
    """Whether a name is compounded on a market gauge's noun, over the gauge's other modifiers
    ("The Financial Times 100-share index": "Times" on "share" on "index")."""
    for _ in range(3):
        if token.dep_ not in ("compound", "nmod", "amod", "npadvmod") or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in MARKET_INDEX_HEADS:
            return True
    return False


def stock_move_roles(trigger: Any, roles: list, extra: dict[str, list], span_of: dict) -> list:
    """The roles of a quoted move with no actor: the firm takes part; a gauge's name compounded on
    the gauge's noun is dropped. ``extra``'s resolved actors become participants too (changed in place)."""
    if not is_quoted_move(trigger):
        return roles
    extra["participant"] += extra["actor"]
    extra["actor"] = []
    # The words before a gauge noun subject, for a name the model left untagged ("The Lusk Times 100-share index").
    gauge_words = {t.text for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in MARKET_INDEX_HEADS
                   for t in c.lefts for t in t.subtree}
    out = []
    for e, role, name in roles:
        sp = span_of.get(id(e)) if e is not None else None
        if (sp is not None and _names_gauge(sp.root)) or (e is None and set(name.split()) <= gauge_words):
            continue  # "The Financial Times 100-share index": the gauge's name
        out.append((e, "participant" if role == "actor" else role, name))
    return out
