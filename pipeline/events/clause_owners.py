"""Whose "his"/"her" it is when a clause's own subject is the named person (issue "who did it", people
leads; the sentences below are invented, of the measured shapes).

"Orm was a Tarvian ruler who ruled Lusk from 1120 until his death in 1153", "Gregory Vell was a
theologian who served as the bishop of Lusk from 378 until his death in 394", "Harun Vell was the
fifth caliph, reigning from 786 until his death in 809": the possessive in a time phrase of a clause
is the clause's subject, the person whose life the clause tells. The look-back rules took the last
person named before the pronoun, the object of the clause ("Lusk", a place the model called a person)
or gave up between the two; the death row then named the wrong man or no one.

Only a "his"/"her" on a noun that a time preposition ("until", "after", "before", ...) hangs on a verb,
possibly through a run of such prepositions ("from 378 until his death"); only a single subject that
is a name (through a "who" clause or a participle after its clause), a person the paragraph names or
the article's subject; never against a gender the document gives; on a passive, its subject (the agent
is not who the clause is about). Else None, and the look-back rules decide.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.relative_heads import person_in_kin_group, predicated_name

# Prepositions of time whose object is a moment of the clause subject's life ("until his death").
_TIME_PREPOSITIONS = {"until", "till", "after", "before", "since", "from", "upon", "on", "at", "following",
                      "during", "to"}
_GENDER = {"his": "m", "her": "f"}  # as pipeline.events.genders.pronoun_gender gives them
_STEPS = 4


def _clause_verb(noun: Any) -> Any | None:
    """The verb a noun's time phrase hangs on ("ruled … from 378 until his death"), or None."""
    tok = noun
    if tok.dep_ != "pobj" or tok.head.lower_ not in _TIME_PREPOSITIONS:
        return None
    for _ in range(_STEPS):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in ("prep", "conj", "pobj"):
            return None
    return None


def clause_owner(token: Any, mentions: list, lead: Any, genders: dict[str, str]) -> list[str] | None:
    """The name a possessive "his"/"her" stands for when its clause's subject is a named person (see
    the module): ``mentions`` are the paragraph's (:class:`pipeline.events.recent_mentions.Mention`),
    ``lead`` the article's subject (or None). None where the rule does not apply."""
    if token.lower_ not in _GENDER or token.dep_ != "poss" or token.head.pos_ != "NOUN":
        return None
    verb = _clause_verb(token.head)
    if verb is None:
        return None
    # "Vell was captured by Orme during his escape": a passive's subject, not its agent, is whose escape it was
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else _subjects(verb)
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or not all(_alias(c) for c in subjects[0].conjuncts):
        return None
    subject = subjects[0]
    if subject.i > token.i:
        return None  # a subject after the pronoun is no antecedent of it
    names = {m.name for m in mentions if m.label == "PERSON" and m.span.start <= subject.i < m.span.end}
    if not names and lead is not None and lead.kind == "person" and subject.doc is lead.doc and subject.i in lead.tokens:
        names = {lead.name}
    if not names and not subject.ent_type_ and subject.tag_ == "NNP":
        names = {_written_name(subject)} - {None}  # "Jan Orme was a ruler who …": a name the model left untagged
    if len(names) != 1:
        return None
    name = names.pop()
    if genders.get(name, _GENDER[token.lower_]) != _GENDER[token.lower_]:
        return None
    return [name]


def _subjects(verb: Any) -> list:
    """The subject of an active verb: its own; a "who" clause's, the name the clause is said of; a
    participle's after its clause ("was the fifth caliph, reigning …"), the clause's. (Not
    :func:`pipeline.events.subjects.subject_of`, which imports the coreference this serves.)"""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and len(own) == 1 and own[0].tag_ == "WP":
        return [predicated_name(person_in_kin_group(verb))]
    if not own and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return own


def _alias(conjunct: Any) -> bool:
    """A name joined to the subject by "or" ("Harun ibn Orm, or simply Harun Vell, was"): the same person."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in conjunct.head.children if conjunct.head.i < c.i < conjunct.i)


def _written_name(token: Any) -> str | None:
    """A proper noun with the capitalised proper nouns compounded on it before ("Jan Orme") or a place
    it is "of" after ("Gregory of Lusk"), when there are two or more words (a lone capitalised word
    may be anything)."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    end = token.i + 1
    of = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == token.i + 1]
    places = [o for p in of for o in p.children if o.dep_ == "pobj" and o.i == p.i + 1 and o.tag_ == "NNP"
              and o.ent_type_ in ("", "GPE") and not list(o.children)]
    if places:
        words, end = words + places, places[0].i + 1  # "Gregory of Nyssa"
    if len(words) < 2 or any(w.tag_ != "NNP" or not w.text[:1].isupper() or w.ent_type_ not in ("", "GPE") for w in words) \
            or token.ent_type_ or words[0].i < token.i - 3:
        return None
    return token.doc[min(w.i for w in words):end].text
