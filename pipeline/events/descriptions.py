"""Who "the general", "the bomber" and "the organisation" stand for: the one party nearby the
document described with that noun.

News and history prose names a party once, with its title or role ("Major General Vyacheslav
Gladkikh", "Salman Abedi, the bomber behind …", "the separatist group ETA"), and then calls it by
the noun alone ("the general", "the bomber", "the organisation"). A role noun standing for a party
(an actor or participant head that is no name) resolves to the person or organisation whose own
title or apposition holds that noun, among those named in the four sentences before it or the three
after (a headline or a news lead often says "a major general was killed" before it names him). Only when exactly
one party fits; in doubt nothing. A title word on the noun ("major general", "vice president")
must be in the party's title too, so "a lieutenant general" is not the major general.

The descriptions are read off the surface words around each name (preceding title words, a
comma apposition after or before it), not off the parse: the events stage parses only some
sentences, and a party's introduction is often in one it did not parse.
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Callable

from pipeline.events.company_chains import chained_business
from pipeline.events.description_pronouns import described_subject, lead_business, rival_in_sentence, says_where_based
from pipeline.events.ordinal_references import ordinal_reference
from pipeline.events.state_references import state_noun_reference
from pipeline.events.based_descriptions import business_of_town, plain_modifiers, town_before_state
from pipeline.lexicon.companies import COMPANY_DESCRIPTIONS, HEADED_BODIES, NON_COMPANY_HEADS
from pipeline.lexicon.polities import POLITY_HEADS
from pipeline.lexicon import type_nouns

PERSON_NOUNS = {"general", "president", "bomber", "suspect", "gunman", "attacker", "commander", "leader",
                "minister", "spokesman", "spokeswoman", "chairman", "director", "governor", "mayor", "senator",
                "lawmaker", "admiral", "colonel", "captain", "prosecutor", "judge", "king", "queen", "emperor",
                "premier", "chancellor", "ambassador", "envoy", "cleric", "assassin", "shooter", "hijacker"}
# The generic words for a body of people stand for one another ("the separatist group ETA" …
# "the organisation"); the others must be the word the body was described with.
GENERIC_BODIES = {"organisation", "organization", "group", "militia", "movement", "network", "faction"}
ORGANISATION_NOUNS = GENERIC_BODIES | {"party", "agency", "company", "firm", "band", "partnership", "team", "club",
                                       "regiment", "corporation", "label", "manufacturer", "league", "association",
                                       "society", "college", "university", "school", "orchestra", "ensemble",
                                       "trio", "quartet", "duo", "airline", "newspaper", "publisher", "studio",
                                       "court", "hospital"}
# Words that make a title a different one: "a lieutenant general" is not "Major General X".
TITLE_MODIFIERS = {"major", "lieutenant", "brigadier", "vice", "deputy", "prime", "chief", "rear", "foreign",
                   "defence", "defense", "interior", "suicide", "former", "general", "attorney", "finance"}
_DETERMINERS = {"the", "a", "an", "that", "this"}
# Words a description stops at: articles, prepositions, relatives, verbs of being.
_STOP = {"the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with", "behind", "who", "which",
         "that", "and", "or", "but", "is", "was", "were", "are", "be", "been", "has", "had", "have", "said", "says",
         "told", "his", "her", "its", "their", "after", "before", "during", "under", "over", "against", "between",
         "into", "as", "such", "than", "when", "while", "if", "because", "since", "about", "like", "not", "also"}
_BACK, _AHEAD = 4, 3
# Labels the model gives a realm's name (a building's too: "the Grand Duchy of Lusk" tagged FAC).
_REALM_LABELS = ("GPE", "ORG", "NORP", "FAC", "LOC")
# The bodies that govern a business and act in its name ("the company's board", "the firm's management").
_GOVERNING = {"board", "management", "directors"}
# How many sentences back "the thrift" looks for the business it stands for (a reader's short reach).
_COMPANY_BACK = 2
# "Tarn Records is a label", "The Crows are a rock band": a plural-looking name takes "are".
_BEING = ("is", "was", "are", "were")


def _words_before(parsed: Any, start: int, limit: int = 4) -> list[str]:
    """Title words right before token ``start`` ("Major General", "bombing suspect")."""
    words: list[str] = []
    i = start - 1
    while i >= 0 and len(words) < limit:
        t = parsed[i]
        if t.is_sent_start and i != start - 1 and not (t.is_alpha or t.text == "-"):
            break
        if t.text == "-":
            i -= 1
            continue
        if not t.is_alpha or t.lower_ in _STOP:
            break
        words.append(t.lower_)
        if t.is_sent_start:
            break
        i -= 1
    return words


def _apposition(parsed: Any, i: int, step: int, limit: int = 6) -> list[str]:
    """The words of a comma apposition starting at token ``i`` (``step`` 1: "X, the bomber behind …"
    after the name; ``step`` -1: "the bomber, X" before it), up to a stop word or punctuation."""
    words: list[str] = []
    n = len(parsed)
    if not (0 <= i < n) or parsed[i].text != ",":
        return words
    i += step
    if step == 1 and 0 <= i < n and parsed[i].lower_ in ("the", "a", "an"):
        i += 1
    while 0 <= i < n and len(words) < limit:
        t = parsed[i]
        if t.text == "-":
            i += step
            continue
        if not t.is_alpha or t.lower_ in _STOP:
            break
        if step == 1 and words and t.tag_ in _FINITE:
            # "according to the Lusk Times, the court struck down …": the noun is the next clause's
            # subject, no apposition of the name before the comma.
            return []
        words.append(t.lower_)
        i += step
    return words


# Tags of a finite verb: after a noun they open a clause ("…, the court ruled").
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _predicate(parsed: Any, i: int, limit: int = 6) -> list[str]:
    """The words of what a name is said to be right after it ("Tarn Records is an independent
    label", "… was a publicly traded partnership"), up to a stop word or punctuation."""
    n = len(parsed)
    # past a legal form or a bracket after the name ("Crown Timber Partners, L.P. was …")
    skipped = 0
    while i < n and skipped < 4 and (parsed[i].is_punct or parsed[i].text[:1].isupper()) and \
            parsed[i].lower_ not in _BEING:
        i += 1
        skipped += 1
    if i + 1 >= n or parsed[i].lower_ not in _BEING or parsed[i + 1].lower_ not in ("a", "an", "the"):
        return []
    words: list[str] = []
    i += 2
    while i < n and len(words) < limit:
        t = parsed[i]
        if t.text == "-":
            i += 1
            continue
        if not t.is_alpha or t.lower_ in _STOP:
            break
        words.append(t.lower_)
        i += 1
    return words


def _head_word(name: str) -> str:
    """The last word of an organisation's name, lower-cased, without its punctuation."""
    return re.sub(r"[^\w]", "", name.split()[-1].lower())


def _is_subject(token: Any) -> bool:
    """Whether a name's head is the active subject of a verb, through compounds and appositions."""
    for _ in range(8):
        if token.dep_ in ("compound", "flat", "appos", "conj") and token.head.i != token.i:
            token = token.head
        else:
            break
    return token.dep_ == "nsubj"


def _span_of(chunks: list, chunk_starts: list[int], e: Any) -> tuple[Any, Any] | None:
    """The parsed chunk and the token span of entity ``e`` (clean offsets), or None."""
    k = bisect.bisect_right(chunk_starts, e.start) - 1
    if k < 0:
        return None
    offset, parsed = chunks[k]
    span = parsed.char_span(e.start - offset, e.end - offset, alignment_mode="expand")
    return (parsed, span) if span is not None and len(span) else None


class Descriptions:
    """The role nouns of a document's named people and organisations, for looking a noun up."""

    def __init__(self, chunks: list, entities: list, names: Any) -> None:
        self.chunks, self.entities, self.names = chunks, entities, names
        self.sentence_starts: list[int] = sorted(offset + s.start_char for offset, parsed in chunks
                                                 for s in parsed.sents)
        chunk_starts = [offset for offset, _ in chunks]
        # (sentence number, label, name, description words) for every PERSON and ORG name.
        self.described: list[tuple[int, str, str, set[str]]] = []
        for e in entities:
            found = _span_of(chunks, chunk_starts, e) if e.label in ("PERSON", "ORG") else None
            if found is None:
                continue
            parsed, span = found
            words = set(_words_before(parsed, span.start)) | set(_apposition(parsed, span.end, 1))
            if span.start >= 2:
                words |= set(_apposition(parsed, span.start - 1, -1))
            words |= set(_predicate(parsed, span.end))
            words |= {w.lower() for w in e.text.split()[:-1] if w.lower() not in _STOP}
            self.described.append((self.sentence_of(e.start), e.label, names(e), words))
        # A party is described once and named bare afterwards ("the separatist group ETA" … "ETA"):
        # each mention carries every description of its name.
        every: dict[tuple[str, str], set[str]] = {}
        for _, label, name, words in self.described:
            every.setdefault((label, name), set()).update(words)
        self.described = [(n, label, name, every[label, name]) for n, label, name, _ in self.described]
        # (start char, sentence number, name, whether the name is a verb's active subject) of every
        # organisation that could be a business, for "the company" in a news report.
        self.organisations: list[tuple[int, int, str, bool]] = []
        for e in entities:
            found = _span_of(chunks, chunk_starts, e) if e.label == "ORG" and e.text.split() else None
            if found is None or town_before_state(found[1].root):
                continue  # ("The Kearny, N.J.-based maker": a town the model tagged a body)
            _parsed, span = found
            self.organisations.append((e.start, self.sentence_of(e.start), names(e), _is_subject(span.root)))
        self.organisations.sort()
        self.businesses = [o for o in self.organisations if _head_word(o[2]) not in NON_COMPANY_HEADS]
        self.text = " ".join(parsed.text for _, parsed in chunks)  # (for a business named with its town)
        # (start char, name, lower-case words) of every name holding a capitalised realm's word ("Grand Duchy of
        # Lusk", "Tarsk Sultanate"), for "the grand duchy" and "the sultanate" later.
        self.realms = sorted((e.start, names(e), [w.lower() for w in e.text.split()]) for e in entities
                             if e.label in _REALM_LABELS and any(w[:1].isupper() and w.lower() in POLITY_HEADS
                                                                 for w in e.text.split()) and len(e.text.split()) > 1)

    def _other_names_ending(self, word: str, name: str) -> bool:
        """Whether the document writes a capitalised name ending in ``word`` other than ``name``
        ("the Tarn Hockey Club" the model did not tag, beside the tagged "Orme Hockey Club")."""
        pattern = re.compile(r"((?:[A-Z][\w'&.-]*\s+)+)" + re.escape(word.title()) + r"\b")
        for _, parsed in self.chunks:
            for m in pattern.finditer(parsed.text):
                written = re.sub(r"^(?:The|A|An|In|On|At|By)\s+", "", m.group(0))
                if written not in name and name not in written:
                    return True
        return False

    def last_business(self, char: int, candidates: list[tuple[int, int, str, bool]]) -> str | None:
        """The business "the company" at clean offset ``char`` stands for: walking back from it over
        its own sentence and the two before, the first sentence naming any business decides; its one
        business, or of several the one that is its active subject ("Orme agreed to buy Tarn Foods.
        The company said …"); in doubt None. ``candidates`` are (start, sentence, name, subject), sorted."""
        here = self.sentence_of(char)
        last = bisect.bisect_left(candidates, (char,)) - 1
        for n in range(here, here - _COMPANY_BACK - 1, -1):
            found = [(name, subject) for start, k, name, subject in candidates[max(0, last - 40):last + 1]
                     if k == n and start < char]
            if not found:
                continue
            names = {name for name, _ in found}
            if len(names) == 1:
                return next(iter(names))
            subjects = {name for name, subject in found if subject}
            return next(iter(subjects)) if len(subjects) == 1 else None
        return None

    def realm(self, token: Any, offset: int) -> list[str]:
        """The state "the sultanate" or "the grand duchy" stands for: the one state the document names with
        that realm's word and those modifiers ("the Tarsk Sultanate", "the Grand Duchy of Lusk"), named before
        it; two such states anywhere in the document, nothing."""
        if token.tag_ != "NN" or token.lower_ not in POLITY_HEADS:
            return []
        kids = [c for c in token.children if c.dep_ not in ("prep", "relcl", "acl", "punct")]
        if not kids or kids[0].lower_ != "the" or any(c.dep_ not in ("amod", "compound") for c in kids[1:]):
            return []
        wanted = {c.lower_ for c in kids[1:]} | {token.lower_}
        fits = {name for _, name, words in self.realms if wanted <= set(words)}
        every = {name for _, name, words in self.realms if token.lower_ in words}
        before = {name for start, name, _ in self.realms if start < offset + token.idx}
        return list(fits) if len(fits) == 1 and every == fits and fits <= before else []

    def sentence_of(self, char: int) -> int:
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def said_by(self, token: Any, offset: int, named: set[int]) -> list[str]:
        """The party "it" stands for where a description ("the airline") is the subject of the verb
        that governs it (:mod:`pipeline.events.description_pronouns`); else nothing."""
        noun = described_subject(token)
        if noun is None:  # "until the latter achieved independence": the last of the names just coordinated
            return ordinal_reference(token, offset, self.entities, self.names) or \
                state_noun_reference(token, offset, self.entities, self.names)  # "when the country became"
        return self.resolve(noun, offset, named)

    def resolve(self, token: Any, offset: int, named: set[int]) -> list[str]:
        """The one party the role noun ``token`` (of the chunk at clean ``offset``) stands for, or
        nothing; ``named`` holds the token indices of names (a noun inside a name is no description)."""
        word = token.lower_
        if word in _GOVERNING:
            # "the company's board approved": the board acts for the business "the company" means.
            owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ in COMPANY_DESCRIPTIONS]
            if owners:
                return self.resolve(owners[0], offset, named)
        if token.i in named or token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
            return []
        if word in POLITY_HEADS:
            return self.realm(token, offset)  # "the grand duchy": the one Grand Duchy named before
        bodies = ORGANISATION_NOUNS | COMPANY_DESCRIPTIONS | HEADED_BODIES
        label = "PERSON" if word in PERSON_NOUNS else "ORG" if word in bodies else None
        if label is None:
            return []
        titles = set()
        based = {c.i for c in token.children if word in COMPANY_DESCRIPTIONS and says_where_based(c, named)}
        based |= plain_modifiers(token, named)  # "The Wilmington, Mass., garment service company": as plain
        for c in token.children:
            if c.i in based:
                continue  # "The Menlo Park, Calif., company": where it is based (description_pronouns)
            if c.dep_ in ("poss", "nummod") or (c.i in named and c.dep_ != "amod"):
                return []   # "his friend", "two generals", "the ETA group" (the name is there)
            if c.dep_ == "det" and c.lower_ not in _DETERMINERS:
                return []   # "another general", "every group"
            if c.dep_ == "prep" and c.lower_ == "of" and any(g.i in named for g in c.subtree):
                return []   # "the leader of Hamas" is someone else than Hamas
            if c.dep_ in ("amod", "compound") and c.lower_ in TITLE_MODIFIERS:
                titles.add(c.lower_)
        here = self.sentence_of(offset + token.idx)
        near = [(n, name, words) for n, lab, name, words in self.described
                if lab == label and here - _BACK <= n <= here + _AHEAD]
        kin = GENERIC_BODIES if word in GENERIC_BODIES else {word}
        fits = {name for n, name, words in near if kin & words and titles <= words}
        # A name whose head is the noun is one too ("the Orme Supreme Court" for "the court").
        headed = {name for n, name, _ in near if name.split()[-1].lower() == word} if word not in GENERIC_BODIES else set()
        if len(fits) == 1 and not headed - fits:
            return list(fits)
        bare = [c.lower_ for c in token.children if c.dep_ not in ("prep", "relcl", "acl", "punct", "case") and c.i not in based] \
            in (["the"], ["this"])
        if not fits and bare and word in COMPANY_DESCRIPTIONS and token.lower_ not in GENERIC_BODIES:
            char = offset + token.idx  # (the report's own business where none is named near: description_pronouns)
            town_business = business_of_town(token, [b[2] for b in self.businesses], self.text) if based else None
            if town_business is not None:  # "the Kirkland, Wash., company" of "Lusk Corp., based in Kirkland"
                return [town_business]
            business = self.last_business(char, self.businesses) or lead_business(self.businesses, self.sentence_of(char),
                                                                                  char, _COMPANY_BACK, self.text) \
                or chained_business(self, char, _COMPANY_BACK + 1)  # named once, then only described
            if business is not None and not (based and rival_in_sentence(self.businesses, self.sentence_of(char), char)):
                return [business]
        if not fits and bare and word in HEADED_BODIES:
            # "the Justice Department … the department said": the body just named with that head noun.
            headed_here = [o for o in self.organisations if _head_word(o[2]) == word or
                           o[2].lower().startswith(word + " of ")]
            body = self.last_business(offset + token.idx, headed_here)
            if body is not None:
                return [body]
        if not fits and label == "ORG" and bare:
            # "the band" far from where the band was named: the one body the whole document describes
            # with that noun ("Tarn is a rock band" … "the band won"); two such bodies, nothing.
            # (a body whose name ends in the noun counts too: "the club" of an article naming
            # three clubs is none of them for sure)
            described = {name for _, lab, name, words in self.described
                         if (lab == label and kin & words) or name.split()[-1].lower() in kin}
            if len(described) == 1 and not self._other_names_ending(word, next(iter(described))):
                return list(described)
        if fits or label != "ORG" or word not in GENERIC_BODIES:
            return []
        # "the organisation" with no body described so: the organisation the passage around it
        # is about, named there at least twice and more often than any other (a person's title is no such fallback:
        # "the general" of a passage naming one person need not be that person).
        counts: dict[str, int] = {}
        for n, name, _ in near:
            counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if ranked and ranked[0] >= 2 and (len(ranked) == 1 or ranked[0] > ranked[1]):
            return [name for name, c in counts.items() if c == ranked[0]]
        return []


def noun_subject_before(token: Any, describes_lead: Callable[[Any], str | None] | None = None) -> bool:
    """Whether a singular common noun that is neither a body nor a person is a subject earlier in
    the token's sentence ("The number of voters tripled; it reached 600 million"): "it" most likely
    stands for that noun, so no name in the sentence before is looked for. A noun that stands for the
    article's subject ("The kingdom ceased to exist when it was partitioned"), for which
    ``describes_lead`` gives its name, is no such thing."""
    bearers = type_nouns.ORG_NOUNS | type_nouns.PERSON_NOUNS | PERSON_NOUNS
    # (not a noun whose own phrase holds the pronoun: "The sale of its stake was completed": "its" is not the sale)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and t.lower_ not in bearers
               and t not in token.ancestors and (describes_lead is None or describes_lead(t) is None)
               for t in token.doc[token.sent.start:token.i])
