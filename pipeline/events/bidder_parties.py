"""The maker of a bid or a takeover named by a possessor the model left untagged (issue 31, news rows
whose actor was missing): "Orm's $40-a-share offer for Vell Inc.", "Orm's takeover of Vell".

The possessor of an offer is who offers; of a purchase or takeover with an "of" object, who buys
("Orm's purchase of Vell"; without the "of", "Vell's takeover" may be the one taken over, so
nothing). A tagged possessor is read by the general rules; here only a run of proper nouns no entity
covers, with :func:`untagged_names`' refusals (no venue, no event's or agreement's name).

:func:`offer_parties` gives the other sides of a bid (issue "who did it", part 1): the company an offer
is for by its shares ("offered $125 a share for a majority of Vell's shares", "offered to buy the shares
of POP Radio Corp."), the offerer of an offer shares are tendered under ("tendered under its offer"),
the bidder a fight is against ("its fight against a bid launched by Lusk S.A.") and the target fighting
a bid; :mod:`pipeline.events.acted_parties` adds them to a trigger's party heads.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.non_party_names import untagged_no_party
from pipeline.events.tree import of_objects, pobjs
from pipeline.events.party_phrases import phrase_tokens
from pipeline.events.untagged_names import untagged_names
from pipeline.lexicon.acted_on import RESISTING_NOUNS, SHARE_NOUNS
from pipeline.lexicon.companies import BID_WORDS

# Nouns of buying whose possessor buys when the bought is their "of" object.
BUYING_NOUNS = frozenset({"acquisition", "takeover", "purchase", "buyout"})
# Verbs of offering and buying (stems): the possessor of the shares they are for is the company bid for.
_OFFERING = ("offer", "bid", "tender", "buy", "bought", "acquir", "purchas")


def untagged_bidder(trigger: Any, spans: list) -> list[tuple[None, str, str]]:
    """(None, "actor", name) for the untagged possessor of the offer or purchase noun ``trigger``;
    ``spans`` are the sentence's (entity, span, name) triples."""
    if trigger.pos_ != "NOUN":
        return []
    word = trigger.lower_
    buying = word in BUYING_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)
    if word not in BID_WORDS and not buying:
        return []
    owners = [c for c in trigger.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners:
        return []
    named = {t.i for _, sp, _ in spans for t in sp}
    doc, tokens = trigger.doc, phrase_tokens(owners)
    found = [name for name in untagged_names(doc, tokens, named) if not untagged_no_party(doc, tokens, name, trigger)]
    # (the general rules read an untagged possessor within the sentence; one that opens it they take
    # for a capitalised common word, but a common word takes no "'s" before an offer: "Orm's offer")
    found += [owner.text for owner in owners if owner.i == owner.sent.start and owner.tag_ == "NNP"
              and not owner.ent_type_ and owner.i not in named and owner.text not in found
              and any(c.dep_ == "case" for c in owner.children) and not untagged_no_party(doc, tokens, owner.text, trigger)]
    return [(None, "actor", name) for name in found]


def offer_parties(trigger: Any) -> list:
    """News shapes of a bid: the company bid for by its shares, the offerer shares are tendered under,
    the bidder a fight is against, the target that fights the bid."""
    heads: list = []
    word = trigger.lower_
    # "offered $125 a share for a majority of Vell's shares", "extended its offer for Telerate Inc. common stock"
    offers = ([trigger] if word.startswith(_OFFERING) else []) + \
        [o for o in _patients(trigger) if o.lower_ in BID_WORDS]
    fors = [g for h in offers for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in pobjs(c)]
    shares = [s for f in fors for s in (f, *of_objects(f)) if s.lower_ in SHARE_NOUNS]
    heads += [c for s in shares for c in s.children if (c.dep_ == "poss" and c.pos_ == "PROPN") or
              (c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG")]
    # "offered to buy the shares of POP Radio Corp.": the company whose shares are bought (or offered for)
    buyers = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp" and c.lower_.startswith(_OFFERING)]
    if any(v.lower_.startswith(_OFFERING) for v in buyers) and trigger.pos_ == "VERB":
        shares = [o for v in buyers for o in _patients(v) if o.lower_ in SHARE_NOUNS]
        heads += [g for o in shares for g in of_objects(o) if g.pos_ == "PROPN"]
    if trigger.pos_ == "VERB":
        # "90% of Vell's shares have been tendered under its offer": the offerer and the company
        offers = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "under" for g in pobjs(c)
                  if g.lower_ in BID_WORDS]
        heads += [c for o in offers for c in o.children if c.dep_ == "poss"]
        if offers:
            held = [s for p in _patients(trigger) for s in (p, *of_objects(p)) if s.lower_ in SHARE_NOUNS]
            heads += [c for s in held for c in s.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if trigger.pos_ == "NOUN" and word in RESISTING_NOUNS:
        # "its fight against a hostile bid launched by Lusk S.A.": the bidder is fought
        bids = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "against" for g in pobjs(c)
                if g.lower_ in BID_WORDS]
        heads += [g for b in bids for a in b.children if a.dep_ == "acl" and a.tag_ == "VBN"
                  for ag in a.children if ag.dep_ == "agent" for g in pobjs(ag)]
    bid = trigger if word in BID_WORDS else trigger.head if trigger.dep_ == "acl" and trigger.head.lower_ in BID_WORDS \
        else None
    if bid is not None and bid.dep_ == "pobj" and bid.head.lower_ == "against" and \
            bid.head.head.lower_ in RESISTING_NOUNS:
        # the bid (or "launched" on it) fought by its target: "its fight against a hostile bid"
        heads += [c for c in bid.head.head.children if c.dep_ == "poss"]
    return heads


def _patients(verb: Any) -> list:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
