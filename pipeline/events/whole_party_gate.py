"""The last check on a row's parties: each is a whole name of a party, never a piece, a date word, a
thing or a place (issue 31, part 2 "one name per party"; blind judges' misses on history leads, the
sentences below are invented).

Many rules of :mod:`pipeline.events.roles` add parties; this one reads what they gave together, once,
with the words each name is written as in the sentence:

- an era's abbreviation ("Around 1500 BCE, the Orm settled") is part of a date, never a party;
- a polity's head word alone ("the Principality or, from 1253, Kingdom of Orm–Lusk") names no one: the
  realm's "of"-name after it completes it ("the Grand Duchy of Orm"), else it is dropped;
- a name ending in a family-name particle ("Antonio López de") is cut from its bearer: dropped;
- a place the model tagged alone in a person's "<Name> of <Place>" ("Gregory of Nyssa served") is
  that person's whole name;
- an untagged head word cut from its name ("Mission" of "the Voulet-Chanoine Mission") is the whole name;
- a piece of a dashed name ("Tarvian" and "Lusk Commonwealth" of "the Tarvian–Lusk Commonwealth") is
  the whole dashed name (a dashed war's piece is its side: :mod:`pipeline.events.dashed_wars`); a war's
  or a treaty's own name ("the First Orm War") is the happening, no party;
- a plant, a dam, a mine ("the Orm Nuclear Power Plant exploded") is a thing;
- a name that only says where a people came from ("Lusk settlers") or whose rule something was the
  foundation of ("laid the foundation of Lusk rule") is no party of the row; a place named by a point
  off it ("south of Baghdad") or by today's map ("parts of present-day Tarvia") is where, a place;
- a state added from a war's dashed name ("the Anglo-Zulu War": United Kingdom) beside the state's own
  longer name in the row ("forces of the British Empire") is that party twice: the added one goes.

Precision first: a rule drops a party only on its written shape; a name it cannot find written in the
sentence (a canonical name, a resolved pronoun) is judged by its words alone.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.listed_members import in_present_day_list
from pipeline.events.demonyms import state_of_demonym
from pipeline.events.fuller_names import INSTITUTION_HEADS
from pipeline.events.office_realms import is_predicate_office
from pipeline.events.realm_names import realm_name
from pipeline.lexicon.non_party_names import (
    COMPASS_WORDS, ERA_ABBREVIATIONS, FAMILY_PARTICLES, HAPPENING_NAME_HEADS, NAME_PARTICLES, ORIGIN_GROUP_NOUNS, PLANT_HEADS,
    POLITY_QUALIFIERS, PRESENT_DAY_WORDS, RULE_NOUNS)
from pipeline.lexicon.non_party_names import ACT_NAME_HEADS, PERIOD_HEADS
from pipeline.lexicon.polities import POLITY_HEADS, STATE_NAME_NOUNS
from pipeline.lexicon.type_nouns import THING_NAME_HEADS, TYPE_NOUNS

_DASHES = ("-", "–", "—")
# Words before "of <Place>" that make the whole no person ("Kingdom of Orm", "Battle of Lusk", "Bank of Vell").
_NOT_PERSON_HEADS = POLITY_HEADS | HAPPENING_NAME_HEADS | ACT_NAME_HEADS | THING_NAME_HEADS | INSTITUTION_HEADS | \
    PERIOD_HEADS | {w.lower() for words in TYPE_NOUNS.values() for w in words}
# A polity's head that alone still names one party a text means ("the Confederacy" of the Civil War).
_NAMING_ALONE = frozenset({"confederacy"})
# Happenings whose name is no party whatever precedes it ("the First Orm War"); an "of"-name ("Council of
# the Revolution") is a body and stays.
_HAPPENING_HEADS = HAPPENING_NAME_HEADS - {"peace", "age", "ages", "era", "period", "restoration", "panic"}


def _written_span(name: str, entity: Any, spans_of: dict, sent: Any) -> Any | None:
    """The words a role's name is written as in the sentence: its entity's span, else the first run of
    tokens that spells the name; None where the name is not written (a canonical or resolved one)."""
    if entity is not None and id(entity) in spans_of:
        return spans_of[id(entity)]
    words = name.split()
    if not words:
        return None
    doc = sent.doc
    for t in sent:
        if t.text == words[0] and t.i + len(words) <= sent.end and doc[t.i:t.i + len(words)].text == name:
            return doc[t.i:t.i + len(words)]
    return None


def is_era_word(name: str) -> bool:
    """"BCE", "AD", "B.C.": part of a date, never a party."""
    return name.replace(".", "").upper() in ERA_ABBREVIATIONS and name.replace(".", "").isupper()


def is_bare_polity(name: str) -> bool:
    """"Principality", "Grand Duchy", "the Empire": a polity's head word (with a rank) and nothing that names which."""
    words = [w.lower() for w in name.split() if w.lower() != "the"]
    return bool(words) and words[-1] in POLITY_HEADS - _NAMING_ALONE and \
        all(w in POLITY_HEADS or w in POLITY_QUALIFIERS for w in words)


