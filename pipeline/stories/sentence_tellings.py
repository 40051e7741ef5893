"""Two events rows of one sentence that tell one happening: an event noun and the verb it is the subject of.

"An explosion ripped through the embassy in Tarsk", "the blast tore the roof off": the events stage gives
the noun ("explosion") and the verb ("rip") a row each, of one kind (:mod:`pipeline.stories.triggers`).
Two events of one sentence are otherwise two happenings (:mod:`pipeline.stories.merge`), so the two rows
could never sit in one story, and another report's "the bombing in Tarsk" could join only one of them:
complete linkage keeps whichever story took the other row from every telling of the happening.

:func:`sentence_tellings` marks such a pair (``Mention.told_with``) only where the text says the noun is
the verb's subject: the noun after an article or a determiner ("an", "the", "Friday's"), the verb
right after it (a relative "that" or "which", an auxiliary, an adverb in "-ly" may stand between),
and one kind told by both. "The bombing killed twelve" is two kinds (a bombing, a killing) and stays
two rows; "the talks, which began Monday, ended" is no noun right before its verb. In doubt, apart.

Likewise a light verb and the event noun it acts on ("U.S. forces launched cruise missile strikes",
"carried out a raid"): the noun is the verb's object, written right after it with at most an article
and three modifying words between, and one kind told by both (the light verb takes the noun's kind).
"""

from __future__ import annotations

import re

from pipeline.stories.evidence import Mention
from pipeline.stories.triggers import LIGHT_VERBS, is_event_noun

# A determiner right before the noun (its modifiers between): "an explosion", "the car bomb blast",
# "Friday's attack".
_DETERMINED = re.compile(r"(?:\b(?:a|an|the|this|that|these|those|its|their)|['’]s)\s+(?:[\w\-'’]+\s+){0,2}$",
                         re.I)
# What may stand between the noun and its verb: "an explosion that ripped", "the blast had torn",
# "the explosion apparently ripped".
# What may stand between a light verb and its event noun: "launched cruise missile strikes", "carried
# out a daring raid", "staged the first attack".
_OBJECT_BETWEEN = re.compile(r"^\s+(?:out\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_BETWEEN = re.compile(r"^\s+(?:(?:that|which)\s+)?(?:(?:has|had|have|was|were)\s+)?(?:[a-z]+ly\s+)?$", re.I)

Span = tuple[int | None, int | None, int | None]  # a row's trigger start and end, and its sentence's start


def sentence_tellings(mentions: list[Mention], spans: list[Span], sentences: list[str | None]) -> None:
    """Mark each noun-and-verb pair of one sentence that tells one happening (see the module's
    docstring): both mentions' ``told_with`` name the other."""
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, m in enumerate(mentions):
        if m.sentence_id is not None and m.kinds and None not in spans[i] and sentences[i]:
            by_sentence.setdefault((m.doc_id, m.sentence_id), []).append(i)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        for i in members:
            for j in members:
                if i != j and (_subject_of(mentions[i], spans[i], mentions[j], spans[j], sentences[i])
                               or _object_of(mentions[i], spans[i], mentions[j], spans[j], sentences[i])):
                    noun, verb = mentions[i], mentions[j]
                    if noun.told_with is None and verb.told_with is None:
                        noun.told_with, verb.told_with = verb.key, noun.key


def _subject_of(noun: Mention, noun_span: Span, verb: Mention, verb_span: Span, sentence: str) -> bool:
    """Whether ``noun`` is an event noun told right before ``verb`` as its subject, of one kind with it."""
    (n_start, n_end, offset), (v_start, _, _) = noun_span, verb_span
    if not noun.kinds & verb.kinds or v_start <= n_end or noun.modality != verb.modality:
        return False
    word = sentence[n_start - offset:n_end - offset]
    if not word or not word[:1].islower() or not is_event_noun(word.lower()):
        return False
    return bool(_DETERMINED.search(sentence[:n_start - offset])) and \
        bool(_BETWEEN.match(sentence[n_end - offset:v_start - offset]))


def _object_of(noun: Mention, noun_span: Span, verb: Mention, verb_span: Span, sentence: str) -> bool:
    """Whether ``noun`` is an event noun written right after the light verb ``verb`` as what it acts on,
    of one kind with it ("launched cruise missile strikes")."""
    (n_start, n_end, offset), (v_start, v_end, _) = noun_span, verb_span
    if not noun.kinds & verb.kinds or n_start <= v_end or noun.modality != verb.modality \
            or (verb.trigger or "").lower() not in LIGHT_VERBS:
        return False
    word = sentence[n_start - offset:n_end - offset]
    if not word or not word[:1].islower() or not is_event_noun(word.lower()):
        return False
    return bool(_OBJECT_BETWEEN.match(sentence[v_end - offset:n_start - offset]))
