"""Verbs of lasting, spanning and dating whose happening is the noun they are said of (issue "when and what").

History leads date a happening through a participle or relative clause that only says how long it went
on: "the global Orm War, which lasted from 1756 to 1763" is the war; "The Orm Revolution was a period of
change in Orm, starting in 1917" the revolution (the period is its stretch of time); "a war of
independence waged by the Lusk from 1896 to 1898" the war; "the peak of trade extended from the 8th
century" the trade; "Their consolidation is believed to have occurred during the 8th century BC" the
consolidation (the subject the infinitive shares). A polity told as a stretch of time ("the Old Kingdom is
the period spanning c. 2700 – c. 2200 BC", "the Orm Kingdom lasted until 1400") keeps the verb the text
writes: judges read "exist" there as a word the text does not say (session 18's changed-row audit). A thing dated ("the
formation of the first city, dated to around 3500 BCE") is the happening it is "of".
:mod:`pipeline.events.light_links` hands the row over through :func:`stretch_happening`.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import parse_lemma, _named_happening, happening_after_of, names_a_happening

# Verbs that say only how long their noun went on ("lasting from", "spanning", "which extended until").
_STRETCH_VERBS = {"last", "span", "extend", "stretch", "run", "continue"}
# Verbs that open the stretch of time a copula's noun names ("was a period of change, starting in 1917").
_OPENING_VERBS = {"start", "begin"}
# Nouns for a stretch of time that a happening or a polity fills.
_STRETCH_NOUNS = {"period", "era", "age", "epoch", "time", "phase", "span", "stage"}
# Nouns for the height of a happening: "the peak of trade extended from the 8th century" is the trade.
_HEIGHT_NOUNS = {"peak", "height", "heyday", "zenith", "apogee", "apex", "climax", "golden"}
# Verbs that raise their subject to the infinitive ("is believed to have occurred", "seems to have happened").
_RAISING_VERBS = {"believe", "think", "say", "seem", "appear", "know", "report", "reckon", "estimate", "consider",
                  "presume", "suppose", "assume", "claim", "hold", "understand", "suggest", "prove", "tend"}
# Participles that wage a happening noun: "a war of independence waged by the Lusk from 1896".
WAGING_PARTICIPLES = {"waged", "fought"}


def _happening(tok: Any, inside: range) -> bool:
    """A noun naming a happening, or a happening's name ("the Orm War"), outside the date."""
    if tok.i in inside or tok.ent_type_ in ("DATE", "TIME") or (tok.ent_type_ in ("PERSON", "GPE", "NORP") and
                                                                 not names_a_happening(tok)):
        return False
    return (tok.pos_ == "NOUN" and names_a_happening(tok)) or (tok.pos_ == "PROPN" and _named_happening(tok))


