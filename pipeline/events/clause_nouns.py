"""A happening noun whose relative clause holds the date: that noun's row too.

``a suspect in sniper shootings that injured three doctors in November``, ``the revolt he led in
1848``: the date hangs on the verb of a relative clause, and the noun the clause describes names a
happening of that time. The verb keeps its row; the noun gets one of its own (one happening per
row: the shootings, and what they did). :func:`clause_nouns` takes spaCy tokens.

Two shapes only, by where the noun sits in its clause:

- the noun is the clause's subject ("shootings that injured …"): what a happening did is done at its
  time, unless the verb says what followed or how long it lasted ("the crisis that led to war in
  1914", "the strike which went on until May"), or is passive ("the raid, which was condemned on
  Monday": what others said of it, later);
- the noun is the clause's object ("the revolt he led in 1848", "the wreck her son survived"): only
  with a verb of taking part in a happening (:data:`pipeline.lexicon.happenings.TAKING_PART_FORMS`);
  "the strike it announced on Monday", "the reform he proposed in 1990" tell a plan, not the happening.

In doubt no row: a negated, modal or present clause, a noun with a date of its own, a frame
("in an attempt that failed in 1990"), an instrument ("the decree that broke up the system in 1984":
its effect's date, not its making's).
"""

from __future__ import annotations

from typing import Any

from pipeline.events.dated_nouns import _FINDING_FORMS, _FRAMES, _LASTING_STEMS, _NOT_SHARED
from pipeline.events.event_nouns import parse_lemma, names_a_happening
from pipeline.events.happening_words import STANDING_IN_TIME
from pipeline.lexicon.happenings import TAKING_EFFECT_NOUNS, TAKING_PART_FORMS
from pipeline.lexicon.stems import singulars

# Instruments: what a decree or a treaty did ("the consent decree that broke up the system in 1984")
# is its effect, often years after it was made; its own row would carry the effect's date.
_INSTRUMENTS = (TAKING_EFFECT_NOUNS - {"merger", "partition", "annexation", "independence"}) | {
    "pact", "protocol", "plan", "policy", "deal", "resolution", "program", "programme", "scheme"}

_RELATIVE_WORDS = {"that", "which", "who", "whom"}


def clause_nouns(trigger: Any, span: Any) -> list[Any]:
    """The happening noun a dated relative clause describes, when it happened at the clause's date:
    "shootings that injured three doctors in November" → shootings. Empty when there is none."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "relcl" or trigger.tag_ != "VBD":
        return []
    noun = trigger.head
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME") or not names_a_happening(noun) or \
            noun.lower_ in _FRAMES or noun.lower_.rstrip("s") in _FRAMES or \
            not singulars(noun.lower_).isdisjoint(_INSTRUMENTS):
        return []
    inside = range(span.start, span.end)
    clause = {t.i for t in trigger.subtree}
    if span.root.i not in clause:
        return []  # the date is not the clause's
    if any(c.dep_ in ("neg", "auxpass") or (c.dep_ == "aux" and c.tag_ == "MD") for c in trigger.children):
        return []
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    as_subject = any(c.lower_ in _RELATIVE_WORDS and c.tag_ in ("WDT", "WP") for c in subjects)
    if as_subject:
        lemma = parse_lemma(trigger)
        if lemma in _NOT_SHARED or lemma in STANDING_IN_TIME or trigger.lower_.startswith(_LASTING_STEMS) or \
                trigger.lower_ in _FINDING_FORMS:
            return []  # "the crisis that led to war in 1914", "the census that found …"
    elif not subjects or trigger.lower_ not in TAKING_PART_FORMS or any(
            c.dep_ == "dobj" and c.lower_ not in _RELATIVE_WORDS for c in trigger.children):
        return []  # not the clause's object, or no verb of taking part ("the strike it announced")
    # The noun's phrase has a date of its own ("the 1996 bombing that killed …"): that date's row.
    if any(t.ent_type_ in ("DATE", "TIME") and t.i not in clause and t.i not in inside for t in noun.subtree):
        return []
    return [noun]
