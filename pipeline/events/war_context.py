"""The sides of a war a row refers back to (issue "who did it"; the sentences below are invented).

A history tells a war's sides once, in the sentence that names it, and then calls it "the war", "the
conflict", "these wars" or "the fighting": "The Tarvian Wars were a series of conflicts fought between
the Tarvians and the allied forces of Lusk and the Papacy. … These wars lasted from 1419 to 1434."; "In
1590 a war fought between Tarvia and Lusk broke out. The conflict ended in 1598." Such a row states no
party, yet its sides are in view: they are its actors (as :mod:`pipeline.events.war_sides` makes the
sides of "fought between" actors), listed as resolved, written as the reference was ("the conflict").

Precision first, the reference is read only where it cannot mean another war:

- the row's own word, its subject (of a verb that takes no object: "the war ended", "began", "lasted";
  of a passive only where both sides did it: "was fought", not "was declared"; "it" only as what "was
  fought" or "waged", which only a war is)
  or the "of" object of a noun of the war's course ("the outbreak of the war") is a bare definite war
  noun: "the", "these"; no name, adjective, owner, "of"/"between" or clause of its own ("the war
  that followed" is another war);
- its antecedent is the nearest war told before it in the same sentence or the one before; only when
  neither tells of any war, the war the article's first sentence defines (the title's war), and then only
  if no other war is told between;
- that war's sides are stated where it is told ("fought between A and B", "the A–B War"); a nearest war
  without stated sides gives nothing: in doubt, no party;
- the row names no actor of its own.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.dashed_wars import dashed_war_sides
from pipeline.events.dynasty_sides import as_dynasties
from pipeline.events.war_sides import between_sides
from pipeline.lexicon.wars import BOTH_SIDES_PASSIVES, DEFINITE_DETERMINERS, WAR_ANAPHOR_NOUNS, WAR_COURSE_NOUNS

# Entity types a side can be (as in pipeline.events.war_sides).
_SIDE_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
# Word forms of a war noun told anywhere (a new war, a named one, or a reference back).
_WAR_WORDS = WAR_ANAPHOR_NOUNS | {"battle", "battles", "warfare", "revolt", "rebellion", "uprising", "invasion"}


def _is_reference(noun: Any) -> bool:
    """A bare definite war noun: "the war", "these wars", "the fighting"; not "the Orm War", "the first
    war", "the war of 1812", "the war that followed", "his war"."""
    if noun.lower_ not in WAR_ANAPHOR_NOUNS or noun.pos_ not in ("NOUN", "VERB") or not noun.text.islower():
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
        return False
    return not any(c.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "relcl", "acl", "appos") or
                   (c.dep_ == "prep" and c.lower_ in ("of", "between", "against", "with", "in") and
                    not _dated(c)) for c in noun.children)


def _dated(prep: Any) -> bool:
    """"in 1590" on a war noun is the row's date, not a war of its own ("the war in Bosnia")."""
    return prep.lower_ == "in" and all(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj") \
        and any(o.dep_ == "pobj" for o in prep.children)


def _course_subjects(trigger: Any) -> list:
    """The subjects of a verb of a war's course: one that takes no object ("the war ended", "broke out"),
    a passive only where both sides did it ("was fought"), not "was declared"."""
    if trigger.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "obj") for c in trigger.children):
        return []
    return [c for c in trigger.children if c.dep_ == "nsubj" or
            (c.dep_ == "nsubjpass" and trigger.lower_ in BOTH_SIDES_PASSIVES)]


def war_reference(trigger: Any) -> Any | None:
    """The bare definite war noun a row's trigger is or is told of (see the module), or None."""
    candidates = [trigger] + _course_subjects(trigger)
    if trigger.lower_ in WAR_COURSE_NOUNS:
        candidates += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
    found = next((c for c in candidates if _is_reference(c)), None)
    if found is None and trigger.lower_ in ("fought", "waged"):
        # "It was fought from 1501 to 1521": only a war is fought, so "it" is the war told before
        found = next((c for c in trigger.children if c.dep_ == "nsubjpass" and c.lower_ == "it"), None)
    return found


def _wars_told(tokens: list) -> list:
    """The war nouns among ``tokens`` that tell of a war (a new or named one), references back left out."""
    return [t for t in tokens if t.lower_ in _WAR_WORDS and t.pos_ in ("NOUN", "PROPN") and not _is_reference(t)]


