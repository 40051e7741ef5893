"""The ``by``-agent a passive verb passes on to the participle conjoined after it (issue 31, "who did
it"; the sentences are invented): "Tarvia and Lusk were defeated by Ormland, under Jan Vell, and forced
out of the alliance in 1700 and 1706, respectively": Ormland forced them out too, but the parser hangs
the agent on the first verb only, so the dated second verb had no actor.
(:mod:`pipeline.events.shared_agents` reads the other order, "was defeated and annexed by the Company".)

Only where both verbs tell one happening: the first is passive with a named agent and no date of its
own between the two verbs ("was defeated by Orm in 1392 and annexed in 1397": two happenings; a date
fronted before both dates both), the
second is a participle sharing the first's auxiliary (no subject, auxiliary, agent or object of its
own) of a verb of what a victor goes on to do to the vanquished
(:data:`pipeline.lexicon.done_to_persons.FOLLOW_UP_FORMS`: "forced", "annexed", "executed"). Never a
verb of naming, of office or of release ("was elected by the Diet and crowned in 1155": a bishop crowned
him; "was arrested by police and released"). Only names: "by the army" is left to the general rules.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import PASSIVE_SUBJECTS, SUBJECTS
from pipeline.lexicon.done_to_persons import FOLLOW_UP_FORMS

_DATE_LABELS = ("DATE", "TIME")


def carried_agent(verb: Any) -> list[Any]:
    """The named agent heads of the passive verb ``verb`` is conjoined after (see the module); []."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.lower_ not in FOLLOW_UP_FORMS:
        return []
    if any(
            c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("dobj", "auxpass", "aux", "agent")
            for c in verb.children):
        return []
    first = verb.head
    if first.pos_ != "VERB" or first.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in first.children) or \
            not any(c.dep_ in PASSIVE_SUBJECTS for c in first.children):
        return []
    agents = [t for c in first.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
    if not agents or any(a.pos_ != "PROPN" for a in agents):
        return []
    own = {t.i for t in verb.subtree}
    if any(t.ent_type_ in _DATE_LABELS for t in first.subtree if t.i not in own and first.i < t.i < verb.i):
        return []  # the first verb is dated on its own: two happenings ("In 1700 …" before both dates both)
    return agents


def is_stray_participle(verb: Any) -> bool:
    """Whether ``verb`` is a past participle the parser hung as a noun's modifier on a verb ("The Orm League
    was a confederacy of states, numbering 150, founded in 478 BC": "founded" under "numbering"): a
    reduced passive whose subject is what it was done to, so the subject it would inherit up the parse is
    no doer (issue 31, "the thing founded is never the actor")."""
    return verb.pos_ == "VERB" and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("agent", "auxpass", "aux") for c in verb.children)