def ends_in_particle(name: str) -> bool:
    """"Antonio López de", "Jan van": a person's name cut after its family name's particle."""
    words = name.split()
    return len(words) >= 2 and words[-1] in FAMILY_PARTICLES  # written in lower case: "Zhu Di" is a whole name


def is_happening_name(name: str) -> bool:
    """"First Orm War", "Lusk–Vell War", "Treaty": the happening's (or the agreement's) own name, no party."""
    words = name.split()
    return len(words) >= 2 and "of" not in words and words[-1].lower() in _HAPPENING_HEADS


def is_plant(name: str, label: str | None) -> bool:
    """"Orm Nuclear Power Plant", "Vell Dam": a works, a thing (a person's surname "Mill" is no works)."""
    words = name.split()
    return label != "PERSON" and len(words) >= 2 and words[-1].lower() in PLANT_HEADS


def dashed_whole(span: Any) -> tuple[int, int] | None:
    """The token range of the whole dashed name a span is a piece of ("Tarvian" or "Lusk Commonwealth"
    of "the Tarvian–Lusk Commonwealth"), where the dashed words go on to a capitalised head word;
    None where the span is no dashed piece or the dashed words are an adjective ("Tarvian–Lusk talks")."""
    doc = span.doc

    def joined(i: int) -> bool:  # doc[i] is a dash with no space on either side between capitalised words
        return 0 < i < len(doc) - 1 and doc[i].text in _DASHES and not doc[i - 1].whitespace_ and \
            not doc[i].whitespace_ and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()

    start, end = span.start, span.end
    if not (joined(start - 1) or joined(end)):
        return None
    while joined(start - 1):
        start -= 2
    while end < len(doc) and joined(end):
        end += 2
    last_dash = max(i for i in range(start, end) if doc[i].text in _DASHES)
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") and not doc[end].is_sent_start:
        end += 1
    return (start, end) if end > last_dash + 2 else None


