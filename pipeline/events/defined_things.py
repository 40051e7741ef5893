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
"""

from __future__ import annotations

import re
import weakref
from typing import Any, Callable

from pipeline.events.lead_titles import title_core
from pipeline.lexicon.light_verb_forms import COPULA_FORMS
from pipeline.lexicon.type_nouns import THING_NAME_HEADS
from pipeline.lexicon.made_things import OBJECT_KINDS, OBJECT_MAKING_FORMS, QUALIFIED_OBJECT_KINDS, RANKING_STEMS

_POINTING = {"the", "this", "that"}
# Lower-case words a title runs through ("The Lord of the Rings", "A Midsummer Night's Dream").
_JOINERS = {"of", "the", "and", "a", "an", "on", "in", "'s", "’s", "for", "to", "de", "la", "le", "du"}
_STOPS = {"(", ",", "[", "–", "—", ";", ":"}
# Words that pick one out of a class ("one of the best-selling books", "among the oldest systems").
_ONE_OF = {"one", "some", "among", "several"}
# Nouns of a sort of things ("a family of operating systems", "a series of novels"): the kind is their "of".
_SORTS = {"family", "series", "line", "range", "type", "kind", "class", "pair", "set", "trilogy", "cycle"}
_CACHE: "weakref.WeakKeyDictionary[Any, tuple[str | None, str | None]]" = weakref.WeakKeyDictionary()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in OBJECT_KINDS | set(QUALIFIED_OBJECT_KINDS) else word


def object_kind(noun: Any) -> str | None:
    """The made object's kind a defining noun gives ("film"; "an operating system" → system; "one of the
    oldest transit systems" → system), or None."""
    if noun.pos_ in ("NUM", "PRON") or noun.lower_ in _ONE_OF or noun.lower_ in _SORTS:
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
    return _defined(paragraphs)[0]


def _defined(paragraphs: Any) -> tuple[str | None, str | None]:
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
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _POINTING for c in subject.children):
        return False
    if any(c.dep_ not in ("det", "punct") for c in subject.children):
        return False  # "the first canal of its kind": another
    thing, kind = _defined(paragraphs)
    return thing is not None and object_kind(subject) == kind


def _bare(text: str) -> str:
    return text.lower().removeprefix("the ").strip()


def is_object_name(name: str, paragraphs: Any) -> bool:
    """Whether a name is the article's made object, or its product line named after its maker ("Orm
    Vellix" in the article on Vellix): a thing, no party."""
    thing = defined_object(paragraphs)
    if thing is None:
        return False
    bare, own = _bare(name), _bare(thing)
    if bare == own:
        return True
    # (a maker's one- or two-word name before the object's: "Orm Vellix"; never the object's own words after
    # another's: "Vellix Foundation" is a body; nor before a tongue's or a style's name: "Sri Lankan Tamil"
    # are a people)
    return bare.endswith(" " + own) and len(bare.split()) <= len(own.split()) + 2 and \
        _defined(paragraphs)[1] not in _TONGUES


_TONGUES = {"language", "dialect", "genre", "subgenre", "style"}


def _name_span(subject: Any) -> Any | None:
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


