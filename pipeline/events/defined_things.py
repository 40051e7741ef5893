"""A made object the sentence or the article defines is the thing acted on, never a party (issues 31 "names
a user can group by" and 33 "themes name the thing acted on in full").

Leads about a work, a product, a building, a genre or a language tell its making with shapes whose parse
gives the object no theme, and the model tags its name as a person or a body:

- a participle describing the predicate noun: "The Orm Story is a 1953 drama film directed by Yasujiro
  Vell" (the film is the copula's subject), "ORMAC was the first programmable computer, completed in
  1945", "The Orm Telescope is a space telescope that was launched in 1990";
- a fronted participle: "First released in 2008, Vellos is the world's most widely used operating system",
  "Opened on October 27, 1904, the Lusk City Subway is one of the oldest transit systems";
- "it" in an article whose first sentence defines its subject as such an object: "It was completed in
  AD 537" (the basilica).

The article's object (:func:`defined_object`) is no party wherever it is named, nor is a product line
named after its maker ("Orm Vellix" in the article on Vellix), nor what such an object is ranked against
("it was surpassed in 2012 by One Vell Center"). The kinds of objects are
:data:`pipeline.lexicon.made_things.OBJECT_KINDS`; bodies that share a noun ("church", "museum") are not.
This module reads what the article defines and a subject's name; :mod:`pipeline.events.object_themes` reads
the shapes (for :mod:`pipeline.events.made_themes`), :mod:`pipeline.events.object_parties` the roles.
"""

from __future__ import annotations

import re
import weakref
from typing import Any, Callable

from pipeline.events.lead_titles import title_core
from pipeline.lexicon.light_verb_forms import COPULA_FORMS
from pipeline.lexicon.made_things import OBJECT_KINDS, QUALIFIED_OBJECT_KINDS

POINTING = {"the", "this", "that"}
# Lower-case words a title runs through ("The Lord of the Rings", "A Midsummer Night's Dream").
_JOINERS = {"of", "the", "and", "a", "an", "on", "in", "'s", "’s", "for", "to", "de", "la", "le", "du"}
_STOPS = {"(", ",", "[", "–", "—", ";", ":"}
# Words that pick one out of a class ("one of the best-selling books", "among the oldest systems").
ONE_OF = {"one", "some", "among", "several"}
# Nouns of a sort of things ("a family of operating systems", "a series of novels"): the kind is their "of".
_SORTS = {"family", "series", "line", "range", "type", "kind", "class", "pair", "set", "trilogy", "cycle"}
_CACHE: "weakref.WeakKeyDictionary[Any, tuple[str | None, str | None]]" = weakref.WeakKeyDictionary()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in OBJECT_KINDS | set(QUALIFIED_OBJECT_KINDS) else word


def object_kind(noun: Any) -> str | None:
    """The made object's kind a defining noun gives ("film"; "an operating system" → system; "one of the
    oldest transit systems" → system), or None."""
    if noun.pos_ in ("NUM", "PRON") or noun.lower_ in ONE_OF or noun.lower_ in _SORTS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return object_kind(obj) if obj is not None and obj.pos_ == "NOUN" else None
    if noun.pos_ != "NOUN":
        return None
    word = _singular(noun.lower_)
    if word in OBJECT_KINDS:
        return word
    qualifiers = QUALIFIED_OBJECT_KINDS.get(word)
    if qualifiers and any(c.dep_ in ("compound", "amod") and c.lower_ in qualifiers for c in noun.children):
        return word
    return None


def title_defined_as(paragraphs: Any, kind: Callable[[Any], str | None]) -> str | None:
    """The document's title when its first sentence defines it with a noun ``kind`` accepts ("Polytheism is
    the belief …", "The Orm Story is a 1953 film"), without a bracketed qualifier; else None."""
    title = title_core(paragraphs.title) or ""
    if not title or len(title.split()) > 6 or not paragraphs.chunks:
        return None
    sent = next(iter(paragraphs.chunks[0][1].sents), None)
    named, _, last = title.rpartition(" ")
    if sent is None or (named or title).lower() not in sent.text.lower():
        return None
    # The first copula with a predicate noun ("Polytheism is the belief …; it contrasts with …" is parsed
    # with the later clause as the root; "The Kojiki, also read as Orm, is a chronicle" with no subject).
    root = next((t for t in sent if t.lower_ in COPULA_FORMS and t.dep_ in ("ROOT", "ccomp", "conj")
                 and any(c.dep_ == "attr" for c in t.children)), None)
    if root is None:
        return None
    attr = next(c for c in root.children if c.dep_ == "attr")
    if kind(attr) is None:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # The title heads the subject ("The Zhuangzi is …"), or opens the sentence before the copula.
    said = subject.doc[subject.left_edge.i:subject.right_edge.i + 1] if subject is not None else sent.doc[sent.start:root.i]
    opening = said.text.lower().removeprefix("the ").lstrip()
    own = title.lower().removeprefix("the ")
    # (or the sentence opens with it, where a long foreign name broke the parse: "Encyclopédie, ou
    # dictionnaire raisonné des sciences, … was a general encyclopedia")
    if opening.startswith(own) or sent.text.lower().removeprefix("the ").startswith(own + ","):
        return title
    # "Tamil language": the article's name is its title without the kind ("Tamil is a Dravidian language")
    if named and last.lower() == attr.lower_ and re.match(re.escape(named.lower()) + r"\b", opening):
        return named
    return None


