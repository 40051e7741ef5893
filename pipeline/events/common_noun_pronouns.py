"""Whether "she" or "he" stands for a person the sentence calls by a common noun, not by a name
(issue 31, news: "Calling the mother of Elian Gonzalez an excellent girl, President Fidel Castro said
Friday she had been kidnapped by the boyfriend": she is the mother, not Castro).

The pronoun rules weigh the named people of the sentence and the one before; a woman or a man the
sentence names only by a noun of that gender ("the mother of …", "his wife", "a girl") before the
pronoun is a likelier one for it, and no name stands for her. Only a noun that picks out one
person ("the mother", "his wife"; not "a boy who turned 6", nor "As a father, Orm said he …"). Then the pronoun names no party: in
doubt, empty. A noun that is a named person's own apposition or title ("Ana Orm, the mother of two,
said she …", "Mrs Orm"), or sits inside a name, is that person, and leaves the pronoun to the
general rules.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.pronouns import FEMALE_NOUNS, MALE_NOUNS

_SHE, _HE = {"she", "her", "herself"}, {"he", "him", "his", "himself"}


def _named_person(noun: Any) -> bool:
    """Whether the noun is a name's apposition, title or part ("Ana Orm, the mother of two")."""
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return True
    if noun.dep_ in ("appos", "compound", "attr", "conj") and (noun.head.pos_ == "PROPN" or noun.head.ent_type_ == "PERSON"):
        return True  # ("Slepian, 52, and the father of four boys, was shot": the parser's conj is an apposition)
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # ("As a father and the grandfather of eight")
    if head.head.dep_ == "prep" and head.head.lower_ == "as":
        return True  # "As a father, Orm said he …": what the subject is
    return any(c.dep_ in ("appos", "compound", "conj") and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
               for c in noun.children)


def _definite(noun: Any) -> bool:
    """Whether the noun picks out one known person ("the mother of X", "his wife", "Elian's mother"),
    not any one ("a boy who turned 6", "an unfit father")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in noun.children)


def unnamed_one_before(token: Any) -> bool:
    """Whether a person pronoun ``token`` follows, in its own sentence, a singular common noun of its
    gender, picked out by "the" or an owner, that no name stands for (the pronoun then means that one,
    no named party)."""
    word = token.lower_
    nouns = FEMALE_NOUNS if word in _SHE else MALE_NOUNS if word in _HE else None
    if nouns is None:
        return False
    return any(t.lower_ in nouns and t.pos_ == "NOUN" and t.tag_ == "NN" and _definite(t) and not _named_person(t)
               and t not in token.ancestors for t in token.doc[token.sent.start:token.i])
