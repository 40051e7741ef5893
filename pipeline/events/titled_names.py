"""A name set beside a ruler's title is a person who acts (issue 31, blind judges' finding on history
leads; the sentences are invented): "Clovis I, king of the Franks, conquered Gaul in 486", "Orme, the
chieftain of the Vells, sacked Lusk in 410".

The model often leaves such a one-word ancient name untagged, or tags it as an organisation it then
leaves unattached, and a run of proper nouns that opens the sentence alone is no name the untagged
rules take (it is as often a capitalised common word). The title beside it is what tells a person:
the run of capitalised proper nouns (a regnal numeral included) right before a comma, where the
words after the comma are headed by a title noun ("king", "emperor", "chieftain", "general") —
linked to the name as its apposition, or, where the parser slipped, made the subject itself with
the name hung on the verb ("Orme, the king of the Vells, sacked ..." parsed with "king" the subject).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lexicon.person_titles import REGNAL_TITLES, TITLES_OF_PLACE
from pipeline.lexicon.type_nouns import PERSON_NOUNS

# Nouns of a person by rank or office that an apposition gives a name: the office lists, and words for
# those who rule or lead a people that no office list holds.
TITLE_NOUNS = frozenset(PERSON_NOUNS | TITLES_OF_PLACE | REGNAL_TITLES | {
    "ruler", "chieftain", "chief", "warlord", "founder", "usurper", "regent", "warrior", "conqueror"})
_NUMERAL = re.compile(r"^[IVXL]+$")  # "Clovis I", "Orme XIV": a regnal number is part of the name
# Tags the tagger gives a rare name opening a sentence ("Clovis" NN, "Alaric" JJ), besides the proper ones.
_NAME_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ"}
# The parser's links of a name a title made it lose its subject's place ("Orme, the king of ... sacked").
_HUNG = {"advmod", "npadvmod", "dep", "nsubj", "compound"}


def _name_run(comma: Any, named: set[int]) -> list[Any]:
    """The capitalised words (and regnal numerals) right before ``comma`` that no kept entity covers,
    whatever the tagger made of them (a rare name opening a sentence is often tagged a common noun or
    an adjective: the title after it is what says a name); [] where none, or more than four."""
    doc, run = comma.doc, []
    i = comma.i - 1
    while i >= comma.sent.start and i not in named and doc[i].text[:1].isupper() and (
            _NUMERAL.match(doc[i].text) or (doc[i].tag_ in _NAME_TAGS and not doc[i].is_stop)):
        run.insert(0, doc[i])
        i -= 1
    if not run or len(run) > 4 or _NUMERAL.match(run[0].text) or run[0].lower_ in TITLE_NOUNS:
        return []
    return run


def _title_after(comma: Any) -> Any | None:
    """The title noun heading the words right after ``comma`` ("king" of ", the king of the Vells,"), or None."""
    doc = comma.doc
    j = comma.i + 1
    while j < len(doc) and doc[j].dep_ in ("det", "amod", "compound", "nmod", "poss") and doc[j].head.i > j:
        j += 1  # "the Ottoman sultan", "the Vells' chieftain": to the head noun
    if j >= len(doc) or doc[j].lower_ not in TITLE_NOUNS or doc[j].pos_ != "NOUN":
        return None
    if not any(t.text == "," for t in doc[j + 1:j + 12]):
        return None  # an apposition is closed by a second comma before the verb
    return doc[j]


def _hung_on(token: Any, verb: Any) -> bool:
    """Whether the parser hung a name on ``verb`` instead of making it the subject: straight on the verb,
    or swallowed by a fronted phrase of the verb ("In 1453 Orme II, the sultan, took": "Orme II" made the
    object of "In")."""
    if token.head == verb and token.dep_ in _HUNG:
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head == verb and token.head.i < token.i


def titled_names(subjects: list, named: set[int]) -> list[str]:
    """Names of the persons among ``subjects`` (the trigger's subject heads) that a title set beside
    them tells, which no kept entity covers (``named``: token indices of kept entities)."""
    out: list[str] = []
    for head in subjects:
        title, run = None, []
        if head.lower_ in TITLE_NOUNS and head.pos_ == "NOUN":
            # "Orme, the king of the Vells, sacked": the parser made the title the subject
            comma = head.doc[head.left_edge.i - 1] if head.left_edge.i > head.sent.start else None
            if comma is not None and comma.text == "," and _title_after(comma) == head:
                # the name hung on the verb is the model's entity left unattached, or none: both taken
                run = _name_run(comma, set())
                if run and not all(_hung_on(t, head.head) for t in run if t.head not in run):
                    run = []
        else:
            # "Clovis I, king of the Franks, conquered": the title is the name's apposition
            for t in (head, *head.subtree):
                title = next((c for c in t.children if c.dep_ == "appos" and c.lower_ in TITLE_NOUNS), None)
                if title is not None:
                    break
            if title is not None and title.i > 0 and (
                    head.doc[title.left_edge.i - 1].text == "," and _title_after(head.doc[title.left_edge.i - 1]) == title):
                run = _name_run(head.doc[title.left_edge.i - 1], named)
                if head not in run:
                    run = []
        if run:
            name = " ".join(t.text for t in run)
            if name not in out:
                out.append(name)
    return out
