"""The thing founded, written or coined when the sentence names it only by the article's subject (issue
33 item 5: "themes name the thing acted on in full").

Leads about a religion, a text or a term tell its making with a subject the parse gives no theme for, or
a generic one: "Vellism was a major religion founded in the third century by Orm" (the participle hangs on
"religion", a predicate noun: the thing is the copula's subject, Vellism), "It is claimed to have been
composed by Orm in 711–712" (the pronoun's subject sits on "claimed"), "The term was coined by Orm" and
"the denomination grew out of …" (the article's subject: its title). The title stands in only where the
document's first sentence defines it as such a thing ("Polytheism is the belief …", "The Zhuangzi is an
ancient text"): a party's or a place's article keeps its own rules (a founded state is a participant).
:func:`made_theme` is what :mod:`pipeline.events.themes` asks first.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.defined_things import title_defined_as
from pipeline.events.object_themes import described_object
from pipeline.lexicon.labels import ACTOR_LABELS, PLACE_LABELS
from pipeline.lexicon.made_things import MAKING_FORMS, SORT_NOUNS, STAND_IN_NOUNS, THING_KINDS
from pipeline.lexicon.light_verb_forms import COPULA_FORMS

_POINTING = {"the", "this", "that"}


def made_theme(trigger: Any, head: Any | None, paragraphs: Any) -> tuple[str, set[int]] | None:
    """(theme, tokens of its name in the sentence) for a making verb whose thing is named only by the
    article's subject or a predicate noun's subject; None where the usual rules apply."""
    if (described := described_object(trigger, paragraphs)) is not None:
        return described  # "The Orm Story is a film directed by …", "First released in 2008, Vellos is": defined_things
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lower_ not in MAKING_FORMS:
        return None
    if head is None:
        described = _described_by_predicate(trigger, paragraphs)
        if described is not None:
            return described
        head = _passive_subject_above(trigger)
    if head is None or not _stands_for_subject(head):
        return None
    thing = defined_thing(paragraphs)
    # the standing-in word's index, so that "it" is read as no party too
    return (thing, {head.i}) if thing is not None else None


def _described_by_predicate(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """"Vellism was a major religion founded by Orm": the copula's named subject, when the participle
    describes the predicate noun and that noun is a made thing's kind; else None."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or noun.dep_ != "attr" or _kind(noun) is None:
        return None
    copula = noun.head
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if copula.lower_ not in COPULA_FORMS or subject is None:
        return None
    if subject.lower_ == "it" and subject.pos_ == "PRON":
        thing = defined_thing(paragraphs)  # "It is a text written in …": the article's subject
        return (thing, set()) if thing is not None else None
    # "Vellism" may be tagged a common noun; its capital (and no determiner of its own) makes it a name
    span = _name_of(subject) if subject.pos_ in ("PROPN", "NOUN") else None
    if span is None:
        return None
    # (whatever the model tagged the name: the defining noun makes it a thing, "a religion founded"); its
    # tokens with a determiner the entity may hold ("The Orm Faith"), so it is no participant too
    return span.text, set(range(subject.left_edge.i, span.end))


def _name_of(subject: Any) -> Any | None:
    """The capitalised words of a subject's name, up to a bracket or comma ("The Baháʼí Faith")."""
    words = [t for t in sorted(subject.subtree, key=lambda t: t.i) if t.i <= subject.i]
    run = []
    for t in words:
        if t.text in ("(", ",", "[", "–", "—", ";", ":"):
            run = []
            continue
        run.append(t)
    while run and run[0].lower_ in _POINTING:
        run = run[1:]
    if not run or not all(t.text[:1].isupper() or t.tag_ == "POS" or t.lower_ in ("of", "and") for t in run):
        return None
    return subject.doc[run[0].i:run[-1].i + 1]


def _passive_subject_above(trigger: Any) -> Any | None:
    """The subject a passive infinitive or a conjoined verb shares with the verb above it ("It is
    claimed to have been composed", "the path evolved …, and was introduced")."""
    host = trigger
    while (host.dep_ in ("xcomp", "conj") or (host.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in host.children))) and host.head.i != host.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children):
            return None
        host = host.head
        subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _stands_for_subject(head: Any) -> bool:
    """Whether a word stands for the article's subject: "it", or a bare definite noun of a made thing's
    kind ("the term", "the denomination", "the path")."""
    if head.lower_ == "it" and head.pos_ == "PRON":
        return True
    if head.pos_ != "NOUN" or head.lower_ not in STAND_IN_NOUNS:
        return False
    children = list(head.children)
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in children) and all(
        c.dep_ in ("det", "punct") for c in children)


def _kind(noun: Any) -> str | None:
    """The made thing's kind a defining noun gives ("religion"; "a type of religion" → religion), or None."""
    if noun.pos_ != "NOUN":
        return None
    if noun.lower_ in SORT_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.lower_ in THING_KINDS:
            return obj.lower_
        # "a branch of Protestantism": a named sort of thing
        if obj is not None and obj.pos_ == "PROPN" and not obj.ent_type_ in ACTOR_LABELS | PLACE_LABELS:
            return noun.lower_
    return noun.lower_ if noun.lower_ in THING_KINDS else None


def defined_thing(paragraphs: Any) -> str | None:
    """The document's title when its first sentence defines it as a made thing ("Polytheism is the
    belief …", "The Kojiki … is an early Japanese chronicle"), without a bracketed qualifier; else None."""
    return title_defined_as(paragraphs, _kind)


def title_words(doc: Any, at: int, stop: int, head: Any) -> int | None:
    """How many words from ``at`` a capitalised name runs on in lower case before its next capitalised word:
    "on" ("Discourse on Method") or "of the"/"on the" ("Discourse on the Method", "Treaty of the
    Pyrenees"); None where the name ends (a date after, a clause, a sentence-initial common noun)."""
    if head.pos_ != "PROPN" and head.i == head.sent.start:
        return None  # "Support of the Tarvian army": a capital only for the sentence's start
    words = [doc[at].lower_] + ([doc[at + 1].lower_] if at + 1 < stop else [])
    if words[:1] == ["on"]:
        skip = 2 if words[1:] == ["the"] else 1
    elif words == ["of", "the"]:
        skip = 2
    else:
        return None
    if at + skip >= stop:
        return None
    nxt = doc[at + skip]
    if not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "NOUN") or nxt.ent_type_ in ("DATE", "TIME"):
        return None
    return skip + 1


_NAME_WORDS = {"name", "names", "title", "term", "terms", "word", "words", "epithet", "designation"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def called_name(head: Any) -> Any | None:
    """"adopted the name Orm's Witnesses", "the title "rabbi" was first used": the noun of naming with
    the name it stands beside (quotes left out), the whole of what was adopted or used; None otherwise."""
    if head.pos_ != "NOUN" or head.lower_ not in _NAME_WORDS:
        return None
    name = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.left_edge.i <= head.i + 2), None)
    if name is None:
        return None
    words = [t for t in head.doc[name.left_edge.i:name.right_edge.i + 1] if t.text not in _QUOTES]
    if not words or len(words) > 6 or any(t.text in (",", ";", "(") or t.ent_type_ in ("DATE", "TIME") for t in words):
        return None
    return head.doc[head.i:words[-1].i + 1]
