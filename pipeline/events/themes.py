"""The thing a trigger acts on (its theme): the direct object or passive subject, named in full where
the text names it ("another treaty (the Treaty of Tarsk)" → Treaty of Tarsk), resolved to the
agreement last named for a pronoun or a bare "the pact". Split from :mod:`pipeline.events.roles`,
which reads the parties; :func:`theme_of` is what it calls."""

from __future__ import annotations

from typing import Any

from pipeline.events.clause_themes import clause_theme
from pipeline.events.made_themes import called_name, made_theme, title_words
from pipeline.events.coreference import THING_PRONOUNS, Paragraphs, is_document_name
from pipeline.events.sentence_names import SentenceNames
from pipeline.events.party_shapes import QUOTE_MARKS, WORK_NOUNS
from pipeline.events.theme_phrases import COUNTING_WORDS, names_people, noun_phrase
from pipeline.events.theme_heads import antecedent, is_post, theme_head
from pipeline.events.theme_shapes import (dashed_agreement, directed_turn, effect_subject, handed_noun,
                                         only_when, pointed_course, tried_thing)
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.labels import ACTOR_LABELS

__all__ = ["antecedent", "theme_of", "proper_name", "noun_phrase", "past_light_noun"]


# Nouns that say how much, what share or what sort of a thing rather than what it is: the thing acted on
# is their complement ("stressed the need for a treaty" → treaty, "took part in the partition of Orm" →
# partition of Orm, "pursued a policy of appeasement" → appeasement). Each with the prepositions that
# introduce the thing.
_LIGHT_NOUNS = {"need": ("for", "of"), "part": ("in",), "policy": ("of",), "policies": ("of",), "day": ("of",),
                "date": ("of", "for"), "dates": ("of", "for"),
                "kind": ("of",), "kinds": ("of",), "form": ("of",), "forms": ("of",), "number": ("of",),
                "series": ("of",), "sort": ("of",), "type": ("of",), "types": ("of",)}


# Verbs with a bare noun that together make one predicate ("give way", "take place", "take part" with
# no "in"): the noun names no thing acted on.
_TAKE_NOUNS = {"place", "shape", "hold", "effect", "root", "part", "heart", "note"}
# By the verb's written form: the parser here gives no lemmas.
_IDIOM_OBJECTS = {**{f: {"way"} for f in ("give", "gives", "gave", "given", "giving")},
                  **{f: {"way", "sense"} for f in ("make", "makes", "made", "making")},
                  **{f: _TAKE_NOUNS for f in ("take", "takes", "took", "taken", "taking")}}


def _is_idiom_object(trigger: Any, head: Any) -> bool:
    """Whether ``head`` is the bare noun of an idiom its trigger makes ("gave way", not "gave the way")."""
    return (head.head.i == trigger.i and head.lower_ in _IDIOM_OBJECTS.get(trigger.lower_, ())
            and not any(c.dep_ in ("det", "poss", "amod") for c in head.children))


# Verbs that tell someone to act ("ordered the army to withdraw"): their object is who is told.
_DIRECTIVE_FORMS = {f"{stem}{end}" for stem in ("order", "urge", "command", "instruct", "ask", "request", "forbid")
                    for end in ("", "s", "ed", "ing")} | {"told", "tell", "tells", "telling", "forbade", "forbidden"}


_TOLD_DEPS = ("xcomp", "advcl", "ccomp", "oprd")


