"""Whom a relative clause is said of: the noun a "who"/"which" clause hangs from, and the name that noun stands for.

A relative pronoun stands for the noun its clause modifies ("the army, which was forced to …" → army);
where that noun is a kin group a person is "of" ("the sultan of the Orme dynasty who ruled") the
person is meant, and where a common noun is said of a name ("Orme was the man who …") the name is.
Split from :mod:`pipeline.events.subjects` (the subject finder), which reads these for relative and
participle clauses; the roles read :func:`predicated_name` too.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.called_asides import subject_before_naming_aside
from pipeline.events.relative_owners import person_of_place_clause
from pipeline.events.triggers import SUBJECTS
from pipeline.lexicon.lasting import STRETCH_NOUNS
from pipeline.lexicon.non_party_names import RULING_GROUP_NOUNS
from pipeline.lexicon.type_nouns import PERSON_NOUNS


# Ruling houses and kin a person is "of": a relative clause with "who" the parser hangs on them is
# more often said of the person ("the ninth sultan of the Orme dynasty who ruled Tarvia").
_KIN_GROUPS = {"dynasty", "family", "house", "clan", "line", "lineage"}
# Who is "of" such a group, besides the type nouns of persons: its members and its rulers.
_KIN_MEMBERS = {"member", "scion", "heir", "descendant", "son", "daughter", "sultan", "ruler", "monarch", "queen",
                "prince", "princess", "pharaoh", "caliph", "shah", "khan", "tsar", "czar", "emir", "sovereign"}


def person_in_kin_group(clause: Any) -> Any:
    """The noun a "who" clause is said of: its head, except where that is a kin group a person noun is
    "of" ("a member of the royal family who reigned as King", "the sultan of the Orme dynasty who
    ruled Tarvia"): the person, whose name :func:`predicated_name` then finds."""
    head = person_of_place_clause(clause) or clause.head  # "pharaoh of Tarvia, who ruled": not Tarvia
    if head.lower_ in _KIN_GROUPS and head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.pos_ == "NOUN" and head.head.head.lower_ in PERSON_NOUNS | _KIN_MEMBERS and \
            any(c.lower_ == "who" and c.dep_ in SUBJECTS for c in clause.children):
        return head.head.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" and \
            head.head.head.lower_ in RULING_GROUP_NOUNS:
        return head.head.head  # "an imperial dynasty of China that ruled": the dynasty ruled, not China
    return head


def is_said_of_stretch(clause: Any) -> bool:
    """Whether a "which" clause hangs on a stretch of someone's past or on its "of" name ("a period in
    the history of Tarvia which lasted"): said of the period, no party's act."""
    head = clause.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return head.lower_ in STRETCH_NOUNS and any(c.lower_ in ("which", "that") for c in clause.children)


def predicated_name(noun: Any) -> Any:
    """The name a common noun is said of, where the sentence says so: "identified Orme as the man
    who …" (Orme), "Orme was the man who …", "Orme, the man who …"; else the noun itself."""
    if noun.pos_ != "NOUN":
        return noun
    said = noun
    while said.dep_ == "conj" and said.head.pos_ == "NOUN" and said.head.i != said.i:
        said = said.head  # "Orme was a lawyer, author and judge who served": the whole list is said of Orme
    if said is not noun and predicated_name(said) is not said:
        return predicated_name(said)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        named = [c for c in noun.head.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if len(named) == 1:
            return named[0]
    if noun.dep_ == "attr" and (noun.head.lemma_ == "be" or noun.head.lower_ in ("is", "was", "are", "were", "'s", "’s")):
        named = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"] or \
            subject_before_naming_aside(noun.head)  # "Orm, sometimes called Ormia, was a kingdom which"
        if len(named) == 1:
            return named[0]
        if noun.lower_ in RULING_GROUP_NOUNS:
            # "The Ming dynasty was an imperial dynasty of China that ruled": the named house said so
            named = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                     any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in c.children)]
            if len(named) == 1:
                return named[0]
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return noun


def relative_antecedent(token: Any) -> Any:
    """The noun a relative pronoun stands for ("the army, which was forced to …" → army)."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return person_in_kin_group(token.head)
    return token
