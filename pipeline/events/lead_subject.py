"""The party an encyclopedia article is about, and the words that stand for it far from its name.

A Wikipedia article opens by defining its subject ("Tarn Rovers are an English rock band from
Leeds.", "Orme Radio is a station in Perth.", "Jan Orme (born 3 May 1950) is a boxer.") and then
calls it "they", "it", "he", "the band" or nothing at all ("Graduated in 1967.") for pages. The
model often leaves the subject's own name untagged (it is a made-up band name, a call sign, a
number), so the paragraph rules of :mod:`pipeline.events.coreference` find no antecedent. Here:

- :func:`find_lead`: the subject of the document's first sentence when that sentence defines it
  (a copula with a noun, or "born"), and whether it is a person or a body (band, station, company,
  regiment, a state: "Tarvia was a kingdom"); a place or a thing ("Tarn is a river", "Orm is a
  city") is no party and gives no lead; the document's title names a person the parse loses
  ("Pericles was a statesman": :mod:`pipeline.events.lead_titles`);
- :mod:`pipeline.events.lead_words` (split from here): the pronouns ("they", "it", "he") and bare
  descriptions ("the band") that stand for the lead while it is in view;
- :func:`understood_subject`: a sentence of a biography's list that opens with its verb and has
  no subject ("Graduated in 1967.", "Was voted MVP by the Post") is the lead's act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.events.descriptions import ORGANISATION_NOUNS
from pipeline.events.lead_titles import said_who, title_opening, within
from pipeline.lexicon.person_titles import REGNAL_TITLES, TITLES_OF_PLACE
from pipeline.lexicon.person_trades import PERSON_TRADE_NOUNS
from pipeline.lexicon.polities import POLITY_HEADS, STATE_NAME_NOUNS
from pipeline.lexicon.type_nouns import ORG_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS

# Nouns that define a body that acts (beyond the organisation nouns the descriptions know).
_BODY_NOUNS = ORGANISATION_NOUNS | ORG_NOUNS | {
    "station", "broadcaster", "network", "channel", "consultancy", "business", "retailer", "chain", "brand",
    "carrier", "operator", "utility", "division", "wing", "squadron", "unit", "battalion", "brigade", "corps",
    "army", "navy", "force", "group", "collective", "choir", "troupe", "outfit", "act", "project", "institute",
    "institution", "foundation", "charity", "federation", "union", "council", "committee",
    "franchise", "side", "squad", "crew", "firm", "bank", "railroad", "railway", "line", "publisher",
    "magazine", "newspaper"}
# Nouns that define a state, which acts as a party ("Tarvia was a kingdom …; in 1302 it invaded Lusk"),
# unlike a place ("Orm is a city": its "it" is where things happen).
# Nouns and titles that define a lead sentence's subject as a person ("was a politician", "was Holy Roman Emperor").
_PERSON_TITLES = PERSON_NOUNS | REGNAL_TITLES | TITLES_OF_PLACE | PERSON_TRADE_NOUNS
_POLITY_NOUNS = {"state", "kingdom", "empire", "country", "nation", "republic", "caliphate", "sultanate", "khanate",
                 "dynasty", "polity", "confederation", "federation", "principality", "duchy", "monarchy", "emirate",
                 "realm", "chiefdom", "shogunate", "confederacy"}


@dataclass(frozen=True, slots=True)
class Lead:
    """The article's subject: its ``name``, ``kind`` ("person" or "body"), whether prose makes it
    plural ("Tarn Rovers are …"), its defining noun ("band"), and the token indices of its name in
    ``doc``, the first chunk's parse."""

    name: str
    kind: str
    plural: bool
    noun: str | None
    tokens: frozenset
    doc: Any
    # A state's own words prose calls it by ("the sultanate" of "the Tarsk Sultanate was an empire", "the grand
    # duchy" of "the Grand Duchy of Lusk"): each with the modifiers it may keep; empty for any other lead.
    realm_words: tuple = ()
    state: bool = False


