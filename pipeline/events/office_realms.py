"""The realm or body an office belongs to is a party of the reign, the rule or the service in it (issue 31,
"every named party found"; the blind judges' most frequent miss on People and History leads, retold
with invented names): "Orm I was King of Tarvia from 1515" (Tarvia), "served as the second
Secretary-General of the League of Orm from 1953" (the League of Orm), "was the founder and first shah of
Safavid Tarvia, ruling from 1501" (Safavid Tarvia, the historic state's own name whole), "became the
first emperor of the Holy Lusk Empire" (the Holy Lusk Empire).

The office is read off the parse, where the row's verb names it: the attribute of a copula or of
"become" ("was King of Tarvia", "became the first emperor of …", with its conjuncts: "the founder and
first shah of …"), the "as" object of a verb of serving or ruling ("served as Secretary-General of …",
"his reign as Emperor of …"), or the attribute a participle of ruling hangs from ("was the second king
of the Neo-Lusk Empire, ruling from 605 BC"). Its realm is the "of" object ("King of Tarvia") or a
state's possessive ("Tarvia's king").

Precision first: only an office that belongs to a realm or a body
(:data:`pipeline.lexicon.offices.REALM_OFFICES`: a monarch's title, a head of state or of a body; not a
peer's title, "Duke of Wellington" names a person, nor a bishop's see, a place), only a name the model
tags as a state, a people or a body (never a person, a place or a building), or, after a monarch's title,
capitalised words it left untagged ("King of Tarvia"). A name that already has a role keeps it.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.realm_names import same_realm, realm_name
from pipeline.events.tree import Role, of_objects, pobjs
from pipeline.events.untagged_names import NOT_PARTY_WORDS
from pipeline.lexicon.light_verb_forms import COPULA_FORMS
from pipeline.lexicon.offices import REALM_OFFICES
from pipeline.lexicon.polities import POLITY_HEADS
from pipeline.lexicon.telling import REIGNING_TITLES
from pipeline.stories.party_names import country_name

_BE_FORMS = COPULA_FORMS | {"being"}
# Word starts of verbs (and nouns) of holding an office: "served as", "ruling", "his reign as".
_HOLDING = ("serv", "reign", "rul", "govern")
_BECOMING = ("becam", "becom")
# Last words of a house's name: "ruler of the Julio-Claudian dynasty" says whose kin, no realm.
_KIN_GROUPS = {"dynasty", "house", "family", "clan", "line", "lineage"}
# A state's nouns whose office is the state's: "the country's president".
_STATE_NOUNS = {"country", "nation", "state", "kingdom", "empire", "republic"}
# Labels under which a realm's or a body's name is tagged.
_REALM_LABELS = {"GPE", "ORG", "NORP"}


def office_realms(trigger: Any, roles: list[Role], spans: Any, by_text: dict[str, str]) -> list[Role]:
    """``roles`` with the realm or the body of each office ``trigger`` names (see the module) as a
    participant, unless a role already names it."""
    out = whole_realm_names(roles, {id(e): sp for e, sp, _ in spans.spans})
    for office in _offices(trigger):
        reigning = office.lower_ in REIGNING_TITLES
        for head in _realm_heads(office):
            found = _realm(head, office, spans, by_text, reigning)
            if found is None or any(same_realm(found[1], n) for _, _, n in out):
                continue
            out.append((found[0], "participant", found[1]))
    return out


def whole_realm_names(roles: list[Role], spans_of: dict) -> list[Role]:
    """``roles`` with a name the model cut off before the realm's word it is compounded on written whole
    ("the Vell shogunate": "Vell" tagged alone names no one; "Vell shogunate")."""
    out = []
    for e, role, name in roles:
        sp = spans_of.get(id(e)) if e is not None else None
        nxt = sp.doc[sp.end] if sp is not None and sp.end < len(sp.doc) else None
        if nxt is not None and role in ("actor", "participant") and nxt.lower_ in POLITY_HEADS and \
                sp.root.dep_ == "compound" and sp.root.head.i == nxt.i and name == sp.text.removeprefix("the "):
            name = f"{name} {nxt.text}"
        out.append((e, role, name))
    return out


def office_owner_words(trigger: Any) -> list:
    """The pronoun or the state's noun whose office ``trigger`` names ("served as its governor", "was the
    country's head of state from 1967"), for the resolver to read as a participant (what "its" stands for)."""
    return [c for office in _offices(trigger) for c in office.children if c.dep_ == "poss" and
            (c.lower_ in ("its", "their") or (c.pos_ == "NOUN" and c.lower_ in _STATE_NOUNS))]


def is_predicate_office(words: Any) -> bool:
    """Whether ``words`` (the words before "of <Place>") are one realm's office said of a subject ("was
    Shah of Iran", "served as King of Tarvia", "became Emperor of …"): an office, no person's name."""
    if len(words) != 1:
        return False
    word = words[0]
    said = word.dep_ in ("attr", "oprd") or (word.dep_ == "pobj" and word.head.lower_ == "as")
    while not said and word.dep_ == "conj" and word.head.i != word.i:  # "was the founder and first Shah of …"
        word = word.head
        said = word.dep_ in ("attr", "oprd") or (word.dep_ == "pobj" and word.head.lower_ == "as")
    return said and words[0].lower_ in REALM_OFFICES


