"""Which word of a sentence a date belongs to, where the parse hangs it on the wrong one (issue 33).

Four shapes judged wrong on held-out leads and news:

* a date right after "before/after the <happening>" is that happening's, wherever the parser hangs
  it: "cooperation ended before the invasion of the Soviet Union on June 22, 1941" dates the
  invasion, not the end (:func:`happening_before_the_date`);
* a date in a clause below a verb is that clause's, not the verb's own: "In Sunday's debate, Spitzer
  attacked Vacco for failing to enforce a court order in 1992" leaves the attack in Sunday's debate
  (:func:`clauses_below`);
* "played a major role in the decline of the empire in 455": the playing is a share in the decline,
  no happening of its own (:func:`plays_a_part`);
* "was shot at 10 p.m. as he stood in his kitchen": a posture in an "as"/"while" clause sets the scene;
  the date is the main clause's (:func:`scene_of`).
Functions take spaCy tokens; the hooks live in pipeline.events.triggers, dated_nouns and coordination.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.events.event_nouns import names_a_happening
from pipeline.lexicon.telling import POSTURE_VERB_FORMS, SHARE_NOUNS

# Prepositions that place the verb's happening relative to another one ("ended before the invasion").
_RELATIVE_TO = {"before", "after", "following"}
# Clause links below a verb: a date inside one is that clause's happening's.
_CLAUSES = {"advcl", "ccomp", "xcomp", "pcomp", "acl", "relcl", "csubj", "conj"}
_SCENE_MARKS = {"as", "while", "whilst"}


def happening_before_the_date(verb: Any, span: Any) -> Any | None:
    """The happening noun of the verb's "before/after/following" phrase when the date ``span`` (a day,
    told with "on") follows that phrase with nothing between: "ended before the invasion of the Soviet
    Union on June 22, 1941" → invasion. None for any other shape (a year, "in 1941", is as often the
    verb's: in doubt the parse stands)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep" or prep.head.i != verb.i or \
            prep.i != span.start - 1:
        return None
    for rel in verb.children:
        if rel.dep_ != "prep" or rel.lower_ not in _RELATIVE_TO or rel.right_edge.i != prep.i - 1:
            continue
        for noun in rel.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.ent_type_ not in ("DATE", "TIME") and \
                    names_a_happening(noun):
                return noun
    return None


def clauses_below(verb: Any) -> set[int]:
    """Indices of the tokens inside clauses below ``verb`` (a participle, an infinitive, a conjunct): a
    date there is their happening's, not ``verb``'s own."""
    out: set[int] = set()
    for tok in verb.subtree:
        if tok.i != verb.i and tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSES and tok.i not in out:
            out.update(t.i for t in tok.subtree)
    return out


def plays_a_part(verb: Any) -> bool:
    """"played a (major) role in …", "played a part in …": a share in the happening the phrase names."""
    return verb.lower_ in ("play", "plays", "played", "playing") and any(
        c.dep_ == "dobj" and c.lower_ in SHARE_NOUNS for c in verb.children)


def scene_of(verb: Any) -> bool:
    """Whether ``verb`` is a posture or state in an "as"/"while" clause ("as he stood in his kitchen"):
    the scene of the main clause's happening, no happening of the date."""
    return verb.lower_ in POSTURE_VERB_FORMS and verb.dep_ == "advcl" and \
        verb.doc[verb.left_edge.i].lower_ in _SCENE_MARKS


def part_played_in(verb: Any, span: Any) -> Any | None:
    """The happening a part is played in ("In 455, Vell played a major role in the decline of the empire"
    → decline), when the date hangs on "play": the word naming the happening; None for any other verb
    or a share in no happening named ("played a part in the team")."""
    if not plays_a_part(verb):
        return None
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in SHARE_NOUNS]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and not span.start <= noun.i < span.end and \
                        names_a_happening(noun):
                    return noun
    return None


def closing_noun(span: Any) -> Any | None:
    """The happening noun after "until" that the date right after it dates, wherever the parser hangs the
    date: "from circa 1190 as independent rulers up until the Lusk invasion in 1219–1221" → invasion (the
    ruling ran to it; the range is the invasion's, not the ruling's). None for any other shape."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ not in ("in", "on"):
        return None
    noun = doc[span.start - 2]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("until", "till") or \
            noun.ent_type_ in ("DATE", "TIME") or not names_a_happening(noun):
        return None
    return noun


def closing_comma(span: Any) -> bool:
    """Whether a US day ("Dec. 21, 1988") closes with a comma before the next word, as when it stands before
    its noun: "the Dec. 21, 1988, bombing of Pan Am Flight 103" dates the bombing."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and \
        re.search(r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}$", span.text) is not None
