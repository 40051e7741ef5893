"""Where each stage reads a dependency parse, so the nlp stage parses only there.

The expensive half of spaCy's English pipelines is the shared tok2vec with the
tagger, parser and attribute ruler (tags, POS, dependencies). Entities and
sentence boundaries come from components with their own small networks
(``ner``, ``senter``) and run over every body text. A stage that reads tags or
dependencies declares *where*: ``@stage(..., parse=date_cues)``, a function
from the document and its chunks (entities and sentences already set) to the
tokens whose sentences it will read a parse in. The nlp stage parses the union
of what the configured stages ask for; every other sentence keeps its
entities and boundaries but no tag, POS, lemma or dependency (each of its
tokens is its own head), which :func:`has_parse` tells.

A need must be a superset: a sentence a stage reads unparsed behaves as if
the parser had found nothing there (no verb, no subject), never as an error.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:
    from pipeline.core.document import Document

# (document, [(clean offset, spaCy Doc)]) -> (chunk index, character offset in the chunk) pairs whose
# sentence needs a parse.
ParseNeed = Callable[["Document", list], Iterable[tuple[int, int]]]


_DATE_CUES = "pipeline.nlp.parse_needs.date_cues"


def has_parse(token: Any) -> bool:
    """Whether ``token``'s sentence was parsed (it has a tag; every parsed token has one)."""
    return token.tag != 0


def date_cues(doc: "Document", chunks: list) -> Iterator[tuple[int, int]]:
    """Every place a date may be: where the timex grammar matches (its context rules read tags
    and dependencies there) and the model's DATE/TIME entities (which the tagger may add); the
    events stage reads the parse of the same sentences, those with a date."""
    from pipeline.timex.grammar import candidates

    for k, (_offset, parsed) in enumerate(chunks):
        # Two stages ask (timexes, events): the grammar runs once per chunk.
        found = parsed.user_data.get(_DATE_CUES)
        if found is None:
            found = [group[0].start for group in candidates(parsed.text)]
            found += [ent.start_char for ent in parsed.ents if ent.label_ in ("DATE", "TIME")]
            parsed.user_data[_DATE_CUES] = found
        for char in found:
            yield k, char


# What may join two names into one group in the parse: "Germany and the Soviet Union", "A, B".
_COORDINATION = re.compile(r"^\s*(?:,|;|&|and|or|,\s*and|,\s*or)\s+(?:the\s+)?$", re.I)


_WORD = re.compile(r"[a-z]+")


def _coordinated_parties(ents: list, labels: set[str], text: str, start: int, end: int) -> bool:
    """Whether two of a sentence's party names (``ents``, the sentence at ``text[start:end]``) stand
    coordinated or after "between" (the only shapes the reference rules read a group from),
    judged from the text alone."""
    ents = [e for e in ents if e.label_ in labels]
    if len(ents) < 2:
        return False
    if re.search(r"\bbetween\b", text[start:end], re.I):
        return True
    return any(_COORDINATION.match(text[a.end_char:b.start_char]) for a, b in zip(ents, ents[1:]))


# Words of a sentence where the resolver of "he" and "she" reads its parse: the pronouns a chain of
# subjects runs through ("He lost in 1978. He fought on"), and the relative pronoun that makes a
# model's place a person ("Matov, who lived in Lusk").
_PERSON_CUES = frozenset({"he", "she", "who", "whom"})


def person_words(doc: "Document", chunks: list) -> set[str]:
    """Every word of every person's name the document may hold: the model's PERSON entities and
    the links typed as persons (the entities stage's gazetteer; their bare surnames become
    mentions later). Read from the links themselves, a superset of the gazetteer's persons (the
    entities module imports the stage registry, which imports this one)."""
    words = {w for link in doc.layers.get("links", []) if link.target_type == "PERSON"
             for name in (link.anchor, link.target) if name for w in name.split()}
    words |= {w for _o, parsed in chunks for ent in parsed.ents if ent.label_ == "PERSON" for w in ent.text.split()}
    return words


def person_sentences(parsed: Any, sents: list, people: set[str]) -> Iterator[int]:
    """Indices of ``sents`` (token start, end, char start, end) in which the resolver of "he" and
    "she" reads a parse: those naming a person (a model PERSON entity, or a word of a person's
    name) or holding one of :data:`_PERSON_CUES`. The others name no one a personal pronoun can
    stand for, so their parse changes nothing it decides."""
    import bisect

    from pipeline.nlp.token_search import tokens_written

    if not sents:
        return iter(())
    token_starts, end = [s for s, _, _, _ in sents], sents[-1][1]
    found = tokens_written(parsed, people) + tokens_written(parsed, _PERSON_CUES, lower=True)
    found += [ent.start for ent in parsed.ents if ent.label_ == "PERSON"]
    return iter(sorted({bisect.bisect_right(token_starts, i) - 1 for i in found if i < end}))


