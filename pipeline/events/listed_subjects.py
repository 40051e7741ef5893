"""The first member of a subject list the parser hung elsewhere (issue 31, "who did it"): "Over the first
millennium BC the Tarvians, Lusks and Ormans established colonies" is parsed with "the Tarvians" as an
apposition of the fronted date, so only "Lusks and Ormans" acted.

Only a list: the subject has a conjunct joined by "and"/"or", a comma stands right before the subject,
and the word before that comma is a capitalised plural proper noun (a people, "the Tarvians") outside
the subject's phrase, hung on a word before it; the subject is itself such a plural. A single name
before a comma ("In 1805 Tarvia, Lusk attacked") is no list member by this rule.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.demonyms import state_of_demonym
from pipeline.events.untagged_names import proper_plural
from pipeline.lexicon.labels import ACTOR_LABELS

# Labels the model puts on a people's plural by mistake ("Lusks" PRODUCT): no kept name of a party.
_THING_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW", "FAC"}


def listed_before(subjects: list) -> list[Any]:
    """The list members before each subject head that the parse hung off the list (see the module)."""
    out = []
    for head in subjects:
        if not _is_people_plural(head) or not any(c.dep_ == "conj" for c in head.children) or \
                not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in head.children):
            continue
        doc = head.doc
        # the subject's own words ("the Lusks"): the comma comes right before them
        first = min(t.i for t in head.subtree if t.i <= head.i)
        if first - 2 < head.sent.start or doc[first - 1].text != ",":
            continue
        member = doc[first - 2]
        if _is_people_plural(member) and member.i not in {t.i for t in head.subtree} and member.head.i < member.i \
                and member.dep_ in ("appos", "pobj", "conj", "npadvmod", "compound"):
            out.append(member)
    return out


def _is_people_plural(token: Any) -> bool:
    """A capitalised plural proper noun: by its tag, or a capitalised "-s" word the model tagged a people
    or took for a thing ("Lusks" PRODUCT)."""
    return token.text[:1].isupper() and token.i != token.sent.start and (
        proper_plural(token) or (token.tag_ in ("NNPS", "NNS") and token.ent_type_ in _THING_LABELS | {"NORP"}))


def listed_peoples(subjects: list, spans: Any, states: list[str], known: dict[str, str]) -> list[str]:
    """The peoples of a subject list the model left untagged or tagged as a thing ("the Greeks, Lusks and
    Romans": Greeks untagged, Lusks a product), where the list shows them peoples: a capitalised plural
    after "the", or beside a member the model kept as a party. A demonym of a state names the state as
    elsewhere ("Greeks": Greece, :func:`pipeline.events.demonyms.state_of_demonym`)."""
    labels = {t.i: e.label for e, sp, _ in spans.spans for t in sp}
    members = [t for h in subjects for t in (h, *h.conjuncts)]
    if len(members) < 2:
        return []
    kept = any(labels.get(t.i) in ACTOR_LABELS for t in members)
    out: list[str] = []
    for t in members:
        label = labels.get(t.i)
        if label in ACTOR_LABELS or (label is not None and label not in _THING_LABELS) or not _is_people_plural(t):
            continue
        if not t.text.endswith("s") or not t.text[1:].isalpha() or not t.text[1:].islower() or len(t.text) <= 3:
            continue
        if not (kept or t.doc[t.i - 1].lower_ == "the"):
            continue
        name = state_of_demonym(t.text, states) or t.text
        name = known.get(name, name)
        if name not in out:
            out.append(name)
    return out
