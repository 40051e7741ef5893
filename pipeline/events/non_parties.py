"""Names beside a happening that are no parties of it (issue 31's measured false parties): the owner
or maker of a physical thing acted on, the employer of private people acted on, a sports result
the model tagged as a body, and a made product released, developed or launched. :mod:`pipeline.events.roles` applies them."""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.companies import TRADING_VENUE_HEADS
from pipeline.lexicon.type_nouns import (IMAGE_NOUNS, ORG_NOUNS, PHYSICAL_THING_NOUNS, PRIVATE_PERSON_NOUNS, PRODUCT_NOUNS,
                                         RESULT_ABBREVIATIONS)


# Verbs of trade: the owner of the thing traded is a party ("rented a Ryder truck"). Stems.
_TRADING = ("rent", "leas", "hir", "buy", "bought", "purchas", "sell", "sold", "borrow", "lend", "lent")


def holds_no_party(thing: Any, name: Any, trigger: Any) -> bool:
    """Whether a name on what a trigger acts on is no party of it: the owner or maker of a physical
    thing ("her shop window was damaged", "the Ryder truck was driven"; not in a trade), the employer
    of private people ("four Ulsterbus workers were killed"; their country stands for them)."""
    if thing.lower_ in PHYSICAL_THING_NOUNS:
        return not trigger.lower_.startswith(_TRADING)
    return thing.pos_ == "NOUN" and thing.lower_.rstrip("s") in PRIVATE_PERSON_NOUNS and name.ent_type_ == "ORG"


def is_image_source(prep: Any, objects: list) -> bool:
    """Whether a "from" is where a picture handed out was taken ("released a photo from the Orme
    camera", "issued footage from CCTV"): the camera or the feed a picture comes from is no party to
    the handing over, as a seller or a sender of a thing is ("bought the rights from Orme Ltd")."""
    return prep.lower_ == "from" and any(o.lower_ in IMAGE_NOUNS for o in objects)


def is_tally(span: Any) -> bool:
    """Whether a "name" is a result or a tally ("KO", "34 KO's": a count and an abbreviation of up to
    three capitals), no party; "882 6PR" (a frequency and a call sign) is a name."""
    words = [t.text for t in span if not t.is_punct and t.text not in ("'s", "’s")]
    if words and words[0].isdigit():
        words = words[1:]
        if len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) <= 3:
            return True
    return bool(words) and all(w.lower() in RESULT_ABBREVIATIONS for w in words)


# Verbs of bringing out a made thing (stems): what they act on is the product, its maker the party.
# Not "produce" (a producer produces a band, a party) nor "publish" (a publisher's paper is a body).
_MAKING = ("releas", "develop", "launch", "design", "introduc", "unveil", "manufactur")


def is_made_product(span: Any, trigger: Any) -> bool:
    """Whether a name is the product a trigger brings out ("Tarnex released the Orbit 64", "the
    Zephyr GT was launched", "released Tarn Quest, a role-playing game"): the model often calls a
    game, a console, a program or a car model a body or a person. Only as the verb's object or its
    passive subject; not a body's name ("launched the Tarn Workers' Party"), not someone released
    from something ("released Orme Ltd from the contract", "released Tom Orme from prison"), and a
    name the model calls a person only where a product noun describes it; what is launched or introduced,
    only where the model or a product noun calls it a product (a channel, a service, a company launched is a party)."""
    root = span.root
    if not trigger.lower_.startswith(_MAKING) or root.head.i != trigger.i or root.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return False
    if any(t.lower_ in ORG_NOUNS for t in span):
        return False
    described = any(c.dep_ == "appos" and c.lower_ in PRODUCT_NOUNS for c in root.children) or \
        (root.i + 1 < len(root.doc) and root.nbor().lower_ in PRODUCT_NOUNS and root.nbor().head.i == root.i)
    if trigger.lower_.startswith(("launch", "introduc")) and root.ent_type_ != "PRODUCT":
        # "Viacom launched Nickelodeon", "launched the Tarn Party": a launched channel, service or body the
        # model calls a body is a party; only a product the model or a product noun says is one is not.
        return described or any(t.lower_ in PRODUCT_NOUNS for t in span)
    return root.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART") or described


def is_trading_venue(span: Any) -> bool:
    """Whether a name is the market a stock trades on, written as where ("rose 50 cents on the New York
    Stock Exchange", "in Nasdaq trading", "closed at $21 in composite trading on the Tarn Exchange"):
    a venue, no actor and no party of the trading (the stock's company is)."""
    words = [w for w in span.text.split() if w[:1].isalnum()]
    if not words or words[-1].lower().strip(".,") not in TRADING_VENUE_HEADS:
        return False
    root = span.root
    while root.dep_ in ("compound", "flat", "conj", "appos") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "in", "at") or \
        root.dep_ == "compound" and root.head.lower_ == "trading"