def _definition(war: Any) -> list:
    """The words that state a told war's sides: the war noun, a participle on it ("a war fought
    between"), and for the subject of "to be", every word of what it is said to be ("The Tarvian Wars
    were a series of conflicts fought between …")."""
    words = [war] + [c for c in war.children if c.dep_ == "acl"]
    if war.dep_ == "nsubj" and (war.head.lemma_ == "be" or war.head.lower_ in ("is", "are", "was", "were")):
        words += [t for c in war.head.children if c.dep_ == "attr" for t in c.subtree]
    return words


def _side_tokens(war: Any, states: list[str]) -> tuple[set[int], list[str]]:
    """(head token indices of the sides stated where ``war`` is told, side names a dashed name gives)."""
    heads = {s.i for w in _definition(war) for s in between_sides(w)}
    return heads, ([] if heads else as_dynasties(war, dashed_war_sides(war, states)))


def _sentence_before(sent: Any) -> Any | None:
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def _antecedent(reference: Any, paragraphs: Any, k: int) -> tuple[int, Any] | None:
    """(chunk, war noun) the reference stands for, or None (see the module)."""
    sent = reference.sent
    here = [t for t in sent if t.i < reference.i]
    before = _sentence_before(sent)
    near = _wars_told(here)[::-1] + (_wars_told(list(before))[::-1] if before is not None else [])
    if near:
        return k, near[0]
    # No war told near: the war the article's first sentence defines, if no other war is told in between.
    first_doc = paragraphs.chunks[0][1] if paragraphs.chunks else None
    first = next(iter(first_doc.sents), None) if first_doc is not None else None
    if first is None or (k == 0 and sent.start == first.start):
        return None
    title_wars = [t for t in _wars_told(list(first)) if t.dep_ == "nsubj" and t.text[:1].isupper()]
    if not title_wars:
        return None
    name = title_wars[0].text.lower()
    for j in range(0, k + 1):
        parsed = paragraphs.chunks[j][1]
        lo = first.end if j == 0 else 0
        hi = sent.start if j == k else len(parsed)
        if any(t.text.lower() != name for t in _wars_told(list(parsed[lo:hi]))):
            return None  # another war told between: "the war" may be that one
    return 0, title_wars[0]


def _side_names(heads: set[int], paragraphs: Any, k: int) -> list[tuple[Any, str]]:
    """(entity, name) of each party of chunk ``k`` whose head is one of ``heads``."""
    spans, _ = paragraphs.names_of(k)
    sides = [sp for e, sp, _ in spans.spans if e.label in _SIDE_TYPES and sp.root.i in heads]
    # "between the Kingdom of Tarvia and Sweden": the parse joins Sweden to Tarvia, inside the first side's name
    heads = heads | {c.i for sp in sides for t in sp for c in t.conjuncts if not sp.start <= c.i < sp.end}
    return [(e, name) for e, sp, name in spans.spans if e.label in _SIDE_TYPES and sp.root.i in heads]


def _own_sides(trigger: Any, found: tuple, paragraphs: Any, k: int) -> tuple:
    """The roles with the sides a war's own participle states as actors ("In 1590 a war fought between
    Tarvia and Lusk broke out": the parse hangs "between" on "fought", not on the war)."""
    named, theme, extra, resolved = found
    wars = [trigger] + _course_subjects(trigger)
    wars = [w for w in wars if w.lower_ in _WAR_WORDS and w.pos_ in ("NOUN", "PROPN")]
    if not wars:
        return found
    heads = {s.i for c in wars[0].children if c.dep_ == "acl" for s in between_sides(c)}
    have = {name for _, _, name in named}
    sides = [(e, "actor", name) for e, name in _side_names(heads, paragraphs, k) if name not in have]
    return (named + sides, theme, extra, resolved) if sides else found


def war_context(trigger: Any, found: tuple, paragraphs: Any, k: int) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four: named, theme, extra,
    resolved) with the sides of the war it refers back to as resolved actors, where it names no actor."""
    named, theme, extra, resolved = found
    if extra["actor"] or any(role == "actor" for _, role, _ in named):
        return found
    reference = war_reference(trigger)
    if reference is None:
        return _own_sides(trigger, found, paragraphs, k)
    told = _antecedent(reference, paragraphs, k)
    if told is None:
        return found
    j, war = told
    heads, dashed = _side_tokens(war, list(paragraphs.states))
    sides = list(dict.fromkeys([name for _, name in _side_names(heads, paragraphs, j)] + dashed))
    if not sides:
        return found
    written = " ".join(t.text for t in reference.subtree if t.i <= reference.i).strip()
    extra = {**extra, "actor": [*extra["actor"], *((s, written) for s in sides)]}
    return named, theme, extra, [*resolved, *(s for s in sides if s not in resolved)]