def _copula_subject(noun: Any) -> Any | None:
    """The subject of the copula whose attribute ``noun`` is ("the Orm Revolution was a period")."""
    if noun.dep_ != "attr" or noun.head.pos_ not in ("AUX", "VERB") or parse_lemma(noun.head) != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _said_of(verb: Any, lemma: str) -> Any | None:
    """The noun a stretch verb is said of: the head of its participle or of its relative clause, or the
    attribute of the copula a participle after a comma hangs on; None for any other verb or shape."""
    if any(c.dep_ in ("xcomp", "ccomp", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma in _STRETCH_VERBS and head.pos_ in ("NOUN", "PROPN"):
        return head  # "a war lasting from 1939", "the period spanning c. 2700 – c. 2200 BC"
    if verb.dep_ == "relcl" and lemma in _STRETCH_VERBS and head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return head  # "the global Orm War, which lasted from 1756 to 1763"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma in _STRETCH_VERBS | _OPENING_VERBS and \
            head.pos_ in ("AUX", "VERB") and parse_lemma(head) == "be" and head.i < verb.i and \
            verb.doc[verb.i - 1].text == ",":
        # "The Orm Revolution was a period of change in Orm, starting in 1917": the parser hangs the
        # participle on the copula; it is said of the attribute.
        return next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return None


def stretch_happening(verb: Any, lemma: str, span: Any) -> Any | None:
    """The happening noun a verb of lasting, spanning or opening a stretch of time is said of, or the
    subject an infinitive of happening shares; None when there is none (the verb keeps the row)."""
    inside = range(span.start, span.end)
    stem = lemma if lemma in _STRETCH_VERBS | _OPENING_VERBS else _stem(verb.lower_)  # the lemmatizer is off
    if any(c.dep_ == "dobj" and c.i not in inside for c in verb.children):
        return None  # "a reign spanning three wars": the verb has an object of its own
    if (raised := _raised_subject(verb, lemma, inside)) is not None:
        return raised
    if (waged := _waged_noun(verb, inside)) is not None:
        return waged
    if (height := _height_subject(verb, stem, inside)) is not None:
        return height
    noun = _said_of(verb, stem)
    if noun is None or noun.i in inside:
        return None
    if noun.lower_ in _STRETCH_NOUNS:
        subject = _copula_subject(noun)
        if subject is not None and _happening(subject, inside):
            return subject  # "the Orm Revolution was a period of change …, starting in 1917": the revolution
        return None if subject is not None else happening_after_of(noun)
    if verb.dep_ == "advcl" and (subject := _copula_subject(noun)) is not None and _happening(subject, inside):
        return subject  # "The Orm War was a conflict in Vell, lasting from 1868": the war's name
    return noun if _happening(noun, inside) else None


def _stem(word: str) -> str:
    """The lemma of a stretch participle with the lemmatizer off: "spanning" → span, "lasting" → last."""
    irregular = {"ran": "run", "began": "begin", "begun": "begin"}
    if word in irregular:
        return irregular[word]
    for verb in _STRETCH_VERBS | _OPENING_VERBS:
        if word in (verb + "ing", verb[:-1] + "ing", verb + verb[-1] + "ing", verb + "ed", verb + "d", verb + "s"):
            return verb
    return word


def _raised_subject(verb: Any, lemma: str, inside: range) -> Any | None:
    """"Their consolidation is believed to have occurred during the 8th century BC", "the split seems to
    have happened in 1054": an infinitive of happening with no subject of its own, under a verb that
    raises its subject; that subject is what happened."""
    if lemma not in ("occur", "happen") or verb.dep_ != "xcomp" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.pos_ != "VERB" or (parse_lemma(head) not in _RAISING_VERBS and _stem_of(head.lower_) not in _RAISING_VERBS):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and
                 _happening(c, inside)), None)


def waging_participle(noun: Any) -> Any | None:
    """The participle that waged a happening noun ("a war … waged by the Lusk"): its phrases tell the parties."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.lower_ in WAGING_PARTICIPLES and
                 c.tag_ == "VBN"), None)


def _stem_of(word: str) -> str:
    """A raising verb's lemma from its form, with the lemmatizer off ("appears" → appear, "thought" → think)."""
    irregular = {"thought": "think", "said": "say", "known": "know", "held": "hold", "understood": "understand",
                 "proved": "prove", "proven": "prove"}
    if word in irregular:
        return irregular[word]
    for ending in ("s", "ed", "d"):
        if word.endswith(ending) and word[:-len(ending)] in _RAISING_VERBS:
            return word[:-len(ending)]
    return word


def _waged_noun(verb: Any, inside: range) -> Any | None:
    """"a war of independence waged by the Lusk against Orm from 1896 to 1898": the happening waged."""
    if verb.lower_ not in WAGING_PARTICIPLES or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    head = verb.head
    return head if head.pos_ in ("NOUN", "PROPN") and _happening(head, inside) else None


def _height_subject(verb: Any, lemma: str, inside: range) -> Any | None:
    """"the peak of trade extended from the 8th century until the 17th": the happening at its height."""
    if lemma not in _STRETCH_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        subjects.append(verb.head)  # the parser's misreading: "the peak of trade extended" as a described noun
    for noun in subjects:
        if noun.pos_ == "NOUN" and noun.lower_ in _HEIGHT_NOUNS and noun.i not in inside:
            after = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                          if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if after is not None and _happening(after, inside):
                return after
            if after is not None and after.ent_type_ not in ("DATE", "TIME"):
                return noun  # "the peak of trade": the trade at its height ("trade" is too short for the suffix test)
    return None


def dated_happening(noun: Any) -> Any:
    """The thing a date participle is said of ("an inscription dating back to 1208 BCE"), or the
    happening it is the object of ("the formation of the first city, dated to 3500 BCE" → formation)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and \
            names_a_happening(noun.head.head):
        return noun.head.head
    return noun


def dated_by_its_stretch(noun: Any, span: Any) -> bool:
    """Whether the date ``span`` is how long ``noun`` went on, told by a verb of lasting said of it ("the
    famine, which continued until 1849", "a war lasting from 1939 to 1945"): what the noun did happened
    within that stretch, not at its date."""
    return any(c.dep_ in ("relcl", "acl") and _said_of(c, _stem(c.lower_)) is not None and
               c.i <= span.root.i <= c.right_edge.i for c in noun.children)
