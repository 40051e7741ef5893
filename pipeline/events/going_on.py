"""Verbs that only say a happening went on, unfolded or took effect: the subject names the happening.

"An explosion ripped through the embassy" (:func:`unfolding_subject`), "the Lusk War took place"
(:func:`named_happening_subject`), "the battle ran from 1939 to 1945", "the ceasefire became effective"
(:func:`going_on_subject`). Split out of :mod:`pipeline.events.happening_words`, which hands a light
verb's row to these.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import parse_lemma, _named_happening, happening_after_of, names_a_happening
from pipeline.lexicon.stems import singulars as _singulars
from pipeline.lexicon.happenings import (
    EVENT_NOUNS, IN_EFFECT_NOUNS, REGIME_NOUNS, IN_EFFECT_WORDS, NAMED_HAPPENING_HEADS, SPELL_NOUNS, STATES_NOT_HAPPENINGS,
    TAKING_EFFECT_NOUNS, UNFOLDING_VERB_FORMS,
)


def unfolding_subject(verb: Any, span: Any = None) -> Any | None:
    """The happening noun a verb of unfolding has as its subject ("an explosion ripped through the
    embassy", "riots broke out", "the blast went off"): the verb and the noun tell one happening. None
    when the noun has a date of its own ("the 1906 earthquake struck …" stays as the verb says) or is
    inside the date (``span``)."""
    word = verb.lower_
    particle = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    if not (word in UNFOLDING_VERB_FORMS or (parse_lemma(verb) == "go" and "off" in particle) or (
            word in ("break", "breaks", "broke", "broken", "breaking") and "out" in particle)):
        return None
    inside = range(span.start, span.end) if span is not None else range(0)
    for c in (happening_of_a_series(c) for c in verb.children if c.dep_ == "nsubj"):  # "a series of wars": wars
        if c.pos_ == "NOUN" and c.i not in inside and c.ent_type_ not in ("DATE", "TIME") and \
                names_a_happening(c) and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree if g.i != c.i):
            return c
    return None


# Verbs whose subject is a happening going on, never a party acting ("the Orm War continued until 1410",
# "the Investiture Controversy began in 1075"). With the light ones the subject names the happening better.
_GOING_ON_LIGHT = {"last", "continue"}
_GOING_ON = _GOING_ON_LIGHT | {"begin", "start", "end", "occur", "happen"}


def named_happening_subject(verb: Any, span: Any = None, light_only: bool = False) -> Any | None:
    """The head of a named happening ("the Lusk Civil War", "the Tarsk Revolution") that is the subject
    of a verb of going on (take place, last, continue; without ``light_only`` also begin, end, occur ...),
    or None. The verb takes no object of its own ("continued the talks" is an act) nor a verb
    ("continued to fight"); the name ends with the happening's noun ("Rally for the Republic" is no happening)."""
    lemma = parse_lemma(verb)
    takes_place = lemma == "take" and any(is_bare_place(c) for c in verb.children)
    if not takes_place and lemma not in (_GOING_ON_LIGHT if light_only else _GOING_ON):
        return None
    if not takes_place and any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in verb.children):
        return None
    inside = range(span.start, span.end) if span is not None else range(0)
    for c in verb.children:
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i not in inside and (names_a_happening(c) or not _singulars(
                c.lower_).isdisjoint(NAMED_HAPPENING_HEADS)) and \
                not any(g.dep_ == "prep" for g in c.children) and c.ent_type_ not in ("DATE", "TIME", "PERSON"):
            return c
    return None


# Verbs that only say a happening went on, lasted or stood in time ("the battle ran from 1939 to 1945",
# "apartheid existed from 1948", "the war continued until 1945", "the crisis is tied to 1929"):
# when their subject names a happening, the date is that happening's and the row its noun.
# ("remain" tells a state: "the treaty remained in force until 1920" is no happening of 1920.)
STANDING_IN_TIME = {"last", "run", "exist", "continue", "persist", "endure", "stretch", "become", "tie", "link",
                    "refer"}


