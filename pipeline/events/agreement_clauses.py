"""What a text did the day it was signed: "On April 4, 1949, Acheson signed the Washington Treaty, which created
NATO" tells a creating of that day.

The date hangs from the verb that made the text binding (lexicon BINDING_VERBS: signed, ratified, passed);
a relative clause describing the text ("which created NATO", "that ended the war") tells what the text did,
and it did it when it was made binding: a row of its own at that date (the events stage's pending
conjuncts). Only a clause in the simple past with the text as its subject and no date of its own: "which
had been signed in 1920" (past perfect, before), "which will create" (a plan) and "which banned it in 1990"
(its own date) are not the signing's.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.triggers import lemma_of
from pipeline.lexicon.agreements import BINDING_VERBS, DOCUMENT_NAME_HEADS

_RELATIVE_SUBJECTS = {"which", "that"}


def agreement_clauses(verb: Any, span: Any, lemmatizer: Any = None) -> list[Any]:
    """The verbs of relative clauses describing the text ``verb`` made binding at the date ``span``."""
    if verb.pos_ != "VERB" or lemma_of(verb, lemmatizer) not in BINDING_VERBS:
        return []
    found = []
    for text in verb.children:
        if text.dep_ not in ("dobj", "nsubjpass") or text.lower_ not in DOCUMENT_NAME_HEADS:
            continue
        for clause in text.children:
            if clause.dep_ != "relcl" or clause.pos_ != "VERB" or clause.tag_ != "VBD":
                continue
            children = list(clause.children)
            if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in children):
                continue  # "the treaty they signed": the text is no subject
            if any(c.dep_ in ("aux", "auxpass", "neg") for c in children):
                continue  # "which had been signed", "which did not end the war"
            if any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree) or span.start in range(
                    clause.left_edge.i, clause.right_edge.i + 1):
                continue  # the clause writes a date of its own
            found.append(clause)
    return found
