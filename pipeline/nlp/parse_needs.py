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

from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:
    from pipeline.core.document import Document

# (document, [(clean offset, spaCy Doc)]) -> (chunk index, character offset in the chunk) pairs whose
# sentence needs a parse.
ParseNeed = Callable[["Document", list], Iterable[tuple[int, int]]]


def has_parse(token: Any) -> bool:
    """Whether ``token``'s sentence was parsed (it has a tag; every parsed token has one)."""
    return token.tag != 0


def date_cues(doc: "Document", chunks: list) -> Iterator[tuple[int, int]]:
    """Every place a date may be: where the timex grammar matches (its context rules read tags
    and dependencies there) and the model's DATE/TIME entities (which the tagger may add); the
    events stage reads the parse of the same sentences, those with a date."""
    from pipeline.timex.grammar import candidates

    for k, (_offset, parsed) in enumerate(chunks):
        for group in candidates(parsed.text):
            yield k, group[0].start
        for ent in parsed.ents:
            if ent.label_ in ("DATE", "TIME"):
                yield k, ent.start_char


def name_cues(doc: "Document", chunks: list) -> Iterator[tuple[int, int]]:
    """Where the entities stage reads tags: a word that may be a bare surname outside the entities
    it keeps (one counts only as a proper noun, NNP), and the word before a one-word person in
    brackets ("a short war (Blitzkrieg)": a gloss of a noun, not a person)."""
    from pipeline.nlp.entity_hygiene import trimmed, written_as_name
    from pipeline.nlp.entities import gazetteer

    # Every word of every person's name, not only the last: the stage trims a model's span before
    # it takes its last word as a surname, and a superset costs only parse time.
    words = {w for name, (label, _t) in gazetteer(doc).items() if label == "PERSON" for w in name.split()}
    words |= {w for _o, parsed in chunks for ent in parsed.ents
              if ent.label_ == "PERSON" and len(ent) >= 2 for w in ent.text.split()}
    for k, (_offset, parsed) in enumerate(chunks):
        kept = set()
        for ent in parsed.ents:
            # The stage drops or trims some of the model's entities ("that Stalin" is no PERSON
            # to it); their words are then open to the surname rule.
            tidy = trimmed(ent)
            if tidy is not None and written_as_name(tidy, ent.label_):
                kept.update(range(tidy.start, tidy.end))
            if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 1 and parsed[ent.start - 1].text == "(":
                yield k, parsed[ent.start - 2].idx
        for token in parsed:
            if token.i not in kept and token.text in words:
                yield k, token.idx


# Words that make the events stage look back for a group: "they", "them", "both", "the two countries".
def _group_words() -> frozenset[str]:
    from pipeline.events.coreference import COLLECTIVE_NOUNS, GROUP_PRONOUNS

    return frozenset(GROUP_PRONOUNS | COLLECTIVE_NOUNS | {"both"})


def event_cues(doc: "Document", chunks: list) -> Iterator[tuple[int, int]]:
    """The sentences with a date (:func:`date_cues`) and, where one of them refers back to a group
    ("they", "both", "the two countries"), the sentences before it in its paragraph that name two
    or more parties: the group is read off their coordination ("Germany and the Soviet Union")."""
    import bisect

    from pipeline.lexicon.labels import ACTOR_LABELS

    group_words = _group_words()
    cues: dict[int, list[int]] = {}
    for k, char in date_cues(doc, chunks):
        cues.setdefault(k, []).append(char)
        yield k, char
    for k, chars in cues.items():
        parsed = chunks[k][1]
        sents = list(parsed.sents)
        starts = [s.start_char for s in sents]
        dated = sorted({bisect.bisect_right(starts, c) - 1 for c in chars})
        looking_back = [i for i in dated if any(t.lower_ in group_words for t in sents[i])]
        if not looking_back:
            continue
        for i, sent in enumerate(sents[:looking_back[-1]]):
            if sum(e.label_ in ACTOR_LABELS for e in sent.ents) >= 2:
                yield k, sent.start_char