def _subject_name(subject: Any) -> Any | None:
    """The written name heading the first sentence's subject: its words up to a bracket or comma
    ("30 Seconds to Mars (or …)", "Orme FM, is …"), when they start capitalised or with a digit."""
    words = sorted(subject.subtree, key=lambda t: t.i)
    run = []
    for t in words:
        if t.text in ("(", ",", "[", "–", "—", ";", ":"):
            break
        run.append(t)
    while run and run[0].lower_ == "the":
        run = run[1:]
    if not run or not (run[0].text[:1].isupper() or run[0].text[:1].isdigit()):
        return None
    if not any(t.pos_ == "PROPN" or t.text[:1].isdigit() or t.ent_type_ in ("ORG", "PERSON", "NORP") or
               (t.tag_ == "NNS" and t.text[:1].isupper() and t.i != t.sent.start) for t in run):  # "The Lusks were a tribe"
        return None  # "The company is a …": a common noun, no name
    return subject.doc[run[0].i:run[-1].i + 1]


def find_lead(chunks: list, entities: list, names: Any, title: str | None = None) -> Lead | None:
    """The article's subject as its first sentence defines it, or None (no defining sentence, or
    it defines a place or a thing). The document's ``title`` names it where the parse loses the
    name (:mod:`pipeline.events.lead_titles`)."""
    if not chunks:
        return None
    offset, parsed = chunks[0]
    sent = next(iter(parsed.sents), None)
    if sent is None:
        return None
    root = sent.root
    born = any(t.lower_ == "born" for t in sent)
    attr = next((c for c in root.children if c.dep_ in ("attr", "acomp")), None)
    defining = True
    if root.lemma_ == "be" or root.lower_ in ("is", "are", "was", "were"):
        if attr is None and not born:
            return None
    elif not (root.lower_ == "born" or born):
        defining = False  # "6PR commenced broadcasting in 1931": a lead only where a name heads the subject
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opening = title_opening(sent, root, title)
    if subject is not None:
        span = _subject_name(subject)
    elif opening is not None:
        span = None
    else:
        # "Crazyhead are a band", "883JIA FM, is a station": the parser loses an unknown name's
        # subject link; a run of proper nouns (or digits) opening the sentence right before the verb is it.
        before = [t for t in sent if t.i < root.i and not t.is_punct]
        if not before or not all(t.tag_ in ("NNP", "NNPS", "CD") for t in before):
            return None
        span, subject = parsed[before[0].i:before[-1].i + 1], before[-1]
    from_title = span is None and opening is not None  # "Pericles was", "Xerxes I was": the title's words
    if from_title:
        span, subject = opening, opening[-1]
    if span is None:
        return None
    if attr is None:
        # "Orme Partners, L.P. was a partnership": the parser makes the name the root and the copula its aside.
        copula = next((c for c in root.children if c.dep_ == "parataxis" and c.lower_ in ("is", "are", "was", "were")),
                      None)
        attr = next((c for c in copula.children if c.dep_ == "attr"), None) if copula is not None else None
    noun = attr.lower_ if attr is not None and attr.pos_ == "NOUN" else None
    entity = next((e for e in entities if e.start < offset + span.end_char and offset + span.start_char < e.end
                   and e.label in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")), None)
    # "The Lusk Khanate was a state", "the Grand Duchy of Lusk was a state": a realm's name, whatever the
    # model took it for (a person, a building); so is any name the sentence defines a state ("Orm Rus' was a state").
    realm_named = noun in _POLITY_NOUNS and _realm_word(span) is not None
    polity = realm_named or (noun in _POLITY_NOUNS and (entity is None or entity.label in ("GPE", "ORG", "NORP", "PERSON")))
    # "Sigismund of Luxembourg was Holy Roman Emperor", "Orme was a Tarvian politician": a person's title or
    # trade defines the subject a person, whatever the model made of a name it did not know.
    titled = attr is not None and attr.pos_ in ("NOUN", "PROPN") and (attr.lower_ in _PERSON_TITLES or said_who(attr))
    if from_title and not titled:
        return None  # "Conformity is the act of …": the title rescues a person's name only, not a common noun's
    if titled and (from_title or (entity is not None and entity.label == "PERSON" and within(entity, opening, offset))):
        # "Phelps is a swimmer": the title's name defined a person, whatever the model tagged; "Hero of
        # Alexandria was a mathematician": the title's whole name, not the place the model made a person
        span, entity = opening if opening is not None else span, None
    if entity is not None and entity.label in ("GPE", "LOC", "FAC") and not polity:
        if not (titled and not entity.start <= offset + subject.idx < entity.end):
            return None  # a place's article: its "it" is the place, no party (a state's is the state: "Tarvia was a kingdom")
        # The place is only where the person is "of", the person's name the model left untagged: the name
        # is the words before it ("Sigismund"), as the place's own name would make the whole the place's;
        # unless the title gives the whole as the name ("Gregory of Nyssa": not "Gregory", another's name).
        whole = opening is not None and opening.start <= subject.i < opening.end
        words = list(opening) if whole else [t for t in span if offset + t.idx < entity.start]
        while words and words[-1].lower_ in ("of", "the"):
            words = words[:-1]
        if not words:
            return None
        span, entity = parsed[words[0].i:words[-1].i + 1], None
    if not defining and (entity is None or entity.label not in ("PERSON", "ORG") or
                         not entity.start <= offset + subject.idx < entity.end):
        return None  # "Seven Taliban militants were killed": the militants, no named party, lead
    if realm_named or (polity and entity is not None and entity.label == "PERSON"):
        kind = "body"
    elif entity is not None and entity.label == "PERSON" or (entity is None and (born or noun in PERSON_NOUNS or titled)):
        kind = "person"
    elif entity is not None and entity.label == "ORG" and titled and noun not in _BODY_NOUNS and \
            entity.start <= offset + subject.idx < entity.end:
        kind = "person"  # "Benito Orme García was a Mexican politician": a person's name the model took for a body
    elif polity or (entity is not None and entity.label in ("ORG", "NORP")) or noun in _BODY_NOUNS | PEOPLE_NOUNS:
        if noun is not None and noun not in _BODY_NOUNS | PEOPLE_NOUNS and not polity:
            return None  # "The Orrin is a river": a name the model took for a body, defined as a thing
        kind = "body"
    else:
        return None
    name = names(entity) if entity is not None and (entity.label in ("PERSON", "ORG") or polity) else span.text
    # "Orme Partners was a partnership": a singular verb makes a plural-looking name one body ("it").
    plural = root.lower_ in ("are", "were") or (subject.tag_ == "NNPS" and root.lower_ not in ("is", "was"))
    realm = _realm_words(chunks, name, noun, span) if polity and kind == "body" else ()
    # A people's lead is "they" (its defining noun, "the people", is as often the land's population).
    noun = None if noun in PEOPLE_NOUNS else noun
    return Lead(name, kind, plural, noun, frozenset(t.i for t in span), parsed, realm, bool(polity and kind == "body"))


def _realm_word(span: Any) -> Any | None:
    """The capitalised realm's word in a state's name of two words or more ("Sultanate" of "Tarsk
    Sultanate", "Duchy" of "Grand Duchy of Lusk"), or None."""
    if len(span) < 2:
        return None
    return next((t for t in span if t.text[:1].isupper() and t.lower_ in POLITY_HEADS | STATE_NAME_NOUNS), None)


def _realm_words(chunks: list, name: str, noun: str | None, span: Any) -> tuple:
    """The words a state's article calls it by (see :class:`Lead`): the realm's word of its name with the
    capitalised words before it it may keep ("grand" of "Grand Duchy"), and its defining noun where that is
    a state's ("was an empire"); a word another capitalised name in the document also ends in ("the
    Lusk Empire" named too) is left out, as "the empire" could then be either."""
    words: dict[str, frozenset] = {}
    head = _realm_word(span)
    if head is not None:
        words[head.lower_] = frozenset(t.lower_ for t in span if t.i < head.i)
    if noun in _POLITY_NOUNS:
        words.setdefault(noun, frozenset())
    text = "\n".join(parsed.text for _, parsed in chunks)
    out = []
    for word, kept in words.items():
        others = {m.group(0) for m in re.finditer(r"(?:[A-Z][\w'-]*\s+)+" + word.title() + r"\b", text)}
        others |= {m.group(0) for m in re.finditer(word.title() + r"\s+of(?:\s+the)?(?:\s+[A-Z][\w'-]*)+", text)}
        if all(_strip(o) in name or name in _strip(o) for o in others):
            out.append((word, kept))
    return tuple(out)


def _strip(written: str) -> str:
    return re.sub(r"^(?:The|A|An|In|On|At|By|From|Of)\s+", "", written.strip())


def understood_subject(trigger: Any, lead: Lead | None) -> str | None:
    """"Graduated in 1967.", "In 2004 co-authored an article": a sentence that opens with its own
    past-tense verb and has no subject is a biography's list line about the lead ("actor"); "Was
    voted MVP by the Post" is done to the lead ("participant"). A body's list line that opens with a
    participle is done to it ("Activated on 27 March 1943.", "Redesignated 65th Wing on 1 May 1952.": a
    unit's or a company's record); one that opens with a past verb and its object is its act ("Released
    their second album in 2004."). Returns the role, or None."""
    if lead is None:
        return None
    sent = trigger.sent
    root = sent.root
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in sent):
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None or (verb.i != root.i and not (verb.dep_ == "conj" and verb.head.i == root.i)):
        return None
    first = next((t for t in sent if not t.is_punct), None)
    if first is None:
        return None
    opening = [t for t in sent if t.i < root.i and not t.is_punct]
    # Only a fronted phrase may come before the verb ("In 2004 co-authored …"): no noun of its own.
    fronted = all(t.dep_ in ("prep", "pobj", "nummod", "det", "amod", "compound", "advmod", "npadvmod", "auxpass",
                             "aux", "neg") for t in opening)
    if not fronted or not first.text[:1].isupper():
        return None
    if any(t.dep_ == "auxpass" for t in verb.children):
        return "participant"  # "Left camp in July, and was dealt to the Cardinals": dealt is passive
    if lead.kind != "person":
        if any(c.dep_ == "dobj" for c in verb.children):
            return "actor" if verb.tag_ in ("VBD", "VBN") else None
        return "participant" if verb.tag_ == "VBN" else None
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and first.i == root.i and any(
            c.dep_ in ("dobj", "prep") for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)):
        return "actor"
    return None


