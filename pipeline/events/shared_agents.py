"""The ``by``-agent two passive verbs share ("when it was defeated and annexed by the Tarvian Company",
issue 31, "who did it"): the parser hangs the agent on the second verb only, so the first had no actor.

Only where the first verb is passive with no agent of its own and nothing of its own after it: the
coordinator follows it at once, and the second verb is a past participle with no subject of its own
and the agent ("It was founded in 1392 and replaced by Orm in 1897": the date between says the two
verbs are told apart, and Orm did not found it); never where the second verb's "by" names a successor
("was dismissed and replaced by Orme").
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS

# Participles whose "by" names who came after, not who acted on the first verb too ("was dismissed and
# replaced by Orme": Orme succeeded him, someone else dismissed him).
SUCCESSION_PARTICIPLES = {"replaced", "succeeded", "superseded", "supplanted", "followed", "preceded", "relieved"}


def shared_agent(verb: Any) -> list[Any]:
    """The agent heads of the passive participle conjoined right after ``verb`` (see the module); []."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ not in ("acl", "relcl"):
        return []
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or"):
        return []
    second = doc[verb.i + 2]
    if second.head.i != verb.i or second.dep_ != "conj" or second.tag_ != "VBN" or second.lower_ in SUCCESSION_PARTICIPLES or \
            any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("dobj", "auxpass") for c in second.children):
        return []
    return [t for c in second.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
