"""Whom "it" stands for where its sentence's subject is a business or a body called by its common
noun ("Vell Airways reported a loss. The airline said it would cut 500 jobs": the airline, so Vell
Airways; "the department said it would appeal").

The general pronoun rules look for a named subject in the pronoun's sentence or the one before, and
refuse where a common noun is the sentence's subject ("The number of voters tripled; it reached 600
million"); but a description of a business or a body is no such thing: it stands for the business
:class:`pipeline.events.descriptions.Descriptions` finds, and the "it" of what it says is it. Only
a subject earlier in the sentence whose verb governs the pronoun ("The airline said it ...", "The
bank, which said it ...", not "The airline's pilots said it"), and only "the" or "this" before it.

"The company" far from any business named stands for the business the report is about, where that
is plain (:func:`lead_business`: the first sentence's subject, named more often than any other).
"""

from __future__ import annotations

import re
from typing import Any

# (says_where_based lives with the other readings of a based description; read from here by descriptions)
from pipeline.events.based_descriptions import plain_modifiers, says_where_based  # noqa: F401
from pipeline.lexicon.companies import COMPANY_DESCRIPTIONS, HEADED_BODIES
from pipeline.lexicon.person_titles import LEGAL_SUFFIXES
from pipeline.lexicon.pronouns import BODY_PRONOUNS


def described_subject(token: Any) -> Any | None:
    """The description noun ("the airline") subject of a verb that governs the pronoun ``token``
    ("it", "its"), earlier in its sentence; None where there is none or another name stands between."""
    if token.lower_ not in BODY_PRONOUNS or token.pos_ != "PRON":
        return None
    ancestors = {a.i for a in token.ancestors}
    for t in token.doc[token.sent.start:token.i]:
        if t.dep_ != "nsubj" or t.head.i not in ancestors or t.tag_ != "NN" or \
                t.lower_ not in COMPANY_DESCRIPTIONS | HEADED_BODIES:
            continue
        plain = _plain(t)  # "The Kearny, N.J.-based maker of hair accessories said it": as plain as "the maker"
        if [c.lower_ for c in t.children if c.dep_ not in ("punct", "relcl", "acl") and c.i not in plain
                and not (plain and c.dep_ == "prep")] not in (["the"], ["this"]):
            continue  # "its airline", "an airline", "the Tarvian airline": not the one just named
        # another subject between them owns the pronoun's clause ("The bank said Orm Corp. told it")
        if any(s.dep_ in ("nsubj", "nsubjpass") and s.i > t.i and s.i in ancestors | {token.i} and s.i != token.i
               for s in token.doc[t.i + 1:token.i]):
            return None
        return t
    return None


def _plain(noun: Any) -> set[int]:
    """The modifiers that say only where a business description's business is based, and its trade
    (:func:`pipeline.events.based_descriptions.plain_modifiers`)."""
    return plain_modifiers(noun, {t.i for t in noun.doc if t.ent_type_})


def lead_business(businesses: list[tuple[int, int, str, bool]], here: int, char: int, back: int,
                  text: str = "") -> str | None:
    """The business a business report is about, for "the company" where no business is named in its
    own sentence or the ``back`` before it (the nearest one decides there): the business that is
    the active subject of the report's first sentence naming one, among the first two, and is named
    more often than any other in the whole report ("Nashua Corp. said ..." … "the company said it
    amended its rights plan"). In doubt, None. ``businesses`` are (start, sentence, name, active
    subject) sorted by start; ``here`` is the sentence number of ``char``; ``text`` the document's, where
    a name's short form is counted too (:func:`written_times`)."""
    if not businesses or any(here - back <= k <= here and start < char for start, k, _, _ in businesses):
        return None
    first = businesses[0][1]
    if first > 1:
        return None
    leads = {name for _, k, name, subject in businesses if k == first and subject}
    if len(leads) != 1:
        return None
    lead = next(iter(leads))
    counts: dict[str, int] = {}
    for _, _, name, _ in businesses:
        counts[name] = counts.get(name, 0) + 1
    if text:  # the short form "Nashua" of "Nashua Corp." the model tagged otherwise or not at all counts too
        counts = {name: max(n, written_times(name, text, name != lead)) for name, n in counts.items()}
    rival = max((n for name, n in counts.items() if name != lead), default=0)
    return lead if counts[lead] >= 2 and counts[lead] > rival else None


def written_times(name: str, text: str, first_word: bool) -> int:
    """How often a business's name is written without its legal form ("Nashua" of "Nashua Corp."), or
    with ``first_word`` its first word alone (a rival's count errs high, so the lead wins only plainly)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in LEGAL_SUFFIXES:
        words = words[:-1]
    bare = words[0] if first_word else " ".join(words)
    return len(re.findall(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text)) if len(bare) > 2 else 0


def rival_in_sentence(businesses: list[tuple[int, int, str, bool]], here: int, char: int) -> bool:
    """Whether a business is named earlier in the sentence of a description that says where its
    business is based ("In response to BellSouth's pact, the Kirkland, Wash., company extended its
    offer": the Kirkland company is another than BellSouth, which the reader is told apart from it)."""
    return any(k == here and start < char for start, k, _, _ in businesses)