def defined_object(paragraphs: Any) -> str | None:
    """The article's subject when its first sentence defines it as a made object (a work, a product, a
    building, a genre, a language): "The Orm Story is a 1953 drama film"; else None."""
    return defined_kind(paragraphs)[0]


def defined_kind(paragraphs: Any) -> tuple[str | None, str | None]:
    """(the article's made object, its kind), computed once per document."""
    if paragraphs not in _CACHE:
        kinds: list[str] = []

        def kind(noun: Any) -> str | None:
            found = object_kind(noun)
            kinds.append(found) if found else None
            return found
        title = title_defined_as(paragraphs, kind)
        _CACHE[paragraphs] = (title, kinds[-1] if title and kinds else None)
    return _CACHE[paragraphs]


def _stands_for_object(subject: Any, paragraphs: Any) -> bool:
    """Whether a subject is a bare definite noun of the article's object's kind ("Completed in 1825, the
    canal was" in the article on a canal)."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in POINTING for c in subject.children):
        return False
    if any(c.dep_ not in ("det", "punct") for c in subject.children):
        return False  # "the first canal of its kind": another
    thing, kind = defined_kind(paragraphs)
    return thing is not None and object_kind(subject) == kind


def bare_name(text: str) -> str:
    """A name compared without case and a leading "the"."""
    return text.lower().removeprefix("the ").strip()


def is_object_name(name: str, paragraphs: Any) -> bool:
    """Whether a name is the article's made object, or its product line named after its maker ("Orm
    Vellix" in the article on Vellix): a thing, no party."""
    thing = defined_object(paragraphs)
    if thing is None:
        return False
    bare, own = bare_name(name), bare_name(thing)
    if bare == own:
        return True
    # (a maker's one- or two-word name before the object's: "Orm Vellix"; never the object's own words after
    # another's: "Vellix Foundation" is a body; nor before a tongue's or a style's name: "Sri Lankan Tamil"
    # are a people)
    return bare.endswith(" " + own) and len(bare.split()) <= len(own.split()) + 2 and \
        defined_kind(paragraphs)[1] not in _TONGUES


_TONGUES = {"language", "dialect", "genre", "subgenre", "style"}


def name_span(subject: Any) -> Any | None:
    """The capitalised words of a subject's name, up to a bracket or a comma ("The Lord of the Vells", "A
    Midsummer Orm's Dream"); None for a common noun or a pronoun."""
    if subject.pos_ not in ("PROPN", "NOUN") or not subject.text[:1].isupper():
        return None
    words = [t for t in sorted(subject.subtree, key=lambda t: t.i)]
    start = next((k for k, t in enumerate(words) if t.i == subject.left_edge.i), 0)
    run = []
    for t in words[start:]:
        if t.text in _STOPS or t.dep_ in ("relcl", "acl"):
            break
        run.append(t)
    while run and run[-1].lower_ in _JOINERS:
        run.pop()
    if not run or subject.i not in {t.i for t in run}:
        return None
    if not all(t.text[:1].isupper() or t.lower_ in _JOINERS or t.tag_ == "POS" or t.like_num for t in run):
        return None
    return subject.doc[run[0].i:run[-1].i + 1]


def theme_of_subject(subject: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """(theme, tokens) for a named subject: the title's form where the name is the article's object
    ("The Orm Story"), else the name without a pointing determiner; its tokens those of the whole subject
    but its clauses, so that an apposition's words are no parties either."""
    if subject.lower_ == "it" and subject.pos_ == "PRON":
        thing = defined_object(paragraphs)  # "It is one of the oldest languages": the article's
        return (thing, {subject.i}) if thing is not None else None
    if _stands_for_object(subject, paragraphs):
        return defined_object(paragraphs), {t.i for t in subject.subtree}  # "the canal": the article's
    thing = defined_object(paragraphs)
    if thing is not None and _opens_with(subject, thing):
        # the article's title as written, whatever the parse made of its words ("A Storm to Come")
        return thing, {t.i for t in subject.subtree}
    span = name_span(subject)
    if span is None:
        return None
    clauses = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    tokens = {t.i for t in subject.subtree} - clauses
    if thing is not None and bare_name(span.text) == bare_name(thing):
        return thing, tokens
    text = span.text
    if span[0].lower_ in POINTING:
        text = span[1:].text
    return paragraphs.names.by_text.get(text, text), tokens


def _opens_with(subject: Any, thing: str) -> bool:
    """Whether a subject's words open with the article's object's name, a "the" aside."""
    doc = subject.doc
    text = doc[subject.left_edge.i:min(len(doc), subject.left_edge.i + len(thing.split()) + 8)].text
    bare, own = bare_name(text), bare_name(thing)
    return bare.startswith(own) and (len(bare) == len(own) or not bare[len(own)].isalnum())