def particle_whole(span: Any) -> tuple[int, int] | None:
    """The token range of a person's whole name a span is one side of, across a family name's particle
    the model left untagged ("Jan" and "Orm" of "Jan da Orm"); None where no particle joins it."""
    doc = span.doc

    def name_word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN" and not doc[i].is_sent_start

    def particle(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text in NAME_PARTICLES
    start, end = span.start, span.end
    while particle(end) and name_word(end + 1):
        end += 2
        while name_word(end):
            end += 1
    while particle(start - 1) and name_word(start - 2):
        start -= 2
        while name_word(start - 1):
            start -= 1
    return (start, end) if (start, end) != (span.start, span.end) else None


def of_name_whole(span: Any) -> tuple[int, int] | None:
    """The token range of a person's name "<Name> of <Place>" the model tagged only at the place
    ("Nyssa" of "Gregory of Nyssa served"): untagged capitalised proper nouns right before "of", none a
    word that makes the whole a realm, a body, a happening or a thing; None otherwise."""
    root, doc = span.root, span.doc
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.i != span.start - 1:
        return None
    start = span.start - 1
    while start - 1 >= 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and \
            not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start:
        start -= 1
    if start == span.start - 1 and start - 1 >= 0 and doc[start - 1].is_sent_start and doc[start - 1].is_title and \
            doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1  # the name opens the sentence ("Gregory of Nyssa, ..., served")
    while start - 1 >= 0 and doc[start - 1].ent_type_ == "PERSON" and start < span.start - 1:
        start -= 1  # "Frederick William I of Brandenburg-Prussia": the model's person runs on to the numeral
    left = doc[start:span.start - 1]
    if not len(left) or root.head.head.i != left[-1].i or \
            any(t.lower_ in _NOT_PERSON_HEADS for t in left) or is_predicate_office(left):
        return None  # "was Shah of Iran": the subject's office, whose realm Iran is (office_realms)
    return start, span.end


def compound_whole(span: Any) -> tuple[int, int] | None:
    """The token range of the whole name an untagged name is the head word of ("Mission" of "the French
    Voulet-Chanoine Mission"): the capitalised proper nouns right before it that the parse hangs on it,
    across the dashes that join them; None where there are none."""
    doc, start = span.doc, span.start
    inside = range(span.start, span.end)
    while start - 1 > span.sent.start:
        prev = doc[start - 1]
        named = prev.is_title and prev.pos_ == "PROPN" and not prev.ent_type_ and prev.dep_ == "compound" and \
            (prev.head.i in inside or span.start > prev.head.i >= start)
        dash = prev.text in _DASHES and not prev.whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_title
        if not (named or dash):
            break
        start -= 1
    while start < span.start and doc[start].text in _DASHES:
        start += 1
    return (start, span.end) if start < span.start else None


def _rule_foundation(span: Any) -> bool:
    """"the foundation of Lusk rule": the name says whose rule, and the rule is only what something is of
    (the parser may hang the name on "of" and read "rule" as a verb)."""
    root, doc = span.root, span.doc
    if root.dep_ in ("compound", "amod", "poss") and root.head.lower_ in RULE_NOUNS:
        rule = root.head
        return rule.dep_ == "pobj" and rule.head.lower_ == "of" and rule.head.head.pos_ == "NOUN"
    return span.end < len(doc) and doc[span.end].lower_ in RULE_NOUNS and root.dep_ == "pobj" and \
        root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"


def _says_where(span: Any) -> bool:
    """"south of Baghdad", "present-day Tarvia": the name places something, it takes no part."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in COMPASS_WORDS:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.lower_ in PRESENT_DAY_WORDS or
                                   (before.lower_ == "day" and span.start > 2 and
                                    span.doc[span.start - 3].lower_ in ("present", "modern"))) or \
        in_present_day_list(span)  # "present-day Central Asia, Tarvia, and Lusk": the list's later names too


def _origin_of_group(span: Any) -> bool:
    """"Lusk settlers", "Orm merchants": the name says where the group came from; the group is no state.
    (A people's adjective is read elsewhere: "East Polynesian settlers" are East Polynesians.)"""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in ORIGIN_GROUP_NOUNS and \
        not (span.start <= root.head.i < span.end)


def whole_parties(trigger: Any, found: tuple, spans: list) -> tuple:
    """A trigger's roles as :mod:`pipeline.events.roles` finds them ((named, theme, extra, resolved)), with
    every party a whole name (see the module). ``spans``: the sentence's (entity, span, name) triples."""
    named, theme, extra, resolved = found
    spans_of = {id(e): sp for e, sp, _ in spans}
    extra = {role: whole_party_names(names) if role in ("actor", "participant") else names
             for role, names in extra.items()}
    resolved = [n for n in resolved if n == theme or whole_party_names([(n, n)])]
    return whole_party_roles(trigger, named, spans_of), theme, extra, resolved


def whole_party_roles(trigger: Any, roles: list, spans_of: dict) -> list:
    """``roles`` ((entity or None, role, name) triples) with each party a whole name: pieces completed or
    dropped, era words, things and places dropped (see the module). Places and other roles pass."""
    sent = trigger.sent
    out, seen = [], set()
    for e, role, name in roles:
        if role not in ("actor", "participant"):
            out.append((e, role, name))
            continue
        span = _written_span(name, e, spans_of, sent)
        label = getattr(e, "label", None)
        if span is not None:
            whole = dashed_whole(span)
            if whole is not None and span.doc[whole[1] - 1].lower_ in _HAPPENING_HEADS:
                pass  # "the Orm–Lusk War": a side of the war its name gives (pipeline.events.dashed_wars)
            elif whole is not None:
                words = [t for t in span.doc[whole[0]:whole[1]] if t.lower_ != "the"]
                # the whole dashed name, written as such (the entity was only its piece)
                e, name, span = None, span.doc[words[0].i:whole[1]].text, span.doc[words[0].i:whole[1]]
            elif (e is None or label == "PERSON") and particle_whole(span) is not None:
                whole = particle_whole(span)  # "Jan" and "Orm" of "Jan da Orm": one person
                e, name, span = None, span.doc[whole[0]:whole[1]].text, span.doc[whole[0]:whole[1]]
            elif label in (None, "GPE", "LOC") and of_name_whole(span) is not None:
                whole = of_name_whole(span)  # "Gregory of Nyssa": the person, not his town
                e, name, span = None, span.doc[whole[0]:whole[1]].text, span.doc[whole[0]:whole[1]]
            elif e is None and " " not in name and compound_whole(span) is not None:
                whole = compound_whole(span)  # "Mission" of "the Voulet-Chanoine Mission"
                name, span = span.doc[whole[0]:whole[1]].text, span.doc[whole[0]:whole[1]]
            elif is_bare_polity(name) and realm_name(span.root) is not None and realm_name(span.root) != name:
                name = realm_name(span.root)  # "the Grand Duchy of Orm" the parse cut to "Grand Duchy"
            if _says_where(span):
                out.append((e, "place", name))  # "parts of present-day Tarvia": where, not the state ruled
                continue
            if _rule_foundation(span) or (label != "NORP" and _origin_of_group(span)):
                continue
        if is_era_word(name) or is_bare_polity(name) or ends_in_particle(name) or is_happening_name(name) or \
                is_plant(name, label):
            continue
        if (role, name) in seen or (role == "participant" and ("actor", name) in seen):
            continue
        seen.add((role, name))
        out.append((e, role, name))
    return _without_state_twice(out)


def whole_party_names(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Resolved (name, written) pairs less the names no whole party bears ("Principality", "BCE")."""
    return [(n, w) for n, w in names if not (is_era_word(n) or is_bare_polity(n) or ends_in_particle(n))]


def _without_state_twice(roles: list) -> list:
    """Roles less a state no entity gave ("United Kingdom" from "Anglo-Zulu War") that another party of
    the row names with its own longer name ("British Empire": its people's word, then a state's noun)."""
    longer = [n for e, r, n in roles if e is not None and r in ("actor", "participant") and len(n.split()) >= 2
              and n.split()[-1].lower() in STATE_NAME_NOUNS]
    twice = {state_of_demonym(n.split()[0], []) for n in longer} - {None} - set(longer)
    return [(e, r, n) for e, r, n in roles if not (e is None and n in twice)]
