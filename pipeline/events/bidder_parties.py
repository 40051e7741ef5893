"""The maker of a bid or a takeover named by a possessor the model left untagged (issue 31, news rows
whose actor was missing): "Orm's $40-a-share offer for Vell Inc.", "Orm's takeover of Vell".

The possessor of an offer is who offers; of a purchase or takeover with an "of" object, who buys
("Orm's purchase of Vell"; without the "of", "Vell's takeover" may be the one taken over, so
nothing). A tagged possessor is read by the general rules; here only a run of proper nouns no entity
covers, with :func:`untagged_names`' refusals (no venue, no event's or agreement's name).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.non_party_names import untagged_no_party
from pipeline.events.triggers import phrase_tokens
from pipeline.events.untagged_names import untagged_names
from pipeline.lexicon.companies import BID_WORDS

# Nouns of buying whose possessor buys when the bought is their "of" object.
BUYING_NOUNS = frozenset({"acquisition", "takeover", "purchase", "buyout"})


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