def event_cues(doc: "Document", chunks: list) -> Iterator[tuple[int, int]]:
    """Every sentence of a news report with a reference date (its undated past happenings are
    dated by the report). Elsewhere the sentences with a date (:func:`date_cues`) and, before
    one of them in its paragraph, the sentences whose coordination the events stage reads to resolve a reference: for "they"
    (or "both", "the two countries" when the title names no pair), those naming two parties
    together (the group, "Germany and the Soviet Union"); for "it", "this" or "the pact", the
    last one naming an agreement, when it names two parties together ("Britain and France
    settled their disputes in the Entente Cordiale. It was signed on …")."""
    import bisect

    from pipeline.lexicon.labels import ACTOR_LABELS
    from pipeline.events.coreference import (
        COLLECTIVE_NOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS, document_pair, is_document_name,
    )
    from pipeline.lexicon.agreements import DOCUMENT_WORDS

    labels = set(ACTOR_LABELS)
    # With a pair in the title ("Germany–Soviet Union relations") "the two countries" is that pair.
    collective = set() if document_pair(doc.title) is not None else COLLECTIVE_NOUNS | {"both"}
    # The resolver's own person pronouns, and the possessives that point to the same person.
    personal = PERSON_PRONOUNS | {"his", "hers"}
    if doc.kind == "news" and doc.reference_date is not None:
        # A dated news report's past happenings get rows in every sentence, dated by the report
        # when the sentence writes no date (pipeline.events.document_dated): all need the parse.
        for k, (_offset, parsed) in enumerate(chunks):
            for sent in parsed.sents:
                yield k, sent.start_char
        return
    cues: dict[int, list[int]] = {}
    people: set[str] | None = None  # the words of the document's person names, read once when needed
    for k, char in date_cues(doc, chunks):
        cues.setdefault(k, []).append(char)
        yield k, char
    for k, chars in cues.items():
        parsed = chunks[k][1]
        text = parsed.text
        sents = [(s.start, s.end, s.start_char, s.end_char) for s in parsed.sents]
        starts = [c for _, _, c, _ in sents]
        dated = sorted({bisect.bisect_right(starts, c) - 1 for c in chars})
        words = [set(_WORD.findall(text[sents[i][2]:sents[i][3]].lower())) for i in dated]
        last_group = max((i for i, w in zip(dated, words)
                          if w & GROUP_PRONOUNS or (w & collective and w & {"two", "both"})), default=-1)
        looks_for_thing = any(w & (THING_PRONOUNS | DOCUMENT_WORDS) for w in words)
        # "he", "she": the resolver reads who acted before (the main subjects among the persons
        # of the paragraph's earlier sentences, a chain of "he" subjects), so the earlier sentences
        # naming a person or holding such a pronoun need their parse (:func:`person_sentences`);
        # "they" may reach the people of the sentence right before.
        last_person = max((i for i, w in zip(dated, words) if w & personal), default=-1)
        if last_person > 0:
            if people is None:
                people = person_words(doc, chunks)
            for j in person_sentences(parsed, sents[:last_person], people):
                yield k, sents[j][2]
            if k == 0:
                yield k, 0  # the first sentence defines the article's subject, which a pronoun may stand for
        for i, w in zip(dated, words):
            if i > 0 and w & GROUP_PRONOUNS:
                yield k, sents[i - 1][2]
        if last_group < 0 and not looks_for_thing:
            continue
        token_starts = [s for s, _, _, _ in sents]
        ents_of: list[list] = [[] for _ in sents]
        for ent in parsed.ents:
            ents_of[bisect.bisect_right(token_starts, ent.start) - 1].append(ent)

        def named_together(j: int) -> bool:
            return _coordinated_parties(ents_of[j], labels, text, sents[j][2], sents[j][3])

        for j in range(last_group):
            if named_together(j):
                yield k, sents[j][2]
        if not looks_for_thing:
            continue
        things = [(j, e.text.lower()) for j, ents in enumerate(ents_of) for e in ents
                  if e.label_ == "LAW" or is_document_name(e.text)]
        for i, w in zip(dated, words):
            # The agreement "it" or "the pact" stands for is the last one named before (with that
            # word in its name).
            for word in [None, *sorted(w & DOCUMENT_WORDS)] if w & THING_PRONOUNS else sorted(w & DOCUMENT_WORDS):
                j = next((j for j, name in reversed(things) if j < i and (word is None or word in name)), None)
                if j is not None and named_together(j):
                    yield k, sents[j][2]