def _offices(trigger: Any) -> list:
    """The office nouns ``trigger`` names its subject holding (see the module), realm offices only."""
    word = trigger.lower_
    found = []
    if (word in _BE_FORMS and trigger.pos_ in ("AUX", "VERB")) or word.startswith(_BECOMING):
        found += [c for c in trigger.children if c.dep_ == "attr"]
    if word.startswith(_HOLDING):
        # (two "as" offices, "serving as President of X from 1967 and as President of Y from 1974": which office
        # goes with which date the row cannot tell, so neither)
        if sum(t.lower_ == "as" and t.dep_ in ("prep", "conj") for t in trigger.subtree) == 1:
            found += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as" for g in pobjs(c)]
        head = trigger.head
        if trigger.dep_ == "acl" and head.dep_ == "attr":  # "was the founder and first shah of …, ruling"
            found.append(head)
        elif trigger.dep_ == "advcl" and head.lower_ in _BE_FORMS:  # "was the second king of …, ruling"
            found += [c for c in head.children if c.dep_ == "attr"]
        elif trigger.dep_ == "relcl" and head.dep_ in ("attr", "appos"):  # "was the last pharaoh of …, who ruled"
            found.append(head)
    found = [g for f in found for g in (f, *f.conjuncts) if g.pos_ in ("NOUN", "PROPN")]
    found = [f for f in found if _office_words(f) in REALM_OFFICES or _qualified(f) in REALM_OFFICES]
    return found


def _office_words(noun: Any) -> str:
    """An office as one lower-case phrase with its compounds ("secretary-general", "prime minister")."""
    doc = noun.doc
    start = noun.i
    while start > noun.sent.start and doc[start - 1].head.i == noun.i and \
            (doc[start - 1].dep_ == "compound" or doc[start - 1].tag_ == "HYPH"):
        start -= 1
    words = [t for t in doc[start:noun.i + 1] if t.dep_ in ("compound", "punct") or t.i == noun.i]
    return "".join(t.lower_ + ("" if t.whitespace_ == "" else " ") for t in words).strip()


def _qualified(noun: Any) -> str:
    """An office with the adjective right before it ("chief minister", the parser's amod)."""
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    return f"{before.lower_} {noun.lower_}" if before is not None and before.dep_ == "amod" and before.head.i == noun.i \
        else noun.lower_


def _realm_heads(office: Any) -> list:
    """The heads of what an office is "of" ("King of Tarvia and Lusk": both) and a state's possessive
    on it ("Tarvia's king")."""
    heads = of_objects(office)
    heads += [c for c in office.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    # "emperor of the Ming dynasty of China": the house is whose kin, the land "of" it the realm
    heads += [g for h in heads if h.lower_ in _KIN_GROUPS for g in of_objects(h)]
    return [g for h in heads for g in (h, *h.conjuncts)]


def _realm(head: Any, office: Any, spans: Any, by_text: dict[str, str], reigning: bool) -> tuple[Any, str] | None:
    """(entity or None, name) of the realm or body ``head`` names, or None where it names none."""
    tagged = head.ent_type_ in _REALM_LABELS  # the parser's own reading, where the entities stage kept no name
    for e, sp, name in spans.spans:
        if sp.start <= head.i < sp.end:
            if sp.start <= office.i and e.label in _REALM_LABELS | {"PERSON"}:
                break  # "King of Poland", "Queen of Tarvia" tagged whole: the office's words; the realm in them
            if e.label in _REALM_LABELS:
                return (e, name) if name.split()[-1].lower() not in _KIN_GROUPS else None
            own = realm_name(head)  # "the Zulu Kingdom" tagged a building
            return (None, by_text.get(own, own)) if own is not None else None
    else:
        if head.ent_type_ and not tagged:
            return None  # a person, a date, a building
    if (own := realm_name(head)) is not None:  # "the Grand Duchy of Lusk", tagged a building or nothing
        return None, by_text.get(own, own)
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or \
            not (tagged or reigning or country_name(head.text) == head.text):  # "President of Mozambique", untagged
        return None
    # "King of Tarvia", the model tagging nothing (or only inside the office's words): the capitalised proper
    # words the name is written with.
    doc = head.doc
    start = head.i
    while start - 1 > head.sent.start and doc[start - 1].head.i == head.i and \
            doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].text[:1].isupper() and \
            doc[start - 1].pos_ in ("PROPN", "ADJ") and doc[start - 1].ent_type_ in ("", "NORP", head.ent_type_):
        start -= 1
    words = doc[start:head.i + 1]
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if any(t.lower_ in NOT_PARTY_WORDS for t in words) or \
            (not tagged and (head.conjuncts or (after is not None and after.lower_ in ("and", "&")))):
        return None  # "the King of Rock and Roll": a nickname, no realm
    return None, words.text