def _theme_of_subject(subject: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
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
    span = _name_span(subject)
    if span is None:
        return None
    clauses = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    tokens = {t.i for t in subject.subtree} - clauses
    if thing is not None and _bare(span.text) == _bare(thing):
        return thing, tokens
    text = span.text
    if span[0].lower_ in _POINTING:
        text = span[1:].text
    return paragraphs.names.by_text.get(text, text), tokens


def _opens_with(subject: Any, thing: str) -> bool:
    """Whether a subject's words open with the article's object's name, a "the" aside."""
    doc = subject.doc
    text = doc[subject.left_edge.i:min(len(doc), subject.left_edge.i + len(thing.split()) + 8)].text
    bare, own = _bare(text), _bare(thing)
    return bare.startswith(own) and (len(bare) == len(own) or not bare[len(own)].isalnum())


def described_object(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """(theme, tokens of its name) where ``trigger`` tells the making of a made object named as a copula's
    subject (see the module) or by the article's "it"; None where the usual rules apply."""
    if trigger.tag_ != "VBN":
        # "OrmScript overtook VellScript"; "Orm licensed Vellix" (the article's object, tagged a body)
        return ranked_theme(trigger, paragraphs) or _acted_on_object(trigger, paragraphs)
    own = {c.dep_ for c in trigger.children}
    if trigger.dep_ == "acl" or (trigger.dep_ == "relcl" and any(
            c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in trigger.children)):
        return _predicate_shape(trigger, paragraphs)
    if trigger.dep_ == "advcl" and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}:
        return _fronted_shape(trigger, paragraphs)
    if (ranked := ranked_theme(trigger, paragraphs)) is not None:
        return ranked  # "it was surpassed in 2012 by One Vell Center": the building
    it = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if it is not None and it.lower_ == "it" and trigger.lower_ in OBJECT_MAKING_FORMS:
        thing = defined_object(paragraphs)  # "It was completed in AD 537": the basilica the article is on
        return (thing, {it.i}) if thing is not None else None
    return _acted_on_object(trigger, paragraphs)


# Nouns of a piece of a thing ("Parts of the Orm Cathedral were declared"): the thing is acted on.
_PIECES = {"part", "parts", "portion", "portions", "section", "sections", "much", "most", "all", "some"}


def _acted_on_object(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """The article's made object as the verb's object or passive subject, or their "of" ("Orm licensed
    Vellix", "Parts of the Orm Cathedral were declared a site"); None otherwise."""
    if trigger.pos_ != "VERB":
        return None
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not heads and trigger.dep_ == "conj" and trigger.tag_ == "VBN" and not any(
            c.dep_ == "nsubj" for c in trigger.children):
        heads = [c for c in trigger.head.children if c.dep_ == "nsubjpass"]  # "was begun … and completed"
    for head in heads:
        whole = head
        if head.lower_ in _PIECES:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            head = next((g for g in of.children if g.dep_ == "pobj"), head) if of is not None else head
        span = _name_span(head) if head.pos_ == "PROPN" else None
        if span is None:
            continue
        if is_object_name(span.text, paragraphs):
            return defined_object(paragraphs), {t.i for t in whole.subtree}
        if span[-1].lower_ in THING_NAME_HEADS and head.i == span[-1].i and whole is head:
            # "Lincoln Reservoir was begun in 1889 and completed in 1901": a named building or work (the
            # model's person or body, no party) is the thing acted on
            text = span[1:].text if span[0].lower_ in _POINTING else span.text
            return paragraphs.names.by_text.get(text, text), {t.i for t in span}
    return None


def _predicate_shape(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """"The Orm Story is a film directed by Vell", "ORMAC was the first computer, completed in 1945"."""
    noun = trigger.head
    if object_kind(noun) is None:
        return None
    attr = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _ONE_OF:
        attr = noun.head.head  # "one of the best-selling books written by …"
    if attr.dep_ != "attr" or attr.head.lower_ not in COPULA_FORMS:
        return None
    subject = next((c for c in attr.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ == "it" and subject.pos_ == "PRON":
        thing = defined_object(paragraphs)
        return (thing, {subject.i}) if thing is not None else None
    found = _theme_of_subject(subject, paragraphs)
    if found is None and _in_first_sentence(trigger, paragraphs) and (thing := defined_object(paragraphs)):
        # the article's defining sentence, its subject's parse broken by a foreign title: the object, and
        # none of the title's words ("sciences") a party
        return thing, {t.i for t in subject.subtree}
    return found


def _in_first_sentence(token: Any, paragraphs: Any) -> bool:
    """Whether a token lies in the document's first sentence (the one defining its subject)."""
    if not paragraphs.chunks:
        return False
    first = next(iter(paragraphs.chunks[0][1].sents), None)
    return first is not None and token.doc is first.doc and first.start <= token.i < first.end


def _fronted_shape(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """"First released in 2008, Vellos is the world's most widely used operating system": a participle of
    making before its clause is done to the clause's subject, where the copula defines that subject as a
    made object, or the subject is the article's object. Not "Released from prison, Orme became …"."""
    head = trigger.head
    if trigger.lower_ not in OBJECT_MAKING_FORMS or any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    attr = next((c for c in head.children if c.dep_ == "attr"), None) if head.lower_ in COPULA_FORMS else None
    defining = attr is not None and object_kind(attr) is not None
    if trigger.i > head.i:
        # "It is one of the oldest languages, attested since c. 300 BCE": after the defining noun and a comma
        if not defining or attr.i > trigger.i or trigger.doc[trigger.i - 1].text != ",":
            return None
    elif subject.i < trigger.i:
        return None
    found = _theme_of_subject(subject, paragraphs)
    if found is None:
        return None
    if defining or is_object_name(found[0], paragraphs):
        return found
    return None


def _ranking_sides(trigger: Any) -> list:
    """The subject, object and agent of a verb of ranking ("surpassed … by One Vell Center")."""
    if not trigger.lower_.startswith(RANKING_STEMS):
        return []
    sides = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return sides + [o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def _is_object_side(side: Any, paragraphs: Any) -> bool:
    return (side.lower_ == "it" and side.pos_ == "PRON") or \
        is_object_name(side.doc[side.left_edge.i:side.i + 1].text, paragraphs)


def ranked_words(trigger: Any, paragraphs: Any) -> set[str]:
    """The words of what the article's made object is ranked against ("the Orm Building was the tallest
    until it was surpassed in 2012 by One Vell Center", "OrmScript overtook VellScript"): one made object
    passes another, so the other is a thing too, no party. Empty where no such ranking is told."""
    sides = _ranking_sides(trigger)
    if not sides or defined_object(paragraphs) is None:
        return set()
    ours = [s for s in sides if _is_object_side(s, paragraphs)]
    if not ours:
        return set()
    return {t.text for s in sides if s not in ours for t in s.subtree if t.text[:1].isupper()}


def ranked_theme(trigger: Any, paragraphs: Any) -> tuple[str, set[int]] | None:
    """The article's made object as the theme of its ranking ("it was surpassed", "OrmScript overtook
    VellScript": the one passed); None otherwise."""
    sides = _ranking_sides(trigger)
    passed = next((s for s in sides if s.dep_ in ("nsubjpass", "dobj")), None)
    if passed is None or not ranked_words(trigger, paragraphs):
        return None
    if passed.lower_ == "it" and passed.pos_ == "PRON":
        thing = defined_object(paragraphs)
        return (thing, {passed.i}) if thing is not None else None
    return _theme_of_subject(passed, paragraphs)


def object_roles(trigger: Any, roles: list, paragraphs: Any, theme_tokens: set[int]) -> list:
    """``roles`` without the made objects (the article's, or one it is ranked against, or words of the
    object's title ``theme_tokens`` holds, "des sciences"), and with the stars of a work acting in its
    "starring" row."""
    ranked = ranked_words(trigger, paragraphs)
    titled = {trigger.doc[i].text for i in theme_tokens if i < len(trigger.doc)}
    roles = [(e, r, name) for e, r, name in roles if r not in ("actor", "participant") or not (
        is_object_name(name, paragraphs) or (ranked and set(name.split()) <= ranked)
        or (e is None and titled and set(name.split()) <= titled))]
    return starring_roles(trigger, roles)


def starring_roles(trigger: Any, roles: list) -> list:
    """"a film directed by Vell and starring Lusk": the one starring is who acts in the starring row, never
    the director the conjoined participle's agent lends it."""
    if trigger.lower_ != "starring" or trigger.dep_ not in ("conj", "acl"):
        return roles
    stars = {t.i for c in trigger.children if c.dep_ == "dobj" for t in c.subtree}
    if not stars:
        return roles
    # (the director the parse lends it acts no more; the named stars, its objects, act)
    return [(e, "actor" if r == "participant" and _starred(name, trigger, stars) else r, name)
            for e, r, name in roles if r != "actor"]


def _starred(name: str, trigger: Any, stars: set[int]) -> bool:
    """Whether a participant's name is written among the starring participle's objects."""
    sent = trigger.sent
    return any(t.i in stars and t.text in name.split() for t in sent)

