"""A state, a period or a body of thought that merely exists over its dates: no happening (issue 33).

Blind judges of History and Philosophy leads counted as "no happening" the rows of sentences that
only say how long something stood (the sentences below are invented, of the judged shapes):

- a state's existence: ``Tarvia was an empire which existed from 1636 to 1912``, ``the later Orm
  Empire survived into the 19th century``, ``an Akan state that lasted from 1701 to 1902``, ``the Orm
  polities that extended across the coast from the 2nd century until 1832``;
- a period's span: ``the thought of the period running roughly from 1400 to 1600``, ``the period has
  been defined as extending from the 16th to the 19th centuries``, ``the Middle Ages, the period
  roughly extending from the 5th century until the 13th``;
- a state's or a culture's bloom: ``the Orm were a civilization that flourished from 500 to 1000 AD``;
- a body of thought, a language, a custom that lives on: ``the tradition survived into the 19th
  century``, ``Orm philosophy encompasses the thought of 1400 to 1600``.

Nothing happens at those dates; what happened inside them has its own words and rows (``existed
from 1799, when Orm captured Lusk, to 1849, when it was annexed``: the capture and the annexation),
and the stage still reads a verb coordinated with this one. The stretch of a happening keeps its
row: a reign, a rule, a war or a siege that "lasted", a career that "spanned"; so does the end of a
state (``ceased to exist``, ``fell``) and its beginning (``was founded``, ``came into existence``),
which are other words. Only the holder's kind decides, read off the parse: a state's or period's
noun, a name the model tagged as a place, a people or a body, or (for "exist" and "survive") "it".
"""

from __future__ import annotations

from typing import Any

from pipeline.events.event_nouns import _named_happening, happening_after_of, names_a_happening
from pipeline.events.modality import forms
from pipeline.events.stand_ins import tells_existence
from pipeline.lexicon.happenings import SPELL_NOUNS
from pipeline.lexicon.polities import POLITY_HEADS, STATE_DEFINING_NOUNS
from pipeline.lexicon.stems import singulars

# Verbs by which a thing only goes on being (its subject does nothing at the date).
_BEING_VERBS = {"exist", "survive"}
# Verbs of a state's or a culture's bloom over its dates: "a civilization that flourished from 100 to 800 AD".
_BLOOMING_VERBS = {"flourish", "thrive"}
# Verbs of lasting and of a stretch in time or land, said of a state, a period or a body of thought.
_LASTING_VERBS = {"last", "endure", "persist"}
_SPANNING_VERBS = {"extend", "stretch", "span", "run", "range", "encompass", "cover"}
# Of those, the ones whose object is what the stretch takes in ("spanned three centuries", "encompasses
# the thought of"); "ran the country", "extended its rule" tell a doing and keep the row.
_TAKING_IN = {"span", "encompass", "cover"}
# States beyond the lexicon's: a civilisation, a culture, a league of towns, a people's land.
_STATES = STATE_DEFINING_NOUNS | POLITY_HEADS | {
    "civilization", "civilisation", "culture", "league", "polity", "polities", "city-state", "territory",
    "colony", "protectorate", "commonwealth", "principality"}
# Stretches of history a historian marks off.
# ("phase" and "stage" are left out: "its first phase spans the 1950s" may be a war's, a happening's.)
_PERIODS = {"period", "era", "age", "ages", "epoch", "century", "millennium", "interval"}
# Bodies of thought, belief, speech and custom.
_THOUGHTS = {"philosophy", "thought", "tradition", "school", "doctrine", "religion", "faith", "ideology", "theory",
             "belief", "practice", "custom", "style", "language", "dialect", "literature", "cult", "teaching",
             "worldview", "canon", "law"}
# Names the model tags that stand for a state or a people (a person's life is no state's).
_STATE_LABELS = {"GPE", "NORP", "ORG", "LOC"}
_RELATIVES = {"which", "that", "who"}


def no_existence_happening(span: Any, trigger: Any, lemma: str | None) -> str | None:
    """"state" when the row's verb only says that a state, a period or a body of thought existed,
    lasted or stretched over the date ``span``; None when the row may stand."""
    if lemma is None:
        return None
    if tells_existence(trigger):
        return "state"  # "the empire was a major power centered in Vell from 247 BC" (its existence, stand_ins)
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    if lemma not in _BEING_VERBS | _BLOOMING_VERBS | _LASTING_VERBS | _SPANNING_VERBS:
        return None
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if objects and (lemma not in _TAKING_IN or any(names_a_happening(o) for o in objects)):
        return None  # "survived the siege", "ran the country", "the reign spanned the war"
    if trigger.dep_ == "xcomp" and "continue" not in forms(trigger.head):
        return None  # "ceased to exist in 1806": the ending is the happening ("continued to exist" is not)
    if not _hangs_on(span, trigger):
        return None
    if lemma in _BLOOMING_VERBS and not _a_stretch(span):
        return None  # "the culture that flourished around 7000 BC": a floruit, not the bloom's whole stretch
    holder = _holder(trigger, 0)
    if holder is None:
        return None
    if holder.lower_ == "it" and lemma in _BEING_VERBS:
        return "state"  # "It existed from 1270 until 1974" (a war or a reign does not "exist")
    # A lasting verb's relative clause may hang on the wrong name ("a war waged by Orm against Lusk, which
    # lasted from 1935"): there only a state's, a period's or a thought's own noun counts, no bare name.
    return "state" if _a_standing_thing(holder, named=lemma not in _LASTING_VERBS) else None


def _a_stretch(span: Any) -> bool:
    """A date with two ends: "from 100 to 800 AD", "between 500 and 1000"."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in ("from", "between") or any(t.lower_ in ("to", "and", "until", "–", "-") for t in span)


def _hangs_on(span: Any, verb: Any) -> bool:
    """The date reaches the verb with no other verb between (it dates the stretch, not a clause inside)."""
    tok = span.root
    for _ in range(12):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and not span.start <= tok.i < span.end):
            return False
        tok = tok.head
    return False


def _holder(verb: Any, depth: int) -> Any | None:
    """What the verb says goes on: its subject (a relative pronoun's noun), the noun a participle
    hangs on ("the period running from"), or the subject of the verb it completes ("was defined as
    extending from", "…, lasting until") or is coordinated with."""
    if depth > 3:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        subject = subjects[0]
        if subject.lower_ in _RELATIVES and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        return subject
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "defined as extending from"
    elif verb.dep_ not in ("advcl", "xcomp", "conj") or head.pos_ not in ("VERB", "AUX"):
        return None
    return _holder(head, depth + 1) if head.i != verb.i else None


def _a_standing_thing(noun: Any, named: bool = True) -> bool:
    """A state, a period or a body of thought; never a happening, a spell in office, or a person."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "EVENT", "WORK_OF_ART", "LAW"):
        return False
    words = singulars(noun.lower_)
    if not words.isdisjoint(SPELL_NOUNS) or happening_after_of(noun) is not None:
        return False  # "his reign lasted", "the period of rule" (the rule is the row)
    if not words.isdisjoint(_STATES | _PERIODS | _THOUGHTS):
        return True
    if _named_happening(noun):
        return False  # "the Orm War lasted", "the 1705 Rebellion lasted"
    if noun.lower_.endswith("ism") and len(noun.lower_) > 6:
        return True  # "Orm Buddhism survived", a doctrine
    return named and noun.pos_ == "PROPN" and noun.ent_type_ in _STATE_LABELS
