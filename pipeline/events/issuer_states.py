"""The state whose nationality word qualifies a document issued, sent or made (issue "who did it", part 1):
"The Tarvian warrant issued Monday charged Orm" was issued by Tarvia, "the Soviet note delivered on 3 May"
by the Soviet Union. A state's paper is its act: the nationality adjective on the noun the participle
qualifies names who issued it.

Only a noun of an official paper or demand (a warrant, an order, a note, an ultimatum, a proposal), only a
past participle hung on it ("issued", "delivered", "submitted"), and only a one-word nationality adjective
whose state the document or the lists know (:func:`pipeline.events.demonyms.state_of_word`); "the German
prisoners released in 1955" names no paper, so its people were released, not releasing.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import state_of_word
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.nominal_roles import PROPOSAL_NOUNS

_PAPERS = DOCUMENT_WORDS | PROPOSAL_NOUNS | {"warrant", "warrants", "order", "orders", "decree", "decrees",
                                            "indictment", "summons", "subpoena", "directive", "edict", "verdict"}


def issuing_state(entity: Any, span: Any, trigger: Any, states: list[str]) -> str | None:
    """The state a nationality adjective names as the issuer of the paper ``trigger`` (a participle) qualifies."""
    root = span.root
    paper = trigger.head
    if entity.label != "NORP" or len(span) != 1 or root.dep_ != "amod" or trigger.dep_ != "acl" or \
            trigger.tag_ != "VBN" or root.head.i != paper.i or paper.lower_ not in _PAPERS:
        return None
    return state_of_word(span.text.strip(), list(states))