def going_on_subject(verb: Any, lemma: str, span: Any) -> Any | None:
    """The happening noun a verb of lasting or standing in time has as its subject (see
    STANDING_IN_TIME), or the thing that came into effect; None when the verb does something of its
    own (an object or a verb: "continued the talks", "continued to fight") or the subject has a date
    of its own or names no happening ("its territory stretched …" keeps the verb)."""
    in_effect = lemma in ("become", "come") and any(
        (c.dep_ == "acomp" and c.lower_ in IN_EFFECT_WORDS) or (c.dep_ == "prep" and c.lower_ == "into" and any(
            g.dep_ == "pobj" and g.lower_ in IN_EFFECT_NOUNS for g in c.children)) for c in verb.children)
    if lemma not in STANDING_IN_TIME and not in_effect:
        return None
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    inside = range(span.start, span.end)
    subjects = ("nsubj", "nsubjpass") if lemma in ("tie", "link") else ("nsubj",)
    children = list(verb.children)
    if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        # "his reign is thought to have lasted until 931 BC": the subject the infinitive shares.
        children, subjects = list(verb.head.children), ("nsubj", "nsubjpass")
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma != "become" and verb.head.pos_ == "NOUN":
        # "a war lasting from 1939 to 1945", "a famine running until 1849": the noun the participle is said of.
        children, subjects = [verb.head], (verb.head.dep_,)
    own = {g.i for g in verb.subtree} if verb.dep_ == "acl" else set()  # the participle's date is the noun's
    for c in children:
        if c.dep_ not in subjects or c.i in inside or any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree
                                                           if g.i != c.i and g.i not in own):
            continue
        c = happening_of_a_series(c)  # "a series of wars lasted until 1802": the wars
        # The tagger takes a capitalised happening word for a name ("Apartheid existed from 1948", a
        # PERSON): a word the lexicon lists as a happening is one whatever its entity tag.
        listed = not _singulars(c.lower_).isdisjoint(EVENT_NOUNS) or c.lower_ in REGIME_NOUNS
        if c.ent_type_ in ("DATE", "TIME", "PERSON", "GPE", "NORP") and not listed:
            continue
        if (c.pos_ in ("NOUN", "PROPN") and (_named_happening(c) or c.lower_ in SPELL_NOUNS or
                                             c.lower_ in REGIME_NOUNS or _split_or_joined(c))) \
                or (c.tag_ == "VBG" and c.dep_ == "nsubj" and lemma in _LASTING) \
                or (in_effect and c.pos_ == "NOUN" and
                    not _singulars(c.lower_).isdisjoint(TAKING_EFFECT_NOUNS) and
                    _singulars(c.lower_).isdisjoint(STATES_NOT_HAPPENINGS)):  # ("union" a state: the filters drop it)
            return c
    return None


# Verbs of lasting whose gerund subject is the happening: "fighting lasted until 1949" ("trading
# continued on Friday" keeps the verb: a report's going on is its own happening of the day).
_LASTING = {"last", "persist", "endure", "exist"}


# Nouns that name a thing alone (a military division, a trade union) and a happening with what was
# split or joined: "the division of the country lasted until 1949". ("union" is no such noun: the row
# filters take it for a state, pipeline.events.standings.)
_SPLITTING_NOUNS = {"division", "partition", "separation", "unification", "merger"}


def _split_or_joined(noun: Any) -> bool:
    """A splitting or joining noun with its "of" complement (see _SPLITTING_NOUNS)."""
    return noun.pos_ == "NOUN" and noun.lower_ in _SPLITTING_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# Nouns that count or group happenings and name none: "a series of wars", "a wave of strikes".
_SERIES_NOUNS = {"series", "wave", "spate", "string", "succession", "sequence", "chain", "round", "number",
                 "cycle", "run", "rash"}  # "suffered from a rash of kidnappings"


def happening_of_a_series(noun: Any) -> Any:
    """The happening a series noun is of ("a series of wars" → wars), else the noun itself."""
    if noun.lower_ not in _SERIES_NOUNS:
        return noun
    return happening_after_of(noun) or noun


def says_it_happened(verb: Any) -> bool:
    """Whether a verb only says that its subject happened: occur, happen, take place."""
    lemma = parse_lemma(verb)
    return lemma in ("occur", "happen") or (lemma == "take" and any(is_bare_place(c) for c in verb.children))


def is_bare_place(child: Any) -> bool:
    """The "place" of "took place": an object with no determiner or owner ("the state took its place",
    "took first place" tell a replacing and a ranking, not that the subject happened)."""
    return child.dep_ == "dobj" and child.lower_ == "place" and not any(
        g.dep_ in ("det", "poss", "amod", "nummod", "compound") for g in child.children)
