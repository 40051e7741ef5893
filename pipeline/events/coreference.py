"""Who "the two countries", "they", "him" and "it" stand for: simple, explainable rules.

An event whose actor is written as a pronoun or a collective phrase names no
one until the reference is resolved. The rules look back only a little way,
the way a reader does:

- ``the two countries/nations/states/governments/sides/powers``, ``both …``:
  the document's pair when its title names one (``Germany–Soviet Union
  relations`` → Germany, Soviet Union), else the last pair named together
  before (``Japan and China fought …``), else the last two states named;
- ``he``/``him``/``she``/``her``: the last person who was the main subject of a
  sentence before in the paragraph, else the last subject, else the last person named;
- ``they``/``them``: the last group named together (``Gorbachev and Reagan``) in
  this sentence or the one before, else the people of the sentence right before
  when it names two or more; never a place (``in Helmand Province, Afghanistan``);
- ``it``/``this`` as the thing acted on, and ``the pact``/``the treaty``: the
  last matching named thing (a treaty, pact, charter, …) before it.

Every resolved name is reported as such (the events table's ``resolved``
column), so a user can tell a stated actor from an inferred one. The names in view (the paragraph's
mentions so far) are kept by :mod:`pipeline.events.recent_mentions`. No
coreference library runs here (README, "Dates and events", says which we
tried and why); these rules are measured in ``evaluation/events.py``.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property, partial
from typing import Any

from pipeline.events.demonyms import document_states
from pipeline.events.descriptions import Descriptions, noun_subject_before
from pipeline.events.genders import document_genders, is_no_person, pronoun_gender
from pipeline.events.lead_subject import Lead, defines_another, find_lead, is_said_of_subject
from pipeline.events.clause_owners import clause_owner
from pipeline.events.lead_words import lead_for_description, lead_for_pronoun
from pipeline.events.names import Names
from pipeline.events.sentence_names import SentenceNames, is_adjective, sentence_names
from pipeline.events.party_shapes import is_quoted_work, is_work_title
from pipeline.events.recent_mentions import (Mention, acted, is_place_mention, last_group, last_person, last_states,
    people_of_sentence_before, phrase_root)
from pipeline.events.role_descriptions import RulerDescriptions
from pipeline.events.common_noun_pronouns import unnamed_one_before
from pipeline.events.alliance_descriptions import alliance_of
from pipeline.events.state_police import police_of
from pipeline.events.person_pronouns import document_people, governing_person, person_label
from pipeline.events.wrecked_things import wrecked_thing
from pipeline.events.title_states import title_state
from pipeline.events.party_terms import names_a_disaster, own_sentence_group
from pipeline.lexicon.agreements import DOCUMENT_WORDS
from pipeline.lexicon.labels import ACTOR_LABELS
from pipeline.lexicon.pronouns import BODY_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS
from pipeline.lexicon.type_nouns import THING_NAME_HEADS
from pipeline.events.collective_pairs import between_the_pair  # "between the parties"

COLLECTIVE_NOUNS = {"countries", "nations", "states", "governments", "sides", "powers", "empires", "parties", "republics", "kingdoms", "allies", "signatories", "leaders"}
SPEAKER_PRONOUNS, THING_PRONOUNS = {"i", "me", "my"}, {"it", "this"}
_BUILDING_HEADS = THING_NAME_HEADS | {"house", "hall", "church", "cathedral", "chapel", "temple", "mosque", "palace"}  # "it" for these: no party
_PARTY_DEPS, _CORE_DEPS = {"nsubj", "nsubjpass", "poss"}, {"nsubj", "nsubjpass", "dobj"}
_TITLE_PAIR = (
    re.compile(r"^(?P<a>[^–—,]+?)\s*[–—]\s*(?P<b>[^,]+?)\s+relations\b", re.I),
    re.compile(r"^(?P<a>[^,]+?)\s+and\s+(?P<b>[^,]+?)\s+relations\b", re.I),
    re.compile(r"^relations between\s+(?P<a>.+?)\s+and\s+(?P<b>[^,]+)", re.I),
)


def document_pair(title: str | None) -> tuple[str, str] | None:
    """The two parties a relations article is about, from its title; None for any other title."""
    for pattern in _TITLE_PAIR:
        m = pattern.match((title or "").strip())
        if m:
            return m.group("a").strip(), m.group("b").strip()
    return None


def is_collective(token: Any) -> bool:
    """``the two countries``, ``both states``, ``both sides`` (or ``both`` standing alone)."""
    if token.lower_ == "both" or token.lower_ not in COLLECTIVE_NOUNS:
        return token.lower_ == "both" and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
    return between_the_pair(token) or any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet", "preconj")
               and c.lower_ == "both") for c in token.children)


def _chained_pronoun(token: Any, mentions: list[Mention]) -> Any | None:
    """The same subject pronoun as the main subject of the sentence right before ("In 1978 he was
    beaten by Orr. He fought eight more times"): one person in view throughout, whoever acted on him
    in between; None when a person is named before ``token`` in its own sentence."""
    sent = token.sent
    if sent.start == 0 or any(m.label == "PERSON" and sent.start <= m.span.start < token.i for m in mentions):
        return None
    prev = token.doc[sent.start - 1].sent
    if any(m.label == "PERSON" and prev.start <= m.span.start < prev.end and
           phrase_root(m.span.root).dep_ in ("nsubj", "nsubjpass") for m in mentions):
        return None  # "He was a tackle in 1966 Orr was the best lineman": a person named as a subject takes over
    # (the first subject: the parser sometimes hangs "he was upset" off "was", not the main verb)
    first = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass")), None)
    return first if first is not None and first.lower_ == token.lower_ else None


def resolve_people(token: Any, mentions: list[Mention], pair: tuple[str, str] | None,
                   genders: dict[str, str] | None = None, topic: str | None = None, depth: int = 0) -> list[str]:
    """The names a pronoun or collective phrase stands for (empty when the rules find none);
    ``genders`` (:func:`pipeline.events.genders.document_genders`) keeps "she" off a man and "he" off a woman."""
    word = token.lower_
    if is_collective(token):
        if pair is not None:
            return list(pair)
        return last_group(mentions, token.i, size=2) or last_states(mentions, token.i)
    if word in SPEAKER_PRONOUNS:
        # '"I lost the money," says Orme': the one quoted is the one whose saying governs the words.
        speakers = {m.name for m in mentions if m.label == "PERSON" and phrase_root(m.span.root).dep_ == "nsubj"
                    and phrase_root(m.span.root).head in token.ancestors}
        return list(speakers) if len(speakers) == 1 else []
    if word in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass") and depth < 3:
        prior = _chained_pronoun(token, mentions)
        if prior is not None:
            # One in view: if the first "he" is no one the rules tell, nor is this ("He wrote after Camus. He …").
            return resolve_people(prior, mentions, pair, genders, topic, depth + 1)
    if word in PERSON_PRONOUNS:
        # "He rented the truck, Elliott said": the one who says it after the pronoun is not "he".
        sayers = {m.name for m in mentions if m.span.start > token.i and m.label == "PERSON"
                  and phrase_root(m.span.root).dep_ == "nsubj" and phrase_root(m.span.root).head in token.ancestors}
        person = (governing := governing_person(token, mentions, genders)) or last_person([m for m in mentions if m.name not in sayers], token.i, pronoun_gender(word), genders)
        if word == "his" and person and (any(m.name != person and not m.adjective and token.sent.start <= m.span.start < token.i
                                             and (m.label == "PERSON" or phrase_root(m.span.root).dep_ in _CORE_DEPS)
                                             and not is_said_of_subject(phrase_root(m.span.root)) for m in mentions) or
                                         any(t.lower_ in ("she", "her") for t in token.doc[token.sent.start:token.i])):
            # "the judge ordered Orme held after his lawyer …", "She let his lawyer …": two people in view
            # before the possessive, which the rules cannot tell apart ("Orme, known as Orme I, …": one).
            return []
        if person and topic and person != topic and word in ("he", "she") and not governing:  # "Orm said she": Orm
            person = _topic_kept(token, mentions, person, topic, genders)
        return [person] if person else []
    if word in GROUP_PRONOUNS:
        sent = token.sent  # a group is looked for in this sentence and the one before, as a reader does
        previous = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        near = [m for m in mentions if m.span.start >= previous]
        return last_group(near, token.i) or people_of_sentence_before(mentions, token.sent.start) or \
            last_body(mentions, token, {"ORG", "NORP"})
    if word in BODY_PRONOUNS and (token.dep_ in _PARTY_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent")):
        return last_body(mentions, token, {"ORG", "GPE"})
    return []


def _topic_kept(token: Any, mentions: list[Mention], person: str, topic: str,
                genders: dict[str, str] | None) -> str:
    """The document's main person for "he" when the sentence before had another man act on "him" or on
    him by name ("Ross selected him. In Boston he became a star": the subject stays in view); else ``person``."""
    if token.sent.start == 0:
        return person
    prev = token.doc[token.sent.start - 1].sent
    acted_there = any(m.name == person and prev.start <= m.span.start < prev.end for m in mentions)
    object_pronoun = any(t.lower_ in ("him", "her") and t.dep_ in ("dobj", "pobj", "dative") for t in prev) or \
        any(m.name == topic and prev.start <= m.span.start < prev.end and phrase_root(m.span.root).dep_ == "dobj"
            for m in mentions)  # "Orme called Hawks 'a hero'. He …": Hawks stays in view
    if acted_there and object_pronoun and not (genders and genders.get(topic) not in (None, pronoun_gender(token.lower_))):
        return topic
    return person


def last_body(mentions: list[Mention], token: Any, labels: set[str]) -> list[str]:
    """The one body (or state, or people) ``token`` ("they", "it") stands for: the name that is the
    main subject earlier in its own sentence, else of the sentence right before ("Tarn Records
    opened a studio. In 1990 it signed …"); nothing when the sentence before has another subject
    or none named."""
    sent = token.sent
    doc = token.doc
    here = [m for m in mentions if sent.start <= m.span.start and m.span.end <= token.i]
    before: list[Mention] = []
    # Not after a thing's noun as subject: "The number of voters tripled; it reached 600 million" (that noun)
    if sent.start > 0 and (here or not noun_subject_before(token)):
        prev = doc[sent.start - 1].sent
        before = [m for m in mentions if prev.start <= m.span.start and m.span.end <= prev.end]
    for group in (here, before):
        # The grammatical subject, a passive's too ("The Tarn Club was founded in 1901. In 1903 it
        # sold …"): a passive's agent is not what the sentence is about ("The treaty was signed by
        # Tarvia. It was broken": the treaty).
        acting = [m for m in group if acted(m) == 2 and phrase_root(m.span.root).dep_ in ("nsubj", "nsubjpass")
                  and not m.adjective and not is_place_mention(m)
                  and m.name.split()[-1].lower() not in _BUILDING_HEADS and not names_a_disaster(m.span)]  # a thing, a storm
        if acting:
            names = {m.name for m in acting}
            return [acting[0].name] if len(names) == 1 and acting[0].label in labels else []
    return []


def is_document_name(text: str) -> bool:
    """Whether a name names an agreement or charter ("Treaty of Rapallo", "Anti-Comintern Pact")."""
    return any(w in DOCUMENT_WORDS for w in re.findall(r"[a-zé]+", text.lower()))


class Paragraphs:
    """Per parsed chunk (a paragraph or list item): its names, for roles and for looking back."""

    def __init__(self, chunks: list, entities: list, names: Names, title: str | None = None) -> None:
        self.chunks = chunks
        self.title = title  # the document's title: names the lead where the first sentence's parse loses it
        self.entities = entities
        self.starts = [e.start for e in entities]
        self.names = names
        self._cache: dict[int, tuple[SentenceNames, list[Mention]]] = {}
        # Named agreements in document order, for "the pact" and "it was signed".
        self.things: list[tuple[int, str]] = sorted(
            (e.start, names(e)) for e in entities if e.label == "LAW" or is_document_name(e.text))
        self.thing_starts = [start for start, _ in self.things]
        self.states, self.people = document_states(entities, names), document_people(entities, names)  # a demonym's state ("Polish territories")

    @cached_property
    def genders(self) -> dict[str, str]:
        """Each person's gender where the document's words say it ("Mrs", "she" after the name)."""
        return document_genders(self.chunks, self.entities, self.names)

    @cached_property
    def descriptions(self) -> Descriptions:
        """The role nouns the document's people and organisations are named with ("the general")."""
        return Descriptions(self.chunks, self.entities, self.names)

    @cached_property
    def rulers(self) -> RulerDescriptions:
        """The document's persons named with a state on a ruler's title ("Iraqi President X")."""
        return RulerDescriptions(self.chunks, self.entities, self.names, self.states)

    def resolve(self, token: Any, mentions: list[Mention], pair: tuple[str, str] | None, offset: int,
                named: set[int]) -> list[str]:
        """The names ``token`` (of the chunk at clean ``offset``) stands for: a pronoun or "the two
        countries" (:func:`resolve_people`), else a role noun ("the general", "the group")."""
        if works := self.works:  # a made work's title stands for no one a pronoun can mean ("they" after her novel "Tarnwood")
            mentions = [m for m in mentions if m.name not in works]
        if police := police_of(token, self.states):
            return police  # "Tanzanian police said they had arrested": state_police
        if unnamed_one_before(token):
            return []  # "Calling the mother an excellent girl, Castro said she had been kidnapped": common_noun_pronouns
        if (group := own_sentence_group(token, mentions) if (wreck := wrecked_thing(token)) is None else wreck) is not None:
            return group  # "Timbuktu and Djenne were towns; they were conquered": those, or no one (party_terms)
        # "The band" in an article defining its subject as a band is that band, before any body nearby
        # the description rules could take it for ("the band won the Orme Music Award"), unless the
        # document defines another body so ("The Larks are a folk band"): pipeline.events.lead_subject.
        if (owner := clause_owner(token, mentions, self.lead, self.genders)) is not None:
            return [self.names.by_text.get(n, n) for n in owner]  # "who ruled Lusk until his death": clause_owners
        if (titled := title_state(token, self.title, self.states, self.names.by_text)) is not None:
            return [titled]  # "History of Tarvia": "the country became independent" (title_states)
        described = lead_for_description(token, self.lead)
        if described is not None and not self.lead_rivalled:
            return [described]
        found = self.descriptions.said_by(token, offset, named) or resolve_people(token, mentions, pair, self.genders,
                                                                                  self.topic) or self.descriptions.resolve(token, offset, named) \
            or self.rulers.resolve(token, offset) or alliance_of(token, offset, self.entities, self.names)  # "the Iraqi leader", "the alliance"
        if found or self.lead is None:
            return found
        if described is not None:
            return []
        if token.pos_ != "PRON" or (token.lower_ in BODY_PRONOUNS and (noun_subject_before(token, partial(lead_for_description, lead=self.lead)) or not (
                token.dep_ in _PARTY_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent")))):
            return []
        if token.lower_ in PERSON_PRONOUNS and any(m.label == "PERSON" and m.span.start < token.i and not is_no_person(m.span)
                                                   for m in mentions):
            return []  # the paragraph's people were weighed above, and left in doubt ("ordered Petrov held after his arrest")
        gender = pronoun_gender(token.lower_)
        gender_ok = not (gender and self.genders.get(self.lead.name, gender) != gender)
        name = lead_for_pronoun(token, self.lead, gender_ok)
        return [name] if name is not None else []

    @cached_property
    def lead_rivalled(self) -> bool:
        """Whether the document defines another name with the lead's noun (read once per document)."""
        return self.lead is not None and self.lead.noun is not None and defines_another(self.chunks, self.lead)

    @cached_property
    def lead(self) -> Lead | None:
        """The article's subject, as its first sentence defines it (pipeline.events.lead_subject)."""
        lead = find_lead(self.chunks, self.entities, self.names, self.title)
        # "The Orme House was built in 1901": a building's article is about a thing, no party
        return None if lead is None or lead.name.split()[-1].lower() in _BUILDING_HEADS else lead

    @cached_property
    def topic(self) -> str | None:
        """The person named most often by a clear margin, else the one the first sentence defines, or None."""
        counts: dict[str, int] = {}
        for name in (self.names(e) for e in self.entities if e.label == "PERSON"):
            counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or 2 * ranked[0][1] >= 3 * ranked[1][1]):
            return ranked[0][0]
        lead = self.lead  # one the first sentence defines ("Orme was a painter"), not one who "said"
        return lead.name if lead is not None and lead.kind == "person" and lead.noun is not None else None

    @cached_property
    def works(self) -> set[str]:
        """Names the document introduces as a made work's title (an album, a film): no party wherever
        they stand later ("A Quiet Storm was certified gold"; her novel "Tarnwood" … they lived)."""
        out = set()
        for k in range(len(self.chunks)):
            found, _ = self.names_of(k)
            out.update(name for e, sp, name in found.spans if e.label in ACTOR_LABELS and (is_work_title(sp, e.label) or is_quoted_work(sp)))
        return out

    def names_of(self, k: int) -> tuple[SentenceNames, list[Mention]]:
        if k not in self._cache:
            offset, parsed = self.chunks[k]
            lo = bisect.bisect_left(self.starts, offset)
            # (the paragraph's length without Doc.text, which joins every token)
            length = parsed[-1].idx + len(parsed[-1].text_with_ws) if len(parsed) else 0
            hi = bisect.bisect_left(self.starts, offset + length)
            found = sentence_names(self.entities[lo:hi], parsed, offset, self.names)
            mentions = [Mention(sp, name, person_label(e.label, name, sp.text, self.people), is_adjective(e, sp)) for e, sp, name in found.spans if e.label in ACTOR_LABELS]
            self._cache[k] = (found, mentions)
        return self._cache[k]

    def last_thing(self, before: int, word: str | None = None) -> tuple[int, str] | None:
        """(clean offset, name) of the last named agreement before clean offset ``before``
        (one whose name contains ``word``, if given)."""
        last = bisect.bisect_left(self.thing_starts, before) - 1
        # A reader looks back a little way, not across a whole book: at most 200 named agreements.
        for i in range(last, max(-1, last - 200), -1):
            if word is None or word in self.things[i][1].lower():
                return self.things[i]
        return None
