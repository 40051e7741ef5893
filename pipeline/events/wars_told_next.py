"""The sides of a war the next sentence tells (issue "who did it"; the sentences below are invented).

An article may define a war, or a pair of wars, with their dates and no sides, and tell the sides in
the next sentence: "The Tarsk Wars were two conflicts that took place in the Vell states in 1912 and
1913. In the first war, the Vell League defeated the Ottoman Empire …". The row of 1912 then takes the
sides of the next sentence; that of 1913 takes none from it ("the first war" is the 1912 one).

The rule for "next sentence", precise or nothing:

- the row's trigger is a war noun in a sentence that defines a named war ("The Tarsk Wars were two
  conflicts …": the war is the subject of "to be", the trigger that subject or in what it is said to be),
  and the row names no party;
- the next sentence of the same paragraph is set in the war by its main verb's "in"/"during" with a bare
  "the war" (or "the conflict"), at most with an ordinal ("In the first war,") and that verb is one of
  fighting ("defeated", "fought", "invaded"): its parties, actors and participants alike, are the war's
  sides and become the row's actors, resolved from "the first war";
- with an ordinal n, only the row of the n-th year the defining sentence gives takes them, from that
  sentence or one of the run of such sentences right after it ("In the second war, …"); without an
  ordinal, only where the defining sentence gives one year.
"""

from __future__ import annotations

from typing import Any

from pipeline.lexicon.wars import FIGHTING_VERB_STEMS, ORDINAL_WORDS

_WAR_NOUNS = {"war", "wars", "conflict", "conflicts"}


def _defines_a_war(trigger: Any) -> bool:
    """The trigger is a war noun of a sentence that defines a named war ("The Tarsk Wars were two conflicts")."""
    if trigger.lower_ not in _WAR_NOUNS:
        return False
    root = trigger.sent.root
    if root.lemma_ != "be" and root.lower_ not in ("is", "are", "was", "were"):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _WAR_NOUNS or not subject.text[:1].isupper():
        return False
    said = {t.i for c in root.children if c.dep_ == "attr" for t in c.subtree}
    return trigger.i == subject.i or trigger.i in said


def _setting(verb: Any) -> tuple[Any, int | None] | None:
    """(the war noun, its ordinal or None) of "In the (first) war," on a fighting verb, or None."""
    if verb.pos_ != "VERB" or not verb.lower_.startswith(FIGHTING_VERB_STEMS):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for war in prep.children:
            if war.dep_ != "pobj" or war.lower_ not in ("war", "conflict"):
                continue
            kids = [c for c in war.children if c.dep_ != "det"]
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in war.children):
                continue
            if not kids:
                return war, None
            if len(kids) == 1 and kids[0].dep_ == "amod" and kids[0].lower_ in ORDINAL_WORDS:
                return war, ORDINAL_WORDS[kids[0].lower_]
    return None


def _years(sent: Any) -> list:
    """The year numbers a sentence gives, in order."""
    return [t for t in sent if t.like_num and t.text.isdigit() and 3 <= len(t.text) <= 4]


def sides_told_next(trigger: Any, found: tuple, reader: Any, k: int, skip: tuple[int, int] | None) -> tuple:
    """The row's roles (named, theme, extra, resolved) with the sides the next sentence tells of the war
    it defines as resolved actors (see the module); ``skip`` is the row's date (clean offsets)."""
    named, theme, extra, resolved = found
    if skip is None or extra["actor"] or extra["participant"] or \
            any(role in ("actor", "participant") for _, role, _ in named) or not _defines_a_war(trigger):
        return found
    doc, sent = trigger.doc, trigger.sent
    if sent.end >= len(doc):
        return found
    offset = reader.paragraphs.chunks[k][0]
    years = _years(sent)
    at = next((n for n, t in enumerate(years, 1) if offset + t.idx == skip[0]), None)
    told = None
    while sent.end < len(doc) and told is None:  # the run of sentences each set in one war ("In the second war")
        sent = doc[sent.end].sent
        setting = _setting(sent.root)
        if setting is None:
            return found
        if setting[1] is None and len(years) == 1 or setting[1] is not None and setting[1] == at:
            told = setting[0], sent
        elif setting[1] is None:
            return found
    if told is None:
        return found
    war, after = told
    roles = reader(k, after.root, offset + after.start_char, offset + after.end_char)
    sides = list(dict.fromkeys(roles.actors + roles.participants))
    if not sides:
        return found
    written = " ".join(t.text for t in war.subtree)
    extra = {**extra, "actor": [*extra["actor"], *((s, written) for s in sides)]}
    return named, theme, extra, [*resolved, *(s for s in sides if s not in resolved)]
