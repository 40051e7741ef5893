"""Who a news report's unnamed happening is about: the person its sentence names by surname, else the
report's protagonist where the sentence refers to someone it does not name.

A report goes on about its protagonist without naming them each time: "The boy clung to an inner tube
and was plucked from the sea on Thanksgiving Day", "Albright, who was born in Tarsk and fled in 1948"
(the parser gives the second verb of a relative clause no subject). Such a mention names no party,
so it shares no evidence with another report's "Elian was rescued on Nov. 25" and the two tellings
stay apart. :func:`report_subjects` lends it, as weak evidence (``subject:``, as weak as the borrowing of
an encyclopedia article's title in :func:`pipeline.stories.mentions.article_subjects`):

- the one party of the report whose last word its sentence writes ("Albright" for Madeleine Albright,
  named in full elsewhere in the report), when its sentence writes the last word of no other;
- else, when its sentence refers to someone it does not name (a pronoun, or "the boy", "the doctor")
  and names none of the report's other people in full (unless it names the protagonist too), the report's
  protagonist: the party that the most of its rows name, in at least
  :data:`PROTAGONIST_ROWS` of them and in more rows than any other (a tie is no protagonist), never a
  state (a state is named in many happenings of a report that are not about it).

It only ever matches another mention's own parties, never another borrowing (``judge``): two reports'
bare mentions of one protagonist stay apart, as date and kind alone would merge them.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.lexicon.type_nouns import PRIVATE_PERSON_NOUNS, RELATIONAL_NOUNS
from pipeline.stories.evidence import Mention
from pipeline.stories.party_names import PartyNames
from pipeline.stories.triggers import is_named

# A party named in fewer of a report's rows is no protagonist of it. An editorial names its victim in two
# rows and tells the shooting as "the bullet that tore through his window"; with 3, that telling named
# no one (on AQUAINT, 2 merged 13 more cross-report pairs, every one the same killing).
PROTAGONIST_ROWS = 2
_PERSON_WORDS = sorted(PRIVATE_PERSON_NOUNS | RELATIONAL_NOUNS | {"suspect", "victim", "fugitive", "official",
                                                                  "minister", "president", "commissioner"})
# "he", "her", "the boy", "the doctor": someone the sentence refers to without naming.
_REFERRING = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b|\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:"
                        + "|".join(_PERSON_WORDS) + r")\b", re.I)


def report_subjects(mentions: list[Mention], reports: set[str], sentences: dict[str, str | None],
                    names: PartyNames) -> None:
    """Lend a report's mention naming no party (nor a named theme, nor anything borrowed already) the
    person its sentence names by surname, else the report's protagonist (see the module's docstring)."""
    rows: dict[str, Counter] = {}
    for m in mentions:
        if m.doc_id in reports:
            rows.setdefault(m.doc_id, Counter()).update(set(m.parties))
    for m in mentions:
        if m.doc_id not in reports or not m.mergeable or m.parties or m.borrowed or is_named(m.theme):
            continue
        sentence = sentences.get(m.key) or ""
        named = rows.get(m.doc_id, Counter())
        by_surname = _by_surname(sentence, named, names)
        if by_surname:
            m.borrowed, m.subject = [by_surname], True
            continue
        protagonist = _protagonist(named, names)
        # A sentence naming another of the report's people may tell a happening of theirs ("Raul Castro
        # likened the revolutionary battle to the fight for the boy"): whose, is a guess.
        others = [p for p in named if p != protagonist and len(p.split()) > 1 and not names.is_state(p)
                  and p in sentence]
        if protagonist and (protagonist in sentence or not others) and _REFERRING.search(sentence):
            m.borrowed, m.subject = [protagonist], True


def _by_surname(sentence: str, named: Counter, names: PartyNames) -> str | None:
    """The one party of several words, not a state, whose last word the sentence writes as a name; not
    after an article, where it names something of the person's ("the Clinton administration")."""
    found = {p for p in named if len(p.split()) > 1 and not names.is_state(p)
             and re.search(r"(?<![\w-])(?<!\bthe )(?<!\bThe )(?<!\ba )" + re.escape(p.split()[-1]) + r"(?![\w-])",
                           sentence)
             and p.split()[-1][:1].isupper()}
    surnames = {p.split()[-1] for p in found}
    return found.pop() if len(found) == 1 and len(surnames) == 1 else None


def _protagonist(named: Counter, names: PartyNames) -> str | None:
    """The party most of a report's rows name, in at least PROTAGONIST_ROWS and more than any other; not
    a state."""
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < PROTAGONIST_ROWS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return None if names.is_state(ranked[0][0]) else ranked[0][0]