def _told_to_act(trigger: Any, head: Any) -> Any | None:
    """The to-infinitive a directive verb tells its object ``head`` to do ("ordered the army to
    withdraw" → withdraw), or None when ``head`` is no one told to act."""
    if trigger.lower_ not in _DIRECTIVE_FORMS or head.head.i != trigger.i or head.dep_ != "dobj":
        return None
    return next((c for c in trigger.children if c.dep_ in _TOLD_DEPS and c.pos_ == "VERB" and c.i > head.i
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def past_light_noun(head: Any) -> Any:
    """The complement a light noun hands the theme to ("the need for a treaty" → treaty); the head
    itself when it is no light noun or has no such complement right after it ("a new policy")."""
    preps = _LIGHT_NOUNS.get(head.lower_) if head.pos_ == "NOUN" else None
    if not preps:
        return head
    # "took part in the treaty": the parser often hangs the preposition on the verb, not the noun.
    hosts = list(head.children) + (list(head.head.children) if head.dep_ == "dobj" else [])
    for prep in hosts:
        # Only the preposition right after the noun: a later one says where or when, not what
        # ("adopted a policy in May").
        if prep.dep_ == "prep" and prep.i == head.i + 1 and prep.lower_ in preps:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return head


def proper_name(head: Any) -> Any | None:
    """The capitalised name a head noun ends ("Moscow Peace Treaty", "German–Soviet Border and
    Commercial Agreement") or starts ("Treaty of Tordesillas", "Treaty of Mutual Assistance");
    None for a common noun."""
    if not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
        return None
    doc, sent = head.doc, head.sent
    start = head.i
    while start > sent.start:
        prev = doc[start - 1]
        if prev.tag_ == "POS" and start - 2 >= sent.start and doc[start - 2].text[:1].isupper() \
                and doc[start - 2].dep_ == "poss" and (not doc[start - 2].ent_type_ or prev.ent_iob_ == "I"):
            start -= 2  # "People's Commissar for Defense": a possessive that is part of the name, no party's
            continue
        joins = prev.text in ("-", "–") or (prev.lower_ == "and" and start - 2 >= sent.start
                                           and doc[start - 2].text[:1].isupper())
        if joins or (prev.text[:1].isupper() and prev.dep_ != "det" and prev.pos_ in ("PROPN", "ADJ", "NOUN")):
            start -= 1
        else:
            break
    while doc[start].text in ("-", "–") or doc[start].lower_ == "and":
        start += 1
    end = head.i + 1
    while end < sent.end:
        tok = doc[end]
        # "the Orm Pact of January 26, 1934": a date after "of" is when, not part of the name
        if tok.lower_ in ("of", "for") and end + 1 < sent.end and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].ent_type_ not in ("DATE", "TIME"):
            end += 2
        elif (skip := title_words(doc, end, sent.end, head)) is not None:
            end += skip  # "Discourse on the Method", "Treaty of the Pyrenees": a title's lower-case words
        elif tok.lower_ == "and" and _ends_in_document_word(doc, end + 1, sent.end):
            end += 1  # "German-Soviet Boundary and Friendship Treaty" is one name
        elif tok.text[:1].isupper() and tok.pos_ == "PROPN":
            end += 1
        else:
            break
    return doc[start:end]


def _ends_in_document_word(doc: Any, start: int, stop: int) -> bool:
    """Whether the capitalised run from ``start`` ends in an agreement word ("… Friendship Treaty")."""
    end = start
    while end < stop and doc[end].text[:1].isupper():
        end += 1
    return end > start and doc[end - 1].lower_ in DOCUMENT_WORDS


_ERA_WORDS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D."})


def theme_of(trigger: Any, spans: SentenceNames, paragraphs: Paragraphs, offset: int,
             subjects: list) -> tuple[str | None, int | None, set[int]]:
    """(theme, clean offset of the named agreement it was resolved to or None, tokens of the
    theme's own name) for a trigger whose subject heads are ``subjects``."""
    head = theme_head(trigger)
    if (made := made_theme(trigger, head, paragraphs)) is not None:
        return made[0], None, made[1]  # "the term was coined", "Vellism was a religion founded": made_themes
    told = _told_to_act(trigger, head) if head is not None else None
    if (clause := clause_theme(trigger, head, told)) is not None:
        return clause, None, set()  # "assured him that …", "agreed to pass it by railway": pipeline.events.clause_themes
    if told is not None:
        # "ordered his army to prepare for war": the army is told; the thing is what it is told to act on.
        head = theme_head(told)
    if head is not None:
        head = tried_thing(past_light_noun(head))
        # "pursued this policy": the policy named before; then its complement, as for any light noun
        head = past_light_noun(pointed_course(head) or head)
        if (called := called_name(head)) is not None:  # "adopted the name Orm's Witnesses": made_themes
            return "".join(t.text_with_ws for t in called if t.text not in QUOTE_MARKS).strip(), None, {t.i for t in called}
    if head is None:
        own = _own_name(trigger)  # "the Tarvia–Lusk Pact of 26 January": the dated agreement itself
        if own is not None:
            return paragraphs.names.by_text.get(own.text, own.text), None, {t.i for t in own}
        if trigger.pos_ == "NOUN" and trigger.lower_ in DOCUMENT_WORDS:
            # "the Tarvian-Lusk non-aggression pact on 9 May", "its quest for a pact … in 1939": the agreement itself
            return noun_phrase(trigger) or trigger.lower_, None, set()
        if handed_noun(trigger):  # "presented Lusk with an ultimatum": the ultimatum is the thing given
            return noun_phrase(trigger) or trigger.lower_, None, set()
        return None, None, set()
    if head.text in _ERA_WORDS or only_when(head):
        return None, None, set()  # "flourished around 7000 BC" (the era word), "set the date": only when
    if _is_idiom_object(trigger, head):
        head = effect_subject(trigger, head)  # "the agreement took effect": the agreement
        if head is None:
            return None, None, set()  # "giving way", "took place": the noun is part of the verb, no thing
    if is_post(trigger, head):
        # "was appointed People's Commissar for Defense", "elected president of the republic": the post,
        # though a post is a person's noun and may be tagged as a body.
        post = proper_name(head)
        if post is not None and len(post) > 1:
            return post.text, None, {t.i for t in post}
        return noun_phrase(head) or head.text, None, set()
    title = work_title(head)
    if title is not None:
        # "her debut album, Blue Roads, was released": the work by its title (which the tagger may take for a person)
        return paragraphs.names.by_text.get(title.text, title.text), None, {t.i for t in title}
    if head.lower_ in THING_PRONOUNS and head.pos_ in ("PRON", "DET"):
        # "it was signed": the named agreement last mentioned in this paragraph.
        thing = paragraphs.last_thing(offset + head.idx)
        # The subject is never what its own verb's object refers to ("The treaty ended it").
        subject = [t for s in subjects for t in s.subtree]
        if thing is not None and thing[0] >= offset and not any(
                t.idx <= thing[0] - offset < t.idx + len(t) for t in subject):
            return thing[1], thing[0], set()
        return None, None, set()
    if head.pos_ == "PRON":
        return None, None, set()  # "itself", "them": no thing named
    if head.tag_ == "NNPS" and not head.ent_type_:
        return None, None, set()  # "the Aztecs", "the Allies": a people, a party
    if names_people(head) or any(
            c.dep_ == "appos" and c.ent_type_ in ACTOR_LABELS for c in head.children):
        return None, None, set()  # "told the ambassador", "the ambassador, Mirbach,": a party, not a thing
    dashed = dashed_agreement(head)
    if dashed is not None:  # "concluded the Vell–Orm pact", cut by the parser at its dash: the pact, not Vell
        return dashed.text, None, {t.i for t in dashed}
    name = proper_name(head)
    for e, sp, entity_name in spans.spans:
        if sp.start <= head.i < sp.end:
            if e.label in ACTOR_LABELS and not is_document_name(e.text):
                return None, None, set()  # a party, not a thing: a participant
            if name is None or len(name) <= len(sp):
                return entity_name, None, {t.i for t in sp}
    modifiers = [c for c in head.children if c.dep_ not in ("det", "punct")]
    if head.lower_ in DOCUMENT_WORDS and not modifiers and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        # "the pact", "the Treaty": the agreement named before.
        thing = paragraphs.last_thing(offset + head.idx, head.lower_)
        local = _named_before(head)
        if local is not None and (thing is None or offset + local[0].idx > thing[0]):
            # a name the entity tagger missed ("the Orm–Vell Pact … the Pact"), nearer than any it found
            return paragraphs.names.by_text.get(local.text, local.text), offset + local[0].idx, set()
        if thing is not None:
            return thing[1], thing[0], set()
    if name is not None and len(name) > 1:
        return paragraphs.names.by_text.get(name.text, name.text), None, {t.i for t in name}
    turn = directed_turn(head)
    if turn is not None:  # "the turn towards Tarvia": Tarvia stays a party, its tokens are not the theme's name
        return turn.text, None, set()
    full = _named_in_full(head)
    if full is not None:
        return full.text, None, {t.i for t in full}
    phrase = noun_phrase(head)
    if phrase is not None:
        return phrase, None, set()
    return head.text if head.pos_ == "PROPN" else head.lower_, None, set()


def work_title(head: Any) -> Any | None:
    """The title a made work's noun stands beside ("her debut album, Blue Roads," → Blue Roads), or None."""
    if head.lower_ not in WORK_NOUNS or head.pos_ != "NOUN":
        return None
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            name = proper_name(c)
            if name is not None:
                return name
    return None


def _named_before(head: Any) -> Any | None:
    """The last name of several words ending in ``head``'s agreement word in this sentence or the one before
    ("signed the Orm–Vell Pact. … the Pact was extended" → Orm–Vell Pact), or None."""
    sents = [head.sent]
    if head.sent.start > 0:
        sents.insert(0, head.doc[head.sent.start - 1].sent)
    # Nearby only, this sentence or the one before: further back, another agreement may have come between.
    for tok in reversed(head.doc[sents[0].start:head.i]):
        if tok.lower_ == head.lower_ and tok.text[:1].isupper():
            name = proper_name(tok)
            if name is not None and len(name) > 1 and tok.i in (name[0].i, name[-1].i):
                return name
    return None


def _own_name(trigger: Any) -> Any | None:
    """The agreement's name when the date hangs from it ("was broken by the Tarvia–Lusk Pact of 26
    January"): a name of several words ending in, or led by, an agreement word."""
    if trigger.pos_ != "PROPN" or trigger.lower_ not in DOCUMENT_WORDS:
        return None
    name = proper_name(trigger)
    return name if name is not None and len(name) > 1 else None


def _named_in_full(head: Any) -> Any | None:
    """The thing acted on, named in full where a common noun stands for it: its name in brackets or
    apposition ("another treaty (the Treaty of Tarsk)" → Treaty of Tarsk), or the noun with the
    agreement it is part of ("an extension of the Tarsk Treaty")."""
    if head.pos_ != "NOUN":
        return None
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            name = proper_name(c)
            if name is not None and len(name) > 1 and is_document_name(name.text):
                return name
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != head.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.lower_ in DOCUMENT_WORDS:
                name = proper_name(obj)
                if name is not None:
                    return head.doc[_left_edge(head):name.end]
    return None


def _left_edge(head: Any) -> int:
    """Where a noun's own modifiers start right before it ("trade regulation", not "the 1931 extension":
    a determiner or a date only points at the thing)."""
    start = head.i
    while start > head.sent.start:
        prev = head.doc[start - 1]
        if prev.head.i == head.i and prev.dep_ in ("compound", "amod") and prev.lower_ not in COUNTING_WORDS \
                and not prev.ent_type_ and not prev.like_num:
            start -= 1
        else:
            break
    return start