def with_understood_subject(trigger: Any, found: tuple, lead: Lead | None) -> tuple:
    """A trigger's roles (:func:`pipeline.events.roles.trigger_roles`'s four) with the lead added where
    the trigger's line is a subjectless list line about it (:func:`understood_subject`): as its actor
    when no actor was found, as its participant when the line is passive."""
    named, theme, extra, resolved = found
    role = understood_subject(trigger, lead)
    if role is None or (role == "actor" and (extra["actor"] or any(r == "actor" for _, r, _ in named))):
        return found
    extra = {**extra, role: [*extra[role], (lead.name, lead.name)]}
    return named, theme, extra, [*resolved, lead.name] if lead.name not in resolved else resolved


def defines_another(chunks: list, lead: Lead) -> bool:
    """Whether the document defines another name with the lead's noun ("The Crows are a rock band. …
    The Larks are a folk band."): then "the band" could be either, and stands for neither."""
    for _, parsed in chunks:
        for sent in parsed.sents:
            root = sent.root
            if root.lemma_ != "be" and root.lower_ not in ("is", "are", "was", "were"):
                continue
            if not any(c.dep_ == "attr" and c.lower_ == lead.noun for c in root.children):
                continue
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            span = _subject_name(subject) if subject is not None else None
            if span is not None and not (parsed is lead.doc and span.start in lead.tokens) and span.text != lead.name:
                return True
    return False


# Participles that give another name of the one just named ("Otto, known as Otto the Great", "William,
# sometimes called William the Bastard"): word forms, the model runs without a lemmatiser.
_NAMING_PARTICIPLES = {"known", "called", "nicknamed", "named", "styled", "dubbed", "surnamed"}


def is_said_of_subject(root: Any) -> bool:
    """Whether a name's phrase ``root`` only says who the subject is, so is no second person in view: a
    predicate ("Orme was King of Lusk", a title the model may tag a person) or another name of the
    subject ("Orme, also known as Orme the Great", "sometimes called Orme the Bold")."""
    if root.dep_ == "attr":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        root = root.head
    naming = root.head  # a bare participle on the name: not "who had called Lusk a traitor"
    return root.dep_ in ("prep", "dobj", "oprd") and naming.lower_ in _NAMING_PARTICIPLES and naming.tag_ == "VBN" and \
        naming.dep_ in ("acl", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in naming.children)
